// The date of printing at the foot of every page (Vietnam's calendar date). Reading needs no script:
// without it the foot still prints the page's address, and the browser's own header its date.
(() => {
  const stamp = () => {
    const date = new Date().toLocaleDateString('vi-VN', {
      timeZone: 'Asia/Ho_Chi_Minh',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    });
    for (const el of document.querySelectorAll('.print-date')) {
      el.textContent = `${el.dataset.label}: ${date}`;
      el.hidden = false;
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', stamp);
  else stamp();
  addEventListener('beforeprint', stamp);
})();
