<?php
function render_page(string $title): void {
    echo "<!doctype html><title>{$title}</title><h1>{$title}</h1>";
}
