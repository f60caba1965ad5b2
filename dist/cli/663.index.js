export const id = 663;
export const ids = [663];
export const modules = {

/***/ 18663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   demoCommand: () => (/* binding */ demoCommand),
/* harmony export */   demoSitePath: () => (/* binding */ demoSitePath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79397);
/* harmony import */ var _backup_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39999);




/** The bundled sample site: found next to the bundle (dist/cli) or the source (src/commands). */
function demoSitePath() {
    // Built from parts so the bundler leaves the folder where it is instead of copying it into dist.
    const parts = ['..', '..', 'examples', 'demo-site'];
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().join(node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(import.meta.url)), ...parts) + (node_path__WEBPACK_IMPORTED_MODULE_0___default().sep);
}
/**
 * `site-backup demo`: backs up the sample site with the `command` platform, exactly as a user
 * would configure it, into a local folder.
 */
async function demoCommand(io) {
    const site = demoSitePath();
    const q = (p) => `'${p.replace(/'/g, `'\\''`)}'`;
    const inputs = (0,_config_source_js__WEBPACK_IMPORTED_MODULE_2__/* .mapSource */ .GU)({
        platform: 'command',
        site: 'demo-site',
        environment: 'production',
        store: io.inputs.get('store') ?? 'site-backups',
        compression: io.inputs.get('compression') ?? 'zstd',
        trigger: 'manual',
        'code-command': `cp -a ${q(site + 'code')}/. "$BACKUP_OUT"`,
        'assets-command': `cp -a ${q(site + 'assets')}/. "$BACKUP_OUT"`,
        'data-command': `cp -a ${q(site + 'data')}/. "$BACKUP_OUT"`,
    });
    const result = await (0,_backup_js__WEBPACK_IMPORTED_MODULE_3__.backupCommand)({ ...io, inputs });
    io.log.info(`\nDemo backup written to ${result.location}`);
    io.log.info(`List it with:    node dist/cli/index.js list --site demo-site --store ${io.inputs.get('store') ?? 'site-backups'}`);
    io.log.info('Restore by hand: see FORMAT.md');
    return result;
}


/***/ })

};
