/* The loan-cost calculator on the loan-legal page, progressive enhancement only: without this file
   the page shows a worked example and the rule for one repayment. With it, the reader enters the
   money received and the repayments and reads the annual rate, counted as guide/reader_tools/loan_cost.py
   counts it (the tests hold the two to the same answers): the internal rate of return of the money
   received and the repayments, times the periods in a year. Nothing is stored or sent. */
(function () {
  "use strict";
  var box = document.querySelector("[data-loan-cost]");
  if (!box) return;
  var form = box.querySelector("form");
  var output = box.querySelector(".loan-cost-result");
  function words(name) { return box.getAttribute("data-" + name) || ""; }

  /* The rate r per period with received = sum(p_k / (1 + r)^k), by bisection. */
  function periodicRate(received, payments) {
    function excess(rate) {
      var total = 0;
      for (var k = 0; k < payments.length; k++) total += payments[k] / Math.pow(1 + rate, k + 1);
      return total - received;
    }
    var low = -0.9999, high = 1;
    while (excess(high) > 0) high *= 2;
    for (var i = 0; i < 200; i++) {
      var middle = (low + high) / 2;
      if (excess(middle) > 0) low = middle; else high = middle;
    }
    return (low + high) / 2;
  }
  function instalments(received, payment, count) {
    var payments = [];
    for (var i = 0; i < count; i++) payments.push(payment);
    var rate = periodicRate(received, payments);
    return { annual: rate * 12, period: rate, repaid: payment * count };
  }
  function oneRepayment(received, repaid, days) {
    var rate = periodicRate(received, [repaid]);
    return { annual: rate * 365 / days, period: rate, repaid: repaid };
  }

  function group(text) { return text.replace(/\B(?=(\d{3})+(?!\d))/g, ","); }
  function money(amount) {
    var parts = amount.toFixed(2).split(".");
    return group(parts[0]) + (parts[1] === "00" ? "" : "." + parts[1]);
  }
  function percent(rate) {
    var value = rate * 100;
    return (Math.abs(value) < 100 ? value.toFixed(1) : group(value.toFixed(0))) + " %";
  }
  /* "10,000", "１００００", "10000元", "¥10000" -> 10000; empty or not a number -> NaN. */
  function number(name) {
    var field = form.elements[name];
    var text = (field.value || "").replace(/[０-９．]/g, function (c) {
      return String.fromCharCode(c.charCodeAt(0) - 0xFEE0);
    }).replace(/[,，\s元¥￥]/g, "");
    return /^\d+(\.\d+)?$/.test(text) ? parseFloat(text) : NaN;
  }
  function say(name, values) {
    return words(name).replace(/\{(\w+)\}/g, function (_, key) { return values[key]; });
  }

  /* The fields of the chosen way to repay. */
  function showFields() {
    var monthly = form.elements.kind.value === "monthly";
    var shown = box.querySelectorAll("[data-show]");
    for (var i = 0; i < shown.length; i++) {
      var name = shown[i].getAttribute("data-show");
      shown[i].hidden = (monthly && (name === "repaid" || name === "days")) ||
                        (!monthly && (name === "payment" || name === "count"));
    }
    return monthly;
  }

  function update() {
    var monthly = showFields();
    var received = number("received"), contract = number("contract");
    var a = number(monthly ? "payment" : "repaid"), n = number(monthly ? "count" : "days");
    if (!(received > 0 && a > 0 && n >= 1 && n === Math.floor(n) && n <= (monthly ? 600 : 3650))) {
      output.textContent = words("missing");
      return;
    }
    var cost = monthly ? instalments(received, a, n) : oneRepayment(received, a, n);
    var text = say(monthly ? "result-monthly" : "result-once", {
      annual: percent(cost.annual), period: percent(cost.period), repaid: money(cost.repaid),
      extra: money(Math.max(cost.repaid - received, 0)), days: n });
    if (contract > received) text += " " + say("deducted", { deducted: money(contract - received) });
    if (cost.annual > 0.36) text += " " + say("above", {});
    output.textContent = text;
  }

  form.hidden = false;
  form.addEventListener("input", update);
  form.addEventListener("change", update);
  form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
  showFields();
  // For the tests: the same counts as guide/reader_tools/loan_cost.py.
  window.loanCost = { instalments: instalments, oneRepayment: oneRepayment, money: money, percent: percent };
})();
