// docket site serve: reloads the page when the server has rebuilt the site.
(() => {
  const script = document.currentScript;
  const events = new EventSource(new URL('../__docket/events', script ? script.src : location.href));
  events.addEventListener('reload', () => location.reload());
})();
