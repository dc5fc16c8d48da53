"""How built pages reach a reader's phone: stylesheets and scripts, the first paint, offline copy, CSP and referrer, sitemaps, no third-party request, valid HTML, serve's error page."""
