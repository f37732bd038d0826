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
