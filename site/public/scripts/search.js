// Starts Pagefind's UI on /search/ and runs the query from ?q= so searches can be linked.
(function () {
  function start() {
    if (typeof window.PagefindUI !== 'function') return;
    var ui = new window.PagefindUI({
      element: '#search',
      showSubResults: true,
      showImages: false,
      resetStyles: false,
    });
    var q = new URLSearchParams(window.location.search).get('q');
    if (q) ui.triggerSearch(q);
    // Pagefind's input carries only a title; give it an accessible name as soon as it renders.
    var label = function () {
      var input = document.querySelector(
        '#search input[type="text"], #search input[type="search"]',
      );
      if (input && !input.getAttribute('aria-label'))
        input.setAttribute('aria-label', 'Search the site');
      return Boolean(input);
    };
    if (!label()) {
      var observer = new MutationObserver(function () {
        if (label()) observer.disconnect();
      });
      observer.observe(document.getElementById('search'), { childList: true, subtree: true });
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
