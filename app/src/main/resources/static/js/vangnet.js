// Moves keyboard and screen-reader focus to the error summary of a refused form, so the errors are heard first.
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.getElementById('foutmeldingen');
  if (summary) {
    summary.setAttribute('tabindex', '-1');
    summary.focus();
  }
});

// Draws the share bars of the deadline overview from their data attribute (no inline styles under the CSP).
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('.bar-norm[data-norm]').forEach(function (norm) {
    norm.style.left = Math.round(parseFloat(norm.getAttribute('data-norm')) * 100) + '%';
  });
  document.querySelectorAll('.bar-value[data-share]').forEach(function (bar) {
    bar.style.width = Math.round(parseFloat(bar.getAttribute('data-share')) * 100) + '%';
  });
});

// Progressive disclosure: a part marked data-show-when="name=VALUE other!=VALUE" (all must hold; "name=" means
// empty) is shown only when its conditions hold, and its fields are then disabled so that nothing hidden is sent.
// Without JavaScript every part shows and the server's rules still answer at each field. A part holding a field
// with an error stays visible.
(function () {
  function valueOf(form, name) {
    var fields = form.querySelectorAll('[name="' + name.replace(/"/g, '\\"') + '"]');
    for (var i = 0; i < fields.length; i++) {
      var f = fields[i];
      if (f.type === 'checkbox' || f.type === 'radio') {
        if (f.checked && !f.disabled) { return f.value; }
      } else if (!f.disabled) {
        return f.value.trim();
      }
    }
    return '';
  }
  function holds(form, conditions) {
    return conditions.trim().split(/\s+/).every(function (c) {
      var negated = c.indexOf('!=') > 0;
      var at = negated ? c.indexOf('!=') : c.indexOf('=');
      var equal = valueOf(form, c.substring(0, at)) === c.substring(at + (negated ? 2 : 1));
      return negated ? !equal : equal;
    });
  }
  function apply(form) {
    // Outer parts first, so that an inner part reads the state of an enclosing one.
    form.querySelectorAll('[data-show-when]').forEach(function (part) {
      var show = holds(form, part.getAttribute('data-show-when'))
          || part.querySelector('[aria-invalid="true"]') !== null;
      part.hidden = !show;
      part.querySelectorAll('input, select, textarea').forEach(function (f) {
        f.disabled = !show || (f.closest('[data-show-when][hidden]') !== null);
      });
    });
  }
  function setUp(root) {
    root.querySelectorAll('form').forEach(function (form) {
      if (form.querySelector('[data-show-when]') && !form.hasAttribute('data-disclosure')) {
        form.setAttribute('data-disclosure', '');
        form.addEventListener('change', function () { apply(form); });
        form.addEventListener('input', function () { apply(form); });
      }
      if (form.hasAttribute('data-disclosure')) { apply(form); }
    });
  }
  document.addEventListener('DOMContentLoaded', function () { setUp(document); });
  // A person row added by htmx: apply the rules to it and put the cursor in it, the rest of the form untouched.
  document.addEventListener('htmx:afterSwap', function (event) {
    setUp(document);
    var rows = event.detail.target.querySelectorAll('fieldset[id^="persons["]');
    if (rows.length > 0) {
      var first = rows[rows.length - 1].querySelector('select, input');
      if (first) { first.focus(); }
    }
  });
}());

// Stacked table rows on a phone name each cell's column: cells without a data-label of their own take their
// column header's text (the CSS shows it only under the phone-width media query).
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('table.table').forEach(function (table) {
    var headers = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
      return th.textContent.trim();
    });
    table.querySelectorAll('tbody tr').forEach(function (row) {
      var column = 0;
      Array.prototype.forEach.call(row.children, function (cell) {
        if (cell.tagName === 'TD' && !cell.hasAttribute('data-label') && headers[column]) {
          cell.setAttribute('data-label', headers[column]);
        }
        column += cell.colSpan || 1;
      });
    });
  });
});
