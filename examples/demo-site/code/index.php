<?php
// A tiny stand-in for a site's code: the demo backs it up like any other tree.
require __DIR__ . '/themes/acme/page.php';
render_page('Welcome to Acme Widgets');
