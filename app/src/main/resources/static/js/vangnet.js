// Moves keyboard and screen-reader focus to the error summary of a refused form, so the errors are heard first.
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.getElementById('foutmeldingen');
  if (summary) {
    summary.setAttribute('tabindex', '-1');
    summary.focus();
  }
});
