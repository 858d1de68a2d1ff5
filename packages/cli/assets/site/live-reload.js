// docket site serve: reloads the page when the server has rebuilt the site.
(() => {
  const script = document.currentScript;
  const events = new EventSource(new URL('../__docket/events', script ? script.src : location.href));
  // Marks the page while it listens, so a person (or a test) can tell live reload is on.
  events.addEventListener('open', () => {
    document.documentElement.dataset.liveReload = 'connected';
  });
  events.addEventListener('reload', () => location.reload());
})();
