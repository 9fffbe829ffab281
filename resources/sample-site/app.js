// Counts visits in this browser, so reloading shows something happening.
const key = "servery-sample-visits";
const visits = Number(localStorage.getItem(key) || 0) + 1;
localStorage.setItem(key, String(visits));
document.getElementById("visits").textContent =
  visits === 1 ? "First visit from this browser." : `Visit number ${visits} from this browser.`;
