// What the OA server would receive: the form's submitted data, kept in window.submitted for the test.
// `beforeSubmit` lets a page sync its editor into a hidden field the way its OA integration does.
document.addEventListener('submit', (event) => {
  event.preventDefault();
  if (typeof window.beforeSubmit === 'function') window.beforeSubmit();
  const data = new FormData(event.target);
  window.submitted = Object.fromEntries([...data.entries()].filter(([, value]) => typeof value === 'string'));
});
window.inputEvents = 0;
document.addEventListener('input', () => (window.inputEvents += 1), true);
