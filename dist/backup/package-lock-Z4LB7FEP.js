import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import "./chunk-BB3JDYVJ.js";

// src/platforms/locks/@siteglide/siteglide-cli@1.10.3/package-lock.json
var package_lock_default = {
  name: "site-backup-cli",
  lockfileVersion: 3,
  requires: true,
  packages: {
    "": {
      name: "site-backup-cli",
      dependencies: {
        "@siteglide/siteglide-cli": "1.10.3"
      }
    },
    "node_modules/@siteglide/siteglide-cli": {
      version: "1.10.3",
      resolved: "https://registry.npmjs.org/@siteglide/siteglide-cli/-/siteglide-cli-1.10.3.tgz",
      license: "MIT",
      dependencies: {
        archiver: "^5.3.0",
        "archiver-promise": "^1.0.0",
        async: "^3.2.3",
        "body-parser": "^1.19.2",
        chalk: "^4.1.2",
        cheerio: "^1.0.0-rc.10",
        chokidar: "^3.5.3",
        "clean-css": "^5.2.4",
        commander: "^8.3.0",
        compression: "^1.7.4",
        degit: "^2.8.4",
        "email-validator": "^2.0.4",
        express: "^4.17.3",
        "fs-extra": "^10.0.1",
        globby: "^11",
        imagemin: "^7.0.1",
        "imagemin-mozjpeg": "^9.0.0",
        "imagemin-pngquant": "^9.0.2",
        "js-yaml": "^4.1.0",
        livereload: "^0.9.3",
        "mime-types": "^2.1.35",
        minimist: "^1.2.6",
        mustache: "^4.2.0",
        "node-fetch": "^2.6.7",
        "node-notifier": "^10.0.1",
        "node-stream-zip": "^1.15.0",
        "normalize-url": "^6.1.0",
        open: "^8.4.0",
        ora: "^5.4.1",
        request: "^2.88.2",
        "request-promise": "^4.2.6",
        shelljs: "^0.8.5",
        terser: "^5.12.1",
        "update-notifier": "^5.1.0",
        "valid-url": "^1.0.9",
        "webpack-cli": "6.0.1",
        "website-scraper": "^4.2.3",
        "website-scraper-existing-directory": "^0.1.0"
      },
      bin: {
        "siteglide-cli": "siteglide-cli.js",
        "siteglide-cli-add": "siteglide-cli-add.js",
        "siteglide-cli-archive": "siteglide-cli-archive.js",
        "siteglide-cli-deploy": "siteglide-cli-deploy.js",
        "siteglide-cli-export": "siteglide-cli-export.js",
        "siteglide-cli-gui": "siteglide-cli-gui.js",
        "siteglide-cli-import": "siteglide-cli-import.js",
        "siteglide-cli-init": "siteglide-cli-init.js",
        "siteglide-cli-logs": "siteglide-cli-logs.js",
        "siteglide-cli-migrate": "siteglide-cli-migrate.js",
        "siteglide-cli-modules": "siteglide-cli-modules.js",
        "siteglide-cli-pull": "siteglide-cli-pull.js",
        "siteglide-cli-push": "siteglide-cli-push.js",
        "siteglide-cli-server": "siteglide-cli-server.js",
        "siteglide-cli-sync": "siteglide-cli-sync.js",
        "siteglide-cli-watch": "siteglide-cli-watch.js"
      },
      engines: {
        node: ">=12"
      },
      hasInstallScript: true
    },
    "node_modules/@discoveryjs/json-ext": {
      version: "0.6.3",
      integrity: "sha512-4B4OijXeVNOPZlYA2oEwWOTkzyltLao+xbotHQeqN++Rv27Y6s818+n2Qkp8q+Fxhn0t/5lA5X1Mxktud8eayQ==",
      license: "MIT",
      engines: {
        node: ">=14.17.0"
      }
    },
    "node_modules/@jridgewell/gen-mapping": {
      version: "0.3.13",
      integrity: "sha512-2kkt/7niJ6MgEPxF0bYdQ6etZaA+fQvDcLKckhy1yIQOzaoKjBBjSj63/aLVjYE3qhRt5dvM+uUyfCg6UKCBbA==",
      license: "MIT",
      dependencies: {
        "@jridgewell/sourcemap-codec": "^1.5.0",
        "@jridgewell/trace-mapping": "^0.3.24"
      }
    },
    "node_modules/@jridgewell/resolve-uri": {
      version: "3.1.3",
      integrity: "sha512-lhTtjtoEArWBjismtfS761S9Hlyn+nIZqOZVYoZ1Xn82PMNMVnk+jj/NhC4fAXGTs7ydONcJiR5vyQBTMDu27g==",
      license: "MIT",
      engines: {
        node: ">=6.0.0"
      }
    },
    "node_modules/@jridgewell/source-map": {
      version: "0.3.11",
      integrity: "sha512-ZMp1V8ZFcPG5dIWnQLr3NSI1MiCU7UETdS/A0G8V/XWHvJv3ZsFqutJn1Y5RPmAPX6F3BiE397OqveU/9NCuIA==",
      license: "MIT",
      dependencies: {
        "@jridgewell/gen-mapping": "^0.3.5",
        "@jridgewell/trace-mapping": "^0.3.25"
      }
    },
    "node_modules/@jridgewell/sourcemap-codec": {
      version: "1.6.0",
      integrity: "sha512-T7jf+5zgsZHwNJ4lvQ7/aezbyk0nNX+zJVWpmHA7VYsEx7a7qr5Rg5IbtJFqkgze5Y2sruq1RUY8Q837Od7iFw==",
      license: "MIT"
    },
    "node_modules/@jridgewell/trace-mapping": {
      version: "0.3.31",
      integrity: "sha512-zzNR+SdQSDJzc8joaeP8QQoCQr8NuYx2dIIytl1QeBEZHJ9uW6hebsrYgbz8hJwUQao3TWCMtmfV8Nu1twOLAw==",
      license: "MIT",
      dependencies: {
        "@jridgewell/resolve-uri": "^3.1.0",
        "@jridgewell/sourcemap-codec": "^1.4.14"
      }
    },
    "node_modules/@nodelib/fs.scandir": {
      version: "2.1.4",
      integrity: "sha512-33g3pMJk3bg5nXbL/+CY6I2eJDzZAni49PfJnL5fghPTggPvBd/pFNSgJsdAgWptuFu7qq/ERvOYFlhvsLTCKA==",
      license: "MIT",
      dependencies: {
        "@nodelib/fs.stat": "2.0.4",
        "run-parallel": "^1.1.9"
      },
      engines: {
        node: ">= 8"
      }
    },
    "node_modules/@nodelib/fs.stat": {
      version: "2.0.4",
      integrity: "sha512-IYlHJA0clt2+Vg7bccq+TzRdJvv19c2INqBSsoOLp1je7xjtr7J26+WXR72MCdvU9q1qTzIWDfhMf+DRvQJK4Q==",
      license: "MIT",
      engines: {
        node: ">= 8"
      }
    },
    "node_modules/@nodelib/fs.walk": {
      version: "1.2.6",
      integrity: "sha512-8Broas6vTtW4GIXTAHDoE32hnN2M5ykgCpWGbuXHQ15vEMqr23pB76e/GZcYsZCHALv50ktd24qhEyKr6wBtow==",
      license: "MIT",
      dependencies: {
        "@nodelib/fs.scandir": "2.1.4",
        fastq: "^1.6.0"
      },
      engines: {
        node: ">= 8"
      }
    },
    "node_modules/@sindresorhus/is": {
      version: "0.7.0",
      integrity: "sha512-ONhaKPIufzzrlNbqtWFFd+jlnemX6lJAgq9ZeiZtS7I1PIf/la7CW4m83rTXRnVnsMbW2k56pGYu7AUFJD9Pow==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/@szmarczak/http-timer": {
      version: "1.1.2",
      integrity: "sha512-XIB2XbzHTN6ieIjfIMV9hlVcfPU26s2vafYWQcZHWXHOxiaRZYEDKEwdl129Zyg50+foYV2jCgtrqSA6qNuNSA==",
      license: "MIT",
      dependencies: {
        "defer-to-connect": "^1.0.1"
      },
      engines: {
        node: ">=6"
      }
    },
    "node_modules/@types/estree": {
      version: "1.0.11",
      integrity: "sha512-YBdNe5JcjYR0sPhJW1QIeRCmI11YhYvaRuGCs9+WCeTTb+Yhb2BE2XMe5/wAqF10FK5g3+q1PDhQABfT7aX0gg==",
      license: "MIT",
      peer: true
    },
    "node_modules/@types/glob": {
      version: "7.2.0",
      integrity: "sha512-ZUxbzKl0IfJILTS6t7ip5fQQM/J3TJYubDm3nMbgubNNYS62eXeUpoLUC8/7fJNiFYHTrGPQn7hspDUzIHX3UA==",
      license: "MIT",
      dependencies: {
        "@types/minimatch": "*",
        "@types/node": "*"
      }
    },
    "node_modules/@types/json-schema": {
      version: "7.0.15",
      integrity: "sha512-5+fP8P8MFNC+AyZCDxrB2pkZFPGzqQWUzpSeuuVLvm8VMcorNYavBqoFcxK8bQz4Qsbn4oUEEem4wDLfcysGHA==",
      license: "MIT",
      peer: true
    },
    "node_modules/@types/minimatch": {
      version: "3.0.5",
      integrity: "sha512-Klz949h02Gz2uZCMGwDUSDS1YBlTdDDgbWHi+81l29tQALUtvz4rAYi5uoVhE5Lagoq6DeqAUlbrHvW/mXDgdQ==",
      license: "MIT"
    },
    "node_modules/@types/node": {
      version: "17.0.12",
      integrity: "sha512-4YpbAsnJXWYK/fpTVFlMIcUIho2AYCi4wg5aNPrG1ng7fn/1/RZfCIpRCiBX+12RVa34RluilnvCqD+g3KiSiA==",
      license: "MIT"
    },
    "node_modules/@webassemblyjs/ast": {
      version: "1.14.1",
      integrity: "sha512-nuBEDgQfm1ccRp/8bCQrx1frohyufl4JlbMMZ4P1wpeOfDhF6FQkxZJ1b/e+PLwr6X1Nhw6OLme5usuBWYBvuQ==",
      license: "MIT",
      peer: true,
      dependencies: {
        "@webassemblyjs/helper-numbers": "1.13.2",
        "@webassemblyjs/helper-wasm-bytecode": "1.13.2"
      }
    },
    "node_modules/@webassemblyjs/floating-point-hex-parser": {
      version: "1.13.2",
      integrity: "sha512-6oXyTOzbKxGH4steLbLNOu71Oj+C8Lg34n6CqRvqfS2O71BxY6ByfMDRhBytzknj9yGUPVJ1qIKhRlAwO1AovA==",
      license: "MIT",
      peer: true
    },
    "node_modules/@webassemblyjs/helper-api-error": {
      version: "1.13.2",
      integrity: "sha512-U56GMYxy4ZQCbDZd6JuvvNV/WFildOjsaWD3Tzzvmw/mas3cXzRJPMjP83JqEsgSbyrmaGjBfDtV7KDXV9UzFQ==",
      license: "MIT",
      peer: true
    },
    "node_modules/@webassemblyjs/helper-buffer": {
      version: "1.14.1",
      integrity: "sha512-jyH7wtcHiKssDtFPRB+iQdxlDf96m0E39yb0k5uJVhFGleZFoNw1c4aeIcVUPPbXUVJ94wwnMOAqUHyzoEPVMA==",
      license: "MIT",
      peer: true
    },
    "node_modules/@webassemblyjs/helper-numbers": {
      version: "1.13.2",
      integrity: "sha512-FE8aCmS5Q6eQYcV3gI35O4J789wlQA+7JrqTTpJqn5emA4U2hvwJmvFRC0HODS+3Ye6WioDklgd6scJ3+PLnEA==",
      license: "MIT",
      peer: true,
      dependencies: {
        "@webassemblyjs/floating-point-hex-parser": "1.13.2",
        "@webassemblyjs/helper-api-error": "1.13.2",
        "@xtuc/long": "4.2.2"
      }
    },
    "node_modules/@webassemblyjs/helper-wasm-bytecode": {
      version: "1.13.2",
      integrity: "sha512-3QbLKy93F0EAIXLh0ogEVR6rOubA9AoZ+WRYhNbFyuB70j3dRdwH9g+qXhLAO0kiYGlg3TxDV+I4rQTr/YNXkA==",
      license: "MIT",
      peer: true
    },
    "node_modules/@webassemblyjs/helper-wasm-section": {
      version: "1.14.1",
      integrity: "sha512-ds5mXEqTJ6oxRoqjhWDU83OgzAYjwsCV8Lo/N+oRsNDmx/ZDpqalmrtgOMkHwxsG0iI//3BwWAErYRHtgn0dZw==",
      license: "MIT",
      peer: true,
      dependencies: {
        "@webassemblyjs/ast": "1.14.1",
        "@webassemblyjs/helper-buffer": "1.14.1",
        "@webassemblyjs/helper-wasm-bytecode": "1.13.2",
        "@webassemblyjs/wasm-gen": "1.14.1"
      }
    },
    "node_modules/@webassemblyjs/ieee754": {
      version: "1.13.2",
      integrity: "sha512-4LtOzh58S/5lX4ITKxnAK2USuNEvpdVV9AlgGQb8rJDHaLeHciwG4zlGr0j/SNWlr7x3vO1lDEsuePvtcDNCkw==",
      license: "MIT",
      peer: true,
      dependencies: {
        "@xtuc/ieee754": "^1.2.0"
      }
    },
    "node_modules/@webassemblyjs/leb128": {
      version: "1.13.2",
      integrity: "sha512-Lde1oNoIdzVzdkNEAWZ1dZ5orIbff80YPdHx20mrHwHrVNNTjNr8E3xz9BdpcGqRQbAEa+fkrCb+fRFTl/6sQw==",
      license: "Apache-2.0",
      peer: true,
      dependencies: {
        "@xtuc/long": "4.2.2"
      }
    },
    "node_modules/@webassemblyjs/utf8": {
      version: "1.13.2",
      integrity: "sha512-3NQWGjKTASY1xV5m7Hr0iPeXD9+RDobLll3T9d2AO+g3my8xy5peVyjSag4I50mR1bBSN/Ct12lo+R9tJk0NZQ==",
      license: "MIT",
      peer: true
    },
    "node_modules/@webassemblyjs/wasm-edit": {
      version: "1.14.1",
      integrity: "sha512-RNJUIQH/J8iA/1NzlE4N7KtyZNHi3w7at7hDjvRNm5rcUXa00z1vRz3glZoULfJ5mpvYhLybmVcwcjGrC1pRrQ==",
      license: "MIT",
      peer: true,
      dependencies: {
        "@webassemblyjs/ast": "1.14.1",
        "@webassemblyjs/helper-buffer": "1.14.1",
        "@webassemblyjs/helper-wasm-bytecode": "1.13.2",
        "@webassemblyjs/helper-wasm-section": "1.14.1",
        "@webassemblyjs/wasm-gen": "1.14.1",
        "@webassemblyjs/wasm-opt": "1.14.1",
        "@webassemblyjs/wasm-parser": "1.14.1",
        "@webassemblyjs/wast-printer": "1.14.1"
      }
    },
    "node_modules/@webassemblyjs/wasm-gen": {
      version: "1.14.1",
      integrity: "sha512-AmomSIjP8ZbfGQhumkNvgC33AY7qtMCXnN6bL2u2Js4gVCg8fp735aEiMSBbDR7UQIj90n4wKAFUSEd0QN2Ukg==",
      license: "MIT",
      peer: true,
      dependencies: {
        "@webassemblyjs/ast": "1.14.1",
        "@webassemblyjs/helper-wasm-bytecode": "1.13.2",
        "@webassemblyjs/ieee754": "1.13.2",
        "@webassemblyjs/leb128": "1.13.2",
        "@webassemblyjs/utf8": "1.13.2"
      }
    },
    "node_modules/@webassemblyjs/wasm-opt": {
      version: "1.14.1",
      integrity: "sha512-PTcKLUNvBqnY2U6E5bdOQcSM+oVP/PmrDY9NzowJjislEjwP/C4an2303MCVS2Mg9d3AJpIGdUFIQQWbPds0Sw==",
      license: "MIT",
      peer: true,
      dependencies: {
        "@webassemblyjs/ast": "1.14.1",
        "@webassemblyjs/helper-buffer": "1.14.1",
        "@webassemblyjs/wasm-gen": "1.14.1",
        "@webassemblyjs/wasm-parser": "1.14.1"
      }
    },
    "node_modules/@webassemblyjs/wasm-parser": {
      version: "1.14.1",
      integrity: "sha512-JLBl+KZ0R5qB7mCnud/yyX08jWFw5MsoalJ1pQ4EdFlgj9VdXKGuENGsiCIjegI1W7p91rUlcB/LB5yRJKNTcQ==",
      license: "MIT",
      peer: true,
      dependencies: {
        "@webassemblyjs/ast": "1.14.1",
        "@webassemblyjs/helper-api-error": "1.13.2",
        "@webassemblyjs/helper-wasm-bytecode": "1.13.2",
        "@webassemblyjs/ieee754": "1.13.2",
        "@webassemblyjs/leb128": "1.13.2",
        "@webassemblyjs/utf8": "1.13.2"
      }
    },
    "node_modules/@webassemblyjs/wast-printer": {
      version: "1.14.1",
      integrity: "sha512-kPSSXE6De1XOR820C90RIo2ogvZG+c3KiHzqUoO/F34Y2shGzesfqv7o57xrxovZJH/MetF5UjroJ/R/3isoiw==",
      license: "MIT",
      peer: true,
      dependencies: {
        "@webassemblyjs/ast": "1.14.1",
        "@xtuc/long": "4.2.2"
      }
    },
    "node_modules/@webpack-cli/configtest": {
      version: "3.0.1",
      integrity: "sha512-u8d0pJ5YFgneF/GuvEiDA61Tf1VDomHHYMjv/wc9XzYj7nopltpG96nXN5dJRstxZhcNpV1g+nT6CydO7pHbjA==",
      license: "MIT",
      engines: {
        node: ">=18.12.0"
      },
      peerDependencies: {
        webpack: "^5.82.0",
        "webpack-cli": "6.x.x"
      }
    },
    "node_modules/@webpack-cli/info": {
      version: "3.0.1",
      integrity: "sha512-coEmDzc2u/ffMvuW9aCjoRzNSPDl/XLuhPdlFRpT9tZHmJ/039az33CE7uH+8s0uL1j5ZNtfdv0HkfaKRBGJsQ==",
      license: "MIT",
      engines: {
        node: ">=18.12.0"
      },
      peerDependencies: {
        webpack: "^5.82.0",
        "webpack-cli": "6.x.x"
      }
    },
    "node_modules/@webpack-cli/serve": {
      version: "3.0.1",
      integrity: "sha512-sbgw03xQaCLiT6gcY/6u3qBDn01CWw/nbaXl3gTdTFuJJ75Gffv3E3DBpgvY2fkkrdS1fpjaXNOmJlnbtKauKg==",
      license: "MIT",
      engines: {
        node: ">=18.12.0"
      },
      peerDependencies: {
        webpack: "^5.82.0",
        "webpack-cli": "6.x.x"
      },
      peerDependenciesMeta: {
        "webpack-dev-server": {
          optional: true
        }
      }
    },
    "node_modules/@xtuc/ieee754": {
      version: "1.2.0",
      integrity: "sha512-DX8nKgqcGwsc0eJSqYt5lwP4DH5FlHnmuWWBRy7X0NcaGR0ZtuyeESgMwTYVEtxmsNGY+qit4QYT/MIYTOTPeA==",
      license: "BSD-3-Clause",
      peer: true
    },
    "node_modules/@xtuc/long": {
      version: "4.2.2",
      integrity: "sha512-NuHqBY1PB/D8xU6s/thBgOAiAP7HOYDQ32+BFZILJ8ivkUkAHQnWfn6WhL79Owj1qmUnoN/YPhktdIoucipkAQ==",
      license: "Apache-2.0",
      peer: true
    },
    "node_modules/accepts": {
      version: "1.3.7",
      integrity: "sha512-Il80Qs2WjYlJIBNzNkK6KYqlVMTbZLXgHx2oT0pU/fjRHyEp+PEfEPY0R3WCwAGVOtauxh1hOxNgIf5bv7dQpA==",
      license: "MIT",
      dependencies: {
        "mime-types": "~2.1.24",
        negotiator: "0.6.2"
      },
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/acorn": {
      version: "8.19.0",
      integrity: "sha512-oJlA3XiRm7Cyk6qFD2Jn8ak9B7jSy0qy00ADO3+8dpT0LSjFihQYv4C02LFCSYJV3Q37xYwwRy5m+IpIiUzqWw==",
      license: "MIT",
      bin: {
        acorn: "bin/acorn"
      },
      engines: {
        node: ">=0.4.0"
      }
    },
    "node_modules/ajv": {
      version: "6.12.6",
      integrity: "sha512-j3fVLgvTo527anyYyJOGTYJbG+vnnQYvE0m5mmkc1TK+nxAppkCLMIL0aZ4dblVCNoGShhm+kzE4ZUykBoMg4g==",
      license: "MIT",
      dependencies: {
        "fast-deep-equal": "^3.1.1",
        "fast-json-stable-stringify": "^2.0.0",
        "json-schema-traverse": "^0.4.1",
        "uri-js": "^4.2.2"
      },
      funding: {
        type: "github",
        url: "https://github.com/sponsors/epoberezkin"
      }
    },
    "node_modules/ajv-formats": {
      version: "3.0.1",
      integrity: "sha512-8iUql50EUR+uUcdRQ3HDqa6EVyo3docL8g5WJ3FNcWmu62IbkGUue/pEyLBW8VGKKucTPgqeks4fIU1DA4yowQ==",
      license: "MIT",
      peer: true,
      dependencies: {
        ajv: "^8.0.0"
      },
      peerDependencies: {
        ajv: "^8.0.0"
      },
      peerDependenciesMeta: {
        ajv: {
          optional: true
        }
      }
    },
    "node_modules/ajv-formats/node_modules/ajv": {
      version: "8.20.0",
      integrity: "sha512-Thbli+OlOj+iMPYFBVBfJ3OmCAnaSyNn4M1vz9T6Gka5Jt9ba/HIR56joy65tY6kx/FCF5VXNB819Y7/GUrBGA==",
      license: "MIT",
      peer: true,
      dependencies: {
        "fast-deep-equal": "^3.1.3",
        "fast-uri": "^3.0.1",
        "json-schema-traverse": "^1.0.0",
        "require-from-string": "^2.0.2"
      },
      funding: {
        type: "github",
        url: "https://github.com/sponsors/epoberezkin"
      }
    },
    "node_modules/ajv-formats/node_modules/json-schema-traverse": {
      version: "1.0.0",
      integrity: "sha512-NM8/P9n3XjXhIZn1lLhkFaACTOURQXjWhV4BA/RnOv8xvgqtqpAX9IO4mRQxSx1Rlo4tqzeqb0sOlruaOy3dug==",
      license: "MIT",
      peer: true
    },
    "node_modules/ansi-align": {
      version: "3.0.0",
      integrity: "sha512-ZpClVKqXN3RGBmKibdfWzqCY4lnjEuoNzU5T0oEFpfd/z5qJHVarukridD4juLO2FXMiwUQxr9WqQtaYa8XRYw==",
      license: "ISC",
      dependencies: {
        "string-width": "^3.0.0"
      }
    },
    "node_modules/ansi-align/node_modules/ansi-regex": {
      version: "4.1.0",
      integrity: "sha512-1apePfXM1UOSqw0o9IiFAovVz9M5S1Dg+4TrDwfMewQ6p/rmMueb7tWZjQ1rx4Loy1ArBggoqGpfqqdI4rondg==",
      license: "MIT",
      engines: {
        node: ">=6"
      }
    },
    "node_modules/ansi-align/node_modules/string-width": {
      version: "3.1.0",
      integrity: "sha512-vafcv6KjVZKSgz06oM/H6GDBrAtz8vdhQakGjFIvNrHA6y3HCF1CInLy+QLq8dTJPQ1b+KDUqDFctkdRW44e1w==",
      license: "MIT",
      dependencies: {
        "emoji-regex": "^7.0.1",
        "is-fullwidth-code-point": "^2.0.0",
        "strip-ansi": "^5.1.0"
      },
      engines: {
        node: ">=6"
      }
    },
    "node_modules/ansi-align/node_modules/strip-ansi": {
      version: "5.2.0",
      integrity: "sha512-DuRs1gKbBqsMKIZlrffwlug8MHkcnpjs5VPmL1PAh+mA30U0DTotfDZ0d2UUsXpPmPmMMJ6W773MaA3J+lbiWA==",
      license: "MIT",
      dependencies: {
        "ansi-regex": "^4.1.0"
      },
      engines: {
        node: ">=6"
      }
    },
    "node_modules/ansi-regex": {
      version: "2.1.1",
      integrity: "sha512-TIGnTpdo+E3+pCyAluZvtED5p5wCqLdezCyhPZzKPcxvFplEt4i+W7OONCKgeZFT3+y5NZZfOOS/Bdcanm1MYA==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/ansi-styles": {
      version: "4.3.0",
      integrity: "sha512-zbB9rCJAT1rbjiVDb2hqKFHNYLxgtk8NURxZ3IZwD3F6NtxbXZQCnnSi1Lkx+IDohdPlFp222wVALIheZJQSEg==",
      license: "MIT",
      dependencies: {
        "color-convert": "^2.0.1"
      },
      engines: {
        node: ">=8"
      },
      funding: {
        url: "https://github.com/chalk/ansi-styles?sponsor=1"
      }
    },
    "node_modules/anymatch": {
      version: "3.1.2",
      integrity: "sha512-P43ePfOAIupkguHUycrc4qJ9kz8ZiuOUijaETwX7THt0Y/GNK7v0aa8rY816xWjZ7rJdA5XdMcpVFTKMq+RvWg==",
      license: "ISC",
      dependencies: {
        "normalize-path": "^3.0.0",
        picomatch: "^2.0.4"
      },
      engines: {
        node: ">= 8"
      }
    },
    "node_modules/arch": {
      version: "2.2.0",
      integrity: "sha512-Of/R0wqp83cgHozfIYLbBMnej79U/SVGOOyuB3VVFv1NRM/PSFMK12x9KVtiYzJqmnU5WR2qp0Z5rHb7sWGnFQ==",
      funding: [
        {
          type: "github",
          url: "https://github.com/sponsors/feross"
        },
        {
          type: "patreon",
          url: "https://www.patreon.com/feross"
        },
        {
          type: "consulting",
          url: "https://feross.org/support"
        }
      ],
      license: "MIT"
    },
    "node_modules/archive-type": {
      version: "4.0.0",
      integrity: "sha512-zV4Ky0v1F8dBrdYElwTvQhweQ0P7Kwc1aluqJsYtOBP01jXcWCyW2IEfI1YiqsG+Iy7ZR+o5LF1N+PGECBxHWA==",
      license: "MIT",
      dependencies: {
        "file-type": "^4.2.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/archive-type/node_modules/file-type": {
      version: "4.4.0",
      integrity: "sha512-f2UbFQEk7LXgWpi5ntcO86OeA/cC80fuDDDaX/fZ2ZGel+AF7leRQqBBW1eJNiiQkrZlAoM6P+VYP5P6bOlDEQ==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/archiver": {
      version: "5.3.0",
      integrity: "sha512-iUw+oDwK0fgNpvveEsdQ0Ase6IIKztBJU2U0E9MzszMfmVVUyv1QJhS2ITW9ZCqx8dktAxVAjWWkKehuZE8OPg==",
      license: "MIT",
      dependencies: {
        "archiver-utils": "^2.1.0",
        async: "^3.2.0",
        "buffer-crc32": "^0.2.1",
        "readable-stream": "^3.6.0",
        "readdir-glob": "^1.0.0",
        "tar-stream": "^2.2.0",
        "zip-stream": "^4.1.0"
      },
      engines: {
        node: ">= 10"
      }
    },
    "node_modules/archiver-promise": {
      version: "1.0.0",
      integrity: "sha512-6/vW4PWUKyc1KsuacbRh7a7W2s8BBRwL6IM2zNCRUESWks22tMAMr1h45pGbMzzeyNi5XIlniuubcxuc5sBkxQ==",
      license: "MIT",
      dependencies: {
        archiver: "^1.2.0"
      }
    },
    "node_modules/archiver-promise/node_modules/archiver": {
      version: "1.3.0",
      integrity: "sha512-4q/CtGPNVyC5aT9eYHhFP7SAEjKYzQIDIJWXfexUIPNxitNs1y6hORdX+sYxERSZ6qPeNNBJ5UolFsJdWTU02g==",
      license: "MIT",
      dependencies: {
        "archiver-utils": "^1.3.0",
        async: "^2.0.0",
        "buffer-crc32": "^0.2.1",
        glob: "^7.0.0",
        lodash: "^4.8.0",
        "readable-stream": "^2.0.0",
        "tar-stream": "^1.5.0",
        walkdir: "^0.0.11",
        "zip-stream": "^1.1.0"
      },
      engines: {
        node: ">= 0.10.0"
      }
    },
    "node_modules/archiver-promise/node_modules/archiver-utils": {
      version: "1.3.0",
      integrity: "sha512-h+hTREBXcW5e1L9RihGXdH4PHHdGipG/jE2sMZrqIH6BmZAxeGU5IWjVsKhokdCSWX7km6Kkh406zZNEElHFPQ==",
      license: "MIT",
      dependencies: {
        glob: "^7.0.0",
        "graceful-fs": "^4.1.0",
        lazystream: "^1.0.0",
        lodash: "^4.8.0",
        "normalize-path": "^2.0.0",
        "readable-stream": "^2.0.0"
      },
      engines: {
        node: ">= 0.10.0"
      }
    },
    "node_modules/archiver-promise/node_modules/async": {
      version: "2.6.3",
      integrity: "sha512-zflvls11DCy+dQWzTW2dzuilv8Z5X/pjfmZOWba6TNIVDm+2UDaJmXSOXlasHKfNBs8oo3M0aT50fDEWfKZjXg==",
      license: "MIT",
      dependencies: {
        lodash: "^4.17.14"
      }
    },
    "node_modules/archiver-promise/node_modules/bl": {
      version: "1.2.3",
      integrity: "sha512-pvcNpa0UU69UT341rO6AYy4FVAIkUHuZXRIWbq+zHnsVcRzDDjIAhGuuYoi0d//cwIwtt4pkpKycWEfjdV+vww==",
      license: "MIT",
      dependencies: {
        "readable-stream": "^2.3.5",
        "safe-buffer": "^5.1.1"
      }
    },
    "node_modules/archiver-promise/node_modules/compress-commons": {
      version: "1.2.2",
      integrity: "sha512-SLTU8iWWmcORfUN+4351Z2aZXKJe1tr0jSilPMCZlLPzpdTXnkBW1LevW/MfuANBKJek8Xu9ggqrtVmQrChLtg==",
      license: "MIT",
      dependencies: {
        "buffer-crc32": "^0.2.1",
        "crc32-stream": "^2.0.0",
        "normalize-path": "^2.0.0",
        "readable-stream": "^2.0.0"
      },
      engines: {
        node: ">= 0.10.0"
      }
    },
    "node_modules/archiver-promise/node_modules/crc32-stream": {
      version: "2.0.0",
      integrity: "sha512-UjZSqFCbn+jZUHJIh6Y3vMF7EJLcJWNm4tKDf2peJRwlZKHvkkvOMTvAei6zjU9gO1xONVr3rRFw0gixm2eUng==",
      license: "MIT",
      dependencies: {
        crc: "^3.4.4",
        "readable-stream": "^2.0.0"
      },
      engines: {
        node: ">= 0.10.0"
      }
    },
    "node_modules/archiver-promise/node_modules/normalize-path": {
      version: "2.1.1",
      integrity: "sha512-3pKJwH184Xo/lnH6oyP1q2pMd7HcypqqmRs91/6/i2CGtWwIKGCkOOMTm/zXbgTEWHw1uNpNi/igc3ePOYHb6w==",
      license: "MIT",
      dependencies: {
        "remove-trailing-separator": "^1.0.1"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/archiver-promise/node_modules/readable-stream": {
      version: "2.3.7",
      integrity: "sha512-Ebho8K4jIbHAxnuxi7o42OrZgF/ZTNcsZj6nRKyUmkhLFq8CHItp/fy6hQZuZmP/n3yZ9VBUbp4zz/mX8hmYPw==",
      license: "MIT",
      dependencies: {
        "core-util-is": "~1.0.0",
        inherits: "~2.0.3",
        isarray: "~1.0.0",
        "process-nextick-args": "~2.0.0",
        "safe-buffer": "~5.1.1",
        string_decoder: "~1.1.1",
        "util-deprecate": "~1.0.1"
      }
    },
    "node_modules/archiver-promise/node_modules/tar-stream": {
      version: "1.6.2",
      integrity: "sha512-rzS0heiNf8Xn7/mpdSVVSMAWAoy9bfb1WOTYC78Z0UQKeKa/CWS8FOq0lKGNa8DWKAn9gxjCvMLYc5PGXYlK2A==",
      license: "MIT",
      dependencies: {
        bl: "^1.0.0",
        "buffer-alloc": "^1.2.0",
        "end-of-stream": "^1.0.0",
        "fs-constants": "^1.0.0",
        "readable-stream": "^2.3.0",
        "to-buffer": "^1.1.1",
        xtend: "^4.0.0"
      },
      engines: {
        node: ">= 0.8.0"
      }
    },
    "node_modules/archiver-promise/node_modules/zip-stream": {
      version: "1.2.0",
      integrity: "sha512-2olrDUuPM4NvRIgGPhvrp84f7/HmWR6RiQrgwFF2VctmnssFiogtYL3DcA8Vl2bsSmju79sVXe38TsII7JleUg==",
      license: "MIT",
      dependencies: {
        "archiver-utils": "^1.3.0",
        "compress-commons": "^1.2.0",
        lodash: "^4.8.0",
        "readable-stream": "^2.0.0"
      },
      engines: {
        node: ">= 0.10.0"
      }
    },
    "node_modules/archiver-utils": {
      version: "2.1.0",
      integrity: "sha512-bEL/yUb/fNNiNTuUz979Z0Yg5L+LzLxGJz8x79lYmR54fmTIb6ob/hNQgkQnIUDWIFjZVQwl9Xs356I6BAMHfw==",
      license: "MIT",
      dependencies: {
        glob: "^7.1.4",
        "graceful-fs": "^4.2.0",
        lazystream: "^1.0.0",
        "lodash.defaults": "^4.2.0",
        "lodash.difference": "^4.5.0",
        "lodash.flatten": "^4.4.0",
        "lodash.isplainobject": "^4.0.6",
        "lodash.union": "^4.6.0",
        "normalize-path": "^3.0.0",
        "readable-stream": "^2.0.0"
      },
      engines: {
        node: ">= 6"
      }
    },
    "node_modules/archiver-utils/node_modules/readable-stream": {
      version: "2.3.7",
      integrity: "sha512-Ebho8K4jIbHAxnuxi7o42OrZgF/ZTNcsZj6nRKyUmkhLFq8CHItp/fy6hQZuZmP/n3yZ9VBUbp4zz/mX8hmYPw==",
      license: "MIT",
      dependencies: {
        "core-util-is": "~1.0.0",
        inherits: "~2.0.3",
        isarray: "~1.0.0",
        "process-nextick-args": "~2.0.0",
        "safe-buffer": "~5.1.1",
        string_decoder: "~1.1.1",
        "util-deprecate": "~1.0.1"
      }
    },
    "node_modules/argparse": {
      version: "2.0.1",
      integrity: "sha512-8+9WqebbFzpX9OR+Wa6O29asIogeRMzcGtAINdpMHHyAg10f05aSFVBbcEqGf/PXw1EjAZ+q2/bEBg3DvurK3Q==",
      license: "Python-2.0"
    },
    "node_modules/array-find-index": {
      version: "1.0.2",
      integrity: "sha512-M1HQyIXcBGtVywBt8WVdim+lrNaK7VHp99Qt5pSNziXznKHViIBbXWtfRTpEFpF/c4FdfxNAsCCwPp5phBYJtw==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/array-flatten": {
      version: "1.1.1",
      integrity: "sha512-PCVAQswWemu6UdxsDFFX/+gVeYqKAod3D3UVm91jHwynguOwAvYPhx8nNlM++NqRcK6CxxpUafjmhIdKiHibqg==",
      license: "MIT"
    },
    "node_modules/array-union": {
      version: "2.1.0",
      integrity: "sha512-HGyxoOTYUyCM6stUe6EJgnd4EoewAI7zMdfqO+kGjnlZmBDz/cR5pf8r/cR4Wq60sL/p0IkcjUEEPwS3GFrIyw==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/asn1": {
      version: "0.2.4",
      integrity: "sha512-jxwzQpLQjSmWXgwaCZE9Nz+glAG01yF1QnWgbhGwHI5A6FRIEY6IVqtHhIepHqI7/kyEyQEagBC5mBEFlIYvdg==",
      license: "MIT",
      dependencies: {
        "safer-buffer": "~2.1.0"
      }
    },
    "node_modules/assert-plus": {
      version: "1.0.0",
      integrity: "sha512-NfJ4UzBCcQGLDlQq7nHxH+tv3kyZ0hHQqF5BO6J7tNJeP5do1llPr8dZ8zHonfhAu0PHAdMkSo+8o0wxg9lZWw==",
      license: "MIT",
      engines: {
        node: ">=0.8"
      }
    },
    "node_modules/async": {
      version: "3.2.3",
      integrity: "sha512-spZRyzKL5l5BZQrr/6m/SqFdBN0q3OCI0f9rjfBzCMBIP4p75P620rR3gTmaksNOhmzgdxcaxdNfMy6anrbM0g==",
      license: "MIT"
    },
    "node_modules/asynckit": {
      version: "0.4.0",
      integrity: "sha512-Oei9OH4tRh0YqU3GxhX79dM/mwVgvbZJaSNaRk+bshkj0S5cfHcgYakreBjrHwatXKbz+IoIdYLxrKim2MjW0Q==",
      license: "MIT"
    },
    "node_modules/aws-sign2": {
      version: "0.7.0",
      integrity: "sha512-08kcGqnYf/YmjoRhfxyu+CLxBjUtHLXLXX/vUfx9l2LYzG3c1m61nrpyFUZI6zeS+Li/wWMMidD9KgrqtGq3mA==",
      license: "Apache-2.0",
      engines: {
        node: "*"
      }
    },
    "node_modules/aws4": {
      version: "1.11.0",
      integrity: "sha512-xh1Rl34h6Fi1DC2WWKfxUTVqRsNnr6LsKz2+hfwDxQJWmrx8+c7ylaqBMcHfl1U1r2dsifOvKX3LQuLNZ+XSvA==",
      license: "MIT"
    },
    "node_modules/balanced-match": {
      version: "1.0.2",
      integrity: "sha512-3oSeUO0TMV67hN1AmbXsK4yaqU7tjiHlbxRDZOpH0KW9+CeX4bRAaX0Anxt0tx2MrpRpWwQaPwIlISEJhYU5Pw==",
      license: "MIT"
    },
    "node_modules/base64-js": {
      version: "1.5.1",
      integrity: "sha512-AKpaYlHn8t4SVbOHCy+b5+KKgvR4vrsD8vbvrbiQJps7fKDTkjkDry6ji0rUJjC0kzbNePLwzxq8iypo41qeWA==",
      funding: [
        {
          type: "github",
          url: "https://github.com/sponsors/feross"
        },
        {
          type: "patreon",
          url: "https://www.patreon.com/feross"
        },
        {
          type: "consulting",
          url: "https://feross.org/support"
        }
      ],
      license: "MIT"
    },
    "node_modules/baseline-browser-mapping": {
      version: "2.11.41",
      integrity: "sha512-yjL/sZCpbpL0ocwmrUe1YFUelyMcifcByF4UYCBDyubFXQRs3lUjo9VoPKdjoFFhmzLAAGNJb1GBBCQJ6B4eyg==",
      license: "Apache-2.0",
      peer: true,
      bin: {
        "baseline-browser-mapping": "dist/cli.cjs"
      },
      engines: {
        node: ">=6.0.0"
      }
    },
    "node_modules/bcrypt-pbkdf": {
      version: "1.0.2",
      integrity: "sha512-qeFIXtP4MSoi6NLqO12WfqARWWuCKi2Rn/9hJLEmtB5yTNr9DqFWkJRCf2qShWzPeAMRnOgCrq0sg/KLv5ES9w==",
      license: "BSD-3-Clause",
      dependencies: {
        tweetnacl: "^0.14.3"
      }
    },
    "node_modules/bin-build": {
      version: "3.0.0",
      integrity: "sha512-jcUOof71/TNAI2uM5uoUaDq2ePcVBQ3R/qhxAz1rX7UfvduAL/RXD3jXzvn8cVcDJdGVkiR1shal3OH0ImpuhA==",
      license: "MIT",
      dependencies: {
        decompress: "^4.0.0",
        download: "^6.2.2",
        execa: "^0.7.0",
        "p-map-series": "^1.0.0",
        tempfile: "^2.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-build/node_modules/cross-spawn": {
      version: "5.1.0",
      integrity: "sha512-pTgQJ5KC0d2hcY8eyL1IzlBPYjTkyH72XRZPnLyKus2mBfNjQs3klqbJU2VILqZryAZUt9JOb3h/mWMy23/f5A==",
      license: "MIT",
      dependencies: {
        "lru-cache": "^4.0.1",
        "shebang-command": "^1.2.0",
        which: "^1.2.9"
      }
    },
    "node_modules/bin-build/node_modules/execa": {
      version: "0.7.0",
      integrity: "sha512-RztN09XglpYI7aBBrJCPW95jEH7YF1UEPOoX9yDhUTPdp7mK+CQvnLTuD10BNXZ3byLTu2uehZ8EcKT/4CGiFw==",
      license: "MIT",
      dependencies: {
        "cross-spawn": "^5.0.1",
        "get-stream": "^3.0.0",
        "is-stream": "^1.1.0",
        "npm-run-path": "^2.0.0",
        "p-finally": "^1.0.0",
        "signal-exit": "^3.0.0",
        "strip-eof": "^1.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-build/node_modules/get-stream": {
      version: "3.0.0",
      integrity: "sha512-GlhdIUuVakc8SJ6kK0zAFbiGzRFzNnY4jUuEbV9UROo4Y+0Ny4fjvcZFVTeDA4odpFyOQzaw6hXukJSq/f28sQ==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-build/node_modules/is-stream": {
      version: "1.1.0",
      integrity: "sha512-uQPm8kcs47jx38atAcWTVxyltQYoPT68y9aWYdV6yWXSyW8mzSat0TL6CiWdZeCdF3KrAvpVtnHbTv4RN+rqdQ==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/bin-build/node_modules/npm-run-path": {
      version: "2.0.2",
      integrity: "sha512-lJxZYlT4DW/bRUtFh1MQIWqmLwQfAxnqWG4HhEdjMlkrJYnJn0Jrr2u3mgxqaWsdiBc76TYkTG/mhrnYTuzfHw==",
      license: "MIT",
      dependencies: {
        "path-key": "^2.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-build/node_modules/path-key": {
      version: "2.0.1",
      integrity: "sha512-fEHGKCSmUSDPv4uoj8AlD+joPlq3peND+HRYyxFz4KPw4z926S/b8rIuFs2FYJg3BwsxJf6A9/3eIdLaYC+9Dw==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-build/node_modules/shebang-command": {
      version: "1.2.0",
      integrity: "sha512-EV3L1+UQWGor21OmnvojK36mhg+TyIKDh3iFBKBohr5xeXIhNBcx8oWdgkTEEQ+BEFFYdLRuqMfd5L84N1V5Vg==",
      license: "MIT",
      dependencies: {
        "shebang-regex": "^1.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/bin-build/node_modules/shebang-regex": {
      version: "1.0.0",
      integrity: "sha512-wpoSFAxys6b2a2wHZ1XpDSgD7N9iVjg29Ph9uV/uaP9Ex/KXlkTZTeddxDPSYQpgvzKLGJke2UU0AzoGCjNIvQ==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/bin-build/node_modules/which": {
      version: "1.3.1",
      integrity: "sha512-HxJdYWq1MTIQbJ3nw0cqssHoTNU267KlrDuGZ1WYlxDStUtKUhOaJmh112/TZmHxxUfuJqPXSOm7tDyas0OSIQ==",
      license: "ISC",
      dependencies: {
        isexe: "^2.0.0"
      },
      bin: {
        which: "bin/which"
      }
    },
    "node_modules/bin-check": {
      version: "4.1.0",
      integrity: "sha512-b6weQyEUKsDGFlACWSIOfveEnImkJyK/FGW6FAG42loyoquvjdtOIqO6yBFzHyqyVVhNgNkQxxx09SFLK28YnA==",
      license: "MIT",
      dependencies: {
        execa: "^0.7.0",
        executable: "^4.1.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-check/node_modules/cross-spawn": {
      version: "5.1.0",
      integrity: "sha512-pTgQJ5KC0d2hcY8eyL1IzlBPYjTkyH72XRZPnLyKus2mBfNjQs3klqbJU2VILqZryAZUt9JOb3h/mWMy23/f5A==",
      license: "MIT",
      dependencies: {
        "lru-cache": "^4.0.1",
        "shebang-command": "^1.2.0",
        which: "^1.2.9"
      }
    },
    "node_modules/bin-check/node_modules/execa": {
      version: "0.7.0",
      integrity: "sha512-RztN09XglpYI7aBBrJCPW95jEH7YF1UEPOoX9yDhUTPdp7mK+CQvnLTuD10BNXZ3byLTu2uehZ8EcKT/4CGiFw==",
      license: "MIT",
      dependencies: {
        "cross-spawn": "^5.0.1",
        "get-stream": "^3.0.0",
        "is-stream": "^1.1.0",
        "npm-run-path": "^2.0.0",
        "p-finally": "^1.0.0",
        "signal-exit": "^3.0.0",
        "strip-eof": "^1.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-check/node_modules/get-stream": {
      version: "3.0.0",
      integrity: "sha512-GlhdIUuVakc8SJ6kK0zAFbiGzRFzNnY4jUuEbV9UROo4Y+0Ny4fjvcZFVTeDA4odpFyOQzaw6hXukJSq/f28sQ==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-check/node_modules/is-stream": {
      version: "1.1.0",
      integrity: "sha512-uQPm8kcs47jx38atAcWTVxyltQYoPT68y9aWYdV6yWXSyW8mzSat0TL6CiWdZeCdF3KrAvpVtnHbTv4RN+rqdQ==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/bin-check/node_modules/npm-run-path": {
      version: "2.0.2",
      integrity: "sha512-lJxZYlT4DW/bRUtFh1MQIWqmLwQfAxnqWG4HhEdjMlkrJYnJn0Jrr2u3mgxqaWsdiBc76TYkTG/mhrnYTuzfHw==",
      license: "MIT",
      dependencies: {
        "path-key": "^2.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-check/node_modules/path-key": {
      version: "2.0.1",
      integrity: "sha512-fEHGKCSmUSDPv4uoj8AlD+joPlq3peND+HRYyxFz4KPw4z926S/b8rIuFs2FYJg3BwsxJf6A9/3eIdLaYC+9Dw==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-check/node_modules/shebang-command": {
      version: "1.2.0",
      integrity: "sha512-EV3L1+UQWGor21OmnvojK36mhg+TyIKDh3iFBKBohr5xeXIhNBcx8oWdgkTEEQ+BEFFYdLRuqMfd5L84N1V5Vg==",
      license: "MIT",
      dependencies: {
        "shebang-regex": "^1.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/bin-check/node_modules/shebang-regex": {
      version: "1.0.0",
      integrity: "sha512-wpoSFAxys6b2a2wHZ1XpDSgD7N9iVjg29Ph9uV/uaP9Ex/KXlkTZTeddxDPSYQpgvzKLGJke2UU0AzoGCjNIvQ==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/bin-check/node_modules/which": {
      version: "1.3.1",
      integrity: "sha512-HxJdYWq1MTIQbJ3nw0cqssHoTNU267KlrDuGZ1WYlxDStUtKUhOaJmh112/TZmHxxUfuJqPXSOm7tDyas0OSIQ==",
      license: "ISC",
      dependencies: {
        isexe: "^2.0.0"
      },
      bin: {
        which: "bin/which"
      }
    },
    "node_modules/bin-version": {
      version: "3.1.0",
      integrity: "sha512-Mkfm4iE1VFt4xd4vH+gx+0/71esbfus2LsnCGe8Pi4mndSPyT+NGES/Eg99jx8/lUGWfu3z2yuB/bt5UB+iVbQ==",
      license: "MIT",
      dependencies: {
        execa: "^1.0.0",
        "find-versions": "^3.0.0"
      },
      engines: {
        node: ">=6"
      }
    },
    "node_modules/bin-version-check": {
      version: "4.0.0",
      integrity: "sha512-sR631OrhC+1f8Cvs8WyVWOA33Y8tgwjETNPyyD/myRBXLkfS/vl74FmH/lFcRl9KY3zwGh7jFhvyk9vV3/3ilQ==",
      license: "MIT",
      dependencies: {
        "bin-version": "^3.0.0",
        semver: "^5.6.0",
        "semver-truncate": "^1.1.2"
      },
      engines: {
        node: ">=6"
      }
    },
    "node_modules/bin-version-check/node_modules/semver": {
      version: "5.7.1",
      integrity: "sha512-sauaDf/PZdVgrLTNYHRtpXa1iRiKcaebiKQ1BJdpQlWH2lCvexQdX55snPFyK7QzpudqbCI0qXFfOasHdyNDGQ==",
      license: "ISC",
      bin: {
        semver: "bin/semver"
      }
    },
    "node_modules/bin-version/node_modules/cross-spawn": {
      version: "6.0.5",
      integrity: "sha512-eTVLrBSt7fjbDygz805pMnstIs2VTBNkRm0qxZd+M7A5XDdxVRWO5MxGBXZhjY4cqLYLdtrGqRf8mBPmzwSpWQ==",
      license: "MIT",
      dependencies: {
        "nice-try": "^1.0.4",
        "path-key": "^2.0.1",
        semver: "^5.5.0",
        "shebang-command": "^1.2.0",
        which: "^1.2.9"
      },
      engines: {
        node: ">=4.8"
      }
    },
    "node_modules/bin-version/node_modules/execa": {
      version: "1.0.0",
      integrity: "sha512-adbxcyWV46qiHyvSp50TKt05tB4tK3HcmF7/nxfAdhnox83seTDbwnaqKO4sXRy7roHAIFqJP/Rw/AuEbX61LA==",
      license: "MIT",
      dependencies: {
        "cross-spawn": "^6.0.0",
        "get-stream": "^4.0.0",
        "is-stream": "^1.1.0",
        "npm-run-path": "^2.0.0",
        "p-finally": "^1.0.0",
        "signal-exit": "^3.0.0",
        "strip-eof": "^1.0.0"
      },
      engines: {
        node: ">=6"
      }
    },
    "node_modules/bin-version/node_modules/get-stream": {
      version: "4.1.0",
      integrity: "sha512-GMat4EJ5161kIy2HevLlr4luNjBgvmj413KaQA7jt4V8B4RDsfpHk7WQ9GVqfYyyx8OS/L66Kox+rJRNklLK7w==",
      license: "MIT",
      dependencies: {
        pump: "^3.0.0"
      },
      engines: {
        node: ">=6"
      }
    },
    "node_modules/bin-version/node_modules/is-stream": {
      version: "1.1.0",
      integrity: "sha512-uQPm8kcs47jx38atAcWTVxyltQYoPT68y9aWYdV6yWXSyW8mzSat0TL6CiWdZeCdF3KrAvpVtnHbTv4RN+rqdQ==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/bin-version/node_modules/npm-run-path": {
      version: "2.0.2",
      integrity: "sha512-lJxZYlT4DW/bRUtFh1MQIWqmLwQfAxnqWG4HhEdjMlkrJYnJn0Jrr2u3mgxqaWsdiBc76TYkTG/mhrnYTuzfHw==",
      license: "MIT",
      dependencies: {
        "path-key": "^2.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-version/node_modules/path-key": {
      version: "2.0.1",
      integrity: "sha512-fEHGKCSmUSDPv4uoj8AlD+joPlq3peND+HRYyxFz4KPw4z926S/b8rIuFs2FYJg3BwsxJf6A9/3eIdLaYC+9Dw==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-version/node_modules/semver": {
      version: "5.7.1",
      integrity: "sha512-sauaDf/PZdVgrLTNYHRtpXa1iRiKcaebiKQ1BJdpQlWH2lCvexQdX55snPFyK7QzpudqbCI0qXFfOasHdyNDGQ==",
      license: "ISC",
      bin: {
        semver: "bin/semver"
      }
    },
    "node_modules/bin-version/node_modules/shebang-command": {
      version: "1.2.0",
      integrity: "sha512-EV3L1+UQWGor21OmnvojK36mhg+TyIKDh3iFBKBohr5xeXIhNBcx8oWdgkTEEQ+BEFFYdLRuqMfd5L84N1V5Vg==",
      license: "MIT",
      dependencies: {
        "shebang-regex": "^1.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/bin-version/node_modules/shebang-regex": {
      version: "1.0.0",
      integrity: "sha512-wpoSFAxys6b2a2wHZ1XpDSgD7N9iVjg29Ph9uV/uaP9Ex/KXlkTZTeddxDPSYQpgvzKLGJke2UU0AzoGCjNIvQ==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/bin-version/node_modules/which": {
      version: "1.3.1",
      integrity: "sha512-HxJdYWq1MTIQbJ3nw0cqssHoTNU267KlrDuGZ1WYlxDStUtKUhOaJmh112/TZmHxxUfuJqPXSOm7tDyas0OSIQ==",
      license: "ISC",
      dependencies: {
        isexe: "^2.0.0"
      },
      bin: {
        which: "bin/which"
      }
    },
    "node_modules/bin-wrapper": {
      version: "4.1.0",
      integrity: "sha512-hfRmo7hWIXPkbpi0ZltboCMVrU+0ClXR/JgbCKKjlDjQf6igXa7OwdqNcFWQZPZTgiY7ZpzE3+LjjkLiTN2T7Q==",
      license: "MIT",
      dependencies: {
        "bin-check": "^4.1.0",
        "bin-version-check": "^4.0.0",
        download: "^7.1.0",
        "import-lazy": "^3.1.0",
        "os-filter-obj": "^2.0.0",
        pify: "^4.0.1"
      },
      engines: {
        node: ">=6"
      }
    },
    "node_modules/bin-wrapper/node_modules/download": {
      version: "7.1.0",
      integrity: "sha512-xqnBTVd/E+GxJVrX5/eUJiLYjCGPwMpdL+jGhGU57BvtcA7wwhtHVbXBeUk51kOpW3S7Jn3BQbN9Q1R1Km2qDQ==",
      license: "MIT",
      dependencies: {
        "archive-type": "^4.0.0",
        caw: "^2.0.1",
        "content-disposition": "^0.5.2",
        decompress: "^4.2.0",
        "ext-name": "^5.0.0",
        "file-type": "^8.1.0",
        filenamify: "^2.0.0",
        "get-stream": "^3.0.0",
        got: "^8.3.1",
        "make-dir": "^1.2.0",
        "p-event": "^2.1.0",
        pify: "^3.0.0"
      },
      engines: {
        node: ">=6"
      }
    },
    "node_modules/bin-wrapper/node_modules/download/node_modules/pify": {
      version: "3.0.0",
      integrity: "sha512-C3FsVNH1udSEX48gGX1xfvwTWfsYWj5U+8/uK15BGzIGrKoUpghX8hWZwa/OFnakBiiVNmBvemTJR5mcy7iPcg==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-wrapper/node_modules/file-type": {
      version: "8.1.0",
      integrity: "sha512-qyQ0pzAy78gVoJsmYeNgl8uH8yKhr1lVhW7JbzJmnlRi0I4R2eEDEJZVKG8agpDnLpacwNbDhLNG/LMdxHD2YQ==",
      license: "MIT",
      engines: {
        node: ">=6"
      }
    },
    "node_modules/bin-wrapper/node_modules/get-stream": {
      version: "3.0.0",
      integrity: "sha512-GlhdIUuVakc8SJ6kK0zAFbiGzRFzNnY4jUuEbV9UROo4Y+0Ny4fjvcZFVTeDA4odpFyOQzaw6hXukJSq/f28sQ==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-wrapper/node_modules/got": {
      version: "8.3.2",
      integrity: "sha512-qjUJ5U/hawxosMryILofZCkm3C84PLJS/0grRIpjAwu+Lkxxj5cxeCU25BG0/3mDSpXKTyZr8oh8wIgLaH0QCw==",
      license: "MIT",
      dependencies: {
        "@sindresorhus/is": "^0.7.0",
        "cacheable-request": "^2.1.1",
        "decompress-response": "^3.3.0",
        duplexer3: "^0.1.4",
        "get-stream": "^3.0.0",
        "into-stream": "^3.1.0",
        "is-retry-allowed": "^1.1.0",
        isurl: "^1.0.0-alpha5",
        "lowercase-keys": "^1.0.0",
        "mimic-response": "^1.0.0",
        "p-cancelable": "^0.4.0",
        "p-timeout": "^2.0.1",
        pify: "^3.0.0",
        "safe-buffer": "^5.1.1",
        "timed-out": "^4.0.1",
        "url-parse-lax": "^3.0.0",
        "url-to-options": "^1.0.1"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-wrapper/node_modules/got/node_modules/pify": {
      version: "3.0.0",
      integrity: "sha512-C3FsVNH1udSEX48gGX1xfvwTWfsYWj5U+8/uK15BGzIGrKoUpghX8hWZwa/OFnakBiiVNmBvemTJR5mcy7iPcg==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-wrapper/node_modules/make-dir": {
      version: "1.3.0",
      integrity: "sha512-2w31R7SJtieJJnQtGc7RVL2StM2vGYVfqUOvUDxH6bC6aJTxPxTF0GnIgCyu7tjockiUWAYQRbxa7vKn34s5sQ==",
      license: "MIT",
      dependencies: {
        pify: "^3.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-wrapper/node_modules/make-dir/node_modules/pify": {
      version: "3.0.0",
      integrity: "sha512-C3FsVNH1udSEX48gGX1xfvwTWfsYWj5U+8/uK15BGzIGrKoUpghX8hWZwa/OFnakBiiVNmBvemTJR5mcy7iPcg==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-wrapper/node_modules/p-cancelable": {
      version: "0.4.1",
      integrity: "sha512-HNa1A8LvB1kie7cERyy21VNeHb2CWJJYqyyC2o3klWFfMGlFmWv2Z7sFgZH8ZiaYL95ydToKTFVXgMV/Os0bBQ==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-wrapper/node_modules/p-event": {
      version: "2.3.1",
      integrity: "sha512-NQCqOFhbpVTMX4qMe8PF8lbGtzZ+LCiN7pcNrb/413Na7+TRoe1xkKUzuWa/YEJdGQ0FvKtj35EEbDoVPO2kbA==",
      license: "MIT",
      dependencies: {
        "p-timeout": "^2.0.1"
      },
      engines: {
        node: ">=6"
      }
    },
    "node_modules/bin-wrapper/node_modules/p-timeout": {
      version: "2.0.1",
      integrity: "sha512-88em58dDVB/KzPEx1X0N3LwFfYZPyDc4B6eF38M1rk9VTZMbxXXgjugz8mmwpS9Ox4BDZ+t6t3QP5+/gazweIA==",
      license: "MIT",
      dependencies: {
        "p-finally": "^1.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-wrapper/node_modules/pify": {
      version: "4.0.1",
      integrity: "sha512-uB80kBFb/tfd68bVleG9T5GGsGPjJrLAUpR5PZIrhBnIaRTQRjqdJSsIKkOP6OAIFbj7GOrcudc5pNjZ+geV2g==",
      license: "MIT",
      engines: {
        node: ">=6"
      }
    },
    "node_modules/bin-wrapper/node_modules/prepend-http": {
      version: "2.0.0",
      integrity: "sha512-ravE6m9Atw9Z/jjttRUZ+clIXogdghyZAuWJ3qEzjT+jI/dL1ifAqhZeC5VHzQp1MSt1+jxKkFNemj/iO7tVUA==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-wrapper/node_modules/url-parse-lax": {
      version: "3.0.0",
      integrity: "sha512-NjFKA0DidqPa5ciFcSrXnAltTtzz84ogy+NebPvfEgAck0+TNg4UJ4IN+fB7zRZfbgUf0syOo9MDxFkDSMuFaQ==",
      license: "MIT",
      dependencies: {
        "prepend-http": "^2.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/binary-extensions": {
      version: "2.2.0",
      integrity: "sha512-jDctJ/IVQbZoJykoeHbhXpOlNBqGNcwXJKJog42E5HDPUwQTSdjCHdihjj0DlnheQ7blbT6dHOafNAiS8ooQKA==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/bl": {
      version: "4.1.0",
      integrity: "sha512-1W07cM9gS6DcLperZfFSj+bWLtaPGSOHWhPiGzXmvVJbRLdG82sH/Kn8EtW1VqWVA54AKf2h5k5BbnIbwF3h6w==",
      license: "MIT",
      dependencies: {
        buffer: "^5.5.0",
        inherits: "^2.0.4",
        "readable-stream": "^3.4.0"
      }
    },
    "node_modules/bluebird": {
      version: "3.7.2",
      integrity: "sha512-XpNj6GDQzdfW+r2Wnn7xiSAd7TM3jzkxGXBGTtWKuSXv1xUV+azxAm8jdWZN06QTQk+2N2XB9jRDkvbmQmcRtg==",
      license: "MIT"
    },
    "node_modules/body-parser": {
      version: "1.19.2",
      integrity: "sha512-SAAwOxgoCKMGs9uUAUFHygfLAyaniaoun6I8mFY9pRAJL9+Kec34aU+oIjDhTycub1jozEfEwx1W1IuOYxVSFw==",
      license: "MIT",
      dependencies: {
        bytes: "3.1.2",
        "content-type": "~1.0.4",
        debug: "2.6.9",
        depd: "~1.1.2",
        "http-errors": "1.8.1",
        "iconv-lite": "0.4.24",
        "on-finished": "~2.3.0",
        qs: "6.9.7",
        "raw-body": "2.4.3",
        "type-is": "~1.6.18"
      },
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/boolbase": {
      version: "1.0.0",
      integrity: "sha512-JZOSA7Mo9sNGB8+UjSgzdLtokWAky1zbztM3WRLCbZ70/3cTANmQmOdR7y2g+J0e2WXywy1yS468tY+IruqEww==",
      license: "ISC"
    },
    "node_modules/boxen": {
      version: "5.0.1",
      integrity: "sha512-49VBlw+PrWEF51aCmy7QIteYPIFZxSpvqBdP/2itCPPlJ49kj9zg/XPRFrdkne2W+CfwXUls8exMvu1RysZpKA==",
      license: "MIT",
      dependencies: {
        "ansi-align": "^3.0.0",
        camelcase: "^6.2.0",
        chalk: "^4.1.0",
        "cli-boxes": "^2.2.1",
        "string-width": "^4.2.0",
        "type-fest": "^0.20.2",
        "widest-line": "^3.1.0",
        "wrap-ansi": "^7.0.0"
      },
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/boxen/node_modules/camelcase": {
      version: "6.2.0",
      integrity: "sha512-c7wVvbw3f37nuobQNtgsgG9POC9qMbNuMQmTCqZv23b6MIz0fcYpBiOlv9gEN/hdLdnZTDQhg6e9Dq5M1vKvfg==",
      license: "MIT",
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/boxen/node_modules/type-fest": {
      version: "0.20.2",
      integrity: "sha512-Ne+eE4r0/iWnpAxD852z3A+N0Bt5RN//NjJwRd2VFHEmrywxf5vsZlh4R6lixl6B+wz/8d+maTSAkN1FIkI3LQ==",
      license: "(MIT OR CC0-1.0)",
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/brace-expansion": {
      version: "1.1.11",
      integrity: "sha512-iCuPHDFgrHX7H2vEI/5xpz07zSHB00TpugqhmYtVmMO6518mCuRMoOYFldEBl0g187ufozdaHgWKcYFb61qGiA==",
      license: "MIT",
      dependencies: {
        "balanced-match": "^1.0.0",
        "concat-map": "0.0.1"
      }
    },
    "node_modules/braces": {
      version: "3.0.2",
      integrity: "sha512-b8um+L1RzM3WDSzvhm6gIz1yfTbBt6YTlcEKAvsmqCZZFw46z626lVj9j1yEPW33H5H+lBQpZMP1k8l+78Ha0A==",
      license: "MIT",
      dependencies: {
        "fill-range": "^7.0.1"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/browserslist": {
      version: "4.29.6",
      integrity: "sha512-CmVVIQ3RVc5HxYEc9X84GvxK/C8C1wH8TlKAiO7uTxF8PDwt7r8t9Qk3J9NkMOVzX5O/HbLv3yzxZg9HPrnI9w==",
      funding: [
        {
          type: "opencollective",
          url: "https://opencollective.com/browserslist"
        },
        {
          type: "tidelift",
          url: "https://tidelift.com/funding/github/npm/browserslist"
        },
        {
          type: "github",
          url: "https://github.com/sponsors/ai"
        }
      ],
      license: "MIT",
      peer: true,
      dependencies: {
        "baseline-browser-mapping": "^2.11.37",
        "caniuse-lite": "^1.0.30001826",
        "electron-to-chromium": "^1.5.486",
        "node-releases": "^2.0.64",
        "update-browserslist-db": "^1.4.0"
      },
      bin: {
        browserslist: "cli.js"
      },
      engines: {
        node: "^6 || ^7 || ^8 || ^9 || ^10 || ^11 || ^12 || >=13.7"
      }
    },
    "node_modules/buffer": {
      version: "5.7.1",
      integrity: "sha512-EHcyIPBQ4BSGlvjB16k5KgAJ27CIsHY/2JBmCRReo48y9rQ3MaUzWX3KVlBa4U7MyX02HdVj0K7C3WaB3ju7FQ==",
      funding: [
        {
          type: "github",
          url: "https://github.com/sponsors/feross"
        },
        {
          type: "patreon",
          url: "https://www.patreon.com/feross"
        },
        {
          type: "consulting",
          url: "https://feross.org/support"
        }
      ],
      license: "MIT",
      dependencies: {
        "base64-js": "^1.3.1",
        ieee754: "^1.1.13"
      }
    },
    "node_modules/buffer-alloc": {
      version: "1.2.0",
      integrity: "sha512-CFsHQgjtW1UChdXgbyJGtnm+O/uLQeZdtbDo8mfUgYXCHSM1wgrVxXm6bSyrUuErEb+4sYVGCzASBRot7zyrow==",
      license: "MIT",
      dependencies: {
        "buffer-alloc-unsafe": "^1.1.0",
        "buffer-fill": "^1.0.0"
      }
    },
    "node_modules/buffer-alloc-unsafe": {
      version: "1.1.0",
      integrity: "sha512-TEM2iMIEQdJ2yjPJoSIsldnleVaAk1oW3DBVUykyOLsEsFmEc9kn+SFFPz+gl54KQNxlDnAwCXosOS9Okx2xAg==",
      license: "MIT"
    },
    "node_modules/buffer-crc32": {
      version: "0.2.13",
      integrity: "sha512-VO9Ht/+p3SN7SKWqcrgEzjGbRSJYTx+Q1pTQC0wrWqHx0vpJraQ6GtHx8tvcg1rlK1byhU5gccxgOgj7B0TDkQ==",
      license: "MIT",
      engines: {
        node: "*"
      }
    },
    "node_modules/buffer-fill": {
      version: "1.0.0",
      integrity: "sha512-T7zexNBwiiaCOGDg9xNX9PBmjrubblRkENuptryuI64URkXDFum9il/JGL8Lm8wYfAXpredVXXZz7eMHilimiQ==",
      license: "MIT"
    },
    "node_modules/buffer-from": {
      version: "1.1.2",
      integrity: "sha512-E+XQCRwSbaaiChtv6k6Dwgc+bx+Bs6vuKJHHl5kox/BaKbhiXzqQOwK4cO22yElGp2OCmjwVhT3HmxgyPGnJfQ==",
      license: "MIT"
    },
    "node_modules/bytes": {
      version: "3.1.2",
      integrity: "sha512-/Nf7TyzTx6S3yRJObOAV7956r8cr2+Oj8AC5dt8wSP3BQAoeX58NoHyCU8P8zGkNXStjTSi6fzO6F0pBdcYbEg==",
      license: "MIT",
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/cacheable-request": {
      version: "2.1.4",
      integrity: "sha512-vag0O2LKZ/najSoUwDbVlnlCFvhBE/7mGTY2B5FgCBDcRD+oVV1HYTOwM6JZfMg/hIcM6IwnTZ1uQQL5/X3xIQ==",
      license: "MIT",
      dependencies: {
        "clone-response": "1.0.2",
        "get-stream": "3.0.0",
        "http-cache-semantics": "3.8.1",
        keyv: "3.0.0",
        "lowercase-keys": "1.0.0",
        "normalize-url": "2.0.1",
        responselike: "1.0.2"
      }
    },
    "node_modules/cacheable-request/node_modules/get-stream": {
      version: "3.0.0",
      integrity: "sha512-GlhdIUuVakc8SJ6kK0zAFbiGzRFzNnY4jUuEbV9UROo4Y+0Ny4fjvcZFVTeDA4odpFyOQzaw6hXukJSq/f28sQ==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/cacheable-request/node_modules/lowercase-keys": {
      version: "1.0.0",
      integrity: "sha512-RPlX0+PHuvxVDZ7xX+EBVAp4RsVxP/TdDSN2mJYdiq1Lc4Hz7EUSjUI7RZrKKlmrIzVhf6Jo2stj7++gVarS0A==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/cacheable-request/node_modules/normalize-url": {
      version: "2.0.1",
      integrity: "sha512-D6MUW4K/VzoJ4rJ01JFKxDrtY1v9wrgzCX5f2qj/lzH1m/lW6MhUZFKerVsnyjOhOsYzI9Kqqak+10l4LvLpMw==",
      license: "MIT",
      dependencies: {
        "prepend-http": "^2.0.0",
        "query-string": "^5.0.1",
        "sort-keys": "^2.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/cacheable-request/node_modules/prepend-http": {
      version: "2.0.0",
      integrity: "sha512-ravE6m9Atw9Z/jjttRUZ+clIXogdghyZAuWJ3qEzjT+jI/dL1ifAqhZeC5VHzQp1MSt1+jxKkFNemj/iO7tVUA==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/cacheable-request/node_modules/sort-keys": {
      version: "2.0.0",
      integrity: "sha512-/dPCrG1s3ePpWm6yBbxZq5Be1dXGLyLn9Z791chDC3NFrpkVbWGzkBwPN1knaciexFXgRJ7hzdnwZ4stHSDmjg==",
      license: "MIT",
      dependencies: {
        "is-plain-obj": "^1.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/camelcase": {
      version: "2.1.1",
      integrity: "sha512-DLIsRzJVBQu72meAKPkWQOLcujdXT32hwdfnkI1frSiSRMK1MofjKHf+MEx0SB6fjEFXL8fBDv1dKymBlOp4Qw==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/camelcase-keys": {
      version: "2.1.0",
      integrity: "sha512-bA/Z/DERHKqoEOrp+qeGKw1QlvEQkGZSc0XaY6VnTxZr+Kv1G5zFwttpjv8qxZ/sBPT4nthwZaAcsAZTJlSKXQ==",
      license: "MIT",
      dependencies: {
        camelcase: "^2.0.0",
        "map-obj": "^1.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/caniuse-lite": {
      version: "1.0.30001830",
      integrity: "sha512-0TFl6VuW52V0JxUPXnqjNNxZ9I8bAH9to34KYZZBUWe/5yD+YBWda/mBXxlwnLLHm5LSoGyyo2KeuNheSJXywA==",
      funding: [
        {
          type: "opencollective",
          url: "https://opencollective.com/browserslist"
        },
        {
          type: "tidelift",
          url: "https://tidelift.com/funding/github/npm/caniuse-lite"
        },
        {
          type: "github",
          url: "https://github.com/sponsors/ai"
        }
      ],
      license: "CC-BY-4.0",
      peer: true
    },
    "node_modules/caseless": {
      version: "0.12.0",
      integrity: "sha512-4tYFyifaFfGacoiObjJegolkwSU4xQNGbVgUiNYVUxbQ2x2lUsFvY4hVgVzGiIe6WLOPqycWXA40l+PWsxthUw==",
      license: "Apache-2.0"
    },
    "node_modules/caw": {
      version: "2.0.1",
      integrity: "sha512-Cg8/ZSBEa8ZVY9HspcGUYaK63d/bN7rqS3CYCzEGUxuYv6UlmcjzDUz2fCFFHyTvUW5Pk0I+3hkA3iXlIj6guA==",
      license: "MIT",
      dependencies: {
        "get-proxy": "^2.0.0",
        isurl: "^1.0.0-alpha5",
        "tunnel-agent": "^0.6.0",
        "url-to-options": "^1.0.1"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/chalk": {
      version: "4.1.2",
      integrity: "sha512-oKnbhFyRIXpUuez8iBMmyEa4nbj4IOQyuhc/wy9kY7/WVPcwIO9VA668Pu8RkO7+0G76SLROeyw9CpQ061i4mA==",
      license: "MIT",
      dependencies: {
        "ansi-styles": "^4.1.0",
        "supports-color": "^7.1.0"
      },
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/chalk/chalk?sponsor=1"
      }
    },
    "node_modules/cheerio": {
      version: "1.0.0-rc.10",
      integrity: "sha512-g0J0q/O6mW8z5zxQ3A8E8J1hUgp4SMOvEoW/x84OwyHKe/Zccz83PVT4y5Crcr530FV6NgmKI1qvGTKVl9XXVw==",
      license: "MIT",
      dependencies: {
        "cheerio-select": "^1.5.0",
        "dom-serializer": "^1.3.2",
        domhandler: "^4.2.0",
        htmlparser2: "^6.1.0",
        parse5: "^6.0.1",
        "parse5-htmlparser2-tree-adapter": "^6.0.1",
        tslib: "^2.2.0"
      },
      engines: {
        node: ">= 6"
      },
      funding: {
        url: "https://github.com/cheeriojs/cheerio?sponsor=1"
      }
    },
    "node_modules/cheerio-select": {
      version: "1.5.0",
      integrity: "sha512-qocaHPv5ypefh6YNxvnbABM07KMxExbtbfuJoIie3iZXX1ERwYmJcIiRrr9H05ucQP1k28dav8rpdDgjQd8drg==",
      license: "BSD-2-Clause",
      dependencies: {
        "css-select": "^4.1.3",
        "css-what": "^5.0.1",
        domelementtype: "^2.2.0",
        domhandler: "^4.2.0",
        domutils: "^2.7.0"
      },
      funding: {
        url: "https://github.com/sponsors/fb55"
      }
    },
    "node_modules/chokidar": {
      version: "3.5.3",
      integrity: "sha512-Dr3sfKRP6oTcjf2JmUmFJfeVMvXBdegxB0iVQ5eb2V10uFJUCAS8OByZdVAyVb8xXNz3GjjTgj9kLWsZTqE6kw==",
      funding: [
        {
          type: "individual",
          url: "https://paulmillr.com/funding/"
        }
      ],
      license: "MIT",
      dependencies: {
        anymatch: "~3.1.2",
        braces: "~3.0.2",
        "glob-parent": "~5.1.2",
        "is-binary-path": "~2.1.0",
        "is-glob": "~4.0.1",
        "normalize-path": "~3.0.0",
        readdirp: "~3.6.0"
      },
      engines: {
        node: ">= 8.10.0"
      },
      optionalDependencies: {
        fsevents: "~2.3.2"
      }
    },
    "node_modules/chrome-trace-event": {
      version: "1.0.4",
      integrity: "sha512-rNjApaLzuwaOTjCiT8lSDdGN1APCiqkChLMJxJPWLunPAt5fy8xgU9/jNOchV84wfIxrA0lRQB7oCT8jrn/wrQ==",
      license: "MIT",
      peer: true,
      engines: {
        node: ">=6.0"
      }
    },
    "node_modules/ci-info": {
      version: "2.0.0",
      integrity: "sha512-5tK7EtrZ0N+OLFMthtqOj4fI2Jeb88C4CAZPu25LDVUgXJ0A3Js4PMGqrn0JU1W0Mh1/Z8wZzYPxqUrXeBboCQ==",
      license: "MIT"
    },
    "node_modules/clean-css": {
      version: "5.2.4",
      integrity: "sha512-nKseG8wCzEuji/4yrgM/5cthL9oTDc5UOQyFMvW/Q53oP6gLH690o1NbuTh6Y18nujr7BxlsFuS7gXLnLzKJGg==",
      license: "MIT",
      dependencies: {
        "source-map": "~0.6.0"
      },
      engines: {
        node: ">= 10.0"
      }
    },
    "node_modules/cli-boxes": {
      version: "2.2.1",
      integrity: "sha512-y4coMcylgSCdVinjiDBuR8PCC2bLjyGTwEmPb9NHR/QaNU6EUOXcTY/s6VjGMD6ENSEaeQYHCY0GNGS5jfMwPw==",
      license: "MIT",
      engines: {
        node: ">=6"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/cli-cursor": {
      version: "3.1.0",
      integrity: "sha512-I/zHAwsKf9FqGoXM4WWRACob9+SNukZTd94DWF57E4toouRulbCxcUh6RKUEOQlYTHJnzkPMySvPNaaSLNfLZw==",
      license: "MIT",
      dependencies: {
        "restore-cursor": "^3.1.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/cli-spinners": {
      version: "2.6.0",
      integrity: "sha512-t+4/y50K/+4xcCRosKkA7W4gTr1MySvLV0q+PxmG7FJ5g+66ChKurYjxBCjHggHH3HA5Hh9cy+lcUGWDqVH+4Q==",
      license: "MIT",
      engines: {
        node: ">=6"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/clone": {
      version: "1.0.4",
      integrity: "sha512-JQHZ2QMW6l3aH/j6xCqQThY/9OH4D/9ls34cgkUBiEeocRTU04tHfKPBsUK1PqZCUQM7GiA0IIXJSuXHI64Kbg==",
      license: "MIT",
      engines: {
        node: ">=0.8"
      }
    },
    "node_modules/clone-deep": {
      version: "4.0.1",
      integrity: "sha512-neHB9xuzh/wk0dIHweyAXv2aPGZIVk3pLMe+/RNzINf17fe0OG96QroktYAUm7SM1PBnzTabaLboqqxDyMU+SQ==",
      license: "MIT",
      dependencies: {
        "is-plain-object": "^2.0.4",
        "kind-of": "^6.0.2",
        "shallow-clone": "^3.0.0"
      },
      engines: {
        node: ">=6"
      }
    },
    "node_modules/clone-response": {
      version: "1.0.2",
      integrity: "sha512-yjLXh88P599UOyPTFX0POsd7WxnbsVsGohcwzHOLspIhhpalPw1BcqED8NblyZLKcGrL8dTgMlcaZxV2jAD41Q==",
      license: "MIT",
      dependencies: {
        "mimic-response": "^1.0.0"
      }
    },
    "node_modules/color-convert": {
      version: "2.0.1",
      integrity: "sha512-RRECPsj7iu/xb5oKYcsFHSppFNnsj/52OVTRKb4zP5onXwVF3zVmmToNcOfGC+CRDpfK/U584fMg38ZHCaElKQ==",
      license: "MIT",
      dependencies: {
        "color-name": "~1.1.4"
      },
      engines: {
        node: ">=7.0.0"
      }
    },
    "node_modules/color-name": {
      version: "1.1.4",
      integrity: "sha512-dOy+3AuW3a2wNbZHIuMZpTcgjGuLU/uBL/ubcZF9OXbDo8ff4O8yVp5Bf0efS8uEoYo5q4Fx7dY9OgQGXgAsQA==",
      license: "MIT"
    },
    "node_modules/colorette": {
      version: "2.0.20",
      integrity: "sha512-IfEDxwoWIjkeXL1eXcDiow4UbKjhLdq6/EuSVR9GMN7KVH3r9gQ83e73hsz1Nd1T3ijd5xv1wcWRYO+D6kCI2w==",
      license: "MIT"
    },
    "node_modules/combined-stream": {
      version: "1.0.8",
      integrity: "sha512-FQN4MRfuJeHf7cBbBMJFXhKSDq+2kAArBlmRBvcvFE5BB1HZKXtSFASDhdlz9zOYwxh8lDdnvmMOe/+5cdoEdg==",
      license: "MIT",
      dependencies: {
        "delayed-stream": "~1.0.0"
      },
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/commander": {
      version: "8.3.0",
      integrity: "sha512-OkTL9umf+He2DZkUq8f8J9of7yL6RJKI24dVITBmNfZBmri9zYZQrKkuXiKhyfPSu8tUhnVBB1iKXevvnlR4Ww==",
      license: "MIT",
      engines: {
        node: ">= 12"
      }
    },
    "node_modules/compress-commons": {
      version: "4.1.0",
      integrity: "sha512-ofaaLqfraD1YRTkrRKPCrGJ1pFeDG/MVCkVVV2FNGeWquSlqw5wOrwOfPQ1xF2u+blpeWASie5EubHz+vsNIgA==",
      license: "MIT",
      dependencies: {
        "buffer-crc32": "^0.2.13",
        "crc32-stream": "^4.0.1",
        "normalize-path": "^3.0.0",
        "readable-stream": "^3.6.0"
      },
      engines: {
        node: ">= 10"
      }
    },
    "node_modules/compressible": {
      version: "2.0.18",
      integrity: "sha512-AF3r7P5dWxL8MxyITRMlORQNaOA2IkAFaTr4k7BUumjPtRpGDTZpl0Pb1XCO6JeDCBdp126Cgs9sMxqSjgYyRg==",
      license: "MIT",
      dependencies: {
        "mime-db": ">= 1.43.0 < 2"
      },
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/compression": {
      version: "1.7.4",
      integrity: "sha512-jaSIDzP9pZVS4ZfQ+TzvtiWhdpFhE2RDHz8QJkpX9SIpLq88VueF5jJw6t+6CUQcAoA6t+x89MLrWAqpfDE8iQ==",
      license: "MIT",
      dependencies: {
        accepts: "~1.3.5",
        bytes: "3.0.0",
        compressible: "~2.0.16",
        debug: "2.6.9",
        "on-headers": "~1.0.2",
        "safe-buffer": "5.1.2",
        vary: "~1.1.2"
      },
      engines: {
        node: ">= 0.8.0"
      }
    },
    "node_modules/compression/node_modules/bytes": {
      version: "3.0.0",
      integrity: "sha512-pMhOfFDPiv9t5jjIXkHosWmkSyQbvsgEVNkz0ERHbuLh2T/7j4Mqqpz523Fe8MVY89KC6Sh/QfS2sM+SjgFDcw==",
      license: "MIT",
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/concat-map": {
      version: "0.0.1",
      integrity: "sha512-/Srv4dswyQNBfohGpz9o6Yb3Gz3SrUDqBH5rTuhGR7ahtlbYKnVxw2bCFMRljaA7EXHaXZ8wsHdodFvbkhKmqg==",
      license: "MIT"
    },
    "node_modules/config-chain": {
      version: "1.1.12",
      integrity: "sha512-a1eOIcu8+7lUInge4Rpf/n4Krkf3Dd9lqhljRzII1/Zno/kRtUWnznPO3jOKBmTEktkt3fkxisUcivoj0ebzoA==",
      dependencies: {
        ini: "^1.3.4",
        "proto-list": "~1.2.1"
      }
    },
    "node_modules/configstore": {
      version: "5.0.1",
      integrity: "sha512-aMKprgk5YhBNyH25hj8wGt2+D52Sw1DRRIzqBwLp2Ya9mFmY8KPvvtvmna8SxVR9JMZ4kzMD68N22vlaRpkeFA==",
      license: "BSD-2-Clause",
      dependencies: {
        "dot-prop": "^5.2.0",
        "graceful-fs": "^4.1.2",
        "make-dir": "^3.0.0",
        "unique-string": "^2.0.0",
        "write-file-atomic": "^3.0.0",
        "xdg-basedir": "^4.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/console-stream": {
      version: "0.1.1",
      integrity: "sha512-QC/8l9e6ofi6nqZ5PawlDgzmMw3OxIXtvolBzap/F4UDBJlDaZRSNbL/lb41C29FcbSJncBFlJFj2WJoNyZRfQ=="
    },
    "node_modules/content-disposition": {
      version: "0.5.3",
      integrity: "sha512-ExO0774ikEObIAEV9kDo50o+79VCUdEB6n6lzKgGwupcVeRlhrj3qGAfwq8G6uBJjkqLrhT0qEYFcWng8z1z0g==",
      license: "MIT",
      dependencies: {
        "safe-buffer": "5.1.2"
      },
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/content-type": {
      version: "1.0.4",
      integrity: "sha512-hIP3EEPs8tB9AT1L+NUqtwOAps4mk2Zob89MWXMHjHWg9milF/j4osnnQLXBCBFBk/tvIG/tUc9mOUJiPBhPXA==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/cookie": {
      version: "0.4.2",
      integrity: "sha512-aSWTXFzaKWkvHO1Ny/s+ePFpvKsPnjc551iI41v3ny/ow6tBG5Vd+FuqGNhh1LxOmVzOlGUriIlOaokOvhaStA==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/cookie-signature": {
      version: "1.0.6",
      integrity: "sha512-QADzlaHc8icV8I7vbaJXJwod9HWYp8uCqf1xa4OfNu1T7JVxQIrUgOWtHdNDtPiywmFbiS12VjotIXLrKM3orQ==",
      license: "MIT"
    },
    "node_modules/core-util-is": {
      version: "1.0.2",
      integrity: "sha512-3lqz5YjWTYnW6dlDa5TLaTCcShfar1e40rmcJVwCBJC6mWlFuj0eCHIElmG1g5kyuJ/GD+8Wn4FFCcz4gJPfaQ==",
      license: "MIT"
    },
    "node_modules/crc": {
      version: "3.8.0",
      integrity: "sha512-iX3mfgcTMIq3ZKLIsVFAbv7+Mc10kxabAGQb8HvjA1o3T1PIYprbakQ65d3I+2HGHt6nSKkM9PYjgoJO2KcFBQ==",
      license: "MIT",
      dependencies: {
        buffer: "^5.1.0"
      }
    },
    "node_modules/crc-32": {
      version: "1.2.0",
      integrity: "sha512-1uBwHxF+Y/4yF5G48fwnKq6QsIXheor3ZLPT80yGBV1oEUwpPojlEhQbWKVw1VwcTQyMGHK1/XMmTjmlsmTTGA==",
      license: "Apache-2.0",
      dependencies: {
        "exit-on-epipe": "~1.0.1",
        printj: "~1.1.0"
      },
      bin: {
        crc32: "bin/crc32.njs"
      },
      engines: {
        node: ">=0.8"
      }
    },
    "node_modules/crc32-stream": {
      version: "4.0.2",
      integrity: "sha512-DxFZ/Hk473b/muq1VJ///PMNLj0ZMnzye9thBpmjpJKCc5eMgB95aK8zCGrGfQ90cWo561Te6HK9D+j4KPdM6w==",
      license: "MIT",
      dependencies: {
        "crc-32": "^1.2.0",
        "readable-stream": "^3.4.0"
      },
      engines: {
        node: ">= 10"
      }
    },
    "node_modules/cross-spawn": {
      version: "7.0.3",
      integrity: "sha512-iRDPJKUPVEND7dHPO8rkbOnPpyDygcDFtWjpeWNCgy8WP2rXcxXL8TskReQl6OrB2G7+UJrags1q15Fudc7G6w==",
      license: "MIT",
      dependencies: {
        "path-key": "^3.1.0",
        "shebang-command": "^2.0.0",
        which: "^2.0.1"
      },
      engines: {
        node: ">= 8"
      }
    },
    "node_modules/crypto-random-string": {
      version: "2.0.0",
      integrity: "sha512-v1plID3y9r/lPhviJ1wrXpLeyUIGAZ2SHNYTEapm7/8A9nLPoyvVp3RK/EPFqn5kEznyWgYZNsRtYYIWbuG8KA==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/css-select": {
      version: "4.1.3",
      integrity: "sha512-gT3wBNd9Nj49rAbmtFHj1cljIAOLYSX1nZ8CB7TBO3INYckygm5B7LISU/szY//YmdiSLbJvDLOx9VnMVpMBxA==",
      license: "BSD-2-Clause",
      dependencies: {
        boolbase: "^1.0.0",
        "css-what": "^5.0.0",
        domhandler: "^4.2.0",
        domutils: "^2.6.0",
        "nth-check": "^2.0.0"
      },
      funding: {
        url: "https://github.com/sponsors/fb55"
      }
    },
    "node_modules/css-url-parser": {
      version: "1.1.3",
      integrity: "sha512-KO4HrqK3lAlrnobbBEHib/lFRw7kGOlQTLYhwTwWzDEGilGTYIYOpI22d+6euyZiqfZpV96pii87ZufifbxpqA==",
      license: "MIT"
    },
    "node_modules/css-what": {
      version: "5.0.1",
      integrity: "sha512-FYDTSHb/7KXsWICVsxdmiExPjCfRC4qRFBdVwv7Ax9hMnvMmEjP9RfxTEZ3qPZGmADDn2vAKSo9UcN1jKVYscg==",
      license: "BSD-2-Clause",
      engines: {
        node: ">= 6"
      },
      funding: {
        url: "https://github.com/sponsors/fb55"
      }
    },
    "node_modules/currently-unhandled": {
      version: "0.4.1",
      integrity: "sha512-/fITjgjGU50vjQ4FH6eUoYu+iUoUKIXws2hL15JJpIR+BbTxaXQsMuuyjtNh2WqsSBS5nsaZHFsFecyw5CCAng==",
      license: "MIT",
      dependencies: {
        "array-find-index": "^1.0.1"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/dashdash": {
      version: "1.14.1",
      integrity: "sha512-jRFi8UDGo6j+odZiEpjazZaWqEal3w/basFjQHQEwVtZJGDpxbH1MeYluwCS8Xq5wmLJooDlMgvVarmWfGM44g==",
      license: "MIT",
      dependencies: {
        "assert-plus": "^1.0.0"
      },
      engines: {
        node: ">=0.10"
      }
    },
    "node_modules/debug": {
      version: "2.6.9",
      integrity: "sha512-bC7ElrdJaJnPbAP+1EotYvqZsb3ecl5wi6Bfi6BJTUcNowp6cvspg0jXznRTKDjm/E7AdgFBVeAPVMNcKGsHMA==",
      license: "MIT",
      dependencies: {
        ms: "2.0.0"
      }
    },
    "node_modules/decamelize": {
      version: "1.2.0",
      integrity: "sha512-z2S+W9X73hAUUki+N+9Za2lBlun89zigOyGrsax+KUQ6wKW4ZoWpEYBkGhQjwAjjDCkWxhY0VKEhk8wzY7F5cA==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/decode-uri-component": {
      version: "0.2.0",
      integrity: "sha512-hjf+xovcEn31w/EUYdTXQh/8smFL/dzYjohQGEIgjyNavaJfBY2p5F527Bo1VPATxv0VYTUC2bOcXvqFwk78Og==",
      license: "MIT",
      engines: {
        node: ">=0.10"
      }
    },
    "node_modules/decompress": {
      version: "4.2.1",
      integrity: "sha512-e48kc2IjU+2Zw8cTb6VZcJQ3lgVbS4uuB1TfCHbiZIP/haNXm+SVyhu+87jts5/3ROpd82GSVCoNs/z8l4ZOaQ==",
      license: "MIT",
      dependencies: {
        "decompress-tar": "^4.0.0",
        "decompress-tarbz2": "^4.0.0",
        "decompress-targz": "^4.0.0",
        "decompress-unzip": "^4.0.1",
        "graceful-fs": "^4.1.10",
        "make-dir": "^1.0.0",
        pify: "^2.3.0",
        "strip-dirs": "^2.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/decompress-response": {
      version: "3.3.0",
      integrity: "sha512-BzRPQuY1ip+qDonAOz42gRm/pg9F768C+npV/4JOsxRC2sq+Rlk+Q4ZCAsOhnIaMrgarILY+RMUIvMmmX1qAEA==",
      license: "MIT",
      dependencies: {
        "mimic-response": "^1.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/decompress-tar": {
      version: "4.1.1",
      integrity: "sha512-JdJMaCrGpB5fESVyxwpCx4Jdj2AagLmv3y58Qy4GE6HMVjWz1FeVQk1Ct4Kye7PftcdOo/7U7UKzYBJgqnGeUQ==",
      license: "MIT",
      dependencies: {
        "file-type": "^5.2.0",
        "is-stream": "^1.1.0",
        "tar-stream": "^1.5.2"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/decompress-tar/node_modules/bl": {
      version: "1.2.3",
      integrity: "sha512-pvcNpa0UU69UT341rO6AYy4FVAIkUHuZXRIWbq+zHnsVcRzDDjIAhGuuYoi0d//cwIwtt4pkpKycWEfjdV+vww==",
      license: "MIT",
      dependencies: {
        "readable-stream": "^2.3.5",
        "safe-buffer": "^5.1.1"
      }
    },
    "node_modules/decompress-tar/node_modules/file-type": {
      version: "5.2.0",
      integrity: "sha512-Iq1nJ6D2+yIO4c8HHg4fyVb8mAJieo1Oloy1mLLaB2PvezNedhBVm+QU7g0qM42aiMbRXTxKKwGD17rjKNJYVQ==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/decompress-tar/node_modules/is-stream": {
      version: "1.1.0",
      integrity: "sha512-uQPm8kcs47jx38atAcWTVxyltQYoPT68y9aWYdV6yWXSyW8mzSat0TL6CiWdZeCdF3KrAvpVtnHbTv4RN+rqdQ==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/decompress-tar/node_modules/readable-stream": {
      version: "2.3.7",
      integrity: "sha512-Ebho8K4jIbHAxnuxi7o42OrZgF/ZTNcsZj6nRKyUmkhLFq8CHItp/fy6hQZuZmP/n3yZ9VBUbp4zz/mX8hmYPw==",
      license: "MIT",
      dependencies: {
        "core-util-is": "~1.0.0",
        inherits: "~2.0.3",
        isarray: "~1.0.0",
        "process-nextick-args": "~2.0.0",
        "safe-buffer": "~5.1.1",
        string_decoder: "~1.1.1",
        "util-deprecate": "~1.0.1"
      }
    },
    "node_modules/decompress-tar/node_modules/tar-stream": {
      version: "1.6.2",
      integrity: "sha512-rzS0heiNf8Xn7/mpdSVVSMAWAoy9bfb1WOTYC78Z0UQKeKa/CWS8FOq0lKGNa8DWKAn9gxjCvMLYc5PGXYlK2A==",
      license: "MIT",
      dependencies: {
        bl: "^1.0.0",
        "buffer-alloc": "^1.2.0",
        "end-of-stream": "^1.0.0",
        "fs-constants": "^1.0.0",
        "readable-stream": "^2.3.0",
        "to-buffer": "^1.1.1",
        xtend: "^4.0.0"
      },
      engines: {
        node: ">= 0.8.0"
      }
    },
    "node_modules/decompress-tarbz2": {
      version: "4.1.1",
      integrity: "sha512-s88xLzf1r81ICXLAVQVzaN6ZmX4A6U4z2nMbOwobxkLoIIfjVMBg7TeguTUXkKeXni795B6y5rnvDw7rxhAq9A==",
      license: "MIT",
      dependencies: {
        "decompress-tar": "^4.1.0",
        "file-type": "^6.1.0",
        "is-stream": "^1.1.0",
        "seek-bzip": "^1.0.5",
        "unbzip2-stream": "^1.0.9"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/decompress-tarbz2/node_modules/file-type": {
      version: "6.2.0",
      integrity: "sha512-YPcTBDV+2Tm0VqjybVd32MHdlEGAtuxS3VAYsumFokDSMG+ROT5wawGlnHDoz7bfMcMDt9hxuXvXwoKUx2fkOg==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/decompress-tarbz2/node_modules/is-stream": {
      version: "1.1.0",
      integrity: "sha512-uQPm8kcs47jx38atAcWTVxyltQYoPT68y9aWYdV6yWXSyW8mzSat0TL6CiWdZeCdF3KrAvpVtnHbTv4RN+rqdQ==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/decompress-targz": {
      version: "4.1.1",
      integrity: "sha512-4z81Znfr6chWnRDNfFNqLwPvm4db3WuZkqV+UgXQzSngG3CEKdBkw5jrv3axjjL96glyiiKjsxJG3X6WBZwX3w==",
      license: "MIT",
      dependencies: {
        "decompress-tar": "^4.1.1",
        "file-type": "^5.2.0",
        "is-stream": "^1.1.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/decompress-targz/node_modules/file-type": {
      version: "5.2.0",
      integrity: "sha512-Iq1nJ6D2+yIO4c8HHg4fyVb8mAJieo1Oloy1mLLaB2PvezNedhBVm+QU7g0qM42aiMbRXTxKKwGD17rjKNJYVQ==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/decompress-targz/node_modules/is-stream": {
      version: "1.1.0",
      integrity: "sha512-uQPm8kcs47jx38atAcWTVxyltQYoPT68y9aWYdV6yWXSyW8mzSat0TL6CiWdZeCdF3KrAvpVtnHbTv4RN+rqdQ==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/decompress-unzip": {
      version: "4.0.1",
      integrity: "sha512-1fqeluvxgnn86MOh66u8FjbtJpAFv5wgCT9Iw8rcBqQcCo5tO8eiJw7NNTrvt9n4CRBVq7CstiS922oPgyGLrw==",
      license: "MIT",
      dependencies: {
        "file-type": "^3.8.0",
        "get-stream": "^2.2.0",
        pify: "^2.3.0",
        yauzl: "^2.4.2"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/decompress-unzip/node_modules/file-type": {
      version: "3.9.0",
      integrity: "sha512-RLoqTXE8/vPmMuTI88DAzhMYC99I8BWv7zYP4A1puo5HIjEJ5EX48ighy4ZyKMG9EDXxBgW6e++cn7d1xuFghA==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/decompress-unzip/node_modules/get-stream": {
      version: "2.3.1",
      integrity: "sha512-AUGhbbemXxrZJRD5cDvKtQxLuYaIbNtDTK8YqupCI393Q2KSTreEsLUN3ZxAWFGiKTzL6nKuzfcIvieflUX9qA==",
      license: "MIT",
      dependencies: {
        "object-assign": "^4.0.1",
        "pinkie-promise": "^2.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/decompress/node_modules/make-dir": {
      version: "1.3.0",
      integrity: "sha512-2w31R7SJtieJJnQtGc7RVL2StM2vGYVfqUOvUDxH6bC6aJTxPxTF0GnIgCyu7tjockiUWAYQRbxa7vKn34s5sQ==",
      license: "MIT",
      dependencies: {
        pify: "^3.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/decompress/node_modules/make-dir/node_modules/pify": {
      version: "3.0.0",
      integrity: "sha512-C3FsVNH1udSEX48gGX1xfvwTWfsYWj5U+8/uK15BGzIGrKoUpghX8hWZwa/OFnakBiiVNmBvemTJR5mcy7iPcg==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/deep-extend": {
      version: "0.6.0",
      integrity: "sha512-LOHxIOaPYdHlJRtCQfDIVZtfw/ufM8+rVj649RIHzcm/vGwQRXFt6OPqIFWsm2XEMrNIEtWR64sY1LEKD2vAOA==",
      license: "MIT",
      engines: {
        node: ">=4.0.0"
      }
    },
    "node_modules/defaults": {
      version: "1.0.3",
      integrity: "sha512-s82itHOnYrN0Ib8r+z7laQz3sdE+4FP3d9Q7VLO7U+KRT+CR0GsWuyHxzdAY82I7cXv0G/twrqomTJLOssO5HA==",
      license: "MIT",
      dependencies: {
        clone: "^1.0.2"
      }
    },
    "node_modules/defer-to-connect": {
      version: "1.1.3",
      integrity: "sha512-0ISdNousHvZT2EiFlZeZAHBUvSxmKswVCEf8hW7KWgG4a8MVEu/3Vb6uWYozkjylyCxe0JBIiRB1jV45S70WVQ==",
      license: "MIT"
    },
    "node_modules/define-lazy-prop": {
      version: "2.0.0",
      integrity: "sha512-Ds09qNh8yw3khSjiJjiUInaGX9xlqZDY7JVryGxdxV7NPeuqQfplOpQ66yJFZut3jLa5zOwkXw1g9EI2uKh4Og==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/degit": {
      version: "2.8.4",
      integrity: "sha512-vqYuzmSA5I50J882jd+AbAhQtgK6bdKUJIex1JNfEUPENCgYsxugzKVZlFyMwV4i06MmnV47/Iqi5Io86zf3Ng==",
      license: "MIT",
      bin: {
        degit: "degit"
      },
      engines: {
        node: ">=8.0.0"
      }
    },
    "node_modules/delayed-stream": {
      version: "1.0.0",
      integrity: "sha512-ZySD7Nf91aLB0RxL4KGrKHBXl7Eds1DAmEdcoVawXnLD7SDhpNgtuII2aAkg7a7QS41jxPSZ17p4VdGnMHk3MQ==",
      license: "MIT",
      engines: {
        node: ">=0.4.0"
      }
    },
    "node_modules/depd": {
      version: "1.1.2",
      integrity: "sha512-7emPTl6Dpo6JRXOXjLRxck+FlLRX5847cLKEn00PLAgc3g2hTZZgr+e4c2v6QpSmLeFP3n5yUo7ft6avBK/5jQ==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/destroy": {
      version: "1.0.4",
      integrity: "sha512-3NdhDuEXnfun/z7x9GOElY49LoqVHoGScmOKwmxhsS8N5Y+Z8KyPPDnaSzqWgYt/ji4mqwfTS34Htrk0zPIXVg==",
      license: "MIT"
    },
    "node_modules/dir-glob": {
      version: "3.0.1",
      integrity: "sha512-WkrWp9GR4KXfKGYzOLmTuGVi1UWFfws377n9cc55/tb6DuqyF6pcQ5AbiHEshaDpY9v6oaSr2XCDidGmMwdzIA==",
      license: "MIT",
      dependencies: {
        "path-type": "^4.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/dom-serializer": {
      version: "1.3.2",
      integrity: "sha512-5c54Bk5Dw4qAxNOI1pFEizPSjVsx5+bpJKmL2kPn8JhBUq2q09tTCa3mjijun2NfK78NMouDYNMBkOrPZiS+ig==",
      license: "MIT",
      dependencies: {
        domelementtype: "^2.0.1",
        domhandler: "^4.2.0",
        entities: "^2.0.0"
      },
      funding: {
        url: "https://github.com/cheeriojs/dom-serializer?sponsor=1"
      }
    },
    "node_modules/domelementtype": {
      version: "2.2.0",
      integrity: "sha512-DtBMo82pv1dFtUmHyr48beiuq792Sxohr+8Hm9zoxklYPfa6n0Z3Byjj2IV7bmr2IyqClnqEQhfgHJJ5QF0R5A==",
      funding: [
        {
          type: "github",
          url: "https://github.com/sponsors/fb55"
        }
      ],
      license: "BSD-2-Clause"
    },
    "node_modules/domhandler": {
      version: "4.2.0",
      integrity: "sha512-zk7sgt970kzPks2Bf+dwT/PLzghLnsivb9CcxkvR8Mzr66Olr0Ofd8neSbglHJHaHa2MadfoSdNlKYAaafmWfA==",
      license: "BSD-2-Clause",
      dependencies: {
        domelementtype: "^2.2.0"
      },
      engines: {
        node: ">= 4"
      },
      funding: {
        url: "https://github.com/fb55/domhandler?sponsor=1"
      }
    },
    "node_modules/domutils": {
      version: "2.7.0",
      integrity: "sha512-8eaHa17IwJUPAiB+SoTYBo5mCdeMgdcAoXJ59m6DT1vw+5iLS3gNoqYaRowaBKtGVrOF1Jz4yDTgYKLK2kvfJg==",
      license: "BSD-2-Clause",
      dependencies: {
        "dom-serializer": "^1.0.1",
        domelementtype: "^2.2.0",
        domhandler: "^4.2.0"
      },
      funding: {
        url: "https://github.com/fb55/domutils?sponsor=1"
      }
    },
    "node_modules/dot-prop": {
      version: "5.3.0",
      integrity: "sha512-QM8q3zDe58hqUqjraQOmzZ1LIH9SWQJTlEKCH4kJ2oQvLZk7RbQXvtDM2XEq3fwkV9CCvvH4LA0AV+ogFsBM2Q==",
      license: "MIT",
      dependencies: {
        "is-obj": "^2.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/download": {
      version: "6.2.5",
      integrity: "sha512-DpO9K1sXAST8Cpzb7kmEhogJxymyVUd5qz/vCOSyvwtp2Klj2XcDt5YUuasgxka44SxF0q5RriKIwJmQHG2AuA==",
      license: "MIT",
      dependencies: {
        caw: "^2.0.0",
        "content-disposition": "^0.5.2",
        decompress: "^4.0.0",
        "ext-name": "^5.0.0",
        "file-type": "5.2.0",
        filenamify: "^2.0.0",
        "get-stream": "^3.0.0",
        got: "^7.0.0",
        "make-dir": "^1.0.0",
        "p-event": "^1.0.0",
        pify: "^3.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/download/node_modules/file-type": {
      version: "5.2.0",
      integrity: "sha512-Iq1nJ6D2+yIO4c8HHg4fyVb8mAJieo1Oloy1mLLaB2PvezNedhBVm+QU7g0qM42aiMbRXTxKKwGD17rjKNJYVQ==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/download/node_modules/get-stream": {
      version: "3.0.0",
      integrity: "sha512-GlhdIUuVakc8SJ6kK0zAFbiGzRFzNnY4jUuEbV9UROo4Y+0Ny4fjvcZFVTeDA4odpFyOQzaw6hXukJSq/f28sQ==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/download/node_modules/make-dir": {
      version: "1.3.0",
      integrity: "sha512-2w31R7SJtieJJnQtGc7RVL2StM2vGYVfqUOvUDxH6bC6aJTxPxTF0GnIgCyu7tjockiUWAYQRbxa7vKn34s5sQ==",
      license: "MIT",
      dependencies: {
        pify: "^3.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/download/node_modules/pify": {
      version: "3.0.0",
      integrity: "sha512-C3FsVNH1udSEX48gGX1xfvwTWfsYWj5U+8/uK15BGzIGrKoUpghX8hWZwa/OFnakBiiVNmBvemTJR5mcy7iPcg==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/duplexer3": {
      version: "0.1.4",
      integrity: "sha512-CEj8FwwNA4cVH2uFCoHUrmojhYh1vmCdOaneKJXwkeY1i9jnlslVo9dx+hQ5Hl9GnH/Bwy/IjxAyOePyPKYnzA==",
      license: "BSD-3-Clause"
    },
    "node_modules/ecc-jsbn": {
      version: "0.1.2",
      integrity: "sha512-eh9O+hwRHNbG4BLTjEl3nw044CkGm5X6LoaCf7LPp7UU8Qrt47JYNi6nPX8xjW97TKGKm1ouctg0QSpZe9qrnw==",
      license: "MIT",
      dependencies: {
        jsbn: "~0.1.0",
        "safer-buffer": "^2.1.0"
      }
    },
    "node_modules/ee-first": {
      version: "1.1.1",
      integrity: "sha512-WMwm9LhRUo+WUaRN+vRuETqG89IgZphVSNkdFgeb6sS/E4OrDIN7t48CAewSHXc6C8lefD8KKfr5vY61brQlow==",
      license: "MIT"
    },
    "node_modules/electron-to-chromium": {
      version: "1.5.501",
      integrity: "sha512-UVcdnFm1UW3UZBBL/Nsi7mLqdxGqUbzW0rO0WsdEqwJr4vnFWrs93MBig2neS0TnQ5MUCwg3y91FhM/+oZE4hg==",
      license: "ISC",
      peer: true
    },
    "node_modules/email-validator": {
      version: "2.0.4",
      integrity: "sha512-gYCwo7kh5S3IDyZPLZf6hSS0MnZT8QmJFqYvbqlDZSbwdZlY6QZWxJ4i/6UhITOJ4XzyI647Bm2MXKCLqnJ4nQ==",
      engines: {
        node: ">4.0"
      }
    },
    "node_modules/emoji-regex": {
      version: "7.0.3",
      integrity: "sha512-CwBLREIQ7LvYFB0WyRvwhq5N5qPhc6PMjD6bYggFlI5YyDgl+0vxq5VHbMOFqLg7hfWzmu8T5Z1QofhmTIhItA==",
      license: "MIT"
    },
    "node_modules/encodeurl": {
      version: "1.0.2",
      integrity: "sha512-TPJXq8JqFaVYm2CWmPvnP2Iyo4ZSM7/QKcSmuMLDObfpH5fi7RUGmd/rTDf+rut/saiDiQEeVTNgAmJEdAOx0w==",
      license: "MIT",
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/end-of-stream": {
      version: "1.4.4",
      integrity: "sha512-+uw1inIHVPQoaVuHzRyXd21icM+cnt4CzD5rW+NC1wjOUSTOs+Te7FOv7AhN7vS9x/oIyhLP5PR1H+phQAHu5Q==",
      license: "MIT",
      dependencies: {
        once: "^1.4.0"
      }
    },
    "node_modules/enhanced-resolve": {
      version: "5.27.2",
      integrity: "sha512-Cpp3nuaI7ZdgEsvVP6zzk08uxrfGTSUnDwijv6PZfe8qHjcUYv5X9bJF71WTt5HwOeaeVandf9zACK4jcWroNw==",
      license: "MIT",
      peer: true,
      dependencies: {
        "graceful-fs": "^4.2.4",
        tapable: "^2.3.3"
      },
      engines: {
        node: ">=10.13.0"
      }
    },
    "node_modules/entities": {
      version: "2.2.0",
      integrity: "sha512-p92if5Nz619I0w+akJrLZH0MX0Pb5DX39XOwQTtXSdQQOaYH03S1uIQp4mhOZtAXrxq4ViO67YTiLBo2638o9A==",
      license: "BSD-2-Clause",
      funding: {
        url: "https://github.com/fb55/entities?sponsor=1"
      }
    },
    "node_modules/envinfo": {
      version: "7.21.0",
      integrity: "sha512-Lw7I8Zp5YKHFCXL7+Dz95g4CcbMEpgvqZNNq3AmlT5XAV6CgAAk6gyAMqn2zjw08K9BHfcNuKrMiCPLByGafow==",
      license: "MIT",
      bin: {
        envinfo: "dist/cli.js"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/error-ex": {
      version: "1.3.2",
      integrity: "sha512-7dFHNmqeFSEt2ZBsCriorKnn3Z2pj+fd9kmI6QoWw4//DL+icEBfc0U7qJCisqrTsKTjw4fNFy2pW9OqStD84g==",
      license: "MIT",
      dependencies: {
        "is-arrayish": "^0.2.1"
      }
    },
    "node_modules/escalade": {
      version: "3.2.0",
      integrity: "sha512-WUj2qlxaQtO4g6Pq5c29GTcWGDyd8itL8zTlipgECz3JesAiiOKotd8JU6otB3PACgG6xkJUyVhboMS+bje/jA==",
      license: "MIT",
      peer: true,
      engines: {
        node: ">=6"
      }
    },
    "node_modules/escape-goat": {
      version: "2.1.1",
      integrity: "sha512-8/uIhbG12Csjy2JEW7D9pHbreaVaS/OpN3ycnyvElTdwM5n6GY6W6e2IPemfvGZeUMqZ9A/3GqIZMgKnBhAw/Q==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/escape-html": {
      version: "1.0.3",
      integrity: "sha512-NiSupZ4OeuGwr68lGIeym/ksIZMJodUGOSCZ/FSnTxcrekbvqrgdUxlJOMpijaKZVjAJrWrGs/6Jy8OMuyj9ow==",
      license: "MIT"
    },
    "node_modules/escape-string-regexp": {
      version: "1.0.5",
      integrity: "sha512-vbRorB5FUQWvla16U8R/qgaFIya2qGzwDrNmCZuYKrbdSUMG6I1ZCGQRefkRVhuOkIGVne7BQ35DSfo1qvJqFg==",
      license: "MIT",
      engines: {
        node: ">=0.8.0"
      }
    },
    "node_modules/etag": {
      version: "1.8.1",
      integrity: "sha512-aIL5Fx7mawVa300al2BnEE4iNvo1qETxLrPI/o05L7z6go7fCw1J6EQmbK4FmJ2AS7kgVF/KEZWufBfdClMcPg==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/eventemitter3": {
      version: "4.0.7",
      integrity: "sha512-8guHBZCwKnFhYdHr2ysuRWErTwhoN2X8XELRlrRwpmfeY2jjuUN4taQMsULKUVo1K4DvZl+0pgfyoysHxvmvEw==",
      license: "MIT"
    },
    "node_modules/events": {
      version: "3.3.0",
      integrity: "sha512-mQw+2fkQbALzQ7V0MY0IqdnXNOeTtP4r0lN9z7AAawCXgqea7bDii20AYrIBrFd/Hx0M2Ocz6S111CaFkUcb0Q==",
      license: "MIT",
      peer: true,
      engines: {
        node: ">=0.8.x"
      }
    },
    "node_modules/execa": {
      version: "4.1.0",
      integrity: "sha512-j5W0//W7f8UxAn8hXVnwG8tLwdiUy4FJLcSupCg6maBYZDpyBvTApK7KyuI4bKj8KOh1r2YH+6ucuYtJv1bTZA==",
      license: "MIT",
      dependencies: {
        "cross-spawn": "^7.0.0",
        "get-stream": "^5.0.0",
        "human-signals": "^1.1.1",
        "is-stream": "^2.0.0",
        "merge-stream": "^2.0.0",
        "npm-run-path": "^4.0.0",
        onetime: "^5.1.0",
        "signal-exit": "^3.0.2",
        "strip-final-newline": "^2.0.0"
      },
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/sindresorhus/execa?sponsor=1"
      }
    },
    "node_modules/executable": {
      version: "4.1.1",
      integrity: "sha512-8iA79xD3uAch729dUG8xaaBBFGaEa0wdD2VkYLFHwlqosEj/jT66AzcreRDSgV7ehnNLBW2WR5jIXwGKjVdTLg==",
      license: "MIT",
      dependencies: {
        pify: "^2.2.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/exit-on-epipe": {
      version: "1.0.1",
      integrity: "sha512-h2z5mrROTxce56S+pnvAV890uu7ls7f1kEvVGJbw1OlFH3/mlJ5bkXu0KRyW94v37zzHPiUd55iLn3DA7TjWpw==",
      license: "Apache-2.0",
      engines: {
        node: ">=0.8"
      }
    },
    "node_modules/express": {
      version: "4.17.3",
      integrity: "sha512-yuSQpz5I+Ch7gFrPCk4/c+dIBKlQUxtgwqzph132bsT6qhuzss6I8cLJQz7B3rFblzd6wtcI0ZbGltH/C4LjUg==",
      license: "MIT",
      dependencies: {
        accepts: "~1.3.8",
        "array-flatten": "1.1.1",
        "body-parser": "1.19.2",
        "content-disposition": "0.5.4",
        "content-type": "~1.0.4",
        cookie: "0.4.2",
        "cookie-signature": "1.0.6",
        debug: "2.6.9",
        depd: "~1.1.2",
        encodeurl: "~1.0.2",
        "escape-html": "~1.0.3",
        etag: "~1.8.1",
        finalhandler: "~1.1.2",
        fresh: "0.5.2",
        "merge-descriptors": "1.0.1",
        methods: "~1.1.2",
        "on-finished": "~2.3.0",
        parseurl: "~1.3.3",
        "path-to-regexp": "0.1.7",
        "proxy-addr": "~2.0.7",
        qs: "6.9.7",
        "range-parser": "~1.2.1",
        "safe-buffer": "5.2.1",
        send: "0.17.2",
        "serve-static": "1.14.2",
        setprototypeof: "1.2.0",
        statuses: "~1.5.0",
        "type-is": "~1.6.18",
        "utils-merge": "1.0.1",
        vary: "~1.1.2"
      },
      engines: {
        node: ">= 0.10.0"
      }
    },
    "node_modules/express/node_modules/accepts": {
      version: "1.3.8",
      integrity: "sha512-PYAthTa2m2VKxuvSD3DPC/Gy+U+sOA1LAuT8mkmRuvw+NACSaeXEQ+NHcVF7rONl6qcaxV3Uuemwawk+7+SJLw==",
      license: "MIT",
      dependencies: {
        "mime-types": "~2.1.34",
        negotiator: "0.6.3"
      },
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/express/node_modules/content-disposition": {
      version: "0.5.4",
      integrity: "sha512-FveZTNuGw04cxlAiWbzi6zTAL/lhehaWbTtgluJh4/E95DqMwTmha3KZN1aAWA8cFIhHzMZUvLevkw5Rqk+tSQ==",
      license: "MIT",
      dependencies: {
        "safe-buffer": "5.2.1"
      },
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/express/node_modules/negotiator": {
      version: "0.6.3",
      integrity: "sha512-+EUsqGPLsM+j/zdChZjsnX51g4XrHFOIXwfnCVPGlQk/k5giakcKsuxCObBRu6DSm9opw/O6slWbJdghQM4bBg==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/express/node_modules/safe-buffer": {
      version: "5.2.1",
      integrity: "sha512-rp3So07KcdmmKbGvgaNxQSJr7bGVSVk5S9Eq1F+ppbRo70+YeaDxkw5Dd8NPN+GD6bjnYm2VuPuCXmpuYvmCXQ==",
      funding: [
        {
          type: "github",
          url: "https://github.com/sponsors/feross"
        },
        {
          type: "patreon",
          url: "https://www.patreon.com/feross"
        },
        {
          type: "consulting",
          url: "https://feross.org/support"
        }
      ],
      license: "MIT"
    },
    "node_modules/ext-list": {
      version: "2.2.2",
      integrity: "sha512-u+SQgsubraE6zItfVA0tBuCBhfU9ogSRnsvygI7wht9TS510oLkBRXBsqopeUG/GBOIQyKZO9wjTqIu/sf5zFA==",
      license: "MIT",
      dependencies: {
        "mime-db": "^1.28.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/ext-name": {
      version: "5.0.0",
      integrity: "sha512-yblEwXAbGv1VQDmow7s38W77hzAgJAO50ztBLMcUyUBfxv1HC+LGwtiEN+Co6LtlqT/5uwVOxsD4TNIilWhwdQ==",
      license: "MIT",
      dependencies: {
        "ext-list": "^2.0.0",
        "sort-keys-length": "^1.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/extend": {
      version: "3.0.2",
      integrity: "sha512-fjquC59cD7CyW6urNXK0FBufkZcoiGG80wTuPujX590cB5Ttln20E2UB4S/WARVqhXffZl2LNgS+gQdPIIim/g==",
      license: "MIT"
    },
    "node_modules/extsprintf": {
      version: "1.3.0",
      integrity: "sha512-11Ndz7Nv+mvAC1j0ktTa7fAb0vLyGGX+rMHNBYQviQDGU0Hw7lhctJANqbPhu9nV9/izT/IntTgZ7Im/9LJs9g==",
      engines: [
        "node >=0.6.0"
      ],
      license: "MIT"
    },
    "node_modules/fast-deep-equal": {
      version: "3.1.3",
      integrity: "sha512-f3qQ9oQy9j2AhBe/H9VC91wLmKBCCU/gDOnKNAYG5hswO7BLKj09Hc5HYNz9cGI++xlpDCIgDaitVs03ATR84Q==",
      license: "MIT"
    },
    "node_modules/fast-glob": {
      version: "3.2.5",
      integrity: "sha512-2DtFcgT68wiTTiwZ2hNdJfcHNke9XOfnwmBRWXhmeKM8rF0TGwmC/Qto3S7RoZKp5cilZbxzO5iTNTQsJ+EeDg==",
      license: "MIT",
      dependencies: {
        "@nodelib/fs.stat": "^2.0.2",
        "@nodelib/fs.walk": "^1.2.3",
        "glob-parent": "^5.1.0",
        merge2: "^1.3.0",
        micromatch: "^4.0.2",
        picomatch: "^2.2.1"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/fast-json-stable-stringify": {
      version: "2.1.0",
      integrity: "sha512-lhd/wF+Lk98HZoTCtlVraHtfh5XYijIjalXck7saUtuanSDyLMxnHhSXEDJqHxD7msR8D0uCmqlkwjCV8xvwHw==",
      license: "MIT"
    },
    "node_modules/fast-uri": {
      version: "3.1.9",
      integrity: "sha512-hS/0Wt3Ya043oKXs0sIxrMpKQITXhMLIrVAKKXi4gozGC9v7YRWVnXIZzjNPTO02M9BdxLCWqK1yRXgNziVyJQ==",
      funding: [
        {
          type: "github",
          url: "https://github.com/sponsors/fastify"
        },
        {
          type: "opencollective",
          url: "https://opencollective.com/fastify"
        }
      ],
      license: "BSD-3-Clause",
      peer: true
    },
    "node_modules/fastest-levenshtein": {
      version: "1.0.16",
      integrity: "sha512-eRnCtTTtGZFpQCwhJiUOuxPQWRXVKYDn0b2PeHfXL6/Zi53SLAzAHfVhVWK2AryC/WH05kGfxhFIPvTF0SXQzg==",
      license: "MIT",
      engines: {
        node: ">= 4.9.1"
      }
    },
    "node_modules/fastq": {
      version: "1.11.0",
      integrity: "sha512-7Eczs8gIPDrVzT+EksYBcupqMyxSHXXrHOLRRxU2/DicV8789MRBRR8+Hc2uWzUupOs4YS4JzBmBxjjCVBxD/g==",
      license: "ISC",
      dependencies: {
        reusify: "^1.0.4"
      }
    },
    "node_modules/fd-slicer": {
      version: "1.1.0",
      integrity: "sha512-cE1qsB/VwyQozZ+q1dGxR8LBYNZeofhEdUNGSMbQD3Gw2lAzX9Zb3uIU6Ebc/Fmyjo9AWWfnn0AUCHqtevs/8g==",
      license: "MIT",
      dependencies: {
        pend: "~1.2.0"
      }
    },
    "node_modules/figures": {
      version: "1.7.0",
      integrity: "sha512-UxKlfCRuCBxSXU4C6t9scbDyWZ4VlaFFdojKtzJuSkuOBQ5CNFum+zZXFwHjo+CxBC1t6zlYPgHIgFjL8ggoEQ==",
      license: "MIT",
      dependencies: {
        "escape-string-regexp": "^1.0.5",
        "object-assign": "^4.1.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/file-type": {
      version: "12.4.2",
      integrity: "sha512-UssQP5ZgIOKelfsaB5CuGAL+Y+q7EmONuiwF3N5HAH0t27rvrttgi6Ra9k/+DVaY9UF6+ybxu5pOXLUdA8N7Vg==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/filename-reserved-regex": {
      version: "2.0.0",
      integrity: "sha512-lc1bnsSr4L4Bdif8Xb/qrtokGbq5zlsms/CYH8PP+WtCkGNF65DPiQY8vG3SakEdRn8Dlnm+gW/qWKKjS5sZzQ==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/filenamify": {
      version: "2.1.0",
      integrity: "sha512-ICw7NTT6RsDp2rnYKVd8Fu4cr6ITzGy3+u4vUujPkabyaz+03F24NWEX7fs5fp+kBonlaqPH8fAO2NM+SXt/JA==",
      license: "MIT",
      dependencies: {
        "filename-reserved-regex": "^2.0.0",
        "strip-outer": "^1.0.0",
        "trim-repeated": "^1.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/fill-range": {
      version: "7.0.1",
      integrity: "sha512-qOo9F+dMUmC2Lcb4BbVvnKJxTPjCm+RRpe4gDuGrzkL7mEVl/djYSu2OdQ2Pa302N4oqkSg9ir6jaLWJ2USVpQ==",
      license: "MIT",
      dependencies: {
        "to-regex-range": "^5.0.1"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/finalhandler": {
      version: "1.1.2",
      integrity: "sha512-aAWcW57uxVNrQZqFXjITpW3sIUQmHGG3qSb9mUah9MgMC4NeWhNOlNjXEYq3HjRAvL6arUviZGGJsBg6z0zsWA==",
      license: "MIT",
      dependencies: {
        debug: "2.6.9",
        encodeurl: "~1.0.2",
        "escape-html": "~1.0.3",
        "on-finished": "~2.3.0",
        parseurl: "~1.3.3",
        statuses: "~1.5.0",
        unpipe: "~1.0.0"
      },
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/find-up": {
      version: "1.1.2",
      integrity: "sha512-jvElSjyuo4EMQGoTwo1uJU5pQMwTW5lS1x05zzfJuTIyLR3zwO27LYrxNg+dlvKpGOuGy/MzBdXh80g0ve5+HA==",
      license: "MIT",
      dependencies: {
        "path-exists": "^2.0.0",
        "pinkie-promise": "^2.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/find-versions": {
      version: "3.2.0",
      integrity: "sha512-P8WRou2S+oe222TOCHitLy8zj+SIsVJh52VP4lvXkaFVnOFFdoWv1H1Jjvel1aI6NCFOAaeAVm8qrI0odiLcww==",
      license: "MIT",
      dependencies: {
        "semver-regex": "^2.0.0"
      },
      engines: {
        node: ">=6"
      }
    },
    "node_modules/flat": {
      version: "5.0.2",
      integrity: "sha512-b6suED+5/3rTpUBdG1gupIl8MPFCAMA0QXwmljLhvCUKcUvdE4gWky9zpuGCcXHOsz4J9wPGNWq6OKpmIzz3hQ==",
      license: "BSD-3-Clause",
      bin: {
        flat: "cli.js"
      }
    },
    "node_modules/forever-agent": {
      version: "0.6.1",
      integrity: "sha512-j0KLYPhm6zeac4lz3oJ3o65qvgQCcPubiyotZrXqEaG4hNagNYO8qdlUrX5vwqv9ohqeT/Z3j6+yW067yWWdUw==",
      license: "Apache-2.0",
      engines: {
        node: "*"
      }
    },
    "node_modules/form-data": {
      version: "2.3.3",
      integrity: "sha512-1lLKB2Mu3aGP1Q/2eCOx0fNbRMe7XdwktwOruhfqqd0rIJWwN4Dh+E3hrPSlDCXnSR7UtZ1N38rVXm+6+MEhJQ==",
      license: "MIT",
      dependencies: {
        asynckit: "^0.4.0",
        "combined-stream": "^1.0.6",
        "mime-types": "^2.1.12"
      },
      engines: {
        node: ">= 0.12"
      }
    },
    "node_modules/forwarded": {
      version: "0.2.0",
      integrity: "sha512-buRG0fpBtRHSTCOASe6hD258tEubFoRLb4ZNA6NxMVHNw2gOcwHo9wyablzMzOA5z9xA9L1KNjk/Nt6MT9aYow==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/fresh": {
      version: "0.5.2",
      integrity: "sha512-zJ2mQYM18rEFOudeV4GShTGIQ7RbzA7ozbU9I/XBpm7kqgMywgmylMwXHxZJmkVoYkna9d2pVXVXPdYTP9ej8Q==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/from2": {
      version: "2.3.0",
      integrity: "sha512-OMcX/4IC/uqEPVgGeyfN22LJk6AZrMkRZHxcHBMBvHScDGgwTm2GT2Wkgtocyd3JfZffjj2kYUDXXII0Fk9W0g==",
      license: "MIT",
      dependencies: {
        inherits: "^2.0.1",
        "readable-stream": "^2.0.0"
      }
    },
    "node_modules/from2/node_modules/readable-stream": {
      version: "2.3.7",
      integrity: "sha512-Ebho8K4jIbHAxnuxi7o42OrZgF/ZTNcsZj6nRKyUmkhLFq8CHItp/fy6hQZuZmP/n3yZ9VBUbp4zz/mX8hmYPw==",
      license: "MIT",
      dependencies: {
        "core-util-is": "~1.0.0",
        inherits: "~2.0.3",
        isarray: "~1.0.0",
        "process-nextick-args": "~2.0.0",
        "safe-buffer": "~5.1.1",
        string_decoder: "~1.1.1",
        "util-deprecate": "~1.0.1"
      }
    },
    "node_modules/fs-constants": {
      version: "1.0.0",
      integrity: "sha512-y6OAwoSIf7FyjMIv94u+b5rdheZEjzR63GTyZJm5qh4Bi+2YgwLCcI/fPFZkL5PSixOt6ZNKm+w+Hfp/Bciwow==",
      license: "MIT"
    },
    "node_modules/fs-extra": {
      version: "10.0.1",
      integrity: "sha512-NbdoVMZso2Lsrn/QwLXOy6rm0ufY2zEOKCDzJR/0kBsb0E6qed0P3iYK+Ath3BfvXEeu4JhEtXLgILx5psUfag==",
      license: "MIT",
      dependencies: {
        "graceful-fs": "^4.2.0",
        jsonfile: "^6.0.1",
        universalify: "^2.0.0"
      },
      engines: {
        node: ">=12"
      }
    },
    "node_modules/fs.realpath": {
      version: "1.0.0",
      integrity: "sha512-OO0pH2lK6a0hZnAdau5ItzHPI6pUlvI7jMVnxUQRtw4owF2wk8lOSabtGDCTP4Ggrg2MbGnWO9X8K1t4+fGMDw==",
      license: "ISC"
    },
    "node_modules/fsevents": {
      version: "2.3.2",
      integrity: "sha512-xiqMQR4xAeHTuB9uWm+fFRcIOgKBMiOBP+eXiyT7jsgVCq1bkVygt00oASowB7EdtpOHaaPgKt812P9ab+DDKA==",
      license: "MIT",
      optional: true,
      os: [
        "darwin"
      ],
      engines: {
        node: "^8.16.0 || ^10.6.0 || >=11.0.0"
      }
    },
    "node_modules/function-bind": {
      version: "1.1.1",
      integrity: "sha512-yIovAzMX49sF8Yl58fSCWJ5svSLuaibPxXQJFLmBObTuCr0Mf1KiPopGM9NiFjiYBCbfaa2Fh6breQ6ANVTI0A==",
      license: "MIT"
    },
    "node_modules/get-proxy": {
      version: "2.1.0",
      integrity: "sha512-zmZIaQTWnNQb4R4fJUEp/FC51eZsc6EkErspy3xtIYStaq8EB/hDIWipxsal+E8rz0qD7f2sL/NA9Xee4RInJw==",
      license: "MIT",
      dependencies: {
        "npm-conf": "^1.1.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/get-stdin": {
      version: "4.0.1",
      integrity: "sha512-F5aQMywwJ2n85s4hJPTT9RPxGmubonuB10MNYo17/xph174n2MIR33HRguhzVag10O/npM7SPk73LMZNP+FaWw==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/get-stream": {
      version: "5.2.0",
      integrity: "sha512-nBF+F1rAZVCu/p7rjzgA+Yb4lfYXrpl7a6VmJrU8wF9I1CKvP/QwPNZHnOlwbTkY6dvtFIzFMSyQXbLoTQPRpA==",
      license: "MIT",
      dependencies: {
        pump: "^3.0.0"
      },
      engines: {
        node: ">=8"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/getpass": {
      version: "0.1.7",
      integrity: "sha512-0fzj9JxOLfJ+XGLhR8ze3unN0KZCgZwiSSDz168VERjK8Wl8kVSdcu2kspd4s4wtAa1y/qrVRiAA0WclVsu0ng==",
      license: "MIT",
      dependencies: {
        "assert-plus": "^1.0.0"
      }
    },
    "node_modules/glob": {
      version: "7.1.6",
      integrity: "sha512-LwaxwyZ72Lk7vZINtNNrywX0ZuLyStrdDtabefZKAY5ZGJhVtgdznluResxNmPitE0SAO+O26sWTHeKSI2wMBA==",
      license: "ISC",
      dependencies: {
        "fs.realpath": "^1.0.0",
        inflight: "^1.0.4",
        inherits: "2",
        minimatch: "^3.0.4",
        once: "^1.3.0",
        "path-is-absolute": "^1.0.0"
      },
      engines: {
        node: "*"
      },
      funding: {
        url: "https://github.com/sponsors/isaacs"
      }
    },
    "node_modules/glob-parent": {
      version: "5.1.2",
      integrity: "sha512-AOIgSQCepiJYwP3ARnGx+5VnTu2HBYdzbGP45eLw1vr3zB3vZLeyed1sC9hnbcOc9/SrMyM5RPQrkGz4aS9Zow==",
      license: "ISC",
      dependencies: {
        "is-glob": "^4.0.1"
      },
      engines: {
        node: ">= 6"
      }
    },
    "node_modules/global-dirs": {
      version: "3.0.0",
      integrity: "sha512-v8ho2DS5RiCjftj1nD9NmnfaOzTdud7RRnVd9kFNOjqZbISlx5DQ+OrTkywgd0dIt7oFCvKetZSHoHcP3sDdiA==",
      license: "MIT",
      dependencies: {
        ini: "2.0.0"
      },
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/global-dirs/node_modules/ini": {
      version: "2.0.0",
      integrity: "sha512-7PnF4oN3CvZF23ADhA5wRaYEQpJ8qygSkbtTXWBeXWXmEVRXK+1ITciHWwHhsjv1TmW0MgacIv6hEi5pX5NQdA==",
      license: "ISC",
      engines: {
        node: ">=10"
      }
    },
    "node_modules/globby": {
      version: "11.0.3",
      integrity: "sha512-ffdmosjA807y7+lA1NM0jELARVmYul/715xiILEjo3hBLPTcirgQNnXECn5g3mtR8TOLCVbkfua1Hpen25/Xcg==",
      license: "MIT",
      dependencies: {
        "array-union": "^2.1.0",
        "dir-glob": "^3.0.1",
        "fast-glob": "^3.1.1",
        ignore: "^5.1.4",
        merge2: "^1.3.0",
        slash: "^3.0.0"
      },
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/got": {
      version: "7.1.0",
      integrity: "sha512-Y5WMo7xKKq1muPsxD+KmrR8DH5auG7fBdDVueZwETwV6VytKyU9OX/ddpq2/1hp1vIPvVb4T81dKQz3BivkNLw==",
      license: "MIT",
      dependencies: {
        "decompress-response": "^3.2.0",
        duplexer3: "^0.1.4",
        "get-stream": "^3.0.0",
        "is-plain-obj": "^1.1.0",
        "is-retry-allowed": "^1.0.0",
        "is-stream": "^1.0.0",
        isurl: "^1.0.0-alpha5",
        "lowercase-keys": "^1.0.0",
        "p-cancelable": "^0.3.0",
        "p-timeout": "^1.1.1",
        "safe-buffer": "^5.0.1",
        "timed-out": "^4.0.0",
        "url-parse-lax": "^1.0.0",
        "url-to-options": "^1.0.1"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/got/node_modules/get-stream": {
      version: "3.0.0",
      integrity: "sha512-GlhdIUuVakc8SJ6kK0zAFbiGzRFzNnY4jUuEbV9UROo4Y+0Ny4fjvcZFVTeDA4odpFyOQzaw6hXukJSq/f28sQ==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/got/node_modules/is-stream": {
      version: "1.1.0",
      integrity: "sha512-uQPm8kcs47jx38atAcWTVxyltQYoPT68y9aWYdV6yWXSyW8mzSat0TL6CiWdZeCdF3KrAvpVtnHbTv4RN+rqdQ==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/graceful-fs": {
      version: "4.2.12",
      integrity: "sha512-iuyGF2E4oafQfPsRrG2wtY2ILupMhvtdrhzrxB+0VcjsPpSPttpfYdjnGFGsTi5MaJFjI1jOKHPQ6UTbTj9TAw==",
      license: "BlueOak-1.0.0"
    },
    "node_modules/growly": {
      version: "1.3.0",
      integrity: "sha512-+xGQY0YyAWCnqy7Cd++hc2JqMYzlm0dG30Jd0beaA64sROr8C4nt8Yc9V5Ro3avlSUDTN0ulqP/VBKi1/lLygw==",
      license: "MIT"
    },
    "node_modules/har-schema": {
      version: "2.0.0",
      integrity: "sha512-Oqluz6zhGX8cyRaTQlFMPw80bSJVG2x/cFb8ZPhUILGgHka9SsokCCOQgpveePerqidZOrT14ipqfJb7ILcW5Q==",
      license: "ISC",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/har-validator": {
      version: "5.1.5",
      integrity: "sha512-nmT2T0lljbxdQZfspsno9hgrG3Uir6Ks5afism62poxqBM6sDnMEuPmzTq8XN0OEwqKLLdh1jQI3qyE66Nzb3w==",
      license: "MIT",
      dependencies: {
        ajv: "^6.12.3",
        "har-schema": "^2.0.0"
      },
      engines: {
        node: ">=6"
      }
    },
    "node_modules/has": {
      version: "1.0.3",
      integrity: "sha512-f2dvO0VU6Oej7RkWJGrehjbzMAjFp5/VKPp5tTpWIV4JHHZK1/BxbFRtf/siA2SWTe09caDmVtYYzWEIbBS4zw==",
      license: "MIT",
      dependencies: {
        "function-bind": "^1.1.1"
      },
      engines: {
        node: ">= 0.4.0"
      }
    },
    "node_modules/has-ansi": {
      version: "2.0.0",
      integrity: "sha512-C8vBJ8DwUCx19vhm7urhTuUsr4/IyP6l4VzNQDv+ryHQObW3TTTp9yB68WpYgRe2bbaGuZ/se74IqFeVnMnLZg==",
      license: "MIT",
      dependencies: {
        "ansi-regex": "^2.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/has-flag": {
      version: "4.0.0",
      integrity: "sha512-EykJT/Q1KjTWctppgIAgfSO0tKVuZUjhgMr17kqTumMl6Afv3EISleU7qZUzoXDFTAHTDC4NOoG/ZxU3EvlMPQ==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/has-symbol-support-x": {
      version: "1.4.2",
      integrity: "sha512-3ToOva++HaW+eCpgqZrCfN51IPB+7bJNVT6CUATzueB5Heb8o6Nam0V3HG5dlDvZU1Gn5QLcbahiKw/XVk5JJw==",
      license: "MIT",
      engines: {
        node: "*"
      }
    },
    "node_modules/has-to-string-tag-x": {
      version: "1.4.1",
      integrity: "sha512-vdbKfmw+3LoOYVr+mtxHaX5a96+0f3DljYd8JOqvOLsf5mw2Otda2qCDT9qRqLAhrjyQ0h7ual5nOiASpsGNFw==",
      license: "MIT",
      dependencies: {
        "has-symbol-support-x": "^1.4.1"
      },
      engines: {
        node: "*"
      }
    },
    "node_modules/has-yarn": {
      version: "2.1.0",
      integrity: "sha512-UqBRqi4ju7T+TqGNdqAO0PaSVGsDGJUBQvk9eUWNGRY1CFGDzYhLWoM7JQEemnlvVcv/YEmc2wNW8BC24EnUsw==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/he": {
      version: "1.2.0",
      integrity: "sha512-F/1DnUGPopORZi0ni+CvrCgHQ5FyEAHRLSApuYWMmrbSwoN2Mn/7k+Gl38gJnR7yyDZk6WLXwiGod1JOWNDKGw==",
      license: "MIT",
      bin: {
        he: "bin/he"
      }
    },
    "node_modules/hosted-git-info": {
      version: "2.8.9",
      integrity: "sha512-mxIDAb9Lsm6DoOJ7xH+5+X4y1LU/4Hi50L9C5sIswK3JzULS4bwk1FvjdBgvYR4bzT4tuUQiC15FE2f5HbLvYw==",
      license: "ISC"
    },
    "node_modules/htmlparser2": {
      version: "6.1.0",
      integrity: "sha512-gyyPk6rgonLFEDGoeRgQNaEUvdJ4ktTmmUh/h2t7s+M8oPpIPxgNACWa+6ESR57kXstwqPiCut0V8NRpcwgU7A==",
      funding: [
        "https://github.com/fb55/htmlparser2?sponsor=1",
        {
          type: "github",
          url: "https://github.com/sponsors/fb55"
        }
      ],
      license: "MIT",
      dependencies: {
        domelementtype: "^2.0.1",
        domhandler: "^4.0.0",
        domutils: "^2.5.2",
        entities: "^2.0.0"
      }
    },
    "node_modules/http-cache-semantics": {
      version: "3.8.1",
      integrity: "sha512-5ai2iksyV8ZXmnZhHH4rWPoxxistEexSi5936zIQ1bnNTW5VnA85B6P/VpXiRM017IgRvb2kKo1a//y+0wSp3w==",
      license: "BSD-2-Clause"
    },
    "node_modules/http-errors": {
      version: "1.8.1",
      integrity: "sha512-Kpk9Sm7NmI+RHhnj6OIWDI1d6fIoFAtFt9RLaTMRlg/8w49juAStsrBgp0Dp4OdxdVbRIeKhtCUvoi/RuAhO4g==",
      license: "MIT",
      dependencies: {
        depd: "~1.1.2",
        inherits: "2.0.4",
        setprototypeof: "1.2.0",
        statuses: ">= 1.5.0 < 2",
        toidentifier: "1.0.1"
      },
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/http-signature": {
      version: "1.2.0",
      integrity: "sha512-CAbnr6Rz4CYQkLYUtSNXxQPUH2gK8f3iWexVlsnMeD+GjlsQ0Xsy1cOX+mN3dtxYomRy21CiOzU8Uhw6OwncEQ==",
      license: "MIT",
      dependencies: {
        "assert-plus": "^1.0.0",
        jsprim: "^1.2.2",
        sshpk: "^1.7.0"
      },
      engines: {
        node: ">=0.8",
        npm: ">=1.3.7"
      }
    },
    "node_modules/human-signals": {
      version: "1.1.1",
      integrity: "sha512-SEQu7vl8KjNL2eoGBLF3+wAjpsNfA9XMlXAYj/3EdaNfAlxKthD1xjEQfGOUhllCGGJVNY34bRr6lPINhNjyZw==",
      license: "Apache-2.0",
      engines: {
        node: ">=8.12.0"
      }
    },
    "node_modules/iconv-lite": {
      version: "0.4.24",
      integrity: "sha512-v3MXnZAcvnywkTUEZomIActle7RXXeedOR31wwl7VlyoXO4Qi9arvSenNQWne1TcRwhCL1HwLI21bEqdpj8/rA==",
      license: "MIT",
      dependencies: {
        "safer-buffer": ">= 2.1.2 < 3"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/ieee754": {
      version: "1.2.1",
      integrity: "sha512-dcyqhDvX1C46lXZcVqCpK+FtMRQVdIMN6/Df5js2zouUsqG7I6sFxitIC+7KYK29KdXOLHdu9zL4sFnoVQnqaA==",
      funding: [
        {
          type: "github",
          url: "https://github.com/sponsors/feross"
        },
        {
          type: "patreon",
          url: "https://www.patreon.com/feross"
        },
        {
          type: "consulting",
          url: "https://feross.org/support"
        }
      ],
      license: "BSD-3-Clause"
    },
    "node_modules/ignore": {
      version: "5.1.8",
      integrity: "sha512-BMpfD7PpiETpBl/A6S498BaIJ6Y/ABT93ETbby2fP00v4EbvPBXWEoaR1UBPKs3iR53pJY7EtZk5KACI57i1Uw==",
      license: "MIT",
      engines: {
        node: ">= 4"
      }
    },
    "node_modules/imagemin": {
      version: "7.0.1",
      integrity: "sha512-33AmZ+xjZhg2JMCe+vDf6a9mzWukE7l+wAtesjE7KyteqqKjzxv7aVQeWnul1Ve26mWvEQqyPwl0OctNBfSR9w==",
      license: "MIT",
      dependencies: {
        "file-type": "^12.0.0",
        globby: "^10.0.0",
        "graceful-fs": "^4.2.2",
        junk: "^3.1.0",
        "make-dir": "^3.0.0",
        "p-pipe": "^3.0.0",
        "replace-ext": "^1.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/imagemin-mozjpeg": {
      version: "9.0.0",
      integrity: "sha512-TwOjTzYqCFRgROTWpVSt5UTT0JeCuzF1jswPLKALDd89+PmrJ2PdMMYeDLYZ1fs9cTovI9GJd68mRSnuVt691w==",
      license: "MIT",
      dependencies: {
        execa: "^4.0.0",
        "is-jpg": "^2.0.0",
        mozjpeg: "^7.0.0"
      },
      engines: {
        node: ">=10"
      }
    },
    "node_modules/imagemin-pngquant": {
      version: "9.0.2",
      integrity: "sha512-cj//bKo8+Frd/DM8l6Pg9pws1pnDUjgb7ae++sUX1kUVdv2nrngPykhiUOgFeE0LGY/LmUbCf4egCHC4YUcZSg==",
      license: "MIT",
      dependencies: {
        execa: "^4.0.0",
        "is-png": "^2.0.0",
        "is-stream": "^2.0.0",
        ow: "^0.17.0",
        "pngquant-bin": "^6.0.0"
      },
      engines: {
        node: ">=10"
      }
    },
    "node_modules/imagemin/node_modules/globby": {
      version: "10.0.2",
      integrity: "sha512-7dUi7RvCoT/xast/o/dLN53oqND4yk0nsHkhRgn9w65C4PofCLOoJ39iSOg+qVDdWQPIEj+eszMHQ+aLVwwQSg==",
      license: "MIT",
      dependencies: {
        "@types/glob": "^7.1.1",
        "array-union": "^2.1.0",
        "dir-glob": "^3.0.1",
        "fast-glob": "^3.0.3",
        glob: "^7.1.3",
        ignore: "^5.1.1",
        merge2: "^1.2.3",
        slash: "^3.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/import-lazy": {
      version: "3.1.0",
      integrity: "sha512-8/gvXvX2JMn0F+CDlSC4l6kOmVaLOO3XLkksI7CI3Ud95KDYJuYur2b9P/PUt/i/pDAMd/DulQsNbbbmRRsDIQ==",
      license: "MIT",
      engines: {
        node: ">=6"
      }
    },
    "node_modules/import-local": {
      version: "3.2.0",
      integrity: "sha512-2SPlun1JUPWoM6t3F0dw0FkCF/jWY8kttcY4f599GLTSjh2OCuuhdTkJQsEcZzBqbXZGKMK2OqW1oZsjtf/gQA==",
      license: "MIT",
      dependencies: {
        "pkg-dir": "^4.2.0",
        "resolve-cwd": "^3.0.0"
      },
      bin: {
        "import-local-fixture": "fixtures/cli.js"
      },
      engines: {
        node: ">=8"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/imurmurhash": {
      version: "0.1.4",
      integrity: "sha512-JmXMZ6wuvDmLiHEml9ykzqO6lwFbof0GG4IkcGaENdCRDDmMVnny7s5HsIgHCbaq0w2MyPhDqkhTUgS2LU2PHA==",
      license: "MIT",
      engines: {
        node: ">=0.8.19"
      }
    },
    "node_modules/indent-string": {
      version: "2.1.0",
      integrity: "sha512-aqwDFWSgSgfRaEwao5lg5KEcVd/2a+D1rvoG7NdilmYz0NwRk6StWpWdz/Hpk34MKPpx7s8XxUqimfcQK6gGlg==",
      license: "MIT",
      dependencies: {
        repeating: "^2.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/inflight": {
      version: "1.0.6",
      integrity: "sha512-k92I/b08q4wvFscXCLvqfsHCrjrF7yiXsQuIVvVE7N82W3+aqpzuUdBbfhWcy/FZR3/4IgflMgKLOsvPDrGCJA==",
      license: "ISC",
      dependencies: {
        once: "^1.3.0",
        wrappy: "1"
      }
    },
    "node_modules/inherits": {
      version: "2.0.4",
      integrity: "sha512-k/vGaX4/Yla3WzyMCvTQOXYeIHvqOKtnqBduzTHpzpQZzAskKMhZ2K+EnBiSM9zGSoIFeMpXKxa4dYeZIQqewQ==",
      license: "ISC"
    },
    "node_modules/ini": {
      version: "1.3.8",
      integrity: "sha512-JV/yugV2uzW5iMRSiZAyDtQd+nxtUnjeLt0acNdw98kKLrvuRVyB80tsREOE7yvGVgalhZ6RNXCmEHkUKBKxew==",
      license: "ISC"
    },
    "node_modules/interpret": {
      version: "1.4.0",
      integrity: "sha512-agE4QfB2Lkp9uICn7BAqoscw4SZP9kTE2hxiFI3jBPmXJfdqiahTbUuKGsMoN2GtqL9AxhYioAcVvgsb1HvRbA==",
      license: "MIT",
      engines: {
        node: ">= 0.10"
      }
    },
    "node_modules/into-stream": {
      version: "3.1.0",
      integrity: "sha512-TcdjPibTksa1NQximqep2r17ISRiNE9fwlfbg3F8ANdvP5/yrFTew86VcO//jk4QTaMlbjypPBq76HN2zaKfZQ==",
      license: "MIT",
      dependencies: {
        from2: "^2.1.1",
        "p-is-promise": "^1.1.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/ipaddr.js": {
      version: "1.9.1",
      integrity: "sha512-0KI/607xoxSToH7GjN1FfSbLoU0+btTicjsQSWQlh/hZykN8KpmMf7uYwPW3R+akZ6R/w18ZlXSHBYXiYUPO3g==",
      license: "MIT",
      engines: {
        node: ">= 0.10"
      }
    },
    "node_modules/is-arrayish": {
      version: "0.2.1",
      integrity: "sha512-zz06S8t0ozoDXMG+ube26zeCTNXcKIPJZJi8hBrF4idCLms4CG9QtK7qBl1boi5ODzFpjswb5JPmHCbMpjaYzg==",
      license: "MIT"
    },
    "node_modules/is-binary-path": {
      version: "2.1.0",
      integrity: "sha512-ZMERYes6pDydyuGidse7OsHxtbI7WVeUEozgR/g7rd0xUimYNlvZRE/K2MgZTjWy725IfelLeVcEM97mmtRGXw==",
      license: "MIT",
      dependencies: {
        "binary-extensions": "^2.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/is-ci": {
      version: "2.0.0",
      integrity: "sha512-YfJT7rkpQB0updsdHLGWrvhBJfcfzNNawYDNIyQXJz0IViGf75O8EBPKSdvw2rF+LGCsX4FZ8tcr3b19LcZq4w==",
      license: "MIT",
      dependencies: {
        "ci-info": "^2.0.0"
      },
      bin: {
        "is-ci": "bin.js"
      }
    },
    "node_modules/is-core-module": {
      version: "2.3.0",
      integrity: "sha512-xSphU2KG9867tsYdLD4RWQ1VqdFl4HTO9Thf3I/3dLEfr0dbPTWKsuCKrgqMljg4nPE+Gq0VCnzT3gr0CyBmsw==",
      license: "MIT",
      dependencies: {
        has: "^1.0.3"
      },
      funding: {
        url: "https://github.com/sponsors/ljharb"
      }
    },
    "node_modules/is-docker": {
      version: "2.2.1",
      integrity: "sha512-F+i2BKsFrH66iaUFc0woD8sLy8getkwTwtOBjvs56Cx4CgJDeKQeqfz8wAYiSb8JOprWhHH5p77PbmYCvvUuXQ==",
      license: "MIT",
      bin: {
        "is-docker": "cli.js"
      },
      engines: {
        node: ">=8"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/is-extglob": {
      version: "2.1.1",
      integrity: "sha512-SbKbANkN603Vi4jEZv49LeVJMn4yGwsbzZworEoyEiutsN3nJYdbO36zfhGJ6QEDpOZIFkDtnq5JRxmvl3jsoQ==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/is-finite": {
      version: "1.1.0",
      integrity: "sha512-cdyMtqX/BOqqNBBiKlIVkytNHm49MtMlYyn1zxzvJKWmFMlGzm+ry5BBfYyeY9YmNKbRSo/o7OX9w9ale0wg3w==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/is-fullwidth-code-point": {
      version: "2.0.0",
      integrity: "sha512-VHskAKYM8RfSFXwee5t5cbN5PZeq1Wrh6qd5bkyiXIf6UQcN6w/A0eXM9r6t8d+GYOh+o6ZhiEnb88LN/Y8m2w==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/is-glob": {
      version: "4.0.1",
      integrity: "sha512-5G0tKtBTFImOqDnLB2hG6Bp2qcKEFduo4tZu9MT/H6NQv/ghhy30o55ufafxJ/LdH79LLs2Kfrn85TLKyA7BUg==",
      license: "MIT",
      dependencies: {
        "is-extglob": "^2.1.1"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/is-installed-globally": {
      version: "0.4.0",
      integrity: "sha512-iwGqO3J21aaSkC7jWnHP/difazwS7SFeIqxv6wEtLU8Y5KlzFTjyqcSIT0d8s4+dDhKytsk9PJZ2BkS5eZwQRQ==",
      license: "MIT",
      dependencies: {
        "global-dirs": "^3.0.0",
        "is-path-inside": "^3.0.2"
      },
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/is-interactive": {
      version: "1.0.0",
      integrity: "sha512-2HvIEKRoqS62guEC+qBjpvRubdX910WCMuJTZ+I9yvqKU2/12eSL549HMwtabb4oupdj2sMP50k+XJfB/8JE6w==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/is-jpg": {
      version: "2.0.0",
      integrity: "sha512-ODlO0ruzhkzD3sdynIainVP5eoOFNN85rxA1+cwwnPe4dKyX0r5+hxNO5XpCrxlHcmb9vkOit9mhRD2JVuimHg==",
      license: "MIT",
      engines: {
        node: ">=6"
      }
    },
    "node_modules/is-natural-number": {
      version: "4.0.1",
      integrity: "sha512-Y4LTamMe0DDQIIAlaer9eKebAlDSV6huy+TWhJVPlzZh2o4tRP5SQWFlLn5N0To4mDD22/qdOq+veo1cSISLgQ==",
      license: "MIT"
    },
    "node_modules/is-npm": {
      version: "5.0.0",
      integrity: "sha512-WW/rQLOazUq+ST/bCAVBp/2oMERWLsR7OrKyt052dNDk4DHcDE0/7QSXITlmi+VBcV13DfIbysG3tZJm5RfdBA==",
      license: "MIT",
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/is-number": {
      version: "7.0.0",
      integrity: "sha512-41Cifkg6e8TylSpdtTpeLVMqvSBEVzTttHvERD741+pnZ8ANv0004MRL43QKPDlK9cGvNp6NZWZUBlbGXYxxng==",
      license: "MIT",
      engines: {
        node: ">=0.12.0"
      }
    },
    "node_modules/is-obj": {
      version: "2.0.0",
      integrity: "sha512-drqDG3cbczxxEJRoOXcOjtdp1J/lyp1mNn0xaznRs8+muBhgQcrnbspox5X5fOw0HnMnbfDzvnEMEtqDEJEo8w==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/is-object": {
      version: "1.0.2",
      integrity: "sha512-2rRIahhZr2UWb45fIOuvZGpFtz0TyOZLf32KxBbSoUCeZR495zCKlWUKKUByk3geS2eAs7ZAABt0Y/Rx0GiQGA==",
      license: "MIT",
      funding: {
        url: "https://github.com/sponsors/ljharb"
      }
    },
    "node_modules/is-path-inside": {
      version: "3.0.3",
      integrity: "sha512-Fd4gABb+ycGAmKou8eMftCupSir5lRxqf4aD/vd0cD2qc4HL07OjCeuHMr8Ro4CoMaeCKDB0/ECBOVWjTwUvPQ==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/is-plain-obj": {
      version: "1.1.0",
      integrity: "sha512-yvkRyxmFKEOQ4pNXCmJG5AEQNlXJS5LaONXo5/cLdTZdWvsZ1ioJEonLGAosKlMWE8lwUy/bJzMjcw8az73+Fg==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/is-plain-object": {
      version: "2.0.4",
      integrity: "sha512-h5PpgXkWitc38BBMYawTYMWJHFZJVnBquFE57xFpjB8pJFiF6gZ+bU+WyI/yqXiFR5mdLsgYNaPe8uao6Uv9Og==",
      license: "MIT",
      dependencies: {
        isobject: "^3.0.1"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/is-png": {
      version: "2.0.0",
      integrity: "sha512-4KPGizaVGj2LK7xwJIz8o5B2ubu1D/vcQsgOGFEDlpcvgZHto4gBnyd0ig7Ws+67ixmwKoNmu0hYnpo6AaKb5g==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/is-retry-allowed": {
      version: "1.2.0",
      integrity: "sha512-RUbUeKwvm3XG2VYamhJL1xFktgjvPzL0Hq8C+6yrWIswDy3BIXGqCxhxkc30N9jqK311gVU137K8Ei55/zVJRg==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/is-stream": {
      version: "2.0.0",
      integrity: "sha512-XCoy+WlUr7d1+Z8GgSuXmpuUFC9fOhRXglJMx+dwLKTkL44Cjd4W1Z5P+BQZpr+cR93aGP4S/s7Ftw6Nd/kiEw==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/is-typedarray": {
      version: "1.0.0",
      integrity: "sha512-cyA56iCMHAh5CdzjJIa4aohJyeO1YbwLi3Jc35MmRU6poroFjIGZzUzupGiRPOjgHg9TLu43xbpwXk523fMxKA==",
      license: "MIT"
    },
    "node_modules/is-unicode-supported": {
      version: "0.1.0",
      integrity: "sha512-knxG2q4UC3u8stRGyAVJCOdxFmv5DZiRcdlIaAQXAbSfJya+OhopNotLQrstBhququ4ZpuKbDc/8S6mgXgPFPw==",
      license: "MIT",
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/is-utf8": {
      version: "0.2.1",
      integrity: "sha512-rMYPYvCzsXywIsldgLaSoPlw5PfoB/ssr7hY4pLfcodrA5M/eArza1a9VmTiNIBNMjOGr1Ow9mTyU2o69U6U9Q==",
      license: "MIT"
    },
    "node_modules/is-wsl": {
      version: "2.2.0",
      integrity: "sha512-fKzAra0rGJUUBwGBgNkHZuToZcn+TtXHpeCgmkMJMMYx1sQDYaCSyjJBSCa2nH1DGm7s3n1oBnohoVTBaN7Lww==",
      license: "MIT",
      dependencies: {
        "is-docker": "^2.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/is-yarn-global": {
      version: "0.3.0",
      integrity: "sha512-VjSeb/lHmkoyd8ryPVIKvOCn4D1koMqY+vqyjjUfc3xyKtP4dYOxM44sZrnqQSzSds3xyOrUTLTC9LVCVgLngw==",
      license: "MIT"
    },
    "node_modules/isarray": {
      version: "1.0.0",
      integrity: "sha512-VLghIWNM6ELQzo7zwmcg0NmTVyWKYjvIeM83yjp0wRDTmUnrM678fQbcKBo6n2CJEF0szoG//ytg+TKla89ALQ==",
      license: "MIT"
    },
    "node_modules/isexe": {
      version: "2.0.0",
      integrity: "sha512-RHxMLp9lnKHGHRng9QFhRCMbYAcVpn69smSGcq3f36xjgVVWThj4qqLbTLlq7Ssj8B+fIQ1EuCEGI2lKsyQeIw==",
      license: "ISC"
    },
    "node_modules/isobject": {
      version: "3.0.1",
      integrity: "sha512-WhB9zCku7EGTj/HQQRz5aUQEUeoQZH2bWcltRErOpymJ4boYE6wL9Tbr23krRPSZ+C5zqNSrSw+Cc7sZZ4b7vg==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/isstream": {
      version: "0.1.2",
      integrity: "sha512-Yljz7ffyPbrLpLngrMtZ7NduUgVvi6wG9RJ9IUcyCd59YQ911PBJphODUcbOVbqYfxe1wuYf/LJ8PauMRwsM/g==",
      license: "MIT"
    },
    "node_modules/isurl": {
      version: "1.0.0",
      integrity: "sha512-1P/yWsxPlDtn7QeRD+ULKQPaIaN6yF368GZ2vDfv0AL0NwpStafjWCDDdn0k8wgFMWpVAqG7oJhxHnlud42i9w==",
      license: "MIT",
      dependencies: {
        "has-to-string-tag-x": "^1.2.0",
        "is-object": "^1.0.1"
      },
      engines: {
        node: ">= 4"
      }
    },
    "node_modules/jest-worker": {
      version: "27.5.1",
      integrity: "sha512-7vuh85V5cdDofPyxn58nrPjBktZo0u9x1g8WtjQol+jZDaE+fhN+cIvTj11GndBnMnyfrUOG1sZQxCdjKh+DKg==",
      license: "MIT",
      peer: true,
      dependencies: {
        "@types/node": "*",
        "merge-stream": "^2.0.0",
        "supports-color": "^8.0.0"
      },
      engines: {
        node: ">= 10.13.0"
      }
    },
    "node_modules/jest-worker/node_modules/supports-color": {
      version: "8.1.1",
      integrity: "sha512-MpUEN2OodtUzxvKQl72cUF7RQ5EiHsGvSsVG0ia9c5RbWGL2CI4C7EpPS8UTBIplnlzZiNuV56w+FuNxy3ty2Q==",
      license: "MIT",
      peer: true,
      dependencies: {
        "has-flag": "^4.0.0"
      },
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/chalk/supports-color?sponsor=1"
      }
    },
    "node_modules/js-yaml": {
      version: "4.1.0",
      integrity: "sha512-wpxZs9NoxZaJESJGIZTyDEaYpl0FKSA+FB9aJiyemKhMwkxQg63h4T1KJgUGHpTqPDNRcmmYLugrRjJlBtWvRA==",
      license: "MIT",
      dependencies: {
        argparse: "^2.0.1"
      },
      bin: {
        "js-yaml": "bin/js-yaml.js"
      }
    },
    "node_modules/jsbn": {
      version: "0.1.1",
      integrity: "sha512-UVU9dibq2JcFWxQPA6KCqj5O42VOmAY3zQUfEKxU0KpTGXwNoCjkX1e13eHNvw/xPynt6pU0rZ1htjWTNTSXsg==",
      license: "MIT"
    },
    "node_modules/json-buffer": {
      version: "3.0.0",
      integrity: "sha512-CuUqjv0FUZIdXkHPI8MezCnFCdaTAacej1TZYulLoAg1h/PhwkdXFN4V/gzY4g+fMBCOV2xF+rp7t2XD2ns/NQ==",
      license: "MIT"
    },
    "node_modules/json-schema": {
      version: "0.2.3",
      integrity: "sha512-a3xHnILGMtk+hDOqNwHzF6e2fNbiMrXZvxKQiEv2MlgQP+pjIOzqAmKYD2mDpXYE/44M7g+n9p2bKkYWDUcXCQ=="
    },
    "node_modules/json-schema-traverse": {
      version: "0.4.1",
      integrity: "sha512-xbbCH5dCYU5T8LcEhhuh7HJ88HXuW3qsI3Y0zOZFKfZEHcpWiHU/Jxzk629Brsab/mMiHQti9wMP+845RPe3Vg==",
      license: "MIT"
    },
    "node_modules/json-stringify-safe": {
      version: "5.0.1",
      integrity: "sha512-ZClg6AaYvamvYEE82d3Iyd3vSSIjQ+odgjaTzRuO3s7toCdFKczob2i0zCh7JE8kWn17yvAWhUVxvqGwUalsRA==",
      license: "ISC"
    },
    "node_modules/jsonfile": {
      version: "6.1.0",
      integrity: "sha512-5dgndWOriYSm5cnYaJNhalLNDKOqFwyDB/rr1E9ZsGciGvKPs8R2xYGCacuf3z6K1YKDz182fd+fY3cn3pMqXQ==",
      license: "MIT",
      dependencies: {
        universalify: "^2.0.0"
      },
      optionalDependencies: {
        "graceful-fs": "^4.1.6"
      }
    },
    "node_modules/jsprim": {
      version: "1.4.1",
      integrity: "sha512-4Dj8Rf+fQ+/Pn7C5qeEX02op1WfOss3PKTE9Nsop3Dx+6UPxlm1dr/og7o2cRa5hNN07CACr4NFzRLtj/rjWog==",
      engines: [
        "node >=0.6.0"
      ],
      license: "MIT",
      dependencies: {
        "assert-plus": "1.0.0",
        extsprintf: "1.3.0",
        "json-schema": "0.2.3",
        verror: "1.10.0"
      }
    },
    "node_modules/junk": {
      version: "3.1.0",
      integrity: "sha512-pBxcB3LFc8QVgdggvZWyeys+hnrNWg4OcZIU/1X59k5jQdLBlCsYGRQaz234SqoRLTCgMH00fY0xRJH+F9METQ==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/keyv": {
      version: "3.0.0",
      integrity: "sha512-eguHnq22OE3uVoSYG0LVWNP+4ppamWr9+zWBe1bsNcovIMy6huUJFPgy4mGwCd/rnl3vOLGW1MTlu4c57CT1xA==",
      license: "MIT",
      dependencies: {
        "json-buffer": "3.0.0"
      }
    },
    "node_modules/kind-of": {
      version: "6.0.3",
      integrity: "sha512-dcS1ul+9tmeD95T+x28/ehLgd9mENa3LsvDTtzm3vyBEO7RPptvAD+t44WVXaUjTBRcrpFeFlC8WCruUR456hw==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/latest-version": {
      version: "5.1.0",
      integrity: "sha512-weT+r0kTkRQdCdYCNtkMwWXQTMEswKrFBkm4ckQOMVhhqhIMI1UT2hMj+1iigIhgSZm5gTmrRXBNoGUgaTY1xA==",
      license: "MIT",
      dependencies: {
        "package-json": "^6.3.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/lazystream": {
      version: "1.0.0",
      integrity: "sha512-/330KFbmC/zKdtZoVDRwvkJ8snrJyBPfoZ39zsJl2O24HOE1CTNiEbeZmHXmjBVxTSSv7JlJEXPYhU83DhA2yg==",
      license: "MIT",
      dependencies: {
        "readable-stream": "^2.0.5"
      },
      engines: {
        node: ">= 0.6.3"
      }
    },
    "node_modules/lazystream/node_modules/readable-stream": {
      version: "2.3.7",
      integrity: "sha512-Ebho8K4jIbHAxnuxi7o42OrZgF/ZTNcsZj6nRKyUmkhLFq8CHItp/fy6hQZuZmP/n3yZ9VBUbp4zz/mX8hmYPw==",
      license: "MIT",
      dependencies: {
        "core-util-is": "~1.0.0",
        inherits: "~2.0.3",
        isarray: "~1.0.0",
        "process-nextick-args": "~2.0.0",
        "safe-buffer": "~5.1.1",
        string_decoder: "~1.1.1",
        "util-deprecate": "~1.0.1"
      }
    },
    "node_modules/livereload": {
      version: "0.9.3",
      integrity: "sha512-q7Z71n3i4X0R9xthAryBdNGVGAO2R5X+/xXpmKeuPMrteg+W2U8VusTKV3YiJbXZwKsOlFlHe+go6uSNjfxrZw==",
      license: "MIT",
      dependencies: {
        chokidar: "^3.5.0",
        "livereload-js": "^3.3.1",
        opts: ">= 1.2.0",
        ws: "^7.4.3"
      },
      bin: {
        livereload: "bin/livereload.js"
      },
      engines: {
        node: ">=8.0.0"
      }
    },
    "node_modules/livereload-js": {
      version: "3.3.2",
      integrity: "sha512-w677WnINxFkuixAoUEXOStewzLYGI76XVag+0JWMMEyjJQKs0ibWZMxkTlB96Lm3EjZ7IeOxVziBEbtxVQqQZA==",
      license: "MIT"
    },
    "node_modules/load-json-file": {
      version: "1.1.0",
      integrity: "sha512-cy7ZdNRXdablkXYNI049pthVeXFurRyb9+hA/dZzerZ0pGTx42z+y+ssxBaVV2l70t1muq5IdKhn4UtcoGUY9A==",
      license: "MIT",
      dependencies: {
        "graceful-fs": "^4.1.2",
        "parse-json": "^2.2.0",
        pify: "^2.0.0",
        "pinkie-promise": "^2.0.0",
        "strip-bom": "^2.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/locate-path": {
      version: "5.0.0",
      integrity: "sha512-t7hw9pI+WvuwNJXwk5zVHpyhIqzg2qTlklJOf0mVxGSbe3Fp2VieZcduNYjaLDoy6p9uGpQEGWG87WpMKlNq8g==",
      license: "MIT",
      dependencies: {
        "p-locate": "^4.1.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/lodash": {
      version: "4.17.21",
      integrity: "sha512-v2kDEe57lecTulaDIuNTPy3Ry4gLGJ6Z1O3vE1krgXZNrsQ+LFTGHVxVjcXPs17LhbZVGedAJv8XZ1tvj5FvSg==",
      license: "MIT"
    },
    "node_modules/lodash.assignin": {
      version: "4.2.0",
      integrity: "sha512-yX/rx6d/UTVh7sSVWVSIMjfnz95evAgDFdb1ZozC35I9mSFCkmzptOzevxjgbQUsc78NR44LVHWjsoMQXy9FDg==",
      license: "MIT"
    },
    "node_modules/lodash.bind": {
      version: "4.2.1",
      integrity: "sha512-lxdsn7xxlCymgLYo1gGvVrfHmkjDiyqVv62FAeF2i5ta72BipE1SLxw8hPEPLhD4/247Ijw07UQH7Hq/chT5LA==",
      license: "MIT"
    },
    "node_modules/lodash.defaults": {
      version: "4.2.0",
      integrity: "sha512-qjxPLHd3r5DnsdGacqOMU6pb/avJzdh9tFX2ymgoZE27BmjXrNy/y4LoaiTeAb+O3gL8AfpJGtqfX/ae2leYYQ==",
      license: "MIT"
    },
    "node_modules/lodash.difference": {
      version: "4.5.0",
      integrity: "sha512-dS2j+W26TQ7taQBGN8Lbbq04ssV3emRw4NY58WErlTO29pIqS0HmoT5aJ9+TUQ1N3G+JOZSji4eugsWwGp9yPA==",
      license: "MIT"
    },
    "node_modules/lodash.filter": {
      version: "4.6.0",
      integrity: "sha512-pXYUy7PR8BCLwX5mgJ/aNtyOvuJTdZAo9EQFUvMIYugqmJxnrYaANvTbgndOzHSCSR0wnlBBfRXJL5SbWxo3FQ==",
      license: "MIT"
    },
    "node_modules/lodash.flatten": {
      version: "4.4.0",
      integrity: "sha512-C5N2Z3DgnnKr0LOpv/hKCgKdb7ZZwafIrsesve6lmzvZIRZRGaZ/l6Q8+2W7NaT+ZwO3fFlSCzCzrDCFdJfZ4g==",
      license: "MIT"
    },
    "node_modules/lodash.foreach": {
      version: "4.5.0",
      integrity: "sha512-aEXTF4d+m05rVOAUG3z4vZZ4xVexLKZGF0lIxuHZ1Hplpk/3B6Z1+/ICICYRLm7c41Z2xiejbkCkJoTlypoXhQ==",
      license: "MIT"
    },
    "node_modules/lodash.isplainobject": {
      version: "4.0.6",
      integrity: "sha512-oSXzaWypCMHkPC3NvBEaPHf0KsA5mvPrOPgQWDsbg8n7orZ290M0BmC/jgRZ4vcJ6DTAhjrsSYgdsW/F+MFOBA==",
      license: "MIT"
    },
    "node_modules/lodash.map": {
      version: "4.6.0",
      integrity: "sha512-worNHGKLDetmcEYDvh2stPCrrQRkP20E4l0iIS7F8EvzMqBBi7ltvFN5m1HvTf1P7Jk1txKhvFcmYsCr8O2F1Q==",
      license: "MIT"
    },
    "node_modules/lodash.merge": {
      version: "4.6.2",
      integrity: "sha512-0KpjqXRVvrYyCsX1swR/XTK0va6VQkQM6MNo7PqW77ByjAhoARA8EfrP1N4+KlKj8YS0ZUCtRT/YUuhyYDujIQ==",
      license: "MIT"
    },
    "node_modules/lodash.pick": {
      version: "4.4.0",
      integrity: "sha512-hXt6Ul/5yWjfklSGvLQl8vM//l3FtyHZeuelpzK6mm99pNvN9yTDruNZPEJZD1oWrqo+izBmB7oUfWgcCX7s4Q==",
      license: "MIT"
    },
    "node_modules/lodash.reduce": {
      version: "4.6.0",
      integrity: "sha512-6raRe2vxCYBhpBu+B+TtNGUzah+hQjVdu3E17wfusjyrXBka2nBS8OH/gjVZ5PvHOhWmIZTYri09Z6n/QfnNMw==",
      license: "MIT"
    },
    "node_modules/lodash.reject": {
      version: "4.6.0",
      integrity: "sha512-qkTuvgEzYdyhiJBx42YPzPo71R1aEr0z79kAv7Ixg8wPFEjgRgJdUsGMG3Hf3OYSF/kHI79XhNlt+5Ar6OzwxQ==",
      license: "MIT"
    },
    "node_modules/lodash.some": {
      version: "4.6.0",
      integrity: "sha512-j7MJE+TuT51q9ggt4fSgVqro163BEFjAt3u97IqU+JA2DkWl80nFTrowzLpZ/BnpN7rrl0JA/593NAdd8p/scQ==",
      license: "MIT"
    },
    "node_modules/lodash.union": {
      version: "4.6.0",
      integrity: "sha512-c4pB2CdGrGdjMKYLA+XiRDO7Y0PRQbm/Gzg8qMj+QH+pFVAoTp5sBpO0odL3FjoPCGjK96p6qsP+yQoiLoOBcw==",
      license: "MIT"
    },
    "node_modules/log-symbols": {
      version: "4.1.0",
      integrity: "sha512-8XPvpAA8uyhfteu8pIvQxpJZ7SYYdpUivZpGy6sFsBuKRY/7rQGavedeB8aK+Zkyq6upMFVL/9AW6vOYzfRyLg==",
      license: "MIT",
      dependencies: {
        chalk: "^4.1.0",
        "is-unicode-supported": "^0.1.0"
      },
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/logalot": {
      version: "2.1.0",
      integrity: "sha512-Ah4CgdSRfeCJagxQhcVNMi9BfGYyEKLa6d7OA6xSbld/Hg3Cf2QiOa1mDpmG7Ve8LOH6DN3mdttzjQAvWTyVkw==",
      license: "MIT",
      dependencies: {
        figures: "^1.3.5",
        squeak: "^1.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/longest": {
      version: "1.0.1",
      integrity: "sha512-k+yt5n3l48JU4k8ftnKG6V7u32wyH2NfKzeMto9F/QRE0amxy/LayxwlvjjkZEIzqR+19IrtFO8p5kB9QaYUFg==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/loud-rejection": {
      version: "1.6.0",
      integrity: "sha512-RPNliZOFkqFumDhvYqOaNY4Uz9oJM2K9tC6JWsJJsNdhuONW4LQHRBpb0qf4pJApVffI5N39SwzWZJuEhfd7eQ==",
      license: "MIT",
      dependencies: {
        "currently-unhandled": "^0.4.1",
        "signal-exit": "^3.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/lowercase-keys": {
      version: "1.0.1",
      integrity: "sha512-G2Lj61tXDnVFFOi8VZds+SoQjtQC3dgokKdDG2mTm1tx4m50NUHBOZSBwQQHyy0V12A0JTG4icfZQH+xPyh8VA==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/lpad-align": {
      version: "1.1.2",
      integrity: "sha512-MMIcFmmR9zlGZtBcFOows6c2COMekHCIFJz3ew/rRpKZ1wR4mXDPzvcVqLarux8M33X4TPSq2Jdw8WJj0q0KbQ==",
      license: "MIT",
      dependencies: {
        "get-stdin": "^4.0.1",
        "indent-string": "^2.1.0",
        longest: "^1.0.0",
        meow: "^3.3.0"
      },
      bin: {
        "lpad-align": "cli.js"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/lru-cache": {
      version: "4.1.5",
      integrity: "sha512-sWZlbEP2OsHNkXrMl5GYk/jKk70MBng6UU4YI/qGDYbgf6YbP4EvmqISbXCoJiRKs+1bSpFHVgQxvJ17F2li5g==",
      license: "ISC",
      dependencies: {
        pseudomap: "^1.0.2",
        yallist: "^2.1.2"
      }
    },
    "node_modules/make-dir": {
      version: "3.1.0",
      integrity: "sha512-g3FeP20LNwhALb/6Cz6Dd4F2ngze0jz7tbzrD2wAV+o9FeNHe4rL+yK2md0J/fiSf1sa1ADhXqi5+oVwOM/eGw==",
      license: "MIT",
      dependencies: {
        semver: "^6.0.0"
      },
      engines: {
        node: ">=8"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/map-obj": {
      version: "1.0.1",
      integrity: "sha512-7N/q3lyZ+LVCp7PzuxrJr4KMbBE2hW7BT7YNia330OFxIf4d3r5zVpicP2650l7CPN6RM9zOJRl3NGpqSiw3Eg==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/media-typer": {
      version: "0.3.0",
      integrity: "sha512-dq+qelQ9akHpcOl/gUVRTxVIOkAJ1wR3QAvb4RsVjS8oVoFjDGTc679wJYmUmknUF5HwMLOgb5O+a3KxfWapPQ==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/meow": {
      version: "3.7.0",
      integrity: "sha512-TNdwZs0skRlpPpCUK25StC4VH+tP5GgeY1HQOOGP+lQ2xtdkN2VtT/5tiX9k3IWpkBPV9b3LsAWXn4GGi/PrSA==",
      license: "MIT",
      dependencies: {
        "camelcase-keys": "^2.0.0",
        decamelize: "^1.1.2",
        "loud-rejection": "^1.0.0",
        "map-obj": "^1.0.1",
        minimist: "^1.1.3",
        "normalize-package-data": "^2.3.4",
        "object-assign": "^4.0.1",
        "read-pkg-up": "^1.0.1",
        redent: "^1.0.0",
        "trim-newlines": "^1.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/merge-descriptors": {
      version: "1.0.1",
      integrity: "sha512-cCi6g3/Zr1iqQi6ySbseM1Xvooa98N0w31jzUYrXPX2xqObmFGHJ0tQ5u74H3mVh7wLouTseZyYIq39g8cNp1w==",
      license: "MIT"
    },
    "node_modules/merge-stream": {
      version: "2.0.0",
      integrity: "sha512-abv/qOcuPfk3URPfDzmZU1LKmuw8kT+0nIHvKrKgFrwifol/doWcdA4ZqsWQ8ENrFKkd67Mfpo/LovbIUsbt3w==",
      license: "MIT"
    },
    "node_modules/merge2": {
      version: "1.4.1",
      integrity: "sha512-8q7VEgMJW4J8tcfVPy8g09NcQwZdbwFEqhe/WZkoIzjn/3TGDwtOCYtXGxA3O8tPzpczCCDgv+P2P5y00ZJOOg==",
      license: "MIT",
      engines: {
        node: ">= 8"
      }
    },
    "node_modules/methods": {
      version: "1.1.2",
      integrity: "sha512-iclAHeNqNm68zFtnZ0e+1L2yUIdvzNoauKU4WBA3VvH/vPFieF7qfRlwUZU+DA9P9bPXIS90ulxoUoCH23sV2w==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/micromatch": {
      version: "4.0.4",
      integrity: "sha512-pRmzw/XUcwXGpD9aI9q/0XOwLNygjETJ8y0ao0wdqprrzDa4YnxLcz7fQRZr8voh8V10kGhABbNcHVk5wHgWwg==",
      license: "MIT",
      dependencies: {
        braces: "^3.0.1",
        picomatch: "^2.2.3"
      },
      engines: {
        node: ">=8.6"
      }
    },
    "node_modules/mime": {
      version: "1.6.0",
      integrity: "sha512-x0Vn8spI+wuJ1O6S7gnbaQg8Pxh4NNHb7KSINmEWKiPE4RKOplvijn+NkmYmmRgP68mc70j2EbeTFRsrswaQeg==",
      license: "MIT",
      bin: {
        mime: "cli.js"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/mime-db": {
      version: "1.54.0",
      integrity: "sha512-aU5EJuIN2WDemCcAp2vFBfp/m4EAhWJnUNSSw0ixs7/kXbd6Pg64EmwJkNdFhB8aWt1sH2CTXrLxo/iAGV3oPQ==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/mime-types": {
      version: "2.1.35",
      integrity: "sha512-ZDY+bPm5zTTF+YpCrAU9nK0UgICYPT0QtT1NZWFv4s++TNkcgVaT0g6+4R2uI4MjQjzysHB1zxuWL50hzaeXiw==",
      license: "MIT",
      dependencies: {
        "mime-db": "1.52.0"
      },
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/mime-types/node_modules/mime-db": {
      version: "1.52.0",
      integrity: "sha512-sPU4uV7dYlvtWJxwwxHD0PuihVNiE7TyAbQ5SWxDCB9mUYvOgroQOwYQQOKPJ8CIbE+1ETVlOoK1UC2nU3gYvg==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/mimic-fn": {
      version: "2.1.0",
      integrity: "sha512-OqbOk5oEQeAZ8WXWydlu9HJjz9WVdEIvamMCcXmuqUYjTknH/sqsWvhQ3vgwKFRR1HpjvNBKQ37nbJgYzGqGcg==",
      license: "MIT",
      engines: {
        node: ">=6"
      }
    },
    "node_modules/mimic-response": {
      version: "1.0.1",
      integrity: "sha512-j5EctnkH7amfV/q5Hgmoal1g2QHFJRraOtmx0JpIqkxhBhI/lJSl1nMpQ45hVarwNETOoWEimndZ4QK0RHxuxQ==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/minimatch": {
      version: "3.0.4",
      integrity: "sha512-yJHVQEhyqPLUTgt9B83PXu6W3rx4MvvHvSUvToogpwoGDOUQ+yDrR0HRot+yOCdCO7u4hX3pWft6kWBBcqh0UA==",
      license: "ISC",
      dependencies: {
        "brace-expansion": "^1.1.7"
      },
      engines: {
        node: "*"
      }
    },
    "node_modules/minimist": {
      version: "1.2.6",
      integrity: "sha512-Jsjnk4bw3YJqYzbdyBiNsPWHPfO++UGG749Cxs6peCu5Xg4nrena6OVxOYxrQTqww0Jmwt+Ref8rggumkTLz9Q==",
      license: "MIT"
    },
    "node_modules/minimizer-webpack-plugin": {
      version: "5.14.1",
      integrity: "sha512-qsfTb5Ao4nre9krFweqj8k5bVU7KxgsP4WkLO/ITTuiJkbitCzYBY+Aum5KTKRhY0wDr8VJ1RILsTCSUtPd1kQ==",
      license: "MIT",
      peer: true,
      dependencies: {
        "jest-worker": "^27.4.5",
        "schema-utils": "^4.8.5",
        terser: "^5.51.0"
      },
      engines: {
        node: ">= 10.13.0"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/webpack"
      },
      peerDependencies: {
        webpack: "^5.1.0"
      },
      peerDependenciesMeta: {
        "@minify-html/node": {
          optional: true
        },
        "@napi-rs/image": {
          optional: true
        },
        "@swc/core": {
          optional: true
        },
        "@swc/css": {
          optional: true
        },
        "@swc/html": {
          optional: true
        },
        "clean-css": {
          optional: true
        },
        cssnano: {
          optional: true
        },
        csso: {
          optional: true
        },
        esbuild: {
          optional: true
        },
        "html-minifier-terser": {
          optional: true
        },
        imagemin: {
          optional: true
        },
        lightningcss: {
          optional: true
        },
        postcss: {
          optional: true
        },
        sharp: {
          optional: true
        },
        svgo: {
          optional: true
        },
        "uglify-js": {
          optional: true
        }
      }
    },
    "node_modules/mozjpeg": {
      version: "7.0.0",
      integrity: "sha512-mH7atSbIusVTO3A4H43sEdmveN3aWn54k6V0edefzCEvOsTrbjg5murY2TsNznaztWnIgaRbWxeLVp4IgKdedQ==",
      hasInstallScript: true,
      license: "MIT",
      dependencies: {
        "bin-build": "^3.0.0",
        "bin-wrapper": "^4.0.0",
        logalot: "^2.1.0"
      },
      bin: {
        mozjpeg: "cli.js"
      },
      engines: {
        node: ">=10"
      }
    },
    "node_modules/ms": {
      version: "2.0.0",
      integrity: "sha512-Tpp60P6IUJDTuOq/5Z8cdskzJujfwqfOTkrwIwj7IRISpnkJnT6SyJ4PCPnGMoFjC9ddhal5KVIYtAt97ix05A==",
      license: "MIT"
    },
    "node_modules/mustache": {
      version: "4.2.0",
      integrity: "sha512-71ippSywq5Yb7/tVYyGbkBggbU8H3u5Rz56fH60jGFgr8uHwxs+aSKeqmluIVzM0m0kB7xQjKS6qPfd0b2ZoqQ==",
      license: "MIT",
      bin: {
        mustache: "bin/mustache"
      }
    },
    "node_modules/negotiator": {
      version: "0.6.2",
      integrity: "sha512-hZXc7K2e+PgeI1eDBe/10Ard4ekbfrrqG8Ep+8Jmf4JID2bNg7NvCPOZN+kfF574pFQI7mum2AUqDidoKqcTOw==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/nice-try": {
      version: "1.0.5",
      integrity: "sha512-1nh45deeb5olNY7eX82BkPO7SSxR5SSYJiPTrTdFUVYwAl8CKMA5N9PjTYkHiRjisVcxcQ1HXdLhx2qxxJzLNQ==",
      license: "MIT"
    },
    "node_modules/node-fetch": {
      version: "2.6.7",
      integrity: "sha512-ZjMPFEfVx5j+y2yF35Kzx5sF7kDzxuDj6ziH4FFbOp87zKDZNx8yExJIb05OGF4Nlt9IHFIMBkRl41VdvcNdbQ==",
      license: "MIT",
      dependencies: {
        "whatwg-url": "^5.0.0"
      },
      engines: {
        node: "4.x || >=6.0.0"
      },
      peerDependencies: {
        encoding: "^0.1.0"
      },
      peerDependenciesMeta: {
        encoding: {
          optional: true
        }
      }
    },
    "node_modules/node-notifier": {
      version: "10.0.1",
      integrity: "sha512-YX7TSyDukOZ0g+gmzjB6abKu+hTGvO8+8+gIFDsRCU2t8fLV/P2unmt+LGFaIa4y64aX98Qksa97rgz4vMNeLQ==",
      license: "MIT",
      dependencies: {
        growly: "^1.3.0",
        "is-wsl": "^2.2.0",
        semver: "^7.3.5",
        shellwords: "^0.1.1",
        uuid: "^8.3.2",
        which: "^2.0.2"
      }
    },
    "node_modules/node-notifier/node_modules/lru-cache": {
      version: "6.0.0",
      integrity: "sha512-Jo6dJ04CmSjuznwJSS3pUeWmd/H0ffTlkXXgwZi+eq1UCmqQwCh+eLsYOYCwY991i2Fah4h1BEMCx4qThGbsiA==",
      license: "ISC",
      dependencies: {
        yallist: "^4.0.0"
      },
      engines: {
        node: ">=10"
      }
    },
    "node_modules/node-notifier/node_modules/semver": {
      version: "7.3.5",
      integrity: "sha512-PoeGJYh8HK4BTO/a9Tf6ZG3veo/A7ZVsYrSA6J8ny9nb3B1VrpkuN+z9OE5wfE5p6H4LchYZsegiQgbJD94ZFQ==",
      license: "ISC",
      dependencies: {
        "lru-cache": "^6.0.0"
      },
      bin: {
        semver: "bin/semver.js"
      },
      engines: {
        node: ">=10"
      }
    },
    "node_modules/node-notifier/node_modules/uuid": {
      version: "8.3.2",
      integrity: "sha512-+NYs2QeMWy+GWFOEm9xnn6HCDp0l7QBD7ml8zLUmJ+93Q5NF0NocErnwkTkXVFNiX3/fpC6afS8Dhb/gz7R7eg==",
      license: "MIT",
      bin: {
        uuid: "dist/bin/uuid"
      }
    },
    "node_modules/node-notifier/node_modules/yallist": {
      version: "4.0.0",
      integrity: "sha512-3wdGidZyq5PB084XLES5TpOSRA3wjXAlIWMhum2kRcv/41Sn2emQ0dycQW4uZXLejwKvg6EsvbdlVL+FYEct7A==",
      license: "ISC"
    },
    "node_modules/node-releases": {
      version: "2.0.67",
      integrity: "sha512-qgSZT38oj+YV4qyFmdPQEGRFQRP1l8a0wccOECrcrdGl9KldZlCXrEz7uOviThiOWR1KyqiQYeLrf7M9xRi1bg==",
      license: "MIT",
      peer: true,
      engines: {
        node: ">=18"
      }
    },
    "node_modules/node-stream-zip": {
      version: "1.15.0",
      integrity: "sha512-LN4fydt9TqhZhThkZIVQnF9cwjU3qmUH9h78Mx/K7d3VvfRqqwthLwJEUOEL0QPZ0XQmNN7be5Ggit5+4dq3Bw==",
      license: "MIT",
      engines: {
        node: ">=0.12.0"
      },
      funding: {
        type: "github",
        url: "https://github.com/sponsors/antelle"
      }
    },
    "node_modules/normalize-package-data": {
      version: "2.5.0",
      integrity: "sha512-/5CMN3T0R4XTj4DcGaexo+roZSdSFW/0AOOTROrjxzCG1wrWXEsGbRKevjlIL+ZDE4sZlJr5ED4YW0yqmkK+eA==",
      license: "BSD-2-Clause",
      dependencies: {
        "hosted-git-info": "^2.1.4",
        resolve: "^1.10.0",
        semver: "2 || 3 || 4 || 5",
        "validate-npm-package-license": "^3.0.1"
      }
    },
    "node_modules/normalize-package-data/node_modules/semver": {
      version: "5.7.1",
      integrity: "sha512-sauaDf/PZdVgrLTNYHRtpXa1iRiKcaebiKQ1BJdpQlWH2lCvexQdX55snPFyK7QzpudqbCI0qXFfOasHdyNDGQ==",
      license: "ISC",
      bin: {
        semver: "bin/semver"
      }
    },
    "node_modules/normalize-path": {
      version: "3.0.0",
      integrity: "sha512-6eZs5Ls3WtCisHWp9S2GUy8dqkpGi4BVSz3GaqiE6ezub0512ESztXUwUB6C6IKbQkY2Pnb/mD4WYojCRwcwLA==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/normalize-url": {
      version: "6.1.0",
      integrity: "sha512-DlL+XwOy3NxAQ8xuC0okPgK46iuVNAK01YN7RueYBqqFeGsBjV9XmCAzAdgt+667bCl5kPh9EqKKDwnaPG1I7A==",
      license: "MIT",
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/npm-conf": {
      version: "1.1.3",
      integrity: "sha512-Yic4bZHJOt9RCFbRP3GgpqhScOY4HH3V2P8yBj6CeYq118Qr+BLXqT2JvpJ00mryLESpgOxf5XlFv4ZjXxLScw==",
      license: "MIT",
      dependencies: {
        "config-chain": "^1.1.11",
        pify: "^3.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/npm-conf/node_modules/pify": {
      version: "3.0.0",
      integrity: "sha512-C3FsVNH1udSEX48gGX1xfvwTWfsYWj5U+8/uK15BGzIGrKoUpghX8hWZwa/OFnakBiiVNmBvemTJR5mcy7iPcg==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/npm-run-path": {
      version: "4.0.1",
      integrity: "sha512-S48WzZW777zhNIrn7gxOlISNAqi9ZC/uQFnRdbeIHhZhCA6UqpkOT8T1G7BvfdgP4Er8gF4sUbaS0i7QvIfCWw==",
      license: "MIT",
      dependencies: {
        "path-key": "^3.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/nth-check": {
      version: "2.0.0",
      integrity: "sha512-i4sc/Kj8htBrAiH1viZ0TgU8Y5XqCaV/FziYK6TBczxmeKm3AEFWqqF3195yKudrarqy7Zu80Ra5dobFjn9X/Q==",
      license: "BSD-2-Clause",
      dependencies: {
        boolbase: "^1.0.0"
      },
      funding: {
        url: "https://github.com/fb55/nth-check?sponsor=1"
      }
    },
    "node_modules/oauth-sign": {
      version: "0.9.0",
      integrity: "sha512-fexhUFFPTGV8ybAtSIGbV6gOkSv8UtRbDBnAyLQw4QPKkgNlsH2ByPGtMUqdWkos6YCRmAqViwgZrJc/mRDzZQ==",
      license: "Apache-2.0",
      engines: {
        node: "*"
      }
    },
    "node_modules/object-assign": {
      version: "4.1.1",
      integrity: "sha512-rJgTQnkUnH1sFw8yT6VSU3zD3sWmu6sZhIseY8VX+GRu3P6F7Fu+JNDoXfklElbLJSnc3FUQHVe4cU5hj+BcUg==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/on-finished": {
      version: "2.3.0",
      integrity: "sha512-ikqdkGAAyf/X/gPhXGvfgAytDZtDbr+bkNUJ0N9h5MI/dmdgCs3l6hoHrcUv41sRKew3jIwrp4qQDXiK99Utww==",
      license: "MIT",
      dependencies: {
        "ee-first": "1.1.1"
      },
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/on-headers": {
      version: "1.0.2",
      integrity: "sha512-pZAE+FJLoyITytdqK0U5s+FIpjN0JP3OzFi/u8Rx+EV5/W+JTWGXG8xFzevE7AjBfDqHv/8vL8qQsIhHnqRkrA==",
      license: "MIT",
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/once": {
      version: "1.4.0",
      integrity: "sha512-lNaJgI+2Q5URQBkccEKHTQOPaXdUxnZZElQTZY0MFUAuaEqe1E+Nyvgdz/aIyNi6Z9MzO5dv1H8n58/GELp3+w==",
      license: "ISC",
      dependencies: {
        wrappy: "1"
      }
    },
    "node_modules/onetime": {
      version: "5.1.2",
      integrity: "sha512-kbpaSSGJTWdAY5KPVeMOKXSrPtr8C8C7wodJbcsd51jRnmD+GZu8Y0VoU6Dm5Z4vWr0Ig/1NKuWRKf7j5aaYSg==",
      license: "MIT",
      dependencies: {
        "mimic-fn": "^2.1.0"
      },
      engines: {
        node: ">=6"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/open": {
      version: "8.4.0",
      integrity: "sha512-XgFPPM+B28FtCCgSb9I+s9szOC1vZRSwgWsRUA5ylIxRTgKozqjOCrVOqGsYABPYK5qnfqClxZTFBa8PKt2v6Q==",
      license: "MIT",
      dependencies: {
        "define-lazy-prop": "^2.0.0",
        "is-docker": "^2.1.1",
        "is-wsl": "^2.2.0"
      },
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/opts": {
      version: "2.0.2",
      integrity: "sha512-k41FwbcLnlgnFh69f4qdUfvDQ+5vaSDnVPFI/y5XuhKRq97EnVVneO9F1ESVCdiVu4fCS2L8usX3mU331hB7pg==",
      license: "BSD-2-Clause"
    },
    "node_modules/ora": {
      version: "5.4.1",
      integrity: "sha512-5b6Y85tPxZZ7QytO+BQzysW31HJku27cRIlkbAXaNx+BdcVi+LlRFmVXzeF6a7JCwJpyw5c4b+YSVImQIrBpuQ==",
      license: "MIT",
      dependencies: {
        bl: "^4.1.0",
        chalk: "^4.1.0",
        "cli-cursor": "^3.1.0",
        "cli-spinners": "^2.5.0",
        "is-interactive": "^1.0.0",
        "is-unicode-supported": "^0.1.0",
        "log-symbols": "^4.1.0",
        "strip-ansi": "^6.0.0",
        wcwidth: "^1.0.1"
      },
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/ora/node_modules/ansi-regex": {
      version: "5.0.0",
      integrity: "sha512-bY6fj56OUQ0hU1KjFNDQuJFezqKdrAyFdIevADiqrWHwSlbmBNMHp5ak2f40Pm8JTFyM2mqxkG6ngkHO11f/lg==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/ora/node_modules/strip-ansi": {
      version: "6.0.0",
      integrity: "sha512-AuvKTrTfQNYNIctbR1K/YGTR1756GycPsg7b9bdV9Duqur4gv6aKqHXah67Z8ImS7WEz5QVcOtlfW2rZEugt6w==",
      license: "MIT",
      dependencies: {
        "ansi-regex": "^5.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/os-filter-obj": {
      version: "2.0.0",
      integrity: "sha512-uksVLsqG3pVdzzPvmAHpBK0wKxYItuzZr7SziusRPoz67tGV8rL1szZ6IdeUrbqLjGDwApBtN29eEE3IqGHOjg==",
      license: "MIT",
      dependencies: {
        arch: "^2.1.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/ow": {
      version: "0.17.0",
      integrity: "sha512-i3keDzDQP5lWIe4oODyDFey1qVrq2hXKTuTH2VpqwpYtzPiKZt2ziRI4NBQmgW40AnV5Euz17OyWweCb+bNEQA==",
      license: "MIT",
      dependencies: {
        "type-fest": "^0.11.0"
      },
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/p-cancelable": {
      version: "0.3.0",
      integrity: "sha512-RVbZPLso8+jFeq1MfNvgXtCRED2raz/dKpacfTNxsx6pLEpEomM7gah6VeHSYV3+vo0OAi4MkArtQcWWXuQoyw==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/p-event": {
      version: "1.3.0",
      integrity: "sha512-hV1zbA7gwqPVFcapfeATaNjQ3J0NuzorHPyG8GPL9g/Y/TplWVBVoCKCXL6Ej2zscrCEv195QNWJXuBH6XZuzA==",
      license: "MIT",
      dependencies: {
        "p-timeout": "^1.1.1"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/p-finally": {
      version: "1.0.0",
      integrity: "sha512-LICb2p9CB7FS+0eR1oqWnHhp0FljGLZCWBE9aix0Uye9W8LTQPwMTYVGWQWIw9RdQiDg4+epXQODwIYJtSJaow==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/p-is-promise": {
      version: "1.1.0",
      integrity: "sha512-zL7VE4JVS2IFSkR2GQKDSPEVxkoH43/p7oEnwpdCndKYJO0HVeRB7fA8TJwuLOTBREtK0ea8eHaxdwcpob5dmg==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/p-limit": {
      version: "2.3.0",
      integrity: "sha512-//88mFWSJx8lxCzwdAABTJL2MyWB12+eIY7MDL2SqLmAkeKU9qxRvWuSyTjm3FUmpBEMuFfckAIqEaVGUDxb6w==",
      license: "MIT",
      dependencies: {
        "p-try": "^2.0.0"
      },
      engines: {
        node: ">=6"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/p-locate": {
      version: "4.1.0",
      integrity: "sha512-R79ZZ/0wAxKGu3oYMlz8jy/kbhsNrS7SKZ7PxEHBgJ5+F2mtFW2fK2cOtBh1cHYkQsbzFV7I+EoRKe6Yt0oK7A==",
      license: "MIT",
      dependencies: {
        "p-limit": "^2.2.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/p-map-series": {
      version: "1.0.0",
      integrity: "sha512-4k9LlvY6Bo/1FcIdV33wqZQES0Py+iKISU9Uc8p8AjWoZPnFKMpVIVD3s0EYn4jzLh1I+WeUZkJ0Yoa4Qfw3Kg==",
      license: "MIT",
      dependencies: {
        "p-reduce": "^1.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/p-pipe": {
      version: "3.1.0",
      integrity: "sha512-08pj8ATpzMR0Y80x50yJHn37NF6vjrqHutASaX5LiH5npS9XPvrUmscd9MF5R4fuYRHOxQR1FfMIlF7AzwoPqw==",
      license: "MIT",
      engines: {
        node: ">=8"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/p-queue": {
      version: "6.6.2",
      integrity: "sha512-RwFpb72c/BhQLEXIZ5K2e+AhgNVmIejGlTgiB9MzZ0e93GRvqZ7uSi0dvRF7/XIXDeNkra2fNHBxTyPDGySpjQ==",
      license: "MIT",
      dependencies: {
        eventemitter3: "^4.0.4",
        "p-timeout": "^3.2.0"
      },
      engines: {
        node: ">=8"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/p-queue/node_modules/p-timeout": {
      version: "3.2.0",
      integrity: "sha512-rhIwUycgwwKcP9yTOOFK/AKsAopjjCakVqLHePO3CC6Mir1Z99xT+R63jZxAT5lFZLa2inS5h+ZS2GvR99/FBg==",
      license: "MIT",
      dependencies: {
        "p-finally": "^1.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/p-reduce": {
      version: "1.0.0",
      integrity: "sha512-3Tx1T3oM1xO/Y8Gj0sWyE78EIJZ+t+aEmXUdvQgvGmSMri7aPTHoovbXEreWKkL5j21Er60XAWLTzKbAKYOujQ==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/p-timeout": {
      version: "1.2.1",
      integrity: "sha512-gb0ryzr+K2qFqFv6qi3khoeqMZF/+ajxQipEF6NteZVnvz9tzdsfAVj3lYtn1gAXvH5lfLwfxEII799gt/mRIA==",
      license: "MIT",
      dependencies: {
        "p-finally": "^1.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/p-try": {
      version: "2.2.0",
      integrity: "sha512-R4nPAVTAU0B9D35/Gk3uJf/7XYbQcyohSKdvAxIRSNghFl4e71hVoGnBNQz9cWaXxO2I10KTC+3jMdvvoKw6dQ==",
      license: "MIT",
      engines: {
        node: ">=6"
      }
    },
    "node_modules/package-json": {
      version: "6.5.0",
      integrity: "sha512-k3bdm2n25tkyxcjSKzB5x8kfVxlMdgsbPr0GkZcwHsLpba6cBjqCt1KlcChKEvxHIcTB1FVMuwoijZ26xex5MQ==",
      license: "MIT",
      dependencies: {
        got: "^9.6.0",
        "registry-auth-token": "^4.0.0",
        "registry-url": "^5.0.0",
        semver: "^6.2.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/package-json/node_modules/@sindresorhus/is": {
      version: "0.14.0",
      integrity: "sha512-9NET910DNaIPngYnLLPeg+Ogzqsi9uM4mSboU5y6p8S5DzMTVEsJZrawi+BoDNUVBa2DhJqQYUFvMDfgU062LQ==",
      license: "MIT",
      engines: {
        node: ">=6"
      }
    },
    "node_modules/package-json/node_modules/cacheable-request": {
      version: "6.1.0",
      integrity: "sha512-Oj3cAGPCqOZX7Rz64Uny2GYAZNliQSqfbePrgAQ1wKAihYmCUnraBtJtKcGR4xz7wF+LoJC+ssFZvv5BgF9Igg==",
      license: "MIT",
      dependencies: {
        "clone-response": "^1.0.2",
        "get-stream": "^5.1.0",
        "http-cache-semantics": "^4.0.0",
        keyv: "^3.0.0",
        "lowercase-keys": "^2.0.0",
        "normalize-url": "^4.1.0",
        responselike: "^1.0.2"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/package-json/node_modules/cacheable-request/node_modules/get-stream": {
      version: "5.2.0",
      integrity: "sha512-nBF+F1rAZVCu/p7rjzgA+Yb4lfYXrpl7a6VmJrU8wF9I1CKvP/QwPNZHnOlwbTkY6dvtFIzFMSyQXbLoTQPRpA==",
      license: "MIT",
      dependencies: {
        pump: "^3.0.0"
      },
      engines: {
        node: ">=8"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/package-json/node_modules/cacheable-request/node_modules/lowercase-keys": {
      version: "2.0.0",
      integrity: "sha512-tqNXrS78oMOE73NMxK4EMLQsQowWf8jKooH9g7xPavRT706R6bkQJ6DY2Te7QukaZsulxa30wQ7bk0pm4XiHmA==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/package-json/node_modules/get-stream": {
      version: "4.1.0",
      integrity: "sha512-GMat4EJ5161kIy2HevLlr4luNjBgvmj413KaQA7jt4V8B4RDsfpHk7WQ9GVqfYyyx8OS/L66Kox+rJRNklLK7w==",
      license: "MIT",
      dependencies: {
        pump: "^3.0.0"
      },
      engines: {
        node: ">=6"
      }
    },
    "node_modules/package-json/node_modules/got": {
      version: "9.6.0",
      integrity: "sha512-R7eWptXuGYxwijs0eV+v3o6+XH1IqVK8dJOEecQfTmkncw9AV4dcw/Dhxi8MdlqPthxxpZyizMzyg8RTmEsG+Q==",
      license: "MIT",
      dependencies: {
        "@sindresorhus/is": "^0.14.0",
        "@szmarczak/http-timer": "^1.1.2",
        "cacheable-request": "^6.0.0",
        "decompress-response": "^3.3.0",
        duplexer3: "^0.1.4",
        "get-stream": "^4.1.0",
        "lowercase-keys": "^1.0.1",
        "mimic-response": "^1.0.1",
        "p-cancelable": "^1.0.0",
        "to-readable-stream": "^1.0.0",
        "url-parse-lax": "^3.0.0"
      },
      engines: {
        node: ">=8.6"
      }
    },
    "node_modules/package-json/node_modules/http-cache-semantics": {
      version: "4.1.0",
      integrity: "sha512-carPklcUh7ROWRK7Cv27RPtdhYhUsela/ue5/jKzjegVvXDqM2ILE9Q2BGn9JZJh1g87cp56su/FgQSzcWS8cQ==",
      license: "BSD-2-Clause"
    },
    "node_modules/package-json/node_modules/normalize-url": {
      version: "4.5.1",
      integrity: "sha512-9UZCFRHQdNrfTpGg8+1INIg93B6zE0aXMVFkw1WFwvO4SlZywU6aLg5Of0Ap/PgcbSw4LNxvMWXMeugwMCX0AA==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/package-json/node_modules/p-cancelable": {
      version: "1.1.0",
      integrity: "sha512-s73XxOZ4zpt1edZYZzvhqFa6uvQc1vwUa0K0BdtIZgQMAJj9IbebH+JkgKZc9h+B05PKHLOTl4ajG1BmNrVZlw==",
      license: "MIT",
      engines: {
        node: ">=6"
      }
    },
    "node_modules/package-json/node_modules/prepend-http": {
      version: "2.0.0",
      integrity: "sha512-ravE6m9Atw9Z/jjttRUZ+clIXogdghyZAuWJ3qEzjT+jI/dL1ifAqhZeC5VHzQp1MSt1+jxKkFNemj/iO7tVUA==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/package-json/node_modules/url-parse-lax": {
      version: "3.0.0",
      integrity: "sha512-NjFKA0DidqPa5ciFcSrXnAltTtzz84ogy+NebPvfEgAck0+TNg4UJ4IN+fB7zRZfbgUf0syOo9MDxFkDSMuFaQ==",
      license: "MIT",
      dependencies: {
        "prepend-http": "^2.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/parse-json": {
      version: "2.2.0",
      integrity: "sha512-QR/GGaKCkhwk1ePQNYDRKYZ3mwU9ypsKhB0XyFnLQdomyEqk3e8wpW3V5Jp88zbxK4n5ST1nqo+g9juTpownhQ==",
      license: "MIT",
      dependencies: {
        "error-ex": "^1.2.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/parse5": {
      version: "6.0.1",
      integrity: "sha512-Ofn/CTFzRGTTxwpNEs9PP93gXShHcTq255nzRYSKe8AkVpZY7e1fpmTfOyoIvjP5HG7Z2ZM7VS9PPhQGW2pOpw==",
      license: "MIT"
    },
    "node_modules/parse5-htmlparser2-tree-adapter": {
      version: "6.0.1",
      integrity: "sha512-qPuWvbLgvDGilKc5BoicRovlT4MtYT6JfJyBOMDsKoiT+GiuP5qyrPCnR9HcPECIJJmZh5jRndyNThnhhb/vlA==",
      license: "MIT",
      dependencies: {
        parse5: "^6.0.1"
      }
    },
    "node_modules/parseurl": {
      version: "1.3.3",
      integrity: "sha512-CiyeOxFT/JZyN5m0z9PfXw4SCBJ6Sygz1Dpl0wqjlhDEGGBP1GnsUVEL0p63hoG1fcj3fHynXi9NYO4nWOL+qQ==",
      license: "MIT",
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/path-exists": {
      version: "2.1.0",
      integrity: "sha512-yTltuKuhtNeFJKa1PiRzfLAU5182q1y4Eb4XCJ3PBqyzEDkAZRzBrKKBct682ls9reBVHf9udYLN5Nd+K1B9BQ==",
      license: "MIT",
      dependencies: {
        "pinkie-promise": "^2.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/path-is-absolute": {
      version: "1.0.1",
      integrity: "sha512-AVbw3UJ2e9bq64vSaS9Am0fje1Pa8pbGqTTsmXfaIiMpnr5DlDhfJOuLj9Sf95ZPVDAUerDfEk88MPmPe7UCQg==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/path-key": {
      version: "3.1.1",
      integrity: "sha512-ojmeN0qd+y0jszEtoY48r0Peq5dwMEkIlCOu6Q5f41lfkswXuKtYrhgoTpLnyIcHm24Uhqx+5Tqm2InSwLhE6Q==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/path-parse": {
      version: "1.0.7",
      integrity: "sha512-LDJzPVEEEPR+y48z93A0Ed0yXb8pAByGWo/k5YYdYgpY2/2EsOsksJrq7lOHxryrVOn1ejG6oAp8ahvOIQD8sw==",
      license: "MIT"
    },
    "node_modules/path-to-regexp": {
      version: "0.1.7",
      integrity: "sha512-5DFkuoqlv1uYQKxy8omFBeJPQcdoE07Kv2sferDCrAq1ohOU+MSDswDIbnx3YAM60qIOnYa53wBhXW0EbMonrQ==",
      license: "MIT"
    },
    "node_modules/path-type": {
      version: "4.0.0",
      integrity: "sha512-gDKb8aZMDeD/tZWs9P6+q0J9Mwkdl6xMV8TjnGP3qJVJ06bdMgkbBlLU8IdfOsIsFz2BW1rNVT3XuNEl8zPAvw==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/pend": {
      version: "1.2.0",
      integrity: "sha512-F3asv42UuXchdzt+xXqfW1OGlVBe+mxa2mqI0pg5yAHZPvFmY3Y6drSf/GQ1A86WgWEN9Kzh/WrgKa6iGcHXLg==",
      license: "MIT"
    },
    "node_modules/performance-now": {
      version: "2.1.0",
      integrity: "sha512-7EAHlyLHI56VEIdK57uwHdHKIaAGbnXPiw0yWbarQZOKaKpvUIgW0jWRVLiatnM+XXlSwsanIBH/hzGMJulMow==",
      license: "MIT"
    },
    "node_modules/picocolors": {
      version: "1.1.1",
      integrity: "sha512-xceH2snhtb5M9liqDsmEw56le376mTZkEX/jEb/RxNFyegNul7eNslCXP9FDj/Lcu0X8KEyMceP2ntpaHrDEVA==",
      license: "ISC",
      peer: true
    },
    "node_modules/picomatch": {
      version: "2.2.3",
      integrity: "sha512-KpELjfwcCDUb9PeigTs2mBJzXUPzAuP2oPcA989He8Rte0+YUAjw1JVedDhuTKPkHjSYzMN3npC9luThGYEKdg==",
      license: "MIT",
      engines: {
        node: ">=8.6"
      },
      funding: {
        url: "https://github.com/sponsors/jonschlinkert"
      }
    },
    "node_modules/pify": {
      version: "2.3.0",
      integrity: "sha512-udgsAY+fTnvv7kI7aaxbqwWNb0AHiB0qBO89PZKPkoTmGOgdbrHDKD+0B2X4uTfJ/FT1R09r9gTsjUjNJotuog==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/pinkie": {
      version: "2.0.4",
      integrity: "sha512-MnUuEycAemtSaeFSjXKW/aroV7akBbY+Sv+RkyqFjgAe73F+MR0TBWKBRDkmfWq/HiFmdavfZ1G7h4SPZXaCSg==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/pinkie-promise": {
      version: "2.0.1",
      integrity: "sha512-0Gni6D4UcLTbv9c57DfxDGdr41XfgUjqWZu492f0cIGr16zDU06BWP/RAEvOuo7CQ0CNjHaLlM59YJJFm3NWlw==",
      license: "MIT",
      dependencies: {
        pinkie: "^2.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/pkg-dir": {
      version: "4.2.0",
      integrity: "sha512-HRDzbaKjC+AOWVXxAU/x54COGeIv9eb+6CkDSQoNTt4XyWoIJvuPsXizxu/Fr23EiekbtZwmh1IcIG/l/a10GQ==",
      license: "MIT",
      dependencies: {
        "find-up": "^4.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/pkg-dir/node_modules/find-up": {
      version: "4.1.0",
      integrity: "sha512-PpOwAdQ/YlXQ2vj8a3h8IipDuYRi3wceVQQGYWxNINccq40Anw7BlsEXCMbt1Zt+OLA6Fq9suIpIWD0OsnISlw==",
      license: "MIT",
      dependencies: {
        "locate-path": "^5.0.0",
        "path-exists": "^4.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/pkg-dir/node_modules/path-exists": {
      version: "4.0.0",
      integrity: "sha512-ak9Qy5Q7jYb2Wwcey5Fpvg2KoAc/ZIhLSLOSBmRmygPsGwkVVt0fZa0qrtMz+m6tJTAHfZQ8FnmB4MG4LWy7/w==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/pngquant-bin": {
      version: "6.0.0",
      integrity: "sha512-oXWAS9MQ9iiDAJRdAZ9KO1mC5UwhzKkJsmetiu0iqIjJuW7JsuLhmc4JdRm7uJkIWRzIAou/Vq2VcjfJwz30Ow==",
      hasInstallScript: true,
      license: "GPL-3.0+",
      dependencies: {
        "bin-build": "^3.0.0",
        "bin-wrapper": "^4.0.1",
        execa: "^4.0.0",
        logalot: "^2.0.0"
      },
      bin: {
        pngquant: "cli.js"
      },
      engines: {
        node: ">=10"
      }
    },
    "node_modules/prepend-http": {
      version: "1.0.4",
      integrity: "sha512-PhmXi5XmoyKw1Un4E+opM2KcsJInDvKyuOumcjjw3waw86ZNjHwVUOOWLc4bCzLdcKNaWBH9e99sbWzDQsVaYg==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/printj": {
      version: "1.1.2",
      integrity: "sha512-zA2SmoLaxZyArQTOPj5LXecR+RagfPSU5Kw1qP+jkWeNlrq+eJZyY2oS68SU1Z/7/myXM4lo9716laOFAVStCQ==",
      license: "Apache-2.0",
      bin: {
        printj: "bin/printj.njs"
      },
      engines: {
        node: ">=0.8"
      }
    },
    "node_modules/process-nextick-args": {
      version: "2.0.1",
      integrity: "sha512-3ouUOpQhtgrbOa17J7+uxOTpITYWaGP7/AhoR3+A+/1e9skrzelGi/dXzEYyvbxubEF6Wn2ypscTKiKJFFn1ag==",
      license: "MIT"
    },
    "node_modules/proto-list": {
      version: "1.2.4",
      integrity: "sha512-vtK/94akxsTMhe0/cbfpR+syPuszcuwhqVjJq26CuNDgFGj682oRBXOP5MJpv2r7JtE8MsiepGIqvvOTBwn2vA==",
      license: "ISC"
    },
    "node_modules/proxy-addr": {
      version: "2.0.7",
      integrity: "sha512-llQsMLSUDUPT44jdrU/O37qlnifitDP+ZwrmmZcoSKyLKvtZxpyV0n2/bD/N4tBAAZ/gJEdZU7KMraoK1+XYAg==",
      license: "MIT",
      dependencies: {
        forwarded: "0.2.0",
        "ipaddr.js": "1.9.1"
      },
      engines: {
        node: ">= 0.10"
      }
    },
    "node_modules/pseudomap": {
      version: "1.0.2",
      integrity: "sha512-b/YwNhb8lk1Zz2+bXXpS/LK9OisiZZ1SNsSLxN1x2OXVEhW2Ckr/7mWE5vrC1ZTiJlD9g19jWszTmJsB+oEpFQ==",
      license: "ISC"
    },
    "node_modules/psl": {
      version: "1.8.0",
      integrity: "sha512-RIdOzyoavK+hA18OGGWDqUTsCLhtA7IcZ/6NCs4fFJaHBDab+pDDmDIByWFRQJq2Cd7r1OoQxBGKOaztq+hjIQ==",
      license: "MIT"
    },
    "node_modules/pump": {
      version: "3.0.0",
      integrity: "sha512-LwZy+p3SFs1Pytd/jYct4wpv49HiYCqd9Rlc5ZVdk0V+8Yzv6jR5Blk3TRmPL1ft69TxP0IMZGJ+WPFU2BFhww==",
      license: "MIT",
      dependencies: {
        "end-of-stream": "^1.1.0",
        once: "^1.3.1"
      }
    },
    "node_modules/punycode": {
      version: "2.1.1",
      integrity: "sha512-XRsRjdf+j5ml+y/6GKHPZbrF/8p2Yga0JPtdqTIY2Xe5ohJPD9saDJJLPvp9+NSBprVvevdXZybnj2cv8OEd0A==",
      license: "MIT",
      engines: {
        node: ">=6"
      }
    },
    "node_modules/pupa": {
      version: "2.1.1",
      integrity: "sha512-l1jNAspIBSFqbT+y+5FosojNpVpF94nlI+wDUpqP9enwOTfHx9f0gh5nB96vl+6yTpsJsypeNrwfzPrKuHB41A==",
      license: "MIT",
      dependencies: {
        "escape-goat": "^2.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/qs": {
      version: "6.9.7",
      integrity: "sha512-IhMFgUmuNpyRfxA90umL7ByLlgRXu6tIfKPpF5TmcfRLlLCckfP/g3IQmju6jjpu+Hh8rA+2p6A27ZSPOOHdKw==",
      license: "BSD-3-Clause",
      engines: {
        node: ">=0.6"
      },
      funding: {
        url: "https://github.com/sponsors/ljharb"
      }
    },
    "node_modules/query-string": {
      version: "5.1.1",
      integrity: "sha512-gjWOsm2SoGlgLEdAGt7a6slVOk9mGiXmPFMqrEhLQ68rhQuBnpfs3+EmlvqKyxnCo9/PPlF+9MtY02S1aFg+Jw==",
      license: "MIT",
      dependencies: {
        "decode-uri-component": "^0.2.0",
        "object-assign": "^4.1.0",
        "strict-uri-encode": "^1.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/queue-microtask": {
      version: "1.2.3",
      integrity: "sha512-NuaNSa6flKT5JaSYQzJok04JzTL1CA6aGhv5rfLW3PgqA+M2ChpZQnAC8h8i4ZFkBS8X5RqkDBHA7r4hej3K9A==",
      funding: [
        {
          type: "github",
          url: "https://github.com/sponsors/feross"
        },
        {
          type: "patreon",
          url: "https://www.patreon.com/feross"
        },
        {
          type: "consulting",
          url: "https://feross.org/support"
        }
      ],
      license: "MIT"
    },
    "node_modules/range-parser": {
      version: "1.2.1",
      integrity: "sha512-Hrgsx+orqoygnmhFbKaHE6c296J+HTAQXoxEF6gNupROmmGJRoyzfG3ccAveqCBrwr/2yxQ5BVd/GTl5agOwSg==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/raw-body": {
      version: "2.4.3",
      integrity: "sha512-UlTNLIcu0uzb4D2f4WltY6cVjLi+/jEN4lgEUj3E04tpMDpUlkBo/eSn6zou9hum2VMNpCCUone0O0WeJim07g==",
      license: "MIT",
      dependencies: {
        bytes: "3.1.2",
        "http-errors": "1.8.1",
        "iconv-lite": "0.4.24",
        unpipe: "1.0.0"
      },
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/rc": {
      version: "1.2.8",
      integrity: "sha512-y3bGgqKj3QBdxLbLkomlohkvsA8gdAiUQlSBJnBhfn+BPxg4bc62d8TcBW15wavDfgexCgccckhcZvywyQYPOw==",
      license: "(BSD-2-Clause OR MIT OR Apache-2.0)",
      dependencies: {
        "deep-extend": "^0.6.0",
        ini: "~1.3.0",
        minimist: "^1.2.0",
        "strip-json-comments": "~2.0.1"
      },
      bin: {
        rc: "cli.js"
      }
    },
    "node_modules/read-pkg": {
      version: "1.1.0",
      integrity: "sha512-7BGwRHqt4s/uVbuyoeejRn4YmFnYZiFl4AuaeXHlgZf3sONF0SOGlxs2Pw8g6hCKupo08RafIO5YXFNOKTfwsQ==",
      license: "MIT",
      dependencies: {
        "load-json-file": "^1.0.0",
        "normalize-package-data": "^2.3.2",
        "path-type": "^1.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/read-pkg-up": {
      version: "1.0.1",
      integrity: "sha512-WD9MTlNtI55IwYUS27iHh9tK3YoIVhxis8yKhLpTqWtml739uXc9NWTpxoHkfZf3+DkCCsXox94/VWZniuZm6A==",
      license: "MIT",
      dependencies: {
        "find-up": "^1.0.0",
        "read-pkg": "^1.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/read-pkg/node_modules/path-type": {
      version: "1.1.0",
      integrity: "sha512-S4eENJz1pkiQn9Znv33Q+deTOKmbl+jj1Fl+qiP/vYezj+S8x+J3Uo0ISrx/QoEvIlOaDWJhPaRd1flJ9HXZqg==",
      license: "MIT",
      dependencies: {
        "graceful-fs": "^4.1.2",
        pify: "^2.0.0",
        "pinkie-promise": "^2.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/readable-stream": {
      version: "3.6.0",
      integrity: "sha512-BViHy7LKeTz4oNnkcLJ+lVSL6vpiFeX6/d3oSH8zCW7UxP2onchk+vTGB143xuFjHS3deTgkKoXXymXqymiIdA==",
      license: "MIT",
      dependencies: {
        inherits: "^2.0.3",
        string_decoder: "^1.1.1",
        "util-deprecate": "^1.0.1"
      },
      engines: {
        node: ">= 6"
      }
    },
    "node_modules/readdir-glob": {
      version: "1.1.1",
      integrity: "sha512-91/k1EzZwDx6HbERR+zucygRFfiPl2zkIYZtv3Jjr6Mn7SkKcVct8aVO+sSRiGMc6fLf72du3d92/uY63YPdEA==",
      license: "Apache-2.0",
      dependencies: {
        minimatch: "^3.0.4"
      }
    },
    "node_modules/readdirp": {
      version: "3.6.0",
      integrity: "sha512-hOS089on8RduqdbhvQ5Z37A0ESjsqz6qnRcffsMU3495FuTdqSm+7bhJ29JvIOsBDEEnan5DPu9t3To9VRlMzA==",
      license: "MIT",
      dependencies: {
        picomatch: "^2.2.1"
      },
      engines: {
        node: ">=8.10.0"
      }
    },
    "node_modules/rechoir": {
      version: "0.6.2",
      integrity: "sha512-HFM8rkZ+i3zrV+4LQjwQ0W+ez98pApMGM3HUrN04j3CqzPOzl9nmP15Y8YXNm8QHGv/eacOVEjqhmWpkRV0NAw==",
      dependencies: {
        resolve: "^1.1.6"
      },
      engines: {
        node: ">= 0.10"
      }
    },
    "node_modules/redent": {
      version: "1.0.0",
      integrity: "sha512-qtW5hKzGQZqKoh6JNSD+4lfitfPKGz42e6QwiRmPM5mmKtR0N41AbJRYu0xJi7nhOJ4WDgRkKvAk6tw4WIwR4g==",
      license: "MIT",
      dependencies: {
        "indent-string": "^2.1.0",
        "strip-indent": "^1.0.1"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/registry-auth-token": {
      version: "4.2.1",
      integrity: "sha512-6gkSb4U6aWJB4SF2ZvLb76yCBjcvufXBqvvEx1HbmKPkutswjW1xNVRY0+daljIYRbogN7O0etYSlbiaEQyMyw==",
      license: "MIT",
      dependencies: {
        rc: "^1.2.8"
      },
      engines: {
        node: ">=6.0.0"
      }
    },
    "node_modules/registry-url": {
      version: "5.1.0",
      integrity: "sha512-8acYXXTI0AkQv6RAOjE3vOaIXZkT9wo4LOFbBKYQEEnnMNBpKqdUrI6S4NT0KPIo/WVvJ5tE/X5LF/TQUf0ekw==",
      license: "MIT",
      dependencies: {
        rc: "^1.2.8"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/remove-trailing-separator": {
      version: "1.1.0",
      integrity: "sha512-/hS+Y0u3aOfIETiaiirUFwDBDzmXPvO+jAfKTitUngIPzdKc6Z0LoFjM/CK5PL4C+eKwHohlHAb6H0VFfmmUsw==",
      license: "ISC"
    },
    "node_modules/repeating": {
      version: "2.0.1",
      integrity: "sha512-ZqtSMuVybkISo2OWvqvm7iHSWngvdaW3IpsT9/uP8v4gMi591LY6h35wdOfvQdWCKFWZWm2Y1Opp4kV7vQKT6A==",
      license: "MIT",
      dependencies: {
        "is-finite": "^1.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/replace-ext": {
      version: "1.0.1",
      integrity: "sha512-yD5BHCe7quCgBph4rMQ+0KkIRKwWCrHDOX1p1Gp6HwjPM5kVoCdKGNhN7ydqqsX6lJEnQDKZ/tFMiEdQ1dvPEw==",
      license: "MIT",
      engines: {
        node: ">= 0.10"
      }
    },
    "node_modules/request": {
      version: "2.88.2",
      integrity: "sha512-MsvtOrfG9ZcrOwAW+Qi+F6HbD0CWXEh9ou77uOb7FM2WPhwT7smM833PzanhJLsgXjN89Ir6V2PczXNnMpwKhw==",
      license: "Apache-2.0",
      dependencies: {
        "aws-sign2": "~0.7.0",
        aws4: "^1.8.0",
        caseless: "~0.12.0",
        "combined-stream": "~1.0.6",
        extend: "~3.0.2",
        "forever-agent": "~0.6.1",
        "form-data": "~2.3.2",
        "har-validator": "~5.1.3",
        "http-signature": "~1.2.0",
        "is-typedarray": "~1.0.0",
        isstream: "~0.1.2",
        "json-stringify-safe": "~5.0.1",
        "mime-types": "~2.1.19",
        "oauth-sign": "~0.9.0",
        "performance-now": "^2.1.0",
        qs: "~6.5.2",
        "safe-buffer": "^5.1.2",
        "tough-cookie": "~2.5.0",
        "tunnel-agent": "^0.6.0",
        uuid: "^3.3.2"
      },
      engines: {
        node: ">= 6"
      }
    },
    "node_modules/request-promise": {
      version: "4.2.6",
      integrity: "sha512-HCHI3DJJUakkOr8fNoCc73E5nU5bqITjOYFMDrKHYOXWXrgD/SBaC7LjwuPymUprRyuF06UK7hd/lMHkmUXglQ==",
      license: "ISC",
      dependencies: {
        bluebird: "^3.5.0",
        "request-promise-core": "1.1.4",
        "stealthy-require": "^1.1.1",
        "tough-cookie": "^2.3.3"
      },
      engines: {
        node: ">=0.10.0"
      },
      peerDependencies: {
        request: "^2.34"
      }
    },
    "node_modules/request-promise-core": {
      version: "1.1.4",
      integrity: "sha512-TTbAfBBRdWD7aNNOoVOBH4pN/KigV6LyapYNNlAPA8JwbovRti1E88m3sYAwsLi5ryhPKsE9APwnjFTgdUjTpw==",
      license: "ISC",
      dependencies: {
        lodash: "^4.17.19"
      },
      engines: {
        node: ">=0.10.0"
      },
      peerDependencies: {
        request: "^2.34"
      }
    },
    "node_modules/request/node_modules/qs": {
      version: "6.5.2",
      integrity: "sha512-N5ZAX4/LxJmF+7wN74pUD6qAh9/wnvdQcjq9TZjevvXzSUo7bfmw91saqMjzGS2xq91/odN2dW/WOl7qQHNDGA==",
      license: "BSD-3-Clause",
      engines: {
        node: ">=0.6"
      }
    },
    "node_modules/require-from-string": {
      version: "2.0.2",
      integrity: "sha512-Xf0nWe6RseziFMu+Ap9biiUbmplq6S9/p+7w7YXP/JBHhrUDDUhwa+vANyubuqfZWTveU//DYVGsDG7RKL/vEw==",
      license: "MIT",
      peer: true,
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/resolve": {
      version: "1.20.0",
      integrity: "sha512-wENBPt4ySzg4ybFQW2TT1zMQucPK95HSh/nq2CFTZVOGut2+pQvSsgtda4d26YrYcr067wjbmzOG8byDPBX63A==",
      license: "MIT",
      dependencies: {
        "is-core-module": "^2.2.0",
        "path-parse": "^1.0.6"
      },
      funding: {
        url: "https://github.com/sponsors/ljharb"
      }
    },
    "node_modules/resolve-cwd": {
      version: "3.0.0",
      integrity: "sha512-OrZaX2Mb+rJCpH/6CpSqt9xFVpN++x01XnN2ie9g6P5/3xelLAkXWVADpdz1IHD/KFfEXyE6V0U01OQ3UO2rEg==",
      license: "MIT",
      dependencies: {
        "resolve-from": "^5.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/resolve-from": {
      version: "5.0.0",
      integrity: "sha512-qYg9KP24dD5qka9J47d0aVky0N+b4fTU89LN9iDnjB5waksiC49rvMB0PrUJQGoTmH50XPiqOvAjDfaijGxYZw==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/responselike": {
      version: "1.0.2",
      integrity: "sha512-/Fpe5guzJk1gPqdJLJR5u7eG/gNY4nImjbRDaVWVMRhne55TCmj2i9Q+54PBRfatRC8v/rIiv9BN0pMd9OV5EQ==",
      license: "MIT",
      dependencies: {
        "lowercase-keys": "^1.0.0"
      }
    },
    "node_modules/restore-cursor": {
      version: "3.1.0",
      integrity: "sha512-l+sSefzHpj5qimhFSE5a8nufZYAM3sBSVMAPtYkmC+4EH2anSGaEMXSD0izRQbu9nfyQ9y5JrVmp7E8oZrUjvA==",
      license: "MIT",
      dependencies: {
        onetime: "^5.1.0",
        "signal-exit": "^3.0.2"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/reusify": {
      version: "1.0.4",
      integrity: "sha512-U9nH88a3fc/ekCF1l0/UP1IosiuIjyTh7hBvXVMHYgVcfGvt897Xguj2UOLDeI5BG2m7/uwyaLVT6fbtCwTyzw==",
      license: "MIT",
      engines: {
        iojs: ">=1.0.0",
        node: ">=0.10.0"
      }
    },
    "node_modules/run-parallel": {
      version: "1.2.0",
      integrity: "sha512-5l4VyZR86LZ/lDxZTR6jqL8AFE2S0IFLMP26AbjsLVADxHdhB/c0GUsH+y39UfCi3dzz8OlQuPmnaJOMoDHQBA==",
      funding: [
        {
          type: "github",
          url: "https://github.com/sponsors/feross"
        },
        {
          type: "patreon",
          url: "https://www.patreon.com/feross"
        },
        {
          type: "consulting",
          url: "https://feross.org/support"
        }
      ],
      license: "MIT",
      dependencies: {
        "queue-microtask": "^1.2.2"
      }
    },
    "node_modules/safe-buffer": {
      version: "5.1.2",
      integrity: "sha512-Gd2UZBJDkXlY7GbJxfsE8/nvKkUEU1G38c1siN6QP6a9PT9MmHB8GnpscSmMJSoF8LOIrt8ud/wPtojys4G6+g==",
      license: "MIT"
    },
    "node_modules/safer-buffer": {
      version: "2.1.2",
      integrity: "sha512-YZo3K82SD7Riyi0E1EQPojLz7kpepnSQI9IyPbHHg1XXXevb5dJI7tpyN2ADxGcQbHG7vcyRHk0cbwqcQriUtg==",
      license: "MIT"
    },
    "node_modules/sanitize-filename": {
      version: "1.6.3",
      integrity: "sha512-y/52Mcy7aw3gRm7IrcGDFx/bCk4AhRh2eI9luHOQM86nZsqwiRkkq2GekHXBBD+SmPidc8i2PqtYZl+pWJ8Oeg==",
      license: "WTFPL OR ISC",
      dependencies: {
        "truncate-utf8-bytes": "^1.0.0"
      }
    },
    "node_modules/schema-utils": {
      version: "4.8.5",
      integrity: "sha512-K1RRP7aTUAY2lGXNzPwjMK6AMMzbETdpF3pTPMEnH/RrpmPx6K1X47/gSebrV+1I9pRcgpwZwqpYBlyZAsliiw==",
      license: "MIT",
      peer: true,
      dependencies: {
        "@types/json-schema": "^7.0.15",
        ajv: "^8.20.0",
        "ajv-formats": "^3.0.1",
        "ajv-keywords": "^5.1.0"
      },
      bin: {
        "schema-utils": "bin/schema-utils.js"
      },
      engines: {
        node: ">= 10.13.0"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/webpack"
      },
      peerDependencies: {
        webpack: "^5.0.0"
      },
      peerDependenciesMeta: {
        webpack: {
          optional: true
        }
      }
    },
    "node_modules/schema-utils/node_modules/ajv": {
      version: "8.20.0",
      integrity: "sha512-Thbli+OlOj+iMPYFBVBfJ3OmCAnaSyNn4M1vz9T6Gka5Jt9ba/HIR56joy65tY6kx/FCF5VXNB819Y7/GUrBGA==",
      license: "MIT",
      peer: true,
      dependencies: {
        "fast-deep-equal": "^3.1.3",
        "fast-uri": "^3.0.1",
        "json-schema-traverse": "^1.0.0",
        "require-from-string": "^2.0.2"
      },
      funding: {
        type: "github",
        url: "https://github.com/sponsors/epoberezkin"
      }
    },
    "node_modules/schema-utils/node_modules/ajv-keywords": {
      version: "5.1.0",
      integrity: "sha512-YCS/JNFAUyr5vAuhk1DWm1CBxRHW9LbJ2ozWeemrIqpbsqKjHVxYPyi5GC0rjZIT5JxJ3virVTS8wk4i/Z+krw==",
      license: "MIT",
      peer: true,
      dependencies: {
        "fast-deep-equal": "^3.1.3"
      },
      peerDependencies: {
        ajv: "^8.8.2"
      }
    },
    "node_modules/schema-utils/node_modules/json-schema-traverse": {
      version: "1.0.0",
      integrity: "sha512-NM8/P9n3XjXhIZn1lLhkFaACTOURQXjWhV4BA/RnOv8xvgqtqpAX9IO4mRQxSx1Rlo4tqzeqb0sOlruaOy3dug==",
      license: "MIT",
      peer: true
    },
    "node_modules/seek-bzip": {
      version: "1.0.6",
      integrity: "sha512-e1QtP3YL5tWww8uKaOCQ18UxIT2laNBXHjV/S2WYCiK4udiv8lkG89KRIoCjUagnAmCBurjF4zEVX2ByBbnCjQ==",
      license: "MIT",
      dependencies: {
        commander: "^2.8.1"
      },
      bin: {
        "seek-bunzip": "bin/seek-bunzip",
        "seek-table": "bin/seek-bzip-table"
      }
    },
    "node_modules/seek-bzip/node_modules/commander": {
      version: "2.20.3",
      integrity: "sha512-GpVkmM8vF2vQUkj2LvZmD35JxeJOLCwJ9cUkugyk2nuhbv3+mJvpLYYt+0+USMxE+oj+ey/lJEnhZw75x/OMcQ==",
      license: "MIT"
    },
    "node_modules/semver": {
      version: "6.3.0",
      integrity: "sha512-b39TBaTSfV6yBrapU89p5fKekE2m/NwnDocOVruQFS1/veMgdzuPcnOM34M6CwxW8jH/lxEa5rBoDeUwu5HHTw==",
      license: "ISC",
      bin: {
        semver: "bin/semver.js"
      }
    },
    "node_modules/semver-diff": {
      version: "3.1.1",
      integrity: "sha512-GX0Ix/CJcHyB8c4ykpHGIAvLyOwOobtM/8d+TQkAd81/bEjgPHrfba41Vpesr7jX/t8Uh+R3EX9eAS5be+jQYg==",
      license: "MIT",
      dependencies: {
        semver: "^6.3.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/semver-regex": {
      version: "2.0.0",
      integrity: "sha512-mUdIBBvdn0PLOeP3TEkMH7HHeUP3GjsXCwKarjv/kGmUFOYg1VqEemKhoQpWMu6X2I8kHeuVdGibLGkVK+/5Qw==",
      license: "MIT",
      engines: {
        node: ">=6"
      }
    },
    "node_modules/semver-truncate": {
      version: "1.1.2",
      integrity: "sha512-V1fGg9i4CL3qesB6U0L6XAm4xOJiHmt4QAacazumuasc03BvtFGIMCduv01JWQ69Nv+JST9TqhSCiJoxoY031w==",
      license: "MIT",
      dependencies: {
        semver: "^5.3.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/semver-truncate/node_modules/semver": {
      version: "5.7.1",
      integrity: "sha512-sauaDf/PZdVgrLTNYHRtpXa1iRiKcaebiKQ1BJdpQlWH2lCvexQdX55snPFyK7QzpudqbCI0qXFfOasHdyNDGQ==",
      license: "ISC",
      bin: {
        semver: "bin/semver"
      }
    },
    "node_modules/send": {
      version: "0.17.2",
      integrity: "sha512-UJYB6wFSJE3G00nEivR5rgWp8c2xXvJ3OPWPhmuteU0IKj8nKbG3DrjiOmLwpnHGYWAVwA69zmTm++YG0Hmwww==",
      license: "MIT",
      dependencies: {
        debug: "2.6.9",
        depd: "~1.1.2",
        destroy: "~1.0.4",
        encodeurl: "~1.0.2",
        "escape-html": "~1.0.3",
        etag: "~1.8.1",
        fresh: "0.5.2",
        "http-errors": "1.8.1",
        mime: "1.6.0",
        ms: "2.1.3",
        "on-finished": "~2.3.0",
        "range-parser": "~1.2.1",
        statuses: "~1.5.0"
      },
      engines: {
        node: ">= 0.8.0"
      }
    },
    "node_modules/send/node_modules/ms": {
      version: "2.1.3",
      integrity: "sha512-6FlzubTLZG3J2a/NVCAleEhjzq5oxgHyaCU9yYXvcLsvoVaHJq/s5xXI6/XXP6tz7R9xAOtHnSO/tXtF3WRTlA==",
      license: "MIT"
    },
    "node_modules/serve-static": {
      version: "1.14.2",
      integrity: "sha512-+TMNA9AFxUEGuC0z2mevogSnn9MXKb4fa7ngeRMJaaGv8vTwnIEkKi+QGvPt33HSnf8pRS+WGM0EbMtCJLKMBQ==",
      license: "MIT",
      dependencies: {
        encodeurl: "~1.0.2",
        "escape-html": "~1.0.3",
        parseurl: "~1.3.3",
        send: "0.17.2"
      },
      engines: {
        node: ">= 0.8.0"
      }
    },
    "node_modules/setprototypeof": {
      version: "1.2.0",
      integrity: "sha512-E5LDX7Wrp85Kil5bhZv46j8jOeboKq5JMmYM3gVGdGH8xFpPWXUMsNrlODCrkoxMEeNi/XZIwuRvY4XNwYMJpw==",
      license: "ISC"
    },
    "node_modules/shallow-clone": {
      version: "3.0.1",
      integrity: "sha512-/6KqX+GVUdqPuPPd2LxDDxzX6CAbjJehAAOKlNpqqUpAqPM6HeL8f+o3a+JsyGjn2lv0WY8UsTgUJjU9Ok55NA==",
      license: "MIT",
      dependencies: {
        "kind-of": "^6.0.2"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/shebang-command": {
      version: "2.0.0",
      integrity: "sha512-kHxr2zZpYtdmrN1qDjrrX/Z1rR1kG8Dx+gkpK1G4eXmvXswmcE1hTWBWYUzlraYw1/yZp6YuDY77YtvbN0dmDA==",
      license: "MIT",
      dependencies: {
        "shebang-regex": "^3.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/shebang-regex": {
      version: "3.0.0",
      integrity: "sha512-7++dFhtcx3353uBaq8DDR4NuxBetBzC7ZQOhmTQInHEd6bSrXdiEyzCvG07Z44UYdLShWUyXt5M/yhz8ekcb1A==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/shelljs": {
      version: "0.8.5",
      integrity: "sha512-TiwcRcrkhHvbrZbnRcFYMLl30Dfov3HKqzp5tO5b4pt6G/SezKcYhmDg15zXVBswHmctSAQKznqNW2LO5tTDow==",
      license: "BSD-3-Clause",
      dependencies: {
        glob: "^7.0.0",
        interpret: "^1.0.0",
        rechoir: "^0.6.2"
      },
      bin: {
        shjs: "bin/shjs"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/shellwords": {
      version: "0.1.1",
      integrity: "sha512-vFwSUfQvqybiICwZY5+DAWIPLKsWO31Q91JSKl3UYv+K5c2QRPzn0qzec6QPu1Qc9eHYItiP3NdJqNVqetYAww==",
      license: "MIT"
    },
    "node_modules/signal-exit": {
      version: "3.0.3",
      integrity: "sha512-VUJ49FC8U1OxwZLxIbTTrDvLnf/6TDgxZcK8wxR8zs13xpx7xbG60ndBlhNrFi2EMuFRoeDoJO7wthSLq42EjA==",
      license: "ISC"
    },
    "node_modules/slash": {
      version: "3.0.0",
      integrity: "sha512-g9Q1haeby36OSStwb4ntCGGGaKsaVSjQ68fBxoQcutl5fS1vuY18H3wSt3jFyFtrkx+Kz0V1G85A4MyAdDMi2Q==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/sort-keys": {
      version: "1.1.2",
      integrity: "sha512-vzn8aSqKgytVik0iwdBEi+zevbTYZogewTUM6dtpmGwEcdzbub/TX4bCzRhebDCRC3QzXgJsLRKB2V/Oof7HXg==",
      license: "MIT",
      dependencies: {
        "is-plain-obj": "^1.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/sort-keys-length": {
      version: "1.0.1",
      integrity: "sha512-GRbEOUqCxemTAk/b32F2xa8wDTs+Z1QHOkbhJDQTvv/6G3ZkbJ+frYWsTcc7cBB3Fu4wy4XlLCuNtJuMn7Gsvw==",
      license: "MIT",
      dependencies: {
        "sort-keys": "^1.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/source-map": {
      version: "0.6.1",
      integrity: "sha512-UjgapumWlbMhkBgzT7Ykc5YXUT46F0iKu8SGXq0bcwP5dz/h0Plj6enJqjz1Zbq2l5WaqYnrVbwWOWMyF3F47g==",
      license: "BSD-3-Clause",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/source-map-support": {
      version: "0.5.21",
      integrity: "sha512-uBHU3L3czsIyYXKX88fdrGovxdSCoTGDRZ6SYXtSRxLZUzHg5P/66Ht6uoUlHu9EZod+inXhKo3qQgwXUT/y1w==",
      license: "MIT",
      dependencies: {
        "buffer-from": "^1.0.0",
        "source-map": "^0.6.0"
      }
    },
    "node_modules/spdx-correct": {
      version: "3.1.1",
      integrity: "sha512-cOYcUWwhCuHCXi49RhFRCyJEK3iPj1Ziz9DpViV3tbZOwXD49QzIN3MpOLJNxh2qwq2lJJZaKMVw9qNi4jTC0w==",
      license: "Apache-2.0",
      dependencies: {
        "spdx-expression-parse": "^3.0.0",
        "spdx-license-ids": "^3.0.0"
      }
    },
    "node_modules/spdx-exceptions": {
      version: "2.3.0",
      integrity: "sha512-/tTrYOC7PPI1nUAgx34hUpqXuyJG+DTHJTnIULG4rDygi4xu/tfgmq1e1cIRwRzwZgo4NLySi+ricLkZkw4i5A==",
      license: "CC-BY-3.0"
    },
    "node_modules/spdx-expression-parse": {
      version: "3.0.1",
      integrity: "sha512-cbqHunsQWnJNE6KhVSMsMeH5H/L9EpymbzqTQ3uLwNCLZ1Q481oWaofqH7nO6V07xlXwY6PhQdQ2IedWx/ZK4Q==",
      license: "MIT",
      dependencies: {
        "spdx-exceptions": "^2.1.0",
        "spdx-license-ids": "^3.0.0"
      }
    },
    "node_modules/spdx-license-ids": {
      version: "3.0.7",
      integrity: "sha512-U+MTEOO0AiDzxwFvoa4JVnMV6mZlJKk2sBLt90s7G0Gd0Mlknc7kxEn3nuDPNZRta7O2uy8oLcZLVT+4sqNZHQ==",
      license: "CC0-1.0"
    },
    "node_modules/squeak": {
      version: "1.3.0",
      integrity: "sha512-YQL1ulInM+ev8nXX7vfXsCsDh6IqXlrremc1hzi77776BtpWgYJUMto3UM05GSAaGzJgWekszjoKDrVNB5XG+A==",
      license: "MIT",
      dependencies: {
        chalk: "^1.0.0",
        "console-stream": "^0.1.1",
        "lpad-align": "^1.0.1"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/squeak/node_modules/ansi-styles": {
      version: "2.2.1",
      integrity: "sha512-kmCevFghRiWM7HB5zTPULl4r9bVFSWjz62MhqizDGUrq2NWuNMQyuv4tHHoKJHs69M/MF64lEcHdYIocrdWQYA==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/squeak/node_modules/chalk": {
      version: "1.1.3",
      integrity: "sha512-U3lRVLMSlsCfjqYPbLyVv11M9CPW4I728d6TCKMAOJueEeB9/8o+eSsMnxPJD+Q+K909sdESg7C+tIkoH6on1A==",
      license: "MIT",
      dependencies: {
        "ansi-styles": "^2.2.1",
        "escape-string-regexp": "^1.0.2",
        "has-ansi": "^2.0.0",
        "strip-ansi": "^3.0.0",
        "supports-color": "^2.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/squeak/node_modules/supports-color": {
      version: "2.0.0",
      integrity: "sha512-KKNVtd6pCYgPIKU4cp2733HWYCpplQhddZLBUryaAHou723x+FRzQ5Df824Fj+IyyuiQTRoub4SnIFfIcrp70g==",
      license: "MIT",
      engines: {
        node: ">=0.8.0"
      }
    },
    "node_modules/srcset": {
      version: "2.0.1",
      integrity: "sha512-00kZI87TdRKwt+P8jj8UZxbfp7mK2ufxcIMWvhAOZNJTRROimpHeruWrGvCZneiuVDLqdyHefVp748ECTnyUBQ==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/sshpk": {
      version: "1.16.1",
      integrity: "sha512-HXXqVUq7+pcKeLqqZj6mHFUMvXtOJt1uoUx09pFW6011inTMxqI8BA8PM95myrIyyKwdnzjdFjLiE6KBPVtJIg==",
      license: "MIT",
      dependencies: {
        asn1: "~0.2.3",
        "assert-plus": "^1.0.0",
        "bcrypt-pbkdf": "^1.0.0",
        dashdash: "^1.12.0",
        "ecc-jsbn": "~0.1.1",
        getpass: "^0.1.1",
        jsbn: "~0.1.0",
        "safer-buffer": "^2.0.2",
        tweetnacl: "~0.14.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/statuses": {
      version: "1.5.0",
      integrity: "sha512-OpZ3zP+jT1PI7I8nemJX4AKmAX070ZkYPVWV/AaKTJl+tXCTGyVdC1a4SL8RUQYEwk/f34ZX8UTykN68FwrqAA==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/stealthy-require": {
      version: "1.1.1",
      integrity: "sha512-ZnWpYnYugiOVEY5GkcuJK1io5V8QmNYChG62gSit9pQVGErXtrKuPC55ITaVSukmMta5qpMU7vqLt2Lnni4f/g==",
      license: "ISC",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/strict-uri-encode": {
      version: "1.1.0",
      integrity: "sha512-R3f198pcvnB+5IpnBlRkphuE9n46WyVl8I39W/ZUTZLz4nqSP/oLYUrcnJrw462Ds8he4YKMov2efsTIw1BDGQ==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/string_decoder": {
      version: "1.1.1",
      integrity: "sha512-n/ShnvDi6FHbbVfviro+WojiFzv+s8MPMHBczVePfUpDJLwoLT0ht1l4YwBCbi8pJAveEEdnkHyPyTP/mzRfwg==",
      license: "MIT",
      dependencies: {
        "safe-buffer": "~5.1.0"
      }
    },
    "node_modules/string-width": {
      version: "4.2.2",
      integrity: "sha512-XBJbT3N4JhVumXE0eoLU9DCjcaF92KLNqTmFCnG1pf8duUxFGwtP6AD6nkjw9a3IdiRtL3E2w3JDiE/xi3vOeA==",
      license: "MIT",
      dependencies: {
        "emoji-regex": "^8.0.0",
        "is-fullwidth-code-point": "^3.0.0",
        "strip-ansi": "^6.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/string-width/node_modules/ansi-regex": {
      version: "5.0.0",
      integrity: "sha512-bY6fj56OUQ0hU1KjFNDQuJFezqKdrAyFdIevADiqrWHwSlbmBNMHp5ak2f40Pm8JTFyM2mqxkG6ngkHO11f/lg==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/string-width/node_modules/emoji-regex": {
      version: "8.0.0",
      integrity: "sha512-MSjYzcWNOA0ewAHpz0MxpYFvwg6yjy1NG3xteoqz644VCo/RPgnr1/GGt+ic3iJTzQ8Eu3TdM14SawnVUmGE6A==",
      license: "MIT"
    },
    "node_modules/string-width/node_modules/is-fullwidth-code-point": {
      version: "3.0.0",
      integrity: "sha512-zymm5+u+sCsSWyD9qNaejV3DFvhCKclKdizYaJUuHA83RLjb7nSuGnddCHGv0hk+KY7BMAlsWeK4Ueg6EV6XQg==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/string-width/node_modules/strip-ansi": {
      version: "6.0.0",
      integrity: "sha512-AuvKTrTfQNYNIctbR1K/YGTR1756GycPsg7b9bdV9Duqur4gv6aKqHXah67Z8ImS7WEz5QVcOtlfW2rZEugt6w==",
      license: "MIT",
      dependencies: {
        "ansi-regex": "^5.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/strip-ansi": {
      version: "3.0.1",
      integrity: "sha512-VhumSSbBqDTP8p2ZLKj40UjBCV4+v8bUSEpUb4KjRgWk9pbqGF4REFj6KEagidb2f/M6AzC0EmFyDNGaw9OCzg==",
      license: "MIT",
      dependencies: {
        "ansi-regex": "^2.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/strip-bom": {
      version: "2.0.0",
      integrity: "sha512-kwrX1y7czp1E69n2ajbG65mIo9dqvJ+8aBQXOGVxqwvNbsXdFM6Lq37dLAY3mknUwru8CfcCbfOLL/gMo+fi3g==",
      license: "MIT",
      dependencies: {
        "is-utf8": "^0.2.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/strip-dirs": {
      version: "2.1.0",
      integrity: "sha512-JOCxOeKLm2CAS73y/U4ZeZPTkE+gNVCzKt7Eox84Iej1LT/2pTWYpZKJuxwQpvX1LiZb1xokNR7RLfuBAa7T3g==",
      license: "MIT",
      dependencies: {
        "is-natural-number": "^4.0.1"
      }
    },
    "node_modules/strip-eof": {
      version: "1.0.0",
      integrity: "sha512-7FCwGGmx8mD5xQd3RPUvnSpUXHM3BWuzjtpD4TXsfcZ9EL4azvVVUscFYwD9nx8Kh+uCBC00XBtAykoMHwTh8Q==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/strip-final-newline": {
      version: "2.0.0",
      integrity: "sha512-BrpvfNAE3dcvq7ll3xVumzjKjZQ5tI1sEUIKr3Uoks0XUl45St3FlatVqef9prk4jRDzhW6WZg+3bk93y6pLjA==",
      license: "MIT",
      engines: {
        node: ">=6"
      }
    },
    "node_modules/strip-indent": {
      version: "1.0.1",
      integrity: "sha512-I5iQq6aFMM62fBEAIB/hXzwJD6EEZ0xEGCX2t7oXqaKPIRgt4WruAQ285BISgdkP+HLGWyeGmNJcpIwFeRYRUA==",
      license: "MIT",
      dependencies: {
        "get-stdin": "^4.0.1"
      },
      bin: {
        "strip-indent": "cli.js"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/strip-json-comments": {
      version: "2.0.1",
      integrity: "sha512-4gB8na07fecVVkOI6Rs4e7T6NOTki5EmL7TUduTs6bu3EdnSycntVJ4re8kgZA+wx9IueI2Y11bfbgwtzuE0KQ==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/strip-outer": {
      version: "1.0.1",
      integrity: "sha512-k55yxKHwaXnpYGsOzg4Vl8+tDrWylxDEpknGjhTiZB8dFRU5rTo9CAzeycivxV3s+zlTKwrs6WxMxR95n26kwg==",
      license: "MIT",
      dependencies: {
        "escape-string-regexp": "^1.0.2"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/supports-color": {
      version: "7.2.0",
      integrity: "sha512-qpCAvRl9stuOHveKsn7HncJRvv501qIacKzQlO/+Lwxc9+0q2wLyv4Dfvt80/DPn2pqOBsJdDiogXGR9+OvwRw==",
      license: "MIT",
      dependencies: {
        "has-flag": "^4.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/tapable": {
      version: "2.3.6",
      integrity: "sha512-PLvwBVHOkT+I3o03s88ZTNf9xid1+7kS5qGKxIXUsC8iEfpmvRYCzptLiajDcpbS8tVmMUlAFQk9NdgF1UUQWA==",
      license: "MIT",
      peer: true,
      engines: {
        node: ">=6"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/webpack"
      }
    },
    "node_modules/tar-stream": {
      version: "2.2.0",
      integrity: "sha512-ujeqbceABgwMZxEJnk2HDY2DlnUZ+9oEcb1KzTVfYHio0UE6dG71n60d8D2I4qNvleWrrXpmjpt7vZeF1LnMZQ==",
      license: "MIT",
      dependencies: {
        bl: "^4.0.3",
        "end-of-stream": "^1.4.1",
        "fs-constants": "^1.0.0",
        inherits: "^2.0.3",
        "readable-stream": "^3.1.1"
      },
      engines: {
        node: ">=6"
      }
    },
    "node_modules/temp-dir": {
      version: "1.0.0",
      integrity: "sha512-xZFXEGbG7SNC3itwBzI3RYjq/cEhBkx2hJuKGIUOcEULmkQExXiHat2z/qkISYsuR+IKumhEfKKbV5qXmhICFQ==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/tempfile": {
      version: "2.0.0",
      integrity: "sha512-ZOn6nJUgvgC09+doCEF3oB+r3ag7kUvlsXEGX069QRD60p+P3uP7XG9N2/at+EyIRGSN//ZY3LyEotA1YpmjuA==",
      license: "MIT",
      dependencies: {
        "temp-dir": "^1.0.0",
        uuid: "^3.0.1"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/terser": {
      version: "5.51.4",
      integrity: "sha512-VPi1CkDvCWLGUVIToctNBG+NdHbSXwOPjHJnQ3pdB0XknaldnI76wSkAFOGxV2ZdkzOP5d6gpQ5c58XvDghRvw==",
      license: "BSD-2-Clause",
      dependencies: {
        "@jridgewell/source-map": "^0.3.3",
        acorn: "^8.15.0",
        commander: "^2.20.0",
        "source-map-support": "~0.5.20"
      },
      bin: {
        terser: "bin/terser"
      },
      engines: {
        node: ">=10"
      }
    },
    "node_modules/terser/node_modules/commander": {
      version: "2.20.3",
      integrity: "sha512-GpVkmM8vF2vQUkj2LvZmD35JxeJOLCwJ9cUkugyk2nuhbv3+mJvpLYYt+0+USMxE+oj+ey/lJEnhZw75x/OMcQ==",
      license: "MIT"
    },
    "node_modules/through": {
      version: "2.3.8",
      integrity: "sha512-w89qg7PI8wAdvX60bMDP+bFoD5Dvhm9oLheFp5O4a2QF0cSBGsBX4qZmadPMvVqlLJBBci+WqGGOAPvcDeNSVg==",
      license: "MIT"
    },
    "node_modules/timed-out": {
      version: "4.0.1",
      integrity: "sha512-G7r3AhovYtr5YKOWQkta8RKAPb+J9IsO4uVmzjl8AZwfhs8UcUwTiD6gcJYSgOtzyjvQKrKYn41syHbUWMkafA==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/to-buffer": {
      version: "1.1.1",
      integrity: "sha512-lx9B5iv7msuFYE3dytT+KE5tap+rNYw+K4jVkb9R/asAb+pbBSM17jtunHplhBe6RRJdZx3Pn2Jph24O32mOVg==",
      license: "MIT"
    },
    "node_modules/to-readable-stream": {
      version: "1.0.0",
      integrity: "sha512-Iq25XBt6zD5npPhlLVXGFN3/gyR2/qODcKNNyTMd4vbm39HUaOiAM4PMq0eMVC/Tkxz+Zjdsc55g9yyz+Yq00Q==",
      license: "MIT",
      engines: {
        node: ">=6"
      }
    },
    "node_modules/to-regex-range": {
      version: "5.0.1",
      integrity: "sha512-65P7iz6X5yEr1cwcgvQxbbIw7Uk3gOy5dIdtZ4rDveLqhrdJP+Li/Hx6tyK0NEb+2GCyneCMJiGqrADCSNk8sQ==",
      license: "MIT",
      dependencies: {
        "is-number": "^7.0.0"
      },
      engines: {
        node: ">=8.0"
      }
    },
    "node_modules/toidentifier": {
      version: "1.0.1",
      integrity: "sha512-o5sSPKEkg/DIQNmH43V0/uerLrpzVedkUh8tGNvaeXpfpuwjKenlSox/2O/BTlZUtEe+JG7s5YhEz608PlAHRA==",
      license: "MIT",
      engines: {
        node: ">=0.6"
      }
    },
    "node_modules/tough-cookie": {
      version: "2.5.0",
      integrity: "sha512-nlLsUzgm1kfLXSXfRZMc1KLAugd4hqJHDTvc2hDIwS3mZAfMEuMbc03SujMF+GEcpaX/qboeycw6iO8JwVv2+g==",
      license: "BSD-3-Clause",
      dependencies: {
        psl: "^1.1.28",
        punycode: "^2.1.1"
      },
      engines: {
        node: ">=0.8"
      }
    },
    "node_modules/tr46": {
      version: "0.0.3",
      integrity: "sha512-N3WMsuqV66lT30CrXNbEjx4GEwlow3v6rr4mCcv6prnfwhS01rkgyFdjPNBYd9br7LpXV1+Emh01fHnq2Gdgrw==",
      license: "MIT"
    },
    "node_modules/trim-newlines": {
      version: "1.0.0",
      integrity: "sha512-Nm4cF79FhSTzrLKGDMi3I4utBtFv8qKy4sq1enftf2gMdpqI8oVQTAfySkTz5r49giVzDj88SVZXP4CeYQwjaw==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/trim-repeated": {
      version: "1.0.0",
      integrity: "sha512-pkonvlKk8/ZuR0D5tLW8ljt5I8kmxp2XKymhepUeOdCEfKpZaktSArkLHZt76OB1ZvO9bssUsDty4SWhLvZpLg==",
      license: "MIT",
      dependencies: {
        "escape-string-regexp": "^1.0.2"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/truncate-utf8-bytes": {
      version: "1.0.2",
      integrity: "sha512-95Pu1QXQvruGEhv62XCMO3Mm90GscOCClvrIUwCM0PYOXK3kaF3l3sIHxx71ThJfcbM2O5Au6SO3AWCSEfW4mQ==",
      license: "WTFPL",
      dependencies: {
        "utf8-byte-length": "^1.0.1"
      }
    },
    "node_modules/tslib": {
      version: "2.3.0",
      integrity: "sha512-N82ooyxVNm6h1riLCoyS9e3fuJ3AMG2zIZs2Gd1ATcSFjSA23Q0fzjjZeh0jbJvWVDZ0cJT8yaNNaaXHzueNjg==",
      license: "0BSD"
    },
    "node_modules/tunnel-agent": {
      version: "0.6.0",
      integrity: "sha512-McnNiV1l8RYeY8tBgEpuodCC1mLUdbSN+CYBL7kJsJNInOP8UjDDEwdk6Mw60vdLLrr5NHKZhMAOSrR2NZuQ+w==",
      license: "Apache-2.0",
      dependencies: {
        "safe-buffer": "^5.0.1"
      },
      engines: {
        node: "*"
      }
    },
    "node_modules/tweetnacl": {
      version: "0.14.5",
      integrity: "sha512-KXXFFdAbFXY4geFIwoyNK+f5Z1b7swfXABfL7HXCmoIWMKU3dmS26672A4EeQtDzLKy7SXmfBu51JolvEKwtGA==",
      license: "Unlicense"
    },
    "node_modules/type-fest": {
      version: "0.11.0",
      integrity: "sha512-OdjXJxnCN1AvyLSzeKIgXTXxV+99ZuXl3Hpo9XpJAv9MBcHrrJOQ5kV7ypXOuQie+AmWG25hLbiKdwYTifzcfQ==",
      license: "(MIT OR CC0-1.0)",
      engines: {
        node: ">=8"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/type-is": {
      version: "1.6.18",
      integrity: "sha512-TkRKr9sUTxEH8MdfuCSP7VizJyzRNMjj2J2do2Jr3Kym598JVdEksuzPQCnlFPW4ky9Q+iA+ma9BGm06XQBy8g==",
      license: "MIT",
      dependencies: {
        "media-typer": "0.3.0",
        "mime-types": "~2.1.24"
      },
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/typedarray-to-buffer": {
      version: "3.1.5",
      integrity: "sha512-zdu8XMNEDepKKR+XYOXAVPtWui0ly0NtohUscw+UmaHiAWT8hrV1rr//H6V+0DvJ3OQ19S979M0laLfX8rm82Q==",
      license: "MIT",
      dependencies: {
        "is-typedarray": "^1.0.0"
      }
    },
    "node_modules/unbzip2-stream": {
      version: "1.4.3",
      integrity: "sha512-mlExGW4w71ebDJviH16lQLtZS32VKqsSfk80GCfUlwT/4/hNRFsoscrF/c++9xinkMzECL1uL9DDwXqFWkruPg==",
      license: "MIT",
      dependencies: {
        buffer: "^5.2.1",
        through: "^2.3.8"
      }
    },
    "node_modules/unique-string": {
      version: "2.0.0",
      integrity: "sha512-uNaeirEPvpZWSgzwsPGtU2zVSTrn/8L5q/IexZmH0eH6SA73CmAA5U4GwORTxQAZs95TAXLNqeLoPPNO5gZfWg==",
      license: "MIT",
      dependencies: {
        "crypto-random-string": "^2.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/universalify": {
      version: "2.0.0",
      integrity: "sha512-hAZsKq7Yy11Zu1DE0OzWjw7nnLZmJZYTDZZyEFHZdUhV8FkH5MCfoU1XMaxXovpyW5nq5scPqq0ZDP9Zyl04oQ==",
      license: "MIT",
      engines: {
        node: ">= 10.0.0"
      }
    },
    "node_modules/unpipe": {
      version: "1.0.0",
      integrity: "sha512-pjy2bYhSsufwWlKwPc+l3cN7+wuJlK6uz0YdJEOlQDbl6jo/YlPi4mb8agUkVC8BF7V8NuzeyPNqRksA3hztKQ==",
      license: "MIT",
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/update-browserslist-db": {
      version: "1.4.0",
      integrity: "sha512-WPJuOnjI9FWDct4fB+ej4Mz8opLaw5CDcZ2t44tFZ0vIQVYWzBhWR3mkixuUj/A7+vY4V9+ApOZ2YYLwdgq46w==",
      funding: [
        {
          type: "opencollective",
          url: "https://opencollective.com/browserslist"
        },
        {
          type: "tidelift",
          url: "https://tidelift.com/funding/github/npm/browserslist"
        },
        {
          type: "github",
          url: "https://github.com/sponsors/ai"
        }
      ],
      license: "MIT",
      peer: true,
      dependencies: {
        escalade: "^3.2.0",
        picocolors: "^1.1.1"
      },
      bin: {
        "update-browserslist-db": "cli.js"
      },
      peerDependencies: {
        browserslist: ">= 4.21.0"
      }
    },
    "node_modules/update-notifier": {
      version: "5.1.0",
      integrity: "sha512-ItnICHbeMh9GqUy31hFPrD1kcuZ3rpxDZbf4KUDavXwS0bW5m7SLbDQpGX3UYr072cbrF5hFUs3r5tUsPwjfHw==",
      license: "BSD-2-Clause",
      dependencies: {
        boxen: "^5.0.0",
        chalk: "^4.1.0",
        configstore: "^5.0.1",
        "has-yarn": "^2.1.0",
        "import-lazy": "^2.1.0",
        "is-ci": "^2.0.0",
        "is-installed-globally": "^0.4.0",
        "is-npm": "^5.0.0",
        "is-yarn-global": "^0.3.0",
        "latest-version": "^5.1.0",
        pupa: "^2.1.1",
        semver: "^7.3.4",
        "semver-diff": "^3.1.1",
        "xdg-basedir": "^4.0.0"
      },
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/yeoman/update-notifier?sponsor=1"
      }
    },
    "node_modules/update-notifier/node_modules/import-lazy": {
      version: "2.1.0",
      integrity: "sha512-m7ZEHgtw69qOGw+jwxXkHlrlIPdTGkyh66zXZ1ajZbxkDBNjSY/LGbmjc7h0s2ELsUDTAhFr55TrPSSqJGPG0A==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/update-notifier/node_modules/lru-cache": {
      version: "6.0.0",
      integrity: "sha512-Jo6dJ04CmSjuznwJSS3pUeWmd/H0ffTlkXXgwZi+eq1UCmqQwCh+eLsYOYCwY991i2Fah4h1BEMCx4qThGbsiA==",
      license: "ISC",
      dependencies: {
        yallist: "^4.0.0"
      },
      engines: {
        node: ">=10"
      }
    },
    "node_modules/update-notifier/node_modules/semver": {
      version: "7.3.5",
      integrity: "sha512-PoeGJYh8HK4BTO/a9Tf6ZG3veo/A7ZVsYrSA6J8ny9nb3B1VrpkuN+z9OE5wfE5p6H4LchYZsegiQgbJD94ZFQ==",
      license: "ISC",
      dependencies: {
        "lru-cache": "^6.0.0"
      },
      bin: {
        semver: "bin/semver.js"
      },
      engines: {
        node: ">=10"
      }
    },
    "node_modules/update-notifier/node_modules/yallist": {
      version: "4.0.0",
      integrity: "sha512-3wdGidZyq5PB084XLES5TpOSRA3wjXAlIWMhum2kRcv/41Sn2emQ0dycQW4uZXLejwKvg6EsvbdlVL+FYEct7A==",
      license: "ISC"
    },
    "node_modules/uri-js": {
      version: "4.4.1",
      integrity: "sha512-7rKUyy33Q1yc98pQ1DAmLtwX109F7TIfWlW1Ydo8Wl1ii1SeHieeh0HHfPeL2fMXK6z0s8ecKs9frCuLJvndBg==",
      license: "BSD-2-Clause",
      dependencies: {
        punycode: "^2.1.0"
      }
    },
    "node_modules/url-parse-lax": {
      version: "1.0.0",
      integrity: "sha512-BVA4lR5PIviy2PMseNd2jbFQ+jwSwQGdJejf5ctd1rEXt0Ypd7yanUK9+lYechVlN5VaTJGsu2U/3MDDu6KgBA==",
      license: "MIT",
      dependencies: {
        "prepend-http": "^1.0.1"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/url-to-options": {
      version: "1.0.1",
      integrity: "sha512-0kQLIzG4fdk/G5NONku64rSH/x32NOA39LVQqlK8Le6lvTF6GGRJpqaQFGgU+CLwySIqBSMdwYM0sYcW9f6P4A==",
      license: "MIT",
      engines: {
        node: ">= 4"
      }
    },
    "node_modules/utf8-byte-length": {
      version: "1.0.4",
      integrity: "sha512-4+wkEYLBbWxqTahEsWrhxepcoVOJ+1z5PGIjPZxRkytcdSUaNjIjBM7Xn8E+pdSuV7SzvWovBFA54FO0JSoqhA==",
      license: "WTFPL"
    },
    "node_modules/util-deprecate": {
      version: "1.0.2",
      integrity: "sha512-EPD5q1uXyFxJpCrLnCc1nHnq3gOa6DZBocAIiI2TaSCA7VCJ1UJDMagCzIkXNsUYfD1daK//LTEQ8xiIbrHtcw==",
      license: "MIT"
    },
    "node_modules/utils-merge": {
      version: "1.0.1",
      integrity: "sha512-pMZTvIkT1d+TFGvDOqodOclx0QWkkgi6Tdoa8gC8ffGAAqz9pzPTZWAybbsHHoED/ztMtkv/VoYTYyShUn81hA==",
      license: "MIT",
      engines: {
        node: ">= 0.4.0"
      }
    },
    "node_modules/uuid": {
      version: "3.4.0",
      integrity: "sha512-HjSDRw6gZE5JMggctHBcjVak08+KEVhSIiDzFnT9S9aegmp85S/bReBVTb4QTFaRNptJ9kuYaNhnbNEOkbKb/A==",
      license: "MIT",
      bin: {
        uuid: "bin/uuid"
      }
    },
    "node_modules/valid-url": {
      version: "1.0.9",
      integrity: "sha512-QQDsV8OnSf5Uc30CKSwG9lnhMPe6exHtTXLRYX8uMwKENy640pU+2BgBL0LRbDh/eYRahNCS7aewCx0wf3NYVA=="
    },
    "node_modules/validate-npm-package-license": {
      version: "3.0.4",
      integrity: "sha512-DpKm2Ui/xN7/HQKCtpZxoRWBhZ9Z0kqtygG8XCgNQ8ZlDnxuQmWhj566j8fN4Cu3/JmbhsDo7fcAJq4s9h27Ew==",
      license: "Apache-2.0",
      dependencies: {
        "spdx-correct": "^3.0.0",
        "spdx-expression-parse": "^3.0.0"
      }
    },
    "node_modules/vary": {
      version: "1.1.2",
      integrity: "sha512-BNGbWLfd0eUPabhkXUVm0j8uuvREyTh5ovRa/dyow/BqAbZJyC+5fU+IzQOzmAKzYqYRAISoRhdQr3eIZ/PXqg==",
      license: "MIT",
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/verror": {
      version: "1.10.0",
      integrity: "sha512-ZZKSmDAEFOijERBLkmYfJ+vmk3w+7hOLYDNkRCuRuMJGEmqYNCNLyBBFwWKVMhfwaEF3WOd0Zlw86U/WC/+nYw==",
      engines: [
        "node >=0.6.0"
      ],
      license: "MIT",
      dependencies: {
        "assert-plus": "^1.0.0",
        "core-util-is": "1.0.2",
        extsprintf: "^1.2.0"
      }
    },
    "node_modules/walkdir": {
      version: "0.0.11",
      integrity: "sha512-lMFYXGpf7eg+RInVL021ZbJJT4hqsvsBvq5sZBp874jfhs3IWlA7OPoG0ojQrYcXHuUSi+Nqp6qGN+pPGaMgPQ==",
      license: "MIT",
      engines: {
        node: ">=0.6.0"
      }
    },
    "node_modules/watchpack": {
      version: "2.6.4",
      integrity: "sha512-5H3Tce2GfzWbcr9VnSqyak2whFaONw4BdmI5BDnMXold4qSlCFd64XaMQESRh2vkDKmdUkv6rUo17UvZ9f9nXw==",
      license: "MIT",
      peer: true,
      dependencies: {
        "graceful-fs": "^4.1.2"
      },
      engines: {
        node: ">=10.13.0"
      }
    },
    "node_modules/wcwidth": {
      version: "1.0.1",
      integrity: "sha512-XHPEwS0q6TaxcvG85+8EYkbiCux2XtWG2mkc47Ng2A77BQu9+DqIOJldST4HgPkuea7dvKSj5VgX3P1d4rW8Tg==",
      license: "MIT",
      dependencies: {
        defaults: "^1.0.3"
      }
    },
    "node_modules/webidl-conversions": {
      version: "3.0.1",
      integrity: "sha512-2JAn3z8AR6rjK8Sm8orRC0h/bcl/DqL7tRPdGZ4I1CjdF+EaMLmYxBHyXuKL849eucPFhvBoxMsflfOb8kxaeQ==",
      license: "BSD-2-Clause"
    },
    "node_modules/webpack": {
      version: "5.113.0",
      integrity: "sha512-q54iF0LNaAAdLEt3al9qMXC2zARvcx7LVKjHp+ExjCRkGx0M8TmawGHAXykXwofWzxhNzPTAh3kLVXvNg0El4A==",
      license: "MIT",
      peer: true,
      dependencies: {
        "@types/estree": "^1.0.8",
        "@types/json-schema": "^7.0.15",
        "@webassemblyjs/ast": "^1.14.1",
        "@webassemblyjs/wasm-edit": "^1.14.1",
        "@webassemblyjs/wasm-parser": "^1.14.1",
        browserslist: "^4.28.1",
        "chrome-trace-event": "^1.0.2",
        "enhanced-resolve": "^5.27.0",
        events: "^3.2.0",
        "graceful-fs": "^4.2.11",
        "mime-db": "^1.54.0",
        "minimizer-webpack-plugin": "^5.14.0",
        "schema-utils": "^4.8.2",
        tapable: "^2.3.4",
        watchpack: "^2.6.4",
        "webpack-sources": "^3.7.1"
      },
      bin: {
        webpack: "bin/webpack.js"
      },
      engines: {
        node: ">=10.13.0"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/webpack"
      },
      peerDependenciesMeta: {
        "webpack-cli": {
          optional: true
        }
      }
    },
    "node_modules/webpack-cli": {
      version: "6.0.1",
      integrity: "sha512-MfwFQ6SfwinsUVi0rNJm7rHZ31GyTcpVE5pgVA3hwFRb7COD4TzjUUwhGWKfO50+xdc2MQPuEBBJoqIMGt3JDw==",
      license: "MIT",
      dependencies: {
        "@discoveryjs/json-ext": "^0.6.1",
        "@webpack-cli/configtest": "^3.0.1",
        "@webpack-cli/info": "^3.0.1",
        "@webpack-cli/serve": "^3.0.1",
        colorette: "^2.0.14",
        commander: "^12.1.0",
        "cross-spawn": "^7.0.3",
        envinfo: "^7.14.0",
        "fastest-levenshtein": "^1.0.12",
        "import-local": "^3.0.2",
        interpret: "^3.1.1",
        rechoir: "^0.8.0",
        "webpack-merge": "^6.0.1"
      },
      bin: {
        "webpack-cli": "bin/cli.js"
      },
      engines: {
        node: ">=18.12.0"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/webpack"
      },
      peerDependencies: {
        webpack: "^5.82.0"
      },
      peerDependenciesMeta: {
        "webpack-bundle-analyzer": {
          optional: true
        },
        "webpack-dev-server": {
          optional: true
        }
      }
    },
    "node_modules/webpack-cli/node_modules/commander": {
      version: "12.1.0",
      integrity: "sha512-Vw8qHK3bZM9y/P10u3Vib8o/DdkvA2OtPtZvD871QKjy74Wj1WSKFILMPRPSdUSx5RFK1arlJzEtA4PkFgnbuA==",
      license: "MIT",
      engines: {
        node: ">=18"
      }
    },
    "node_modules/webpack-cli/node_modules/interpret": {
      version: "3.1.1",
      integrity: "sha512-6xwYfHbajpoF0xLW+iwLkhwgvLoZDfjYfoFNu8ftMoXINzwuymNLd9u/KmwtdT2GbR+/Cz66otEGEVVUHX9QLQ==",
      license: "MIT",
      engines: {
        node: ">=10.13.0"
      }
    },
    "node_modules/webpack-cli/node_modules/rechoir": {
      version: "0.8.0",
      integrity: "sha512-/vxpCXddiX8NGfGO/mTafwjq4aFa/71pvamip0++IQk3zG8cbCj0fifNPrjjF1XMXUne91jL9OoxmdykoEtifQ==",
      license: "MIT",
      dependencies: {
        resolve: "^1.20.0"
      },
      engines: {
        node: ">= 10.13.0"
      }
    },
    "node_modules/webpack-merge": {
      version: "6.0.1",
      integrity: "sha512-hXXvrjtx2PLYx4qruKl+kyRSLc52V+cCvMxRjmKwoA+CBbbF5GfIBtR6kCvl0fYGqTUPKB+1ktVmTHqMOzgCBg==",
      license: "MIT",
      dependencies: {
        "clone-deep": "^4.0.1",
        flat: "^5.0.2",
        wildcard: "^2.0.1"
      },
      engines: {
        node: ">=18.0.0"
      }
    },
    "node_modules/webpack-sources": {
      version: "3.7.1",
      integrity: "sha512-mcxs7A2LsEdwsNqQburqS4QHPR2Ca3NGplUakn6J5GPQvnVZ4oD4IM4FJcT3f8AVN2e2EsjuIVxKj4rorHvyuQ==",
      license: "MIT",
      peer: true,
      engines: {
        node: ">=10.13.0"
      }
    },
    "node_modules/website-scraper": {
      version: "4.2.3",
      integrity: "sha512-Pqrirzwt02NtaTFkBulF3fGSvPGOAVpdwPFHzoh49gFjU2GgaEgoW8WMlhPbzRcQkd6+XmsU+LZeW9SiluDHkA==",
      license: "MIT",
      dependencies: {
        bluebird: "^3.0.1",
        cheerio: "0.22.0",
        "css-url-parser": "^1.0.0",
        debug: "^4.0.1",
        "fs-extra": "^8.0.1",
        he: "^1.1.0",
        lodash: "^4.17.20",
        "normalize-url": "^4.0.0",
        "p-queue": "^6.6.1",
        request: "^2.85.0",
        "sanitize-filename": "^1.6.3",
        srcset: "^2.0.0"
      }
    },
    "node_modules/website-scraper-existing-directory": {
      version: "0.1.0",
      integrity: "sha512-78VNoIB6fw3dpPhyQtY27RIdgwnCZsAXGINbZZ6MAHHAdBlQPcHT5C3UjHU8zPx8mx7G2odp2O7SoPO9HklkKg==",
      license: "MIT",
      dependencies: {
        "fs-extra": "^7.0.1"
      },
      peerDependencies: {
        "website-scraper": "^4.0.0"
      }
    },
    "node_modules/website-scraper-existing-directory/node_modules/fs-extra": {
      version: "7.0.1",
      integrity: "sha512-YJDaCJZEnBmcbw13fvdAM9AwNOJwOzrE4pqMqBq5nFiEqXUqHwlK4B+3pUw6JNvfSPtX05xFHtYy/1ni01eGCw==",
      license: "MIT",
      dependencies: {
        "graceful-fs": "^4.1.2",
        jsonfile: "^4.0.0",
        universalify: "^0.1.0"
      },
      engines: {
        node: ">=6 <7 || >=8"
      }
    },
    "node_modules/website-scraper-existing-directory/node_modules/jsonfile": {
      version: "4.0.0",
      integrity: "sha512-m6F1R3z8jjlf2imQHS2Qez5sjKWQzbuuhuJ/FKYFRZvPE3PuHcSMVZzfsLhGVOkfd20obL5SWEBew5ShlquNxg==",
      license: "MIT",
      optionalDependencies: {
        "graceful-fs": "^4.1.6"
      }
    },
    "node_modules/website-scraper-existing-directory/node_modules/universalify": {
      version: "0.1.2",
      integrity: "sha512-rBJeI5CXAlmy1pV+617WB9J63U6XcazHHF2f2dbJix4XzpUF0RS3Zbj0FGIOCAva5P/d/GBOYaACQ1w+0azUkg==",
      license: "MIT",
      engines: {
        node: ">= 4.0.0"
      }
    },
    "node_modules/website-scraper/node_modules/cheerio": {
      version: "0.22.0",
      integrity: "sha512-8/MzidM6G/TgRelkzDG13y3Y9LxBjCb+8yOEZ9+wwq5gVF2w2pV0wmHvjfT0RvuxGyR7UEuK36r+yYMbT4uKgA==",
      license: "MIT",
      dependencies: {
        "css-select": "~1.2.0",
        "dom-serializer": "~0.1.0",
        entities: "~1.1.1",
        htmlparser2: "^3.9.1",
        "lodash.assignin": "^4.0.9",
        "lodash.bind": "^4.1.4",
        "lodash.defaults": "^4.0.1",
        "lodash.filter": "^4.4.0",
        "lodash.flatten": "^4.2.0",
        "lodash.foreach": "^4.3.0",
        "lodash.map": "^4.4.0",
        "lodash.merge": "^4.4.0",
        "lodash.pick": "^4.2.1",
        "lodash.reduce": "^4.4.0",
        "lodash.reject": "^4.4.0",
        "lodash.some": "^4.4.0"
      },
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/website-scraper/node_modules/css-select": {
      version: "1.2.0",
      integrity: "sha512-dUQOBoqdR7QwV90WysXPLXG5LO7nhYBgiWVfxF80DKPF8zx1t/pUd2FYy73emg3zrjtM6dzmYgbHKfV2rxiHQA==",
      license: "BSD-like",
      dependencies: {
        boolbase: "~1.0.0",
        "css-what": "2.1",
        domutils: "1.5.1",
        "nth-check": "~1.0.1"
      }
    },
    "node_modules/website-scraper/node_modules/css-what": {
      version: "2.1.3",
      integrity: "sha512-a+EPoD+uZiNfh+5fxw2nO9QwFa6nJe2Or35fGY6Ipw1R3R4AGz1d1TEZrCegvw2YTmZ0jXirGYlzxxpYSHwpEg==",
      license: "BSD-2-Clause",
      engines: {
        node: "*"
      }
    },
    "node_modules/website-scraper/node_modules/debug": {
      version: "4.3.1",
      integrity: "sha512-doEwdvm4PCeK4K3RQN2ZC2BYUBaxwLARCqZmMjtF8a51J2Rb0xpVloFRnCODwqjpwnAoao4pelN8l3RJdv3gRQ==",
      license: "MIT",
      dependencies: {
        ms: "2.1.2"
      },
      engines: {
        node: ">=6.0"
      },
      peerDependenciesMeta: {
        "supports-color": {
          optional: true
        }
      }
    },
    "node_modules/website-scraper/node_modules/dom-serializer": {
      version: "0.1.1",
      integrity: "sha512-l0IU0pPzLWSHBcieZbpOKgkIn3ts3vAh7ZuFyXNwJxJXk/c4Gwj9xaTJwIDVQCXawWD0qb3IzMGH5rglQaO0XA==",
      license: "MIT",
      dependencies: {
        domelementtype: "^1.3.0",
        entities: "^1.1.1"
      }
    },
    "node_modules/website-scraper/node_modules/domelementtype": {
      version: "1.3.1",
      integrity: "sha512-BSKB+TSpMpFI/HOxCNr1O8aMOTZ8hT3pM3GQ0w/mWRmkhEDSFJkkyzz4XQsBV44BChwGkrDfMyjVD0eA2aFV3w==",
      license: "BSD-2-Clause"
    },
    "node_modules/website-scraper/node_modules/domhandler": {
      version: "2.4.2",
      integrity: "sha512-JiK04h0Ht5u/80fdLMCEmV4zkNh2BcoMFBmZ/91WtYZ8qVXSKjiw7fXMgFPnHcSZgOo3XdinHvmnDUeMf5R4wA==",
      license: "BSD-2-Clause",
      dependencies: {
        domelementtype: "1"
      }
    },
    "node_modules/website-scraper/node_modules/domutils": {
      version: "1.5.1",
      integrity: "sha512-gSu5Oi/I+3wDENBsOWBiRK1eoGxcywYSqg3rR960/+EfY0CF4EX1VPkgHOZ3WiS/Jg2DtliF6BhWcHlfpYUcGw==",
      dependencies: {
        "dom-serializer": "0",
        domelementtype: "1"
      }
    },
    "node_modules/website-scraper/node_modules/entities": {
      version: "1.1.2",
      integrity: "sha512-f2LZMYl1Fzu7YSBKg+RoROelpOaNrcGmE9AZubeDfrCEia483oW4MI4VyFd5VNHIgQ/7qm1I0wUHK1eJnn2y2w==",
      license: "BSD-2-Clause"
    },
    "node_modules/website-scraper/node_modules/fs-extra": {
      version: "8.1.0",
      integrity: "sha512-yhlQgA6mnOJUKOsRUFsgJdQCvkKhcz8tlZG5HBQfReYZy46OwLcY+Zia0mtdHsOo9y/hP+CxMN0TU9QxoOtG4g==",
      license: "MIT",
      dependencies: {
        "graceful-fs": "^4.2.0",
        jsonfile: "^4.0.0",
        universalify: "^0.1.0"
      },
      engines: {
        node: ">=6 <7 || >=8"
      }
    },
    "node_modules/website-scraper/node_modules/htmlparser2": {
      version: "3.10.1",
      integrity: "sha512-IgieNijUMbkDovyoKObU1DUhm1iwNYE/fuifEoEHfd1oZKZDaONBSkal7Y01shxsM49R4XaMdGez3WnF9UfiCQ==",
      license: "MIT",
      dependencies: {
        domelementtype: "^1.3.1",
        domhandler: "^2.3.0",
        domutils: "^1.5.1",
        entities: "^1.1.1",
        inherits: "^2.0.1",
        "readable-stream": "^3.1.1"
      }
    },
    "node_modules/website-scraper/node_modules/jsonfile": {
      version: "4.0.0",
      integrity: "sha512-m6F1R3z8jjlf2imQHS2Qez5sjKWQzbuuhuJ/FKYFRZvPE3PuHcSMVZzfsLhGVOkfd20obL5SWEBew5ShlquNxg==",
      license: "MIT",
      optionalDependencies: {
        "graceful-fs": "^4.1.6"
      }
    },
    "node_modules/website-scraper/node_modules/ms": {
      version: "2.1.2",
      integrity: "sha512-sGkPx+VjMtmA6MX27oA4FBFELFCZZ4S4XqeGOXCv68tT+jb3vk/RyaKWP0PTKyWtmLSM0b+adUTEvbs1PEaH2w==",
      license: "MIT"
    },
    "node_modules/website-scraper/node_modules/normalize-url": {
      version: "4.5.1",
      integrity: "sha512-9UZCFRHQdNrfTpGg8+1INIg93B6zE0aXMVFkw1WFwvO4SlZywU6aLg5Of0Ap/PgcbSw4LNxvMWXMeugwMCX0AA==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/website-scraper/node_modules/nth-check": {
      version: "1.0.2",
      integrity: "sha512-WeBOdju8SnzPN5vTUJYxYUxLeXpCaVP5i5e0LF8fg7WORF2Wd7wFX/pk0tYZk7s8T+J7VLy0Da6J1+wCT0AtHg==",
      license: "BSD-2-Clause",
      dependencies: {
        boolbase: "~1.0.0"
      }
    },
    "node_modules/website-scraper/node_modules/universalify": {
      version: "0.1.2",
      integrity: "sha512-rBJeI5CXAlmy1pV+617WB9J63U6XcazHHF2f2dbJix4XzpUF0RS3Zbj0FGIOCAva5P/d/GBOYaACQ1w+0azUkg==",
      license: "MIT",
      engines: {
        node: ">= 4.0.0"
      }
    },
    "node_modules/whatwg-url": {
      version: "5.0.0",
      integrity: "sha512-saE57nupxk6v3HY35+jzBwYa0rKSy0XR8JSxZPwgLr7ys0IBzhGviA1/TUGJLmSVqs8pb9AnvICXEuOHLprYTw==",
      license: "MIT",
      dependencies: {
        tr46: "~0.0.3",
        "webidl-conversions": "^3.0.0"
      }
    },
    "node_modules/which": {
      version: "2.0.2",
      integrity: "sha512-BLI3Tl1TW3Pvl70l3yq3Y64i+awpwXqsGBYWkkqMtnbXgrMD+yj7rhW0kuEDxzJaYXGjEW5ogapKNMEKNMjibA==",
      license: "ISC",
      dependencies: {
        isexe: "^2.0.0"
      },
      bin: {
        "node-which": "bin/node-which"
      },
      engines: {
        node: ">= 8"
      }
    },
    "node_modules/widest-line": {
      version: "3.1.0",
      integrity: "sha512-NsmoXalsWVDMGupxZ5R08ka9flZjjiLvHVAWYOKtiKM8ujtZWr9cRffak+uSE48+Ob8ObalXpwyeUiyDD6QFgg==",
      license: "MIT",
      dependencies: {
        "string-width": "^4.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/wildcard": {
      version: "2.0.1",
      integrity: "sha512-CC1bOL87PIWSBhDcTrdeLo6eGT7mCFtrg0uIJtqJUFyK+eJnzl8A1niH56uu7KMa5XFrtiV+AQuHO3n7DsHnLQ==",
      license: "MIT"
    },
    "node_modules/wrap-ansi": {
      version: "7.0.0",
      integrity: "sha512-YVGIj2kamLSTxw6NsZjoBxfSwsn0ycdesmc4p+Q21c5zPuZ1pl+NfxVdxPtdHvmNVOQ6XSYG4AUtyt/Fi7D16Q==",
      license: "MIT",
      dependencies: {
        "ansi-styles": "^4.0.0",
        "string-width": "^4.1.0",
        "strip-ansi": "^6.0.0"
      },
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/chalk/wrap-ansi?sponsor=1"
      }
    },
    "node_modules/wrap-ansi/node_modules/ansi-regex": {
      version: "5.0.0",
      integrity: "sha512-bY6fj56OUQ0hU1KjFNDQuJFezqKdrAyFdIevADiqrWHwSlbmBNMHp5ak2f40Pm8JTFyM2mqxkG6ngkHO11f/lg==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/wrap-ansi/node_modules/strip-ansi": {
      version: "6.0.0",
      integrity: "sha512-AuvKTrTfQNYNIctbR1K/YGTR1756GycPsg7b9bdV9Duqur4gv6aKqHXah67Z8ImS7WEz5QVcOtlfW2rZEugt6w==",
      license: "MIT",
      dependencies: {
        "ansi-regex": "^5.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/wrappy": {
      version: "1.0.2",
      integrity: "sha512-l4Sp/DRseor9wL6EvV2+TuQn63dMkPjZ/sp9XkghTEbV9KlPS1xUsZ3u7/IQO4wxtcFB4bgpQPRcR3QCvezPcQ==",
      license: "ISC"
    },
    "node_modules/write-file-atomic": {
      version: "3.0.3",
      integrity: "sha512-AvHcyZ5JnSfq3ioSyjrBkH9yW4m7Ayk8/9My/DD9onKeu/94fwrMocemO2QAJFAlnnDN+ZDS+ZjAR5ua1/PV/Q==",
      license: "ISC",
      dependencies: {
        imurmurhash: "^0.1.4",
        "is-typedarray": "^1.0.0",
        "signal-exit": "^3.0.2",
        "typedarray-to-buffer": "^3.1.5"
      }
    },
    "node_modules/ws": {
      version: "7.4.6",
      integrity: "sha512-YmhHDO4MzaDLB+M9ym/mDA5z0naX8j7SIlT8f8z+I0VtzsRbekxEutHSme7NPS2qE8StCYQNUnfWdXta/Yu85A==",
      license: "MIT",
      engines: {
        node: ">=8.3.0"
      },
      peerDependencies: {
        bufferutil: "^4.0.1",
        "utf-8-validate": "^5.0.2"
      },
      peerDependenciesMeta: {
        bufferutil: {
          optional: true
        },
        "utf-8-validate": {
          optional: true
        }
      }
    },
    "node_modules/xdg-basedir": {
      version: "4.0.0",
      integrity: "sha512-PSNhEJDejZYV7h50BohL09Er9VaIefr2LMAf3OEmpCkjOi34eYyQYAXUTjEQtZJTKcF0E2UKTh+osDLsgNim9Q==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/xtend": {
      version: "4.0.2",
      integrity: "sha512-LKYU1iAXJXUgAXn9URjiu+MWhyUXHsvfp7mcuYm9dSUKK0/CjtrUwFAxD82/mCWbtLsGjFIad0wIsod4zrTAEQ==",
      license: "MIT",
      engines: {
        node: ">=0.4"
      }
    },
    "node_modules/yallist": {
      version: "2.1.2",
      integrity: "sha512-ncTzHV7NvsQZkYe1DW7cbDLm0YpzHmZF5r/iyP3ZnQtMiJ+pjzisCiMNI+Sj+xQF5pXhSHxSB3uDbsBTzY/c2A==",
      license: "ISC"
    },
    "node_modules/yauzl": {
      version: "2.10.0",
      integrity: "sha512-p4a9I6X6nu6IhoGmBqAcbJy1mlC4j27vEPZX9F4L4/vZT3Lyq1VkFHw/V/PUcB9Buo+DG3iHkT0x3Qya58zc3g==",
      license: "MIT",
      dependencies: {
        "buffer-crc32": "~0.2.3",
        "fd-slicer": "~1.1.0"
      }
    },
    "node_modules/zip-stream": {
      version: "4.1.0",
      integrity: "sha512-zshzwQW7gG7hjpBlgeQP9RuyPGNxvJdzR8SUM3QhxCnLjWN2E7j3dOvpeDcQoETfHx0urRS7EtmVToql7YpU4A==",
      license: "MIT",
      dependencies: {
        "archiver-utils": "^2.1.0",
        "compress-commons": "^4.1.0",
        "readable-stream": "^3.6.0"
      },
      engines: {
        node: ">= 10"
      }
    }
  }
};
export {
  package_lock_default as default
};
