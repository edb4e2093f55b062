// Runs before the app on every host. The old Trident engine (Internet Explorer 11, used by Word
// 2016 and older Windows builds) cannot run the pane; say so plainly instead of failing silently.
// ES5 on purpose, and a separate file because the Content-Security-Policy forbids inline scripts.
(function () {
  var ua = window.navigator.userAgent || "";
  var trident = ua.indexOf("Trident/") !== -1 || ua.indexOf("MSIE ") !== -1 || !!document.documentMode;
  if (!trident) return;
  window.gatecheckTooOld = true;
  function show() {
    var root = document.getElementById("root");
    if (!root) return;
    root.innerHTML = "";
    var box = document.createElement("div");
    box.setAttribute("role", "alert");
    box.style.fontFamily = "Segoe UI, sans-serif";
    box.style.padding = "16px";
    box.style.lineHeight = "1.4";
    var title = document.createElement("h1");
    title.style.fontSize = "18px";
    title.appendChild(document.createTextNode("This version of Word is too old for Gatecheck"));
    var text = document.createElement("p");
    text.appendChild(document.createTextNode(
      "Gatecheck needs Word 2019, Word 2021, Word for Microsoft 365, Word for Mac or Word on the web. " +
      "Please update Word and open Gatecheck again."));
    box.appendChild(title);
    box.appendChild(text);
    root.appendChild(box);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", show);
  } else {
    show();
  }
})();
