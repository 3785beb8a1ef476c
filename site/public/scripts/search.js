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
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
