import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import "./chunk-BB3JDYVJ.js";

// src/platforms/locks/@platformos/pos-cli@6.4.0/package-lock.json
var package_lock_default = {
  name: "site-backup-cli",
  lockfileVersion: 3,
  requires: true,
  packages: {
    "": {
      name: "site-backup-cli",
      dependencies: {
        "@platformos/pos-cli": "6.4.0"
      }
    },
    "node_modules/@platformos/pos-cli": {
      version: "6.4.0",
      resolved: "https://registry.npmjs.org/@platformos/pos-cli/-/pos-cli-6.4.0.tgz",
      license: "CC BY 3.0",
      dependencies: {
        "@inquirer/prompts": "^8.3.0",
        "@platformos/platformos-check-node": "^1.0.0",
        "@platformos/platformos-common": "^0.1.0",
        "@platformos/platformos-language-server-node": "^0.1.0",
        "@platformos/platformos-mcp-supervisor": "^0.1.0",
        async: "^3.2.6",
        "body-parser": "^2.2.2",
        chalk: "^5.6.2",
        chokidar: "^5.0.0",
        commander: "^14.0.3",
        degit: "^2.8.4",
        "email-validator": "^2.0.4",
        execa: "^9.6.1",
        express: "^5.2.1",
        "fast-glob": "^3.3.3",
        ignore: "^7.0.5",
        inquirer: "^13.3.0",
        "is-stream": "^4.0.1",
        livereload: "^0.10.3",
        "lodash.compact": "^3.0.1",
        "lodash.debounce": "^4.0.8",
        "lodash.flatten": "^4.4.0",
        "lodash.reject": "^4.6.0",
        mime: "^4.1.0",
        multer: "^2.0.2",
        mustache: "^4.2.0",
        "normalize-path": "^3.0.0",
        open: "^11.0.0",
        ora: "^9.3.0",
        prompts: "^2.4.2",
        semver: "^7.7.4",
        shelljs: "^0.10.0",
        "strip-ansi": "^7.2.0",
        "text-table": "^0.2.0",
        "toasted-notifier": "^10.1.0",
        unzipper: "^0.12.3",
        "update-notifier": "^7.3.1",
        yaml: "^2.8.2",
        yazl: "^3.3.1",
        "yeoman-environment": "^6.1.0",
        "yeoman-generator": "^7.5.1"
      },
      optionalDependencies: {
        fsevents: "^2.3.3"
      },
      bin: {
        "pos-cli": "bin/pos-cli.js",
        "pos-cli-ai": "bin/pos-cli-ai.js",
        "pos-cli-ai-init": "bin/pos-cli-ai-init.js",
        "pos-cli-audit": "bin/pos-cli-audit.js",
        "pos-cli-check": "bin/pos-cli-check.js",
        "pos-cli-check-init": "bin/pos-cli-check-init.js",
        "pos-cli-check-run": "bin/pos-cli-check-run.js",
        "pos-cli-deploy": "bin/pos-cli-deploy.js",
        "pos-cli-dns": "bin/pos-cli-dns.js",
        "pos-cli-dns-compare": "bin/pos-cli-dns-compare.js",
        "pos-cli-dns-export": "bin/pos-cli-dns-export.js",
        "pos-cli-dns-import": "bin/pos-cli-dns-import.js",
        "pos-cli-dns-migrate": "bin/pos-cli-dns-migrate.js",
        "pos-cli-dns-status": "bin/pos-cli-dns-status.js",
        "pos-cli-env": "bin/pos-cli-env.js",
        "pos-cli-env-add": "bin/pos-cli-env-add.js",
        "pos-cli-env-list": "bin/pos-cli-env-list.js",
        "pos-cli-fetch-logs": "bin/pos-cli-fetch-logs.js",
        "pos-cli-gui": "bin/pos-cli-gui.js",
        "pos-cli-gui-serve": "bin/pos-cli-gui-serve.js",
        "pos-cli-init": "bin/pos-cli-init.js",
        "pos-cli-logs": "bin/pos-cli-logs.js",
        "pos-cli-logsv2": "bin/pos-cli-logsv2.js",
        "pos-cli-logsv2-search": "bin/pos-cli-logsv2-search.js",
        "pos-cli-lsp": "bin/pos-cli-lsp.js",
        "pos-cli-mcp": "bin/pos-cli-mcp.js",
        "pos-cli-mcp-config": "bin/pos-cli-mcp-config.js",
        "pos-cli-migrations": "bin/pos-cli-migrations.js",
        "pos-cli-modules": "bin/pos-cli-modules.js",
        "pos-cli-supervisor": "bin/pos-cli-supervisor.js",
        "pos-cli-sync": "bin/pos-cli-sync.js",
        "pos-cli-test": "bin/pos-cli-test.js",
        "pos-cli-test-run": "bin/pos-cli-test-run.js"
      },
      engines: {
        node: ">=22"
      },
      hasInstallScript: true
    },
    "node_modules/@babel/code-frame": {
      version: "7.29.7",
      resolved: "https://registry.npmjs.org/@babel/code-frame/-/code-frame-7.29.7.tgz",
      integrity: "sha512-Aup7aUOfpbAUg2ROOJN6Iw5f9DMBlzu0mIkm/malLQFN/YQgO48wCj0Kxa3sEHJvPVFg7siR+qRInwXd2qhQKw==",
      license: "MIT",
      dependencies: {
        "@babel/helper-validator-identifier": "^7.29.7",
        "js-tokens": "^4.0.0",
        picocolors: "^1.1.1"
      },
      engines: {
        node: ">=6.9.0"
      }
    },
    "node_modules/@babel/code-frame/node_modules/js-tokens": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/js-tokens/-/js-tokens-4.0.0.tgz",
      integrity: "sha512-RdJUflcE3cUzKiMqQgsCu06FPu9UdIJO0beYbPhHN4k6apgJtifcoCtT9bcxOpYBtpD2kCM6Sbzg4CausW/PKQ==",
      license: "MIT"
    },
    "node_modules/@babel/helper-validator-identifier": {
      version: "7.29.7",
      resolved: "https://registry.npmjs.org/@babel/helper-validator-identifier/-/helper-validator-identifier-7.29.7.tgz",
      integrity: "sha512-qehxGkRj55h/ff8EMaJ+cYhyaKlHIxqYDn682wQD7RNp9UujOQsHog2uS0r2vzr4pW+sXf90NeeayjcNaX3fFg==",
      license: "MIT",
      engines: {
        node: ">=6.9.0"
      }
    },
    "node_modules/@gar/promise-retry": {
      version: "1.0.3",
      resolved: "https://registry.npmjs.org/@gar/promise-retry/-/promise-retry-1.0.3.tgz",
      integrity: "sha512-GmzA9ckNokPypTg10pgpeHNQe7ph+iIKKmhKu3Ob9ANkswreCx7R3cKmY781K8QK3AqVL3xVh9A42JvIAbkkSA==",
      license: "MIT",
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@hono/node-server": {
      version: "1.19.14",
      resolved: "https://registry.npmjs.org/@hono/node-server/-/node-server-1.19.14.tgz",
      integrity: "sha512-GwtvgtXxnWsucXvbQXkRgqksiH2Qed37H9xHZocE5sA3N8O8O8/8FA3uclQXxXVzc9XBZuEOMK7+r02FmSpHtw==",
      license: "MIT",
      engines: {
        node: ">=18.14.1"
      },
      peerDependencies: {
        hono: "^4"
      }
    },
    "node_modules/@inquirer/ansi": {
      version: "2.0.7",
      resolved: "https://registry.npmjs.org/@inquirer/ansi/-/ansi-2.0.7.tgz",
      integrity: "sha512-3eTuUO1vH2cZm2ZKHeQxnOqlTi9EfZDGgIe3BL3I4u+rJHocr9Fz86M4fjYABPvFnQG/gGK551HqDiIcETwU6Q==",
      license: "MIT",
      engines: {
        node: ">=23.5.0 || ^22.13.0 || ^20.17.0"
      }
    },
    "node_modules/@inquirer/checkbox": {
      version: "5.2.1",
      resolved: "https://registry.npmjs.org/@inquirer/checkbox/-/checkbox-5.2.1.tgz",
      integrity: "sha512-b6xmA/VlTe0ZgDQHDui+Nav470u7u49nRd8/iuhOcQPO9Ch7lGuogydhi2VOmNlZ+zXcM8IcPuNSwQcdJaF/kw==",
      license: "MIT",
      dependencies: {
        "@inquirer/ansi": "^2.0.7",
        "@inquirer/core": "^11.2.1",
        "@inquirer/figures": "^2.0.7",
        "@inquirer/type": "^4.0.7"
      },
      engines: {
        node: ">=23.5.0 || ^22.13.0 || ^20.17.0"
      },
      peerDependencies: {
        "@types/node": ">=18"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/@inquirer/confirm": {
      version: "6.1.1",
      resolved: "https://registry.npmjs.org/@inquirer/confirm/-/confirm-6.1.1.tgz",
      integrity: "sha512-eb8DBZcz/2qHWQda4rk2JiQk5h9QV/cVHi1yjt0f69WFZMRFn0sJTye3EAP8icut8UDMjQPsaH5KbcOogefrFQ==",
      license: "MIT",
      dependencies: {
        "@inquirer/core": "^11.2.1",
        "@inquirer/type": "^4.0.7"
      },
      engines: {
        node: ">=23.5.0 || ^22.13.0 || ^20.17.0"
      },
      peerDependencies: {
        "@types/node": ">=18"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/@inquirer/core": {
      version: "11.2.1",
      resolved: "https://registry.npmjs.org/@inquirer/core/-/core-11.2.1.tgz",
      integrity: "sha512-Qd6GJT1yVyrZZCfN8W2qKF5ApmqryXRhRKCuip8h01x2w/esJQ2XIYc6f9abMIHgKQdBfFTSOdbHRLAhuM09UA==",
      license: "MIT",
      dependencies: {
        "@inquirer/ansi": "^2.0.7",
        "@inquirer/figures": "^2.0.7",
        "@inquirer/type": "^4.0.7",
        "cli-width": "^4.1.0",
        "fast-wrap-ansi": "^0.2.0",
        "mute-stream": "^3.0.0",
        "signal-exit": "^4.1.0"
      },
      engines: {
        node: ">=23.5.0 || ^22.13.0 || ^20.17.0"
      },
      peerDependencies: {
        "@types/node": ">=18"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/@inquirer/editor": {
      version: "5.2.2",
      resolved: "https://registry.npmjs.org/@inquirer/editor/-/editor-5.2.2.tgz",
      integrity: "sha512-ZRVd/oD+sYsUd5zVm0NflqEzlqfYCyHNsqkHl2oWXEUHs12tCbcSFi+wVFEvD8+LGRaMUsVrE7qeo6lSG/S1Vg==",
      license: "MIT",
      dependencies: {
        "@inquirer/core": "^11.2.1",
        "@inquirer/external-editor": "^3.0.3",
        "@inquirer/type": "^4.0.7"
      },
      engines: {
        node: ">=23.5.0 || ^22.13.0 || ^20.17.0"
      },
      peerDependencies: {
        "@types/node": ">=18"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/@inquirer/expand": {
      version: "5.1.1",
      resolved: "https://registry.npmjs.org/@inquirer/expand/-/expand-5.1.1.tgz",
      integrity: "sha512-YmQpenjbFSHAK3sOd44puHh3V1KXXr+JiNpUztoSQ4drLh2rTVzTap/YtlAVu/5xavifIlBfNEzJ/neZJ1a/1g==",
      license: "MIT",
      dependencies: {
        "@inquirer/core": "^11.2.1",
        "@inquirer/type": "^4.0.7"
      },
      engines: {
        node: ">=23.5.0 || ^22.13.0 || ^20.17.0"
      },
      peerDependencies: {
        "@types/node": ">=18"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/@inquirer/external-editor": {
      version: "3.0.3",
      resolved: "https://registry.npmjs.org/@inquirer/external-editor/-/external-editor-3.0.3.tgz",
      integrity: "sha512-6thf5I8q7lZwzGLAxPaaGEREEkZ3nyePPDQ1oyobblxmEE8mqTLguScP7pDjUTAibiyb4hfXl+qjUEJ+di/aNA==",
      license: "MIT",
      dependencies: {
        chardet: "^2.1.1",
        "iconv-lite": "^0.7.2"
      },
      engines: {
        node: ">=23.5.0 || ^22.13.0 || ^20.17.0"
      },
      peerDependencies: {
        "@types/node": ">=18"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/@inquirer/figures": {
      version: "2.0.7",
      resolved: "https://registry.npmjs.org/@inquirer/figures/-/figures-2.0.7.tgz",
      integrity: "sha512-aJ8TBPOGB6f/2qziPfElISTCEd5XOYTFckA2SGjhNmiKzfK/u4ot3v0DUzGVdUnKjN10EqnnEPck36BkyfLnJw==",
      license: "MIT",
      engines: {
        node: ">=23.5.0 || ^22.13.0 || ^20.17.0"
      }
    },
    "node_modules/@inquirer/input": {
      version: "5.1.2",
      resolved: "https://registry.npmjs.org/@inquirer/input/-/input-5.1.2.tgz",
      integrity: "sha512-9K/DDBSQpOyZSkt6sOVP9Vo0TR7atX2kuILsUu0x3wVcVbe97lJwIJKMLdMw25tDYuXl/qp6erT0Xs1rfmcfZg==",
      license: "MIT",
      dependencies: {
        "@inquirer/core": "^11.2.1",
        "@inquirer/type": "^4.0.7"
      },
      engines: {
        node: ">=23.5.0 || ^22.13.0 || ^20.17.0"
      },
      peerDependencies: {
        "@types/node": ">=18"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/@inquirer/number": {
      version: "4.1.1",
      resolved: "https://registry.npmjs.org/@inquirer/number/-/number-4.1.1.tgz",
      integrity: "sha512-XF4IXAbPnGPgw0wsbC/i2tPcyfdZgDpUlhsqU0SfT4IRIGWha6Xm9VRgN5yYxJq+jnyXlfXI/nQ3ulfk0iEICA==",
      license: "MIT",
      dependencies: {
        "@inquirer/core": "^11.2.1",
        "@inquirer/type": "^4.0.7"
      },
      engines: {
        node: ">=23.5.0 || ^22.13.0 || ^20.17.0"
      },
      peerDependencies: {
        "@types/node": ">=18"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/@inquirer/password": {
      version: "5.1.1",
      resolved: "https://registry.npmjs.org/@inquirer/password/-/password-5.1.1.tgz",
      integrity: "sha512-3XBfF7DAsp5qeDsvN5Rd1HmbNokVvEQoUM0QLrRcybC9nX96w3Pbmu7qUsb3IT3J3jBvs2+mTXaKHOUsgHMLzg==",
      license: "MIT",
      dependencies: {
        "@inquirer/ansi": "^2.0.7",
        "@inquirer/core": "^11.2.1",
        "@inquirer/type": "^4.0.7"
      },
      engines: {
        node: ">=23.5.0 || ^22.13.0 || ^20.17.0"
      },
      peerDependencies: {
        "@types/node": ">=18"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/@inquirer/prompts": {
      version: "8.5.2",
      resolved: "https://registry.npmjs.org/@inquirer/prompts/-/prompts-8.5.2.tgz",
      integrity: "sha512-IYR/3C/paEVVQYQvdDlFZVjRCJVYHHON0XXMH91KO9GSxs0TdKYWlUdvfQl2EfAHDxUaN3IBffkE/BDTh5nJ6g==",
      license: "MIT",
      dependencies: {
        "@inquirer/checkbox": "^5.2.1",
        "@inquirer/confirm": "^6.1.1",
        "@inquirer/editor": "^5.2.2",
        "@inquirer/expand": "^5.1.1",
        "@inquirer/input": "^5.1.2",
        "@inquirer/number": "^4.1.1",
        "@inquirer/password": "^5.1.1",
        "@inquirer/rawlist": "^5.3.1",
        "@inquirer/search": "^4.2.1",
        "@inquirer/select": "^5.2.1"
      },
      engines: {
        node: ">=23.5.0 || ^22.13.0 || ^20.17.0"
      },
      peerDependencies: {
        "@types/node": ">=18"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/@inquirer/rawlist": {
      version: "5.3.1",
      resolved: "https://registry.npmjs.org/@inquirer/rawlist/-/rawlist-5.3.1.tgz",
      integrity: "sha512-QqdTqQddL3qPX/PPrjobpsO25NZ4dWXgTLenrR445L2ptLEYE6Z+PD5c5CNDJNx4ugRgELAIpSIJxZaO2jJ2Og==",
      license: "MIT",
      dependencies: {
        "@inquirer/core": "^11.2.1",
        "@inquirer/type": "^4.0.7"
      },
      engines: {
        node: ">=23.5.0 || ^22.13.0 || ^20.17.0"
      },
      peerDependencies: {
        "@types/node": ">=18"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/@inquirer/search": {
      version: "4.2.1",
      resolved: "https://registry.npmjs.org/@inquirer/search/-/search-4.2.1.tgz",
      integrity: "sha512-xJj8QWKRSrfKoBIITLZK61dD3zwo0Rz11fgDImku30/Oe81zMdIdGgrLY2h6RkJ+KZ/GhNYIRMKnH/62qBTA5g==",
      license: "MIT",
      dependencies: {
        "@inquirer/core": "^11.2.1",
        "@inquirer/figures": "^2.0.7",
        "@inquirer/type": "^4.0.7"
      },
      engines: {
        node: ">=23.5.0 || ^22.13.0 || ^20.17.0"
      },
      peerDependencies: {
        "@types/node": ">=18"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/@inquirer/select": {
      version: "5.2.1",
      resolved: "https://registry.npmjs.org/@inquirer/select/-/select-5.2.1.tgz",
      integrity: "sha512-FlDndEUww8m7BfukO2nJa25vhD+H5jxxCv4oGioKqzyWz3nPHhhw4LKdYRSlXuAx7DsdWia7iyaBPKKS95Evfw==",
      license: "MIT",
      dependencies: {
        "@inquirer/ansi": "^2.0.7",
        "@inquirer/core": "^11.2.1",
        "@inquirer/figures": "^2.0.7",
        "@inquirer/type": "^4.0.7"
      },
      engines: {
        node: ">=23.5.0 || ^22.13.0 || ^20.17.0"
      },
      peerDependencies: {
        "@types/node": ">=18"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/@inquirer/type": {
      version: "4.0.7",
      resolved: "https://registry.npmjs.org/@inquirer/type/-/type-4.0.7.tgz",
      integrity: "sha512-t28inv14nMQ1PhKpsJPY+kEs/c00qzeCOS2gTNRyTjG5d6qsVA2fItxW4hkvGZ5lvanGLdtCzVIx5dwdRpN1+g==",
      license: "MIT",
      engines: {
        node: ">=23.5.0 || ^22.13.0 || ^20.17.0"
      },
      peerDependencies: {
        "@types/node": ">=18"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/@isaacs/fs-minipass": {
      version: "4.0.1",
      resolved: "https://registry.npmjs.org/@isaacs/fs-minipass/-/fs-minipass-4.0.1.tgz",
      integrity: "sha512-wgm9Ehl2jpeqP3zw/7mo3kRHFp5MEDhqAdwy1fTGkHAwnkGOVsgpvQhL8B5n1qlb01jV3n/bI0ZfZp5lWA1k4w==",
      license: "ISC",
      dependencies: {
        minipass: "^7.0.4"
      },
      engines: {
        node: ">=18.0.0"
      }
    },
    "node_modules/@isaacs/string-locale-compare": {
      version: "1.1.0",
      resolved: "https://registry.npmjs.org/@isaacs/string-locale-compare/-/string-locale-compare-1.1.0.tgz",
      integrity: "sha512-SQ7Kzhh9+D+ZW9MA0zkYv3VXhIDNx+LzM6EJ+/65I3QY+enU6Itte7E5XX7EWrqLW2FN4n06GWzBnPoC3th2aQ==",
      license: "ISC"
    },
    "node_modules/@kwsites/file-exists": {
      version: "1.1.1",
      resolved: "https://registry.npmjs.org/@kwsites/file-exists/-/file-exists-1.1.1.tgz",
      integrity: "sha512-m9/5YGR18lIwxSFDwfE3oA7bWuq9kdau6ugN4H2rJeyhFQZcG9AgSHkQtSD15a8WvTgfz9aikZMrKPHvbpqFiw==",
      license: "MIT",
      dependencies: {
        debug: "^4.1.1"
      }
    },
    "node_modules/@kwsites/promise-deferred": {
      version: "1.1.1",
      resolved: "https://registry.npmjs.org/@kwsites/promise-deferred/-/promise-deferred-1.1.1.tgz",
      integrity: "sha512-GaHYm+c0O9MjZRu0ongGBRbinu8gVAMd2UZjji6jVmqKtZluZnptXGWhz1E8j8D2HJ3f/yMxKAUC0b+57wncIw==",
      license: "MIT"
    },
    "node_modules/@modelcontextprotocol/sdk": {
      version: "1.29.0",
      resolved: "https://registry.npmjs.org/@modelcontextprotocol/sdk/-/sdk-1.29.0.tgz",
      integrity: "sha512-zo37mZA9hJWpULgkRpowewez1y6ML5GsXJPY8FI0tBBCd77HEvza4jDqRKOXgHNn867PVGCyTdzqpz0izu5ZjQ==",
      license: "MIT",
      dependencies: {
        "@hono/node-server": "^1.19.9",
        ajv: "^8.17.1",
        "ajv-formats": "^3.0.1",
        "content-type": "^1.0.5",
        cors: "^2.8.5",
        "cross-spawn": "^7.0.5",
        eventsource: "^3.0.2",
        "eventsource-parser": "^3.0.0",
        express: "^5.2.1",
        "express-rate-limit": "^8.2.1",
        hono: "^4.11.4",
        jose: "^6.1.3",
        "json-schema-typed": "^8.0.2",
        "pkce-challenge": "^5.0.0",
        "raw-body": "^3.0.0",
        zod: "^3.25 || ^4.0",
        "zod-to-json-schema": "^3.25.1"
      },
      engines: {
        node: ">=18"
      },
      peerDependencies: {
        "@cfworker/json-schema": "^4.1.1",
        zod: "^3.25 || ^4.0"
      },
      peerDependenciesMeta: {
        "@cfworker/json-schema": {
          optional: true
        },
        zod: {
          optional: false
        }
      }
    },
    "node_modules/@nodelib/fs.scandir": {
      version: "2.1.5",
      resolved: "https://registry.npmjs.org/@nodelib/fs.scandir/-/fs.scandir-2.1.5.tgz",
      integrity: "sha512-vq24Bq3ym5HEQm2NKCr3yXDwjc7vTsEThRDnkp2DK9p1uqLR+DHurm/NOTo0KG7HYHU7eppKZj3MyqYuMBf62g==",
      inBundle: true,
      license: "MIT",
      dependencies: {
        "@nodelib/fs.stat": "2.0.5",
        "run-parallel": "^1.1.9"
      },
      engines: {
        node: ">= 8"
      }
    },
    "node_modules/@nodelib/fs.stat": {
      version: "2.0.5",
      resolved: "https://registry.npmjs.org/@nodelib/fs.stat/-/fs.stat-2.0.5.tgz",
      integrity: "sha512-RkhPPp2zrqDAQA/2jNhnztcPAlv64XdhIp7a7454A5ovI7Bukxgt7MX7udwAu3zg1DcpPU0rz3VV1SeaqvY4+A==",
      inBundle: true,
      license: "MIT",
      engines: {
        node: ">= 8"
      }
    },
    "node_modules/@nodelib/fs.walk": {
      version: "1.2.8",
      resolved: "https://registry.npmjs.org/@nodelib/fs.walk/-/fs.walk-1.2.8.tgz",
      integrity: "sha512-oGB+UxlgWcgQkgwo8GcEGwemoTFt3FIO9ababBmaGwXIoBKZ+GTy0pP185beGg7Llih/NSHSV2XAs1lnznocSg==",
      inBundle: true,
      license: "MIT",
      dependencies: {
        "@nodelib/fs.scandir": "2.1.5",
        fastq: "^1.6.0"
      },
      engines: {
        node: ">= 8"
      }
    },
    "node_modules/@npmcli/agent": {
      version: "4.0.2",
      resolved: "https://registry.npmjs.org/@npmcli/agent/-/agent-4.0.2.tgz",
      integrity: "sha512-EUEuWAxnL07Sp5/iC/1X6Xj+XThUvnbei9zfRWZdEXa7lss9RTHMhAHBeg+MZ5To9s/gGaSI+UwZTPdYMvKSeg==",
      license: "ISC",
      dependencies: {
        "agent-base": "^7.1.0",
        "http-proxy-agent": "^7.0.0",
        "https-proxy-agent": "^7.0.1",
        "lru-cache": "^11.2.1",
        "socks-proxy-agent": "^8.0.3"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@npmcli/arborist": {
      version: "9.9.0",
      resolved: "https://registry.npmjs.org/@npmcli/arborist/-/arborist-9.9.0.tgz",
      integrity: "sha512-tzsb1R8mx0k0drlLDT/9ckEYaQHIaWnUti/ci2IaFoQqdqwfmYrc+90p1+QEZC/ocvqcxBep9P1xKw4FbAGofw==",
      license: "ISC",
      dependencies: {
        "@gar/promise-retry": "^1.0.0",
        "@isaacs/string-locale-compare": "^1.1.0",
        "@npmcli/fs": "^5.0.0",
        "@npmcli/installed-package-contents": "^4.0.0",
        "@npmcli/map-workspaces": "^5.0.0",
        "@npmcli/metavuln-calculator": "^9.0.2",
        "@npmcli/name-from-folder": "^4.0.0",
        "@npmcli/node-gyp": "^5.0.0",
        "@npmcli/package-json": "^7.0.0",
        "@npmcli/query": "^5.0.0",
        "@npmcli/redact": "^4.0.0",
        "@npmcli/run-script": "^10.0.0",
        "bin-links": "^6.0.0",
        cacache: "^20.0.1",
        "common-ancestor-path": "^2.0.0",
        "hosted-git-info": "^9.0.0",
        "json-stringify-nice": "^1.1.4",
        "lru-cache": "^11.2.1",
        minimatch: "^10.0.3",
        nopt: "^9.0.0",
        "npm-install-checks": "^8.0.0",
        "npm-package-arg": "^13.0.0",
        "npm-pick-manifest": "^11.0.1",
        "npm-registry-fetch": "^19.0.0",
        pacote: "^21.0.2",
        "parse-conflict-json": "^5.0.1",
        "proc-log": "^6.0.0",
        proggy: "^4.0.0",
        "promise-all-reject-late": "^1.0.0",
        "promise-call-limit": "^3.0.1",
        semver: "^7.3.7",
        ssri: "^13.0.0",
        treeverse: "^3.0.0",
        "walk-up-path": "^4.0.0"
      },
      bin: {
        arborist: "bin/index.js"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@npmcli/fs": {
      version: "5.0.0",
      resolved: "https://registry.npmjs.org/@npmcli/fs/-/fs-5.0.0.tgz",
      integrity: "sha512-7OsC1gNORBEawOa5+j2pXN9vsicaIOH5cPXxoR6fJOmH6/EXpJB2CajXOu1fPRFun2m1lktEFX11+P89hqO/og==",
      license: "ISC",
      dependencies: {
        semver: "^7.3.5"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@npmcli/git": {
      version: "7.0.2",
      resolved: "https://registry.npmjs.org/@npmcli/git/-/git-7.0.2.tgz",
      integrity: "sha512-oeolHDjExNAJAnlYP2qzNjMX/Xi9bmu78C9dIGr4xjobrSKbuMYCph8lTzn4vnW3NjIqVmw/f8BCfouqyJXlRg==",
      license: "ISC",
      dependencies: {
        "@gar/promise-retry": "^1.0.0",
        "@npmcli/promise-spawn": "^9.0.0",
        ini: "^6.0.0",
        "lru-cache": "^11.2.1",
        "npm-pick-manifest": "^11.0.1",
        "proc-log": "^6.0.0",
        semver: "^7.3.5",
        which: "^6.0.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@npmcli/git/node_modules/ini": {
      version: "6.0.0",
      resolved: "https://registry.npmjs.org/ini/-/ini-6.0.0.tgz",
      integrity: "sha512-IBTdIkzZNOpqm7q3dRqJvMaldXjDHWkEDfrwGEQTs5eaQMWV+djAhR+wahyNNMAa+qpbDUhBMVt4ZKNwpPm7xQ==",
      license: "ISC",
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@npmcli/git/node_modules/isexe": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/isexe/-/isexe-4.0.0.tgz",
      integrity: "sha512-FFUtZMpoZ8RqHS3XeXEmHWLA4thH+ZxCv2lOiPIn1Xc7CxrqhWzNSDzD+/chS/zbYezmiwWLdQC09JdQKmthOw==",
      license: "BlueOak-1.0.0",
      engines: {
        node: ">=20"
      }
    },
    "node_modules/@npmcli/git/node_modules/which": {
      version: "6.0.1",
      resolved: "https://registry.npmjs.org/which/-/which-6.0.1.tgz",
      integrity: "sha512-oGLe46MIrCRqX7ytPUf66EAYvdeMIZYn3WaocqqKZAxrBpkqHfL/qvTyJ/bTk5+AqHCjXmrv3CEWgy368zhRUg==",
      license: "ISC",
      dependencies: {
        isexe: "^4.0.0"
      },
      bin: {
        "node-which": "bin/which.js"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@npmcli/installed-package-contents": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/@npmcli/installed-package-contents/-/installed-package-contents-4.0.0.tgz",
      integrity: "sha512-yNyAdkBxB72gtZ4GrwXCM0ZUedo9nIbOMKfGjt6Cu6DXf0p8y1PViZAKDC8q8kv/fufx0WTjRBdSlyrvnP7hmA==",
      license: "ISC",
      dependencies: {
        "npm-bundled": "^5.0.0",
        "npm-normalize-package-bin": "^5.0.0"
      },
      bin: {
        "installed-package-contents": "bin/index.js"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@npmcli/map-workspaces": {
      version: "5.0.3",
      resolved: "https://registry.npmjs.org/@npmcli/map-workspaces/-/map-workspaces-5.0.3.tgz",
      integrity: "sha512-o2grssXo1e774E5OtEwwrgoszYRh0lqkJH+Pb9r78UcqdGJRDRfhpM8DvZPjzNLLNYeD/rNbjOKM3Ss5UABROw==",
      license: "ISC",
      dependencies: {
        "@npmcli/name-from-folder": "^4.0.0",
        "@npmcli/package-json": "^7.0.0",
        glob: "^13.0.0",
        minimatch: "^10.0.3"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@npmcli/metavuln-calculator": {
      version: "9.0.3",
      resolved: "https://registry.npmjs.org/@npmcli/metavuln-calculator/-/metavuln-calculator-9.0.3.tgz",
      integrity: "sha512-94GLSYhLXF2t2LAC7pDwLaM4uCARzxShyAQKsirmlNcpidH89VA4/+K1LbJmRMgz5gy65E/QBBWQdUvGLe2Frg==",
      license: "ISC",
      dependencies: {
        cacache: "^20.0.0",
        "json-parse-even-better-errors": "^5.0.0",
        pacote: "^21.0.0",
        "proc-log": "^6.0.0",
        semver: "^7.3.5"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@npmcli/name-from-folder": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/@npmcli/name-from-folder/-/name-from-folder-4.0.0.tgz",
      integrity: "sha512-qfrhVlOSqmKM8i6rkNdZzABj8MKEITGFAY+4teqBziksCQAOLutiAxM1wY2BKEd8KjUSpWmWCYxvXr0y4VTlPg==",
      license: "ISC",
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@npmcli/node-gyp": {
      version: "5.0.0",
      resolved: "https://registry.npmjs.org/@npmcli/node-gyp/-/node-gyp-5.0.0.tgz",
      integrity: "sha512-uuG5HZFXLfyFKqg8QypsmgLQW7smiRjVc45bqD/ofZZcR/uxEjgQU8qDPv0s9TEeMUiAAU/GC5bR6++UdTirIQ==",
      license: "ISC",
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@npmcli/package-json": {
      version: "7.0.5",
      resolved: "https://registry.npmjs.org/@npmcli/package-json/-/package-json-7.0.5.tgz",
      integrity: "sha512-iVuTlG3ORq2iaVa1IWUxAO/jIp77tUKBhoMjuzYW2kL4MLN1bi/ofqkZ7D7OOwh8coAx1/S2ge0rMdGv8sLSOQ==",
      license: "ISC",
      dependencies: {
        "@npmcli/git": "^7.0.0",
        glob: "^13.0.0",
        "hosted-git-info": "^9.0.0",
        "json-parse-even-better-errors": "^5.0.0",
        "proc-log": "^6.0.0",
        semver: "^7.5.3",
        "spdx-expression-parse": "^4.0.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@npmcli/promise-spawn": {
      version: "9.0.1",
      resolved: "https://registry.npmjs.org/@npmcli/promise-spawn/-/promise-spawn-9.0.1.tgz",
      integrity: "sha512-OLUaoqBuyxeTqUvjA3FZFiXUfYC1alp3Sa99gW3EUDz3tZ3CbXDdcZ7qWKBzicrJleIgucoWamWH1saAmH/l2Q==",
      license: "ISC",
      dependencies: {
        which: "^6.0.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@npmcli/promise-spawn/node_modules/isexe": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/isexe/-/isexe-4.0.0.tgz",
      integrity: "sha512-FFUtZMpoZ8RqHS3XeXEmHWLA4thH+ZxCv2lOiPIn1Xc7CxrqhWzNSDzD+/chS/zbYezmiwWLdQC09JdQKmthOw==",
      license: "BlueOak-1.0.0",
      engines: {
        node: ">=20"
      }
    },
    "node_modules/@npmcli/promise-spawn/node_modules/which": {
      version: "6.0.1",
      resolved: "https://registry.npmjs.org/which/-/which-6.0.1.tgz",
      integrity: "sha512-oGLe46MIrCRqX7ytPUf66EAYvdeMIZYn3WaocqqKZAxrBpkqHfL/qvTyJ/bTk5+AqHCjXmrv3CEWgy368zhRUg==",
      license: "ISC",
      dependencies: {
        isexe: "^4.0.0"
      },
      bin: {
        "node-which": "bin/which.js"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@npmcli/query": {
      version: "5.0.0",
      resolved: "https://registry.npmjs.org/@npmcli/query/-/query-5.0.0.tgz",
      integrity: "sha512-8TZWfTQOsODpLqo9SVhVjHovmKXNpevHU0gO9e+y4V4fRIOneiXy0u0sMP9LmS71XivrEWfZWg50ReH4WRT4aQ==",
      license: "ISC",
      dependencies: {
        "postcss-selector-parser": "^7.0.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@npmcli/redact": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/@npmcli/redact/-/redact-4.0.0.tgz",
      integrity: "sha512-gOBg5YHMfZy+TfHArfVogwgfBeQnKbbGo3pSUyK/gSI0AVu+pEiDVcKlQb0D8Mg1LNRZILZ6XG8I5dJ4KuAd9Q==",
      license: "ISC",
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@npmcli/run-script": {
      version: "10.0.4",
      resolved: "https://registry.npmjs.org/@npmcli/run-script/-/run-script-10.0.4.tgz",
      integrity: "sha512-mGUWr1uMnf0le2TwfOZY4SFxZGXGfm4Jtay/nwAa2FLNAKXUoUwaGwBMNH36UHPtinWfTSJ3nqFQr0091CxVGg==",
      license: "ISC",
      dependencies: {
        "@npmcli/node-gyp": "^5.0.0",
        "@npmcli/package-json": "^7.0.0",
        "@npmcli/promise-spawn": "^9.0.0",
        "node-gyp": "^12.1.0",
        "proc-log": "^6.0.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@octokit/auth-token": {
      version: "5.1.2",
      resolved: "https://registry.npmjs.org/@octokit/auth-token/-/auth-token-5.1.2.tgz",
      integrity: "sha512-JcQDsBdg49Yky2w2ld20IHAlwr8d/d8N6NiOXbtuoPCqzbsiJgF633mVUw3x4mo0H5ypataQIX7SFu3yy44Mpw==",
      license: "MIT",
      engines: {
        node: ">= 18"
      }
    },
    "node_modules/@octokit/core": {
      version: "6.1.6",
      resolved: "https://registry.npmjs.org/@octokit/core/-/core-6.1.6.tgz",
      integrity: "sha512-kIU8SLQkYWGp3pVKiYzA5OSaNF5EE03P/R8zEmmrG6XwOg5oBjXyQVVIauQ0dgau4zYhpZEhJrvIYt6oM+zZZA==",
      license: "MIT",
      dependencies: {
        "@octokit/auth-token": "^5.0.0",
        "@octokit/graphql": "^8.2.2",
        "@octokit/request": "^9.2.3",
        "@octokit/request-error": "^6.1.8",
        "@octokit/types": "^14.0.0",
        "before-after-hook": "^3.0.2",
        "universal-user-agent": "^7.0.0"
      },
      engines: {
        node: ">= 18"
      }
    },
    "node_modules/@octokit/endpoint": {
      version: "10.1.4",
      resolved: "https://registry.npmjs.org/@octokit/endpoint/-/endpoint-10.1.4.tgz",
      integrity: "sha512-OlYOlZIsfEVZm5HCSR8aSg02T2lbUWOsCQoPKfTXJwDzcHQBrVBGdGXb89dv2Kw2ToZaRtudp8O3ZIYoaOjKlA==",
      license: "MIT",
      dependencies: {
        "@octokit/types": "^14.0.0",
        "universal-user-agent": "^7.0.2"
      },
      engines: {
        node: ">= 18"
      }
    },
    "node_modules/@octokit/graphql": {
      version: "8.2.2",
      resolved: "https://registry.npmjs.org/@octokit/graphql/-/graphql-8.2.2.tgz",
      integrity: "sha512-Yi8hcoqsrXGdt0yObxbebHXFOiUA+2v3n53epuOg1QUgOB6c4XzvisBNVXJSl8RYA5KrDuSL2yq9Qmqe5N0ryA==",
      license: "MIT",
      dependencies: {
        "@octokit/request": "^9.2.3",
        "@octokit/types": "^14.0.0",
        "universal-user-agent": "^7.0.0"
      },
      engines: {
        node: ">= 18"
      }
    },
    "node_modules/@octokit/openapi-types": {
      version: "25.1.0",
      resolved: "https://registry.npmjs.org/@octokit/openapi-types/-/openapi-types-25.1.0.tgz",
      integrity: "sha512-idsIggNXUKkk0+BExUn1dQ92sfysJrje03Q0bv0e+KPLrvyqZF8MnBpFz8UNfYDwB3Ie7Z0TByjWfzxt7vseaA==",
      license: "MIT"
    },
    "node_modules/@octokit/plugin-paginate-rest": {
      version: "11.6.0",
      resolved: "https://registry.npmjs.org/@octokit/plugin-paginate-rest/-/plugin-paginate-rest-11.6.0.tgz",
      integrity: "sha512-n5KPteiF7pWKgBIBJSk8qzoZWcUkza2O6A0za97pMGVrGfPdltxrfmfF5GucHYvHGZD8BdaZmmHGz5cX/3gdpw==",
      license: "MIT",
      dependencies: {
        "@octokit/types": "^13.10.0"
      },
      engines: {
        node: ">= 18"
      },
      peerDependencies: {
        "@octokit/core": ">=6"
      }
    },
    "node_modules/@octokit/plugin-paginate-rest/node_modules/@octokit/openapi-types": {
      version: "24.2.0",
      resolved: "https://registry.npmjs.org/@octokit/openapi-types/-/openapi-types-24.2.0.tgz",
      integrity: "sha512-9sIH3nSUttelJSXUrmGzl7QUBFul0/mB8HRYl3fOlgHbIWG+WnYDXU3v/2zMtAvuzZ/ed00Ei6on975FhBfzrg==",
      license: "MIT"
    },
    "node_modules/@octokit/plugin-paginate-rest/node_modules/@octokit/types": {
      version: "13.10.0",
      resolved: "https://registry.npmjs.org/@octokit/types/-/types-13.10.0.tgz",
      integrity: "sha512-ifLaO34EbbPj0Xgro4G5lP5asESjwHracYJvVaPIyXMuiuXLlhic3S47cBdTb+jfODkTE5YtGCLt3Ay3+J97sA==",
      license: "MIT",
      dependencies: {
        "@octokit/openapi-types": "^24.2.0"
      }
    },
    "node_modules/@octokit/plugin-request-log": {
      version: "5.3.1",
      resolved: "https://registry.npmjs.org/@octokit/plugin-request-log/-/plugin-request-log-5.3.1.tgz",
      integrity: "sha512-n/lNeCtq+9ofhC15xzmJCNKP2BWTv8Ih2TTy+jatNCCq/gQP/V7rK3fjIfuz0pDWDALO/o/4QY4hyOF6TQQFUw==",
      license: "MIT",
      engines: {
        node: ">= 18"
      },
      peerDependencies: {
        "@octokit/core": ">=6"
      }
    },
    "node_modules/@octokit/plugin-rest-endpoint-methods": {
      version: "13.5.0",
      resolved: "https://registry.npmjs.org/@octokit/plugin-rest-endpoint-methods/-/plugin-rest-endpoint-methods-13.5.0.tgz",
      integrity: "sha512-9Pas60Iv9ejO3WlAX3maE1+38c5nqbJXV5GrncEfkndIpZrJ/WPMRd2xYDcPPEt5yzpxcjw9fWNoPhsSGzqKqw==",
      license: "MIT",
      dependencies: {
        "@octokit/types": "^13.10.0"
      },
      engines: {
        node: ">= 18"
      },
      peerDependencies: {
        "@octokit/core": ">=6"
      }
    },
    "node_modules/@octokit/plugin-rest-endpoint-methods/node_modules/@octokit/openapi-types": {
      version: "24.2.0",
      resolved: "https://registry.npmjs.org/@octokit/openapi-types/-/openapi-types-24.2.0.tgz",
      integrity: "sha512-9sIH3nSUttelJSXUrmGzl7QUBFul0/mB8HRYl3fOlgHbIWG+WnYDXU3v/2zMtAvuzZ/ed00Ei6on975FhBfzrg==",
      license: "MIT"
    },
    "node_modules/@octokit/plugin-rest-endpoint-methods/node_modules/@octokit/types": {
      version: "13.10.0",
      resolved: "https://registry.npmjs.org/@octokit/types/-/types-13.10.0.tgz",
      integrity: "sha512-ifLaO34EbbPj0Xgro4G5lP5asESjwHracYJvVaPIyXMuiuXLlhic3S47cBdTb+jfODkTE5YtGCLt3Ay3+J97sA==",
      license: "MIT",
      dependencies: {
        "@octokit/openapi-types": "^24.2.0"
      }
    },
    "node_modules/@octokit/request": {
      version: "9.2.4",
      resolved: "https://registry.npmjs.org/@octokit/request/-/request-9.2.4.tgz",
      integrity: "sha512-q8ybdytBmxa6KogWlNa818r0k1wlqzNC+yNkcQDECHvQo8Vmstrg18JwqJHdJdUiHD2sjlwBgSm9kHkOKe2iyA==",
      license: "MIT",
      dependencies: {
        "@octokit/endpoint": "^10.1.4",
        "@octokit/request-error": "^6.1.8",
        "@octokit/types": "^14.0.0",
        "fast-content-type-parse": "^2.0.0",
        "universal-user-agent": "^7.0.2"
      },
      engines: {
        node: ">= 18"
      }
    },
    "node_modules/@octokit/request-error": {
      version: "6.1.8",
      resolved: "https://registry.npmjs.org/@octokit/request-error/-/request-error-6.1.8.tgz",
      integrity: "sha512-WEi/R0Jmq+IJKydWlKDmryPcmdYSVjL3ekaiEL1L9eo1sUnqMJ+grqmC9cjk7CA7+b2/T397tO5d8YLOH3qYpQ==",
      license: "MIT",
      dependencies: {
        "@octokit/types": "^14.0.0"
      },
      engines: {
        node: ">= 18"
      }
    },
    "node_modules/@octokit/rest": {
      version: "21.1.1",
      resolved: "https://registry.npmjs.org/@octokit/rest/-/rest-21.1.1.tgz",
      integrity: "sha512-sTQV7va0IUVZcntzy1q3QqPm/r8rWtDCqpRAmb8eXXnKkjoQEtFe3Nt5GTVsHft+R6jJoHeSiVLcgcvhtue/rg==",
      license: "MIT",
      dependencies: {
        "@octokit/core": "^6.1.4",
        "@octokit/plugin-paginate-rest": "^11.4.2",
        "@octokit/plugin-request-log": "^5.3.1",
        "@octokit/plugin-rest-endpoint-methods": "^13.3.0"
      },
      engines: {
        node: ">= 18"
      }
    },
    "node_modules/@octokit/types": {
      version: "14.1.0",
      resolved: "https://registry.npmjs.org/@octokit/types/-/types-14.1.0.tgz",
      integrity: "sha512-1y6DgTy8Jomcpu33N+p5w58l6xyt55Ar2I91RPiIA0xCJBXyUAhXCcmZaDWSANiha7R9a6qJJ2CRomGPZ6f46g==",
      license: "MIT",
      dependencies: {
        "@octokit/openapi-types": "^25.1.0"
      }
    },
    "node_modules/@platformos/liquid-html-parser": {
      version: "0.1.0",
      resolved: "https://registry.npmjs.org/@platformos/liquid-html-parser/-/liquid-html-parser-0.1.0.tgz",
      integrity: "sha512-q3O5BSEDkydBsXnwrDJ56A/x1ab0DpPPQZRLD6ZW4qpRwZ7TFR2HGgoBYEhc4lfi7T+zb4DzlONX057Vpbndaw==",
      license: "MIT",
      dependencies: {
        "line-column": "^1.0.2",
        "ohm-js": "^17.5.0"
      }
    },
    "node_modules/@platformos/platformos-check-common": {
      version: "1.0.0",
      resolved: "https://registry.npmjs.org/@platformos/platformos-check-common/-/platformos-check-common-1.0.0.tgz",
      integrity: "sha512-CDUooXAGDoZ50ao572Hlh83KTGC+yc+ZClVNE5LX2QHLuQ8pCQyuYlzeGlq3+cx5qd5l/r7SWnKO/O5LCT6GCg==",
      license: "MIT",
      dependencies: {
        "@platformos/liquid-html-parser": "0.1.0",
        "@platformos/platformos-common": "0.1.0",
        graphql: "^16.12.0",
        "js-yaml": "^4.1.1",
        "jsonc-parser": "^3.3.1",
        "line-column": "^1.0.2",
        lodash: "^4.17.23",
        minimatch: "^10.2.2",
        "vscode-uri": "^3.1.0",
        yaml: "^2.8.2"
      }
    },
    "node_modules/@platformos/platformos-check-docs-updater": {
      version: "1.0.0",
      resolved: "https://registry.npmjs.org/@platformos/platformos-check-docs-updater/-/platformos-check-docs-updater-1.0.0.tgz",
      integrity: "sha512-p5UUdCh7bL6LJHMV/d6GdYQQAaVPkYYTWJRwNM06Ry17ROqgleqZkNfz/9zHUB5DrcwCkOa3vm76/2ug2ZKM0g==",
      license: "MIT",
      dependencies: {
        "@platformos/platformos-check-common": "1.0.0",
        "env-paths": "^2.2.1",
        he: "^1.2.0"
      },
      bin: {
        "theme-docs": "scripts/cli.js"
      }
    },
    "node_modules/@platformos/platformos-check-node": {
      version: "1.0.0",
      resolved: "https://registry.npmjs.org/@platformos/platformos-check-node/-/platformos-check-node-1.0.0.tgz",
      integrity: "sha512-Ex8VosocMrD3Qp4edBa2+g5e2xzgtSPEQi7Jtx6s0wP+SIbDfQm/4xvtzrMVAeAkVXnRmGpzxHCCFtqshrHpYg==",
      license: "MIT",
      dependencies: {
        "@platformos/liquid-html-parser": "0.1.0",
        "@platformos/platformos-check-common": "1.0.0",
        "@platformos/platformos-check-docs-updater": "1.0.0",
        "@platformos/platformos-common": "0.1.0",
        glob: "^13.0.0",
        "vscode-uri": "^3.1.0",
        yaml: "^2.8.2"
      }
    },
    "node_modules/@platformos/platformos-common": {
      version: "0.1.0",
      resolved: "https://registry.npmjs.org/@platformos/platformos-common/-/platformos-common-0.1.0.tgz",
      integrity: "sha512-ZTQn+NsHDaS82JnO9Pqt1XB5FGkP5HXI0DVofpWmU+yDM4btXDlUowi06W0PlRq2LlVdeP0gYfPhliCl2Oyrjg==",
      license: "MIT",
      dependencies: {
        graphql: "^16.12.0",
        "js-yaml": "^4.1.1",
        "vscode-uri": "^3.1.0"
      }
    },
    "node_modules/@platformos/platformos-graph": {
      version: "0.1.0",
      resolved: "https://registry.npmjs.org/@platformos/platformos-graph/-/platformos-graph-0.1.0.tgz",
      integrity: "sha512-msGQsiXv/pn3/o0rhmf9I60dHUFH+v8H3ISDlfE2JsgZZ7uecpD/+Gz821C/Z4ePiUwZMZ6QScQGBB+0+JwVFw==",
      license: "MIT",
      dependencies: {
        "@platformos/liquid-html-parser": "^0.1.0",
        "@platformos/platformos-check-common": "1.0.0",
        "@platformos/platformos-common": "0.1.0",
        acorn: "^8.16.0",
        "js-yaml": "^4.1.1",
        "vscode-uri": "^3.1.0"
      },
      bin: {
        "platformos-graph": "bin/platformos-graph"
      }
    },
    "node_modules/@platformos/platformos-language-server-common": {
      version: "0.1.0",
      resolved: "https://registry.npmjs.org/@platformos/platformos-language-server-common/-/platformos-language-server-common-0.1.0.tgz",
      integrity: "sha512-jsAe3ntddKTUaKrE6i3tTRRANW0vzVfh6nJLKv8ntEWp8YkrRATU1FeJs/RhGDycCKJ2gQZldm7tCkGlj7ukNQ==",
      license: "MIT",
      dependencies: {
        "@platformos/liquid-html-parser": "^0.1.0",
        "@platformos/platformos-check-common": "1.0.0",
        "@platformos/platformos-common": "0.1.0",
        "@platformos/platformos-graph": "0.1.0",
        "@vscode/web-custom-data": "^0.4.6",
        graphql: "^16.12.0",
        "graphql-language-service": "^5.2.2",
        "vscode-css-languageservice": "^6.3.9",
        "vscode-json-languageservice": "^5.7.1",
        "vscode-languageserver": "^9.0.1",
        "vscode-languageserver-textdocument": "^1.0.12",
        "vscode-uri": "^3.1.0"
      }
    },
    "node_modules/@platformos/platformos-language-server-node": {
      version: "0.1.0",
      resolved: "https://registry.npmjs.org/@platformos/platformos-language-server-node/-/platformos-language-server-node-0.1.0.tgz",
      integrity: "sha512-9eUoua6rSkIpJ3Crgeb2V9MSGc3yGNJWxBGHiOy/Rq5zha7K01PWCaATs6QW9CIb3oTbBgeUMu66WR6ID/WOdg==",
      license: "MIT",
      dependencies: {
        "@platformos/platformos-check-docs-updater": "1.0.0",
        "@platformos/platformos-check-node": "1.0.0",
        "@platformos/platformos-common": "0.1.0",
        "@platformos/platformos-language-server-common": "0.1.0",
        glob: "^13.0.0",
        "vscode-languageserver": "^9.0.1",
        "vscode-uri": "^3.1.0"
      }
    },
    "node_modules/@platformos/platformos-mcp-supervisor": {
      version: "0.1.0",
      resolved: "https://registry.npmjs.org/@platformos/platformos-mcp-supervisor/-/platformos-mcp-supervisor-0.1.0.tgz",
      integrity: "sha512-7etJU16i5SQFpNqrMTwgydfkhGQ9EmdOytEB6Lc4bcKOsiNEqRwmQFyrkpE1cnYHAhmDRAaGaHadA15IhjZ3yw==",
      license: "MIT",
      dependencies: {
        "@modelcontextprotocol/sdk": "^1.29.0",
        "@platformos/liquid-html-parser": "0.1.0",
        "@platformos/platformos-check-common": "1.0.0",
        "@platformos/platformos-check-node": "1.0.0",
        "@platformos/platformos-common": "0.1.0",
        "@platformos/platformos-graph": "0.1.0",
        "@platformos/platformos-language-server-common": "0.1.0",
        zod: "^3.23.8"
      },
      bin: {
        "platformos-mcp-supervisor": "dist/bin/platformos-mcp-supervisor.js"
      }
    },
    "node_modules/@pnpm/config.env-replace": {
      version: "1.1.0",
      resolved: "https://registry.npmjs.org/@pnpm/config.env-replace/-/config.env-replace-1.1.0.tgz",
      integrity: "sha512-htyl8TWnKL7K/ESFa1oW2UB5lVDxuF5DpM7tBi6Hu2LNL3mWkIzNLG6N4zoCUP1lCKNxWy/3iu8mS8MvToGd6w==",
      license: "MIT",
      engines: {
        node: ">=12.22.0"
      }
    },
    "node_modules/@pnpm/network.ca-file": {
      version: "1.0.2",
      resolved: "https://registry.npmjs.org/@pnpm/network.ca-file/-/network.ca-file-1.0.2.tgz",
      integrity: "sha512-YcPQ8a0jwYU9bTdJDpXjMi7Brhkr1mXsXrUJvjqM2mQDgkRiz8jFaQGOdaLxgjtUfQgZhKy/O3cG/YwmgKaxLA==",
      license: "MIT",
      dependencies: {
        "graceful-fs": "4.2.10"
      },
      engines: {
        node: ">=12.22.0"
      }
    },
    "node_modules/@pnpm/network.ca-file/node_modules/graceful-fs": {
      version: "4.2.10",
      resolved: "https://registry.npmjs.org/graceful-fs/-/graceful-fs-4.2.10.tgz",
      integrity: "sha512-9ByhssR2fPVsNZj478qUUbKfmL0+t5BDVyjShtyZZLiK7ZDAArFFfopyOTj0M05wE2tJPisA4iTnnXl2YoPvOA==",
      license: "ISC"
    },
    "node_modules/@pnpm/npm-conf": {
      version: "3.0.3",
      resolved: "https://registry.npmjs.org/@pnpm/npm-conf/-/npm-conf-3.0.3.tgz",
      integrity: "sha512-//0sR/cow/s4ICQaYoAobOl4aU8cjU6x/V24V7XkKotb9+O+3zySIYp146vpaobYHnxa4pZX8NkV54Z5AwbDKA==",
      license: "MIT",
      dependencies: {
        "@pnpm/config.env-replace": "^1.1.0",
        "@pnpm/network.ca-file": "^1.0.1",
        "config-chain": "^1.1.11"
      },
      engines: {
        node: ">=12"
      }
    },
    "node_modules/@sec-ant/readable-stream": {
      version: "0.4.1",
      resolved: "https://registry.npmjs.org/@sec-ant/readable-stream/-/readable-stream-0.4.1.tgz",
      integrity: "sha512-831qok9r2t8AlxLko40y2ebgSDhenenCatLVeW/uBtnHPyhHOvG0C7TvfgecV+wHzIm5KUICgzmVpWS+IMEAeg==",
      license: "MIT"
    },
    "node_modules/@sigstore/bundle": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/@sigstore/bundle/-/bundle-4.0.0.tgz",
      integrity: "sha512-NwCl5Y0V6Di0NexvkTqdoVfmjTaQwoLM236r89KEojGmq/jMls8S+zb7yOwAPdXvbwfKDlP+lmXgAL4vKSQT+A==",
      license: "Apache-2.0",
      dependencies: {
        "@sigstore/protobuf-specs": "^0.5.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@sigstore/core": {
      version: "3.2.1",
      resolved: "https://registry.npmjs.org/@sigstore/core/-/core-3.2.1.tgz",
      integrity: "sha512-qRsxPnCrbC/puegGxKuynfnxgLiHqWStrSjxkoB4YKqq3Z3s4cyZyj42ZdWFAEblNP65C+rBH8EuREHIXoi83g==",
      license: "Apache-2.0",
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@sigstore/protobuf-specs": {
      version: "0.5.1",
      resolved: "https://registry.npmjs.org/@sigstore/protobuf-specs/-/protobuf-specs-0.5.1.tgz",
      integrity: "sha512-/ScWUhhoFasJsSRGTVBwId1loQjjnjAfE4djL6ZhrXRpNCmPTnUKF5Jokd58ILseOMjzET3UrMOtJPS9sYeI0g==",
      license: "Apache-2.0",
      engines: {
        node: "^18.17.0 || >=20.5.0"
      }
    },
    "node_modules/@sigstore/sign": {
      version: "4.1.1",
      resolved: "https://registry.npmjs.org/@sigstore/sign/-/sign-4.1.1.tgz",
      integrity: "sha512-Hf4xglukg0XXQ2RiD5vSoLjdPe8OBUPA8XeVjUObheuDcWdYWrnH/BNmxZCzkAy68MzmNCxXLeurJvs6hcP2OQ==",
      license: "Apache-2.0",
      dependencies: {
        "@gar/promise-retry": "^1.0.2",
        "@sigstore/bundle": "^4.0.0",
        "@sigstore/core": "^3.2.0",
        "@sigstore/protobuf-specs": "^0.5.0",
        "make-fetch-happen": "^15.0.4",
        "proc-log": "^6.1.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@sigstore/tuf": {
      version: "4.0.2",
      resolved: "https://registry.npmjs.org/@sigstore/tuf/-/tuf-4.0.2.tgz",
      integrity: "sha512-TCAzTy0xzdP79EnxSjq9KQ3eaR7+FmudLC6eRKknVKZbV7ZNlGLClAAQb/HMNJ5n2OBNk2GT1tEmU0xuPr+SLQ==",
      license: "Apache-2.0",
      dependencies: {
        "@sigstore/protobuf-specs": "^0.5.0",
        "tuf-js": "^4.1.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@sigstore/verify": {
      version: "3.1.1",
      resolved: "https://registry.npmjs.org/@sigstore/verify/-/verify-3.1.1.tgz",
      integrity: "sha512-qv7+G3J2cc6wwFj3yKvXOamzqhMwSk1ogPGmhpS8iXllcPrJaIIBA+4HbttlHVu1pqWTdmaCH/WE7UOC51kdoA==",
      license: "Apache-2.0",
      dependencies: {
        "@sigstore/bundle": "^4.0.0",
        "@sigstore/core": "^3.2.1",
        "@sigstore/protobuf-specs": "^0.5.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@simple-git/args-pathspec": {
      version: "1.0.3",
      resolved: "https://registry.npmjs.org/@simple-git/args-pathspec/-/args-pathspec-1.0.3.tgz",
      integrity: "sha512-ngJMaHlsWDTfjyq9F3VIQ8b7NXbBLq5j9i5bJ6XLYtD6qlDXT7fdKY2KscWWUF8t18xx052Y/PUO1K1TRc9yKA==",
      license: "MIT"
    },
    "node_modules/@simple-git/argv-parser": {
      version: "1.1.1",
      resolved: "https://registry.npmjs.org/@simple-git/argv-parser/-/argv-parser-1.1.1.tgz",
      integrity: "sha512-Q9lBcfQ+VQCpQqGJFHe5yooOS5hGdLFFbJ5R+R5aDsnkPCahtn1hSkMcORX65J2Z5lxSkD0lQorMsncuBQxYUw==",
      license: "MIT",
      dependencies: {
        "@simple-git/args-pathspec": "^1.0.3"
      }
    },
    "node_modules/@sindresorhus/merge-streams": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/@sindresorhus/merge-streams/-/merge-streams-4.0.0.tgz",
      integrity: "sha512-tlqY9xq5ukxTUZBmoOp+m61cqwQD5pHJtFY3Mn8CA8ps6yghLH/Hw8UPdqg4OLmFW3IFlcXnQNmo/dh8HzXYIQ==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/@tufjs/canonical-json": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/@tufjs/canonical-json/-/canonical-json-2.0.0.tgz",
      integrity: "sha512-yVtV8zsdo8qFHe+/3kw81dSLyF7D576A5cCFCi4X7B39tWT7SekaEFUnvnWJHz+9qO7qJTah1JbrDjWKqFtdWA==",
      license: "MIT",
      engines: {
        node: "^16.14.0 || >=18.0.0"
      }
    },
    "node_modules/@tufjs/models": {
      version: "4.1.0",
      resolved: "https://registry.npmjs.org/@tufjs/models/-/models-4.1.0.tgz",
      integrity: "sha512-Y8cK9aggNRsqJVaKUlEYs4s7CvQ1b1ta2DVPyAimb0I2qhzjNk+A+mxvll/klL0RlfuIUei8BF7YWiua4kQqww==",
      license: "MIT",
      dependencies: {
        "@tufjs/canonical-json": "2.0.0",
        minimatch: "^10.1.1"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@types/ejs": {
      version: "3.1.5",
      resolved: "https://registry.npmjs.org/@types/ejs/-/ejs-3.1.5.tgz",
      integrity: "sha512-nv+GSx77ZtXiJzwKdsASqi+YQ5Z7vwHsTP0JY2SiQgjGckkBRKZnk8nIM+7oUZ1VCtuTz0+By4qVR7fqzp/Dfg==",
      license: "MIT"
    },
    "node_modules/@types/expect": {
      version: "1.20.4",
      resolved: "https://registry.npmjs.org/@types/expect/-/expect-1.20.4.tgz",
      integrity: "sha512-Q5Vn3yjTDyCMV50TB6VRIbQNxSE4OmZR86VSbGaNpfUolm0iePBB4KdEEHmxoY5sT2+2DIvXW0rvMDP2nHZ4Mg==",
      license: "MIT"
    },
    "node_modules/@types/lodash": {
      version: "4.17.24",
      resolved: "https://registry.npmjs.org/@types/lodash/-/lodash-4.17.24.tgz",
      integrity: "sha512-gIW7lQLZbue7lRSWEFql49QJJWThrTFFeIMJdp3eH4tKoxm1OvEPg02rm4wCCSHS0cL3/Fizimb35b7k8atwsQ==",
      license: "MIT"
    },
    "node_modules/@types/lodash-es": {
      version: "4.17.12",
      resolved: "https://registry.npmjs.org/@types/lodash-es/-/lodash-es-4.17.12.tgz",
      integrity: "sha512-0NgftHUcV4v34VhXm8QBSftKVXtbkBG3ViCjs6+eJ5a6y6Mi/jiFGPc1sC7QK+9BFhWrURE3EOggmWaSxL9OzQ==",
      license: "MIT",
      dependencies: {
        "@types/lodash": "*"
      }
    },
    "node_modules/@types/node": {
      version: "26.1.1",
      resolved: "https://registry.npmjs.org/@types/node/-/node-26.1.1.tgz",
      integrity: "sha512-nxAkRSVkN1Y0JC1W8ky/fTfkGsMmcrRsbx+3XoZE+rMOX71kLYTV7fLXpqud1GpbpP5TuffXFqfX7fH2GgZREw==",
      license: "MIT",
      dependencies: {
        "undici-types": "~8.3.0"
      }
    },
    "node_modules/@types/normalize-package-data": {
      version: "2.4.4",
      resolved: "https://registry.npmjs.org/@types/normalize-package-data/-/normalize-package-data-2.4.4.tgz",
      integrity: "sha512-37i+OaWTh9qeK4LSHPsyRC7NahnGotNuZvjLSgcPzblpHB3rrCJxAOgI5gCdKm7coonsaX1Of0ILiTcnZjbfxA==",
      license: "MIT"
    },
    "node_modules/@types/picomatch": {
      version: "4.0.3",
      resolved: "https://registry.npmjs.org/@types/picomatch/-/picomatch-4.0.3.tgz",
      integrity: "sha512-iG0T6+nYJ9FAPmx9SsUlnwcq1ZVRuCXcVEvWnntoPlrOpwtSTKNDC9uVAxTsC3PUvJ+99n4RpAcNgBbHX3JSnQ==",
      license: "MIT"
    },
    "node_modules/@types/vinyl": {
      version: "2.0.12",
      resolved: "https://registry.npmjs.org/@types/vinyl/-/vinyl-2.0.12.tgz",
      integrity: "sha512-Sr2fYMBUVGYq8kj3UthXFAu5UN6ZW+rYr4NACjZQJvHvj+c8lYv0CahmZ2P/r7iUkN44gGUBwqxZkrKXYPb7cw==",
      license: "MIT",
      dependencies: {
        "@types/expect": "^1.20.4",
        "@types/node": "*"
      }
    },
    "node_modules/@vscode/l10n": {
      version: "0.0.18",
      resolved: "https://registry.npmjs.org/@vscode/l10n/-/l10n-0.0.18.tgz",
      integrity: "sha512-KYSIHVmslkaCDyw013pphY+d7x1qV8IZupYfeIfzNA+nsaWHbn5uPuQRvdRFsa9zFzGeudPuoGoZ1Op4jrJXIQ==",
      license: "MIT"
    },
    "node_modules/@vscode/web-custom-data": {
      version: "0.4.13",
      resolved: "https://registry.npmjs.org/@vscode/web-custom-data/-/web-custom-data-0.4.13.tgz",
      integrity: "sha512-2ZUIRfhofZ/npLlf872EBnPmn27Kt4M2UssmQIfnJvgGgMYZJ5fvtHEDnttBBf2hnVtBgNCqZMVHJA+wsFVqTA==",
      license: "MIT"
    },
    "node_modules/@yeoman/adapter": {
      version: "4.0.2",
      resolved: "https://registry.npmjs.org/@yeoman/adapter/-/adapter-4.0.2.tgz",
      integrity: "sha512-4uttbNuZ/guMBRhf7R6TCfnLT6XY1HGpxsq6vpHRM3AVr5G6Qz7xXqxG2kdMzBGtIuH5CkXz0k/Byl27GsvIkg==",
      license: "MIT",
      dependencies: {
        "@inquirer/core": "^11.1.5",
        "@inquirer/prompts": "^8.3.0",
        chalk: "^5.6.2",
        inquirer: "^13.3.0",
        "log-symbols": "^7.0.1",
        ora: "^9.3.0",
        "p-queue": "^9.1.0",
        "text-table": "^0.2.0"
      },
      engines: {
        node: "20 || >=22"
      }
    },
    "node_modules/@yeoman/conflicter": {
      version: "4.1.0",
      resolved: "https://registry.npmjs.org/@yeoman/conflicter/-/conflicter-4.1.0.tgz",
      integrity: "sha512-Py62rJdWHf1zMpf801Ql7kg+sbUeVmvfmZf++mgA1SOk/uByLIfcXUMDzQPSHkW4Y7I2yVWLKZATRGjoczXVFQ==",
      license: "MIT",
      dependencies: {
        "@yeoman/transform": "^2.1.1",
        "binary-extensions": "^3.1.0",
        "cli-table": "^0.3.11",
        dateformat: "^5.0.3",
        diff: "^9.0.0",
        isbinaryfile: "^5.0.4",
        "mem-fs-editor": "^12.0.4",
        minimatch: "^10.2.5",
        "p-transform": "^5.0.1",
        "pretty-bytes": "^7.1.0",
        slash: "^5.1.0",
        textextensions: "^6.11.0"
      },
      acceptDependencies: {
        isbinaryfile: "^6.0.0"
      },
      engines: {
        node: "20 || >=22"
      },
      peerDependencies: {
        "@types/node": ">=20.14.8",
        "@yeoman/types": "^1.0.0",
        "mem-fs": "^4.0.0"
      }
    },
    "node_modules/@yeoman/conflicter/node_modules/ejs": {
      version: "6.0.1",
      resolved: "https://registry.npmjs.org/ejs/-/ejs-6.0.1.tgz",
      integrity: "sha512-UaaM14yby8U3k02ihS1Bmj5Kz2d7CCQM1scxpgs4Mhkq8F1wR2gl3+Ts4h5Ne4Mnt7M9m4Dw7jsuMr3+xO4vZA==",
      license: "Apache-2.0",
      bin: {
        ejs: "bin/cli.js"
      },
      engines: {
        node: ">=0.12.18"
      }
    },
    "node_modules/@yeoman/conflicter/node_modules/mem-fs-editor": {
      version: "12.0.6",
      resolved: "https://registry.npmjs.org/mem-fs-editor/-/mem-fs-editor-12.0.6.tgz",
      integrity: "sha512-I8SCe5xl6kVaoiJTJg33aW/s5wsvjG61kXy3TzH17tr8ZfgkBZFDTBQqwcZMSKx7VBAYgQFJEj3f38qXIWE44Q==",
      license: "MIT",
      dependencies: {
        "@types/ejs": "^3.1.5",
        "@types/picomatch": "^4.0.2",
        binaryextensions: "^6.11.0",
        commondir: "^1.0.0",
        debug: "^4.4.3",
        "deep-extend": "^0.6.0",
        ejs: "^6.0.1",
        isbinaryfile: "5.0.7",
        minimatch: "^10.2.5",
        multimatch: "^8.0.0",
        "normalize-path": "^3.0.0",
        textextensions: "^6.11.0",
        tinyglobby: "^0.2.15",
        vinyl: "^3.0.1"
      },
      engines: {
        node: "20 || >=22"
      },
      peerDependencies: {
        "@types/node": ">=20",
        "mem-fs": "^4.0.0"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/@yeoman/conflicter/node_modules/multimatch": {
      version: "8.0.0",
      resolved: "https://registry.npmjs.org/multimatch/-/multimatch-8.0.0.tgz",
      integrity: "sha512-0D10M2/MnEyvoog7tmozlpSqL3HEU1evxUFa3v1dsKYmBDFSP1dLSX4CH2rNjpQ+4Fps8GKmUkCwiKryaKqd9A==",
      license: "MIT",
      dependencies: {
        "array-differ": "^4.0.0",
        "array-union": "^3.0.1",
        minimatch: "^10.2.2"
      },
      engines: {
        node: ">=20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/@yeoman/namespace": {
      version: "1.0.1",
      resolved: "https://registry.npmjs.org/@yeoman/namespace/-/namespace-1.0.1.tgz",
      integrity: "sha512-XGdYL0HCoPvrzW7T8bxD6RbCY/B8uvR2jpOzJc/yEwTueKHwoVhjSLjVXkokQAO0LNl8nQFLVZ1aKfr2eFWZeA==",
      license: "MIT",
      engines: {
        node: "^16.13.0 || >=18.12.0"
      }
    },
    "node_modules/@yeoman/transform": {
      version: "2.1.2",
      resolved: "https://registry.npmjs.org/@yeoman/transform/-/transform-2.1.2.tgz",
      integrity: "sha512-LdPNm5Moc+Z8l2YeQ0IzsybXoV531o7RmGJB8lpFr8SjtqqGkT2bZYlS1LftPpCcPJ//yE0MbI/fPGh1WWlabg==",
      license: "MIT",
      dependencies: {
        minimatch: "^9.0.9"
      },
      acceptDependencies: {
        minimatch: "^10.2.5"
      },
      engines: {
        node: ">=18.19.0"
      },
      peerDependencies: {
        "@types/node": ">=18.19.44"
      }
    },
    "node_modules/@yeoman/types": {
      version: "1.11.1",
      resolved: "https://registry.npmjs.org/@yeoman/types/-/types-1.11.1.tgz",
      integrity: "sha512-27CI5hHQAHfq8ohYILmLNzClbdzBJzu+ny9AzUVV6naJO0l4/+t+67QDKlwQvt+TW3oE5j74I/Mh4Kn14rsVXA==",
      license: "MIT",
      engines: {
        node: "^16.13.0 || >=18.12.0"
      },
      peerDependencies: {
        "@types/node": ">=16.18.26",
        "@yeoman/adapter": "^1.6.0 || ^2.0.0-beta.0 || ^3.0.0 || ^4.0.0",
        "mem-fs": "^3.0.0 || ^4.0.0-beta.1"
      },
      peerDependenciesMeta: {
        "@yeoman/adapter": {
          optional: true
        },
        "mem-fs": {
          optional: true
        }
      }
    },
    "node_modules/abbrev": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/abbrev/-/abbrev-4.0.0.tgz",
      integrity: "sha512-a1wflyaL0tHtJSmLSOVybYhy22vRih4eduhhrkcjgrWGnRfrZtovJ2FRjxuTtkkj47O/baf0R86QU5OuYpz8fA==",
      license: "ISC",
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/accepts": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/accepts/-/accepts-2.0.0.tgz",
      integrity: "sha512-5cvg6CtKwfgdmVqY1WIiXKc3Q1bkRqGLi+2W/6ao+6Y7gu/RCwRuAhGEzh5B4KlszSuTLgZYuqFqo5bImjNKng==",
      license: "MIT",
      dependencies: {
        "mime-types": "^3.0.0",
        negotiator: "^1.0.0"
      },
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/acorn": {
      version: "8.18.0",
      resolved: "https://registry.npmjs.org/acorn/-/acorn-8.18.0.tgz",
      integrity: "sha512-lGq+9yr1/GuAWaVYIHRjvvySG5/4VfKIvC8EWxStPdcDh/Ka7FG3twP6v4d5BkravUilhIAsG4Qj83t02LWUPQ==",
      license: "MIT",
      bin: {
        acorn: "bin/acorn"
      },
      engines: {
        node: ">=0.4.0"
      }
    },
    "node_modules/agent-base": {
      version: "7.1.4",
      resolved: "https://registry.npmjs.org/agent-base/-/agent-base-7.1.4.tgz",
      integrity: "sha512-MnA+YT8fwfJPgBx3m60MNqakm30XOkyIoH1y6huTQvC0PwZG7ki8NacLBcrPbNoo8vEZy7Jpuk7+jMO+CUovTQ==",
      license: "MIT",
      engines: {
        node: ">= 14"
      }
    },
    "node_modules/ajv": {
      version: "8.20.0",
      resolved: "https://registry.npmjs.org/ajv/-/ajv-8.20.0.tgz",
      integrity: "sha512-Thbli+OlOj+iMPYFBVBfJ3OmCAnaSyNn4M1vz9T6Gka5Jt9ba/HIR56joy65tY6kx/FCF5VXNB819Y7/GUrBGA==",
      license: "MIT",
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
    "node_modules/ajv-formats": {
      version: "3.0.1",
      resolved: "https://registry.npmjs.org/ajv-formats/-/ajv-formats-3.0.1.tgz",
      integrity: "sha512-8iUql50EUR+uUcdRQ3HDqa6EVyo3docL8g5WJ3FNcWmu62IbkGUue/pEyLBW8VGKKucTPgqeks4fIU1DA4yowQ==",
      license: "MIT",
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
    "node_modules/ansi-align": {
      version: "3.0.1",
      resolved: "https://registry.npmjs.org/ansi-align/-/ansi-align-3.0.1.tgz",
      integrity: "sha512-IOfwwBF5iczOjp/WeY4YxyjqAFMQoZufdQWDd19SEExbVLNXqvpzSJ/M7Za4/sCPmQ0+GRquoA7bGcINcxew6w==",
      license: "ISC",
      dependencies: {
        "string-width": "^4.1.0"
      }
    },
    "node_modules/ansi-align/node_modules/ansi-regex": {
      version: "5.0.1",
      resolved: "https://registry.npmjs.org/ansi-regex/-/ansi-regex-5.0.1.tgz",
      integrity: "sha512-quJQXlTSUGL2LH9SUXo8VwsY4soanhgo6LNSm84E1LBcE8s3O0wpdiRzyR9z/ZZJMlMWv37qOOb9pdJlMUEKFQ==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/ansi-align/node_modules/string-width": {
      version: "4.2.3",
      resolved: "https://registry.npmjs.org/string-width/-/string-width-4.2.3.tgz",
      integrity: "sha512-wKyQRQpjJ0sIp62ErSZdGsjMJWsap5oRNihHhu6G7JVO/9jIB6UyevL+tXuOqrng8j/cxKTWyWUwvSTriiZz/g==",
      license: "MIT",
      dependencies: {
        "emoji-regex": "^8.0.0",
        "is-fullwidth-code-point": "^3.0.0",
        "strip-ansi": "^6.0.1"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/ansi-align/node_modules/strip-ansi": {
      version: "6.0.1",
      resolved: "https://registry.npmjs.org/strip-ansi/-/strip-ansi-6.0.1.tgz",
      integrity: "sha512-Y38VPSHcqkFrCpFnQ9vuSXmquuv5oXOKpGeT6aGrr3o3Gc9AlVa6JBfUSOCnbxGGZF+/0ooI7KrPuUSztUdU5A==",
      license: "MIT",
      dependencies: {
        "ansi-regex": "^5.0.1"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/ansi-regex": {
      version: "6.2.2",
      resolved: "https://registry.npmjs.org/ansi-regex/-/ansi-regex-6.2.2.tgz",
      integrity: "sha512-Bq3SmSpyFHaWjPk8If9yc6svM8c56dB5BAtW4Qbw5jHTwwXXcTLoRMkpDJp6VL0XzlWaCHTXrkFURMYmD0sLqg==",
      license: "MIT",
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/chalk/ansi-regex?sponsor=1"
      }
    },
    "node_modules/ansi-styles": {
      version: "6.2.3",
      resolved: "https://registry.npmjs.org/ansi-styles/-/ansi-styles-6.2.3.tgz",
      integrity: "sha512-4Dj6M28JB+oAH8kFkTLUo+a2jwOFkuqb3yucU0CANcRRUbxS0cP0nZYCGjcc3BNXwRIsUVmDGgzawme7zvJHvg==",
      license: "MIT",
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/chalk/ansi-styles?sponsor=1"
      }
    },
    "node_modules/append-field": {
      version: "1.0.0",
      resolved: "https://registry.npmjs.org/append-field/-/append-field-1.0.0.tgz",
      integrity: "sha512-klpgFSWLW1ZEs8svjfb7g4qWY0YS5imI82dTg+QahUvJ8YqAY0P10Uk8tTyh9ZGuYEZEMaeJYCF5BFuX552hsw==",
      license: "MIT"
    },
    "node_modules/argparse": {
      version: "2.0.1",
      resolved: "https://registry.npmjs.org/argparse/-/argparse-2.0.1.tgz",
      integrity: "sha512-8+9WqebbFzpX9OR+Wa6O29asIogeRMzcGtAINdpMHHyAg10f05aSFVBbcEqGf/PXw1EjAZ+q2/bEBg3DvurK3Q==",
      license: "Python-2.0"
    },
    "node_modules/array-differ": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/array-differ/-/array-differ-4.0.0.tgz",
      integrity: "sha512-Q6VPTLMsmXZ47ENG3V+wQyZS1ZxXMxFyYzA+Z/GMrJ6yIutAIEf9wTyroTzmGjNfox9/h3GdGBCVh43GVFx4Uw==",
      license: "MIT",
      engines: {
        node: "^12.20.0 || ^14.13.1 || >=16.0.0"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/array-union": {
      version: "3.0.1",
      resolved: "https://registry.npmjs.org/array-union/-/array-union-3.0.1.tgz",
      integrity: "sha512-1OvF9IbWwaeiM9VhzYXVQacMibxpXOMYVNIvMtKRyX9SImBXpKcFr8XvFDeEslCyuH/t6KRt7HEO94AlP8Iatw==",
      license: "MIT",
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/arrify": {
      version: "3.0.0",
      resolved: "https://registry.npmjs.org/arrify/-/arrify-3.0.0.tgz",
      integrity: "sha512-tLkvA81vQG/XqE2mjDkGQHoOINtMHtysSnemrmoGe6PydDPMRbVugqyk4A6V/WDWEfm3l+0d8anA9r8cv/5Jaw==",
      license: "MIT",
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/async": {
      version: "3.2.6",
      resolved: "https://registry.npmjs.org/async/-/async-3.2.6.tgz",
      integrity: "sha512-htCUDlxyyCLMgaM3xXg0C0LW2xqfuQ6p05pCEIsXuyQ+a1koYKTuBMzRNwmybfLgvJDMd0r1LTn4+E0Ti6C2AA==",
      license: "MIT"
    },
    "node_modules/atomically": {
      version: "2.1.1",
      resolved: "https://registry.npmjs.org/atomically/-/atomically-2.1.1.tgz",
      integrity: "sha512-P4w9o2dqARji6P7MHprklbfiArZAWvo07yW7qs3pdljb3BWr12FIB7W+p0zJiuiVsUpRO0iZn1kFFcpPegg0tQ==",
      license: "MIT",
      dependencies: {
        "stubborn-fs": "^2.0.0",
        "when-exit": "^2.1.4"
      }
    },
    "node_modules/b4a": {
      version: "1.8.1",
      resolved: "https://registry.npmjs.org/b4a/-/b4a-1.8.1.tgz",
      integrity: "sha512-aiqre1Nr0B/6DgE2N5vwTc+2/oQZ4Wh1t4NznYY4E00y8LCt6NqdRv81so00oo27D8MVKTpUa/MwUUtBLXCoDw==",
      license: "Apache-2.0",
      peerDependencies: {
        "react-native-b4a": "*"
      },
      peerDependenciesMeta: {
        "react-native-b4a": {
          optional: true
        }
      }
    },
    "node_modules/balanced-match": {
      version: "4.0.4",
      resolved: "https://registry.npmjs.org/balanced-match/-/balanced-match-4.0.4.tgz",
      integrity: "sha512-BLrgEcRTwX2o6gGxGOCNyMvGSp35YofuYzw9h1IMTRmKqttAZZVU67bdb9Pr2vUHA8+j3i2tJfjO6C6+4myGTA==",
      license: "MIT",
      engines: {
        node: "18 || 20 || >=22"
      }
    },
    "node_modules/bare-events": {
      version: "2.9.1",
      resolved: "https://registry.npmjs.org/bare-events/-/bare-events-2.9.1.tgz",
      integrity: "sha512-Z0oHEHAFDZkffN8Qc39zNZjQlMDkPJRyyyZieU1VH7u8c5S+qHZ2S8ixdKIAxEjfHO7FJxXmJWgteOghVanIsg==",
      license: "Apache-2.0",
      peerDependencies: {
        "bare-abort-controller": "*"
      },
      peerDependenciesMeta: {
        "bare-abort-controller": {
          optional: true
        }
      }
    },
    "node_modules/before-after-hook": {
      version: "3.0.2",
      resolved: "https://registry.npmjs.org/before-after-hook/-/before-after-hook-3.0.2.tgz",
      integrity: "sha512-Nik3Sc0ncrMK4UUdXQmAnRtzmNQTAAXmXIopizwZ1W1t8QmfJj+zL4OA2I7XPTPW5z5TDqv4hRo/JzouDJnX3A==",
      license: "Apache-2.0"
    },
    "node_modules/bin-links": {
      version: "6.0.2",
      resolved: "https://registry.npmjs.org/bin-links/-/bin-links-6.0.2.tgz",
      integrity: "sha512-frE1t78WOwJ45PKV2cF2tNPjTcs9L1J9s6VkrV59wanRP4GlaomuxYPVma7BwthMg8WnfSory4w5PTE6FZZ81w==",
      license: "ISC",
      dependencies: {
        "cmd-shim": "^8.0.0",
        "npm-normalize-package-bin": "^5.0.0",
        "proc-log": "^6.0.0",
        "read-cmd-shim": "^6.0.0",
        "write-file-atomic": "^7.0.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/binary-extensions": {
      version: "3.1.0",
      resolved: "https://registry.npmjs.org/binary-extensions/-/binary-extensions-3.1.0.tgz",
      integrity: "sha512-Jvvd9hy1w+xUad8+ckQsWA/V1AoyubOvqn0aygjMOVM4BfIaRav1NFS3LsTSDaV4n4FtcCtQXvzep1E6MboqwQ==",
      license: "MIT",
      engines: {
        node: ">=18.20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/binaryextensions": {
      version: "6.11.0",
      resolved: "https://registry.npmjs.org/binaryextensions/-/binaryextensions-6.11.0.tgz",
      integrity: "sha512-sXnYK/Ij80TO3lcqZVV2YgfKN5QjUWIRk/XSm2J/4bd/lPko3lvk0O4ZppH6m+6hB2/GTu+ptNwVFe1xh+QLQw==",
      license: "Artistic-2.0",
      dependencies: {
        editions: "^6.21.0"
      },
      engines: {
        node: ">=4"
      },
      funding: {
        url: "https://bevry.me/fund"
      }
    },
    "node_modules/bluebird": {
      version: "3.7.2",
      resolved: "https://registry.npmjs.org/bluebird/-/bluebird-3.7.2.tgz",
      integrity: "sha512-XpNj6GDQzdfW+r2Wnn7xiSAd7TM3jzkxGXBGTtWKuSXv1xUV+azxAm8jdWZN06QTQk+2N2XB9jRDkvbmQmcRtg==",
      license: "MIT"
    },
    "node_modules/body-parser": {
      version: "2.3.0",
      resolved: "https://registry.npmjs.org/body-parser/-/body-parser-2.3.0.tgz",
      integrity: "sha512-2cGmJupaNgg+QUwVLAucDuWuoMZ6EX9iHDRswZ5lsNYEmwPaRknMPCLZz07yTzVq/83p4o/wzbDZbBrTvGGTIw==",
      license: "MIT",
      dependencies: {
        bytes: "^3.1.2",
        "content-type": "^2.0.0",
        debug: "^4.4.3",
        "http-errors": "^2.0.1",
        "iconv-lite": "^0.7.2",
        "on-finished": "^2.4.1",
        qs: "^6.15.2",
        "raw-body": "^3.0.2",
        "type-is": "^2.1.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/express"
      }
    },
    "node_modules/body-parser/node_modules/content-type": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/content-type/-/content-type-2.0.0.tgz",
      integrity: "sha512-j/O/d7GcZCyNl7/hwZAb606rzqkyvaDctLmckbxLzHvFBzTJHuGEdodATcP3yIRoDrLHkIATJuvzbFlp/ki2cQ==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/express"
      }
    },
    "node_modules/boxen": {
      version: "8.0.1",
      resolved: "https://registry.npmjs.org/boxen/-/boxen-8.0.1.tgz",
      integrity: "sha512-F3PH5k5juxom4xktynS7MoFY+NUWH5LC4CnH11YB8NPew+HLpmBLCybSAEyb2F+4pRXhuhWqFesoQd6DAyc2hw==",
      license: "MIT",
      dependencies: {
        "ansi-align": "^3.0.1",
        camelcase: "^8.0.0",
        chalk: "^5.3.0",
        "cli-boxes": "^3.0.0",
        "string-width": "^7.2.0",
        "type-fest": "^4.21.0",
        "widest-line": "^5.0.0",
        "wrap-ansi": "^9.0.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/boxen/node_modules/emoji-regex": {
      version: "10.6.0",
      resolved: "https://registry.npmjs.org/emoji-regex/-/emoji-regex-10.6.0.tgz",
      integrity: "sha512-toUI84YS5YmxW219erniWD0CIVOo46xGKColeNQRgOzDorgBi1v4D71/OFzgD9GO2UGKIv1C3Sp8DAn0+j5w7A==",
      license: "MIT"
    },
    "node_modules/boxen/node_modules/string-width": {
      version: "7.2.0",
      resolved: "https://registry.npmjs.org/string-width/-/string-width-7.2.0.tgz",
      integrity: "sha512-tsaTIkKW9b4N+AEj+SVA+WhJzV7/zMhcSu78mLKWSk7cXMOSHsBKFWUs0fWwq8QyK3MgJBQRX6Gbi4kYbdvGkQ==",
      license: "MIT",
      dependencies: {
        "emoji-regex": "^10.3.0",
        "get-east-asian-width": "^1.0.0",
        "strip-ansi": "^7.1.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/brace-expansion": {
      version: "5.0.7",
      resolved: "https://registry.npmjs.org/brace-expansion/-/brace-expansion-5.0.7.tgz",
      integrity: "sha512-7oFy703dxfY3/NLxC1fh2SUCQ0H9rmAY+5EpDVfXjUTTs+HEwR2nYaqLv+GWcTsumwxPfiz6CzCNkwXwBUwqCA==",
      license: "MIT",
      dependencies: {
        "balanced-match": "^4.0.2"
      },
      engines: {
        node: "18 || 20 || >=22"
      }
    },
    "node_modules/braces": {
      version: "3.0.3",
      resolved: "https://registry.npmjs.org/braces/-/braces-3.0.3.tgz",
      integrity: "sha512-yQbXgO/OSZVD2IsiLlro+7Hf6Q18EJrKSEsdoMzKePKXct3gvD8oLcOQdIzGupr5Fj+EDe8gO/lxc1BzfMpxvA==",
      inBundle: true,
      license: "MIT",
      dependencies: {
        "fill-range": "^7.1.1"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/buffer-crc32": {
      version: "1.0.0",
      resolved: "https://registry.npmjs.org/buffer-crc32/-/buffer-crc32-1.0.0.tgz",
      integrity: "sha512-Db1SbgBS/fg/392AblrMJk97KggmvYhr4pB5ZIMTWtaivCPMWLkmb7m21cJvpvgK+J3nsU2CmmixNBZx4vFj/w==",
      license: "MIT",
      engines: {
        node: ">=8.0.0"
      }
    },
    "node_modules/buffer-from": {
      version: "1.1.2",
      resolved: "https://registry.npmjs.org/buffer-from/-/buffer-from-1.1.2.tgz",
      integrity: "sha512-E+XQCRwSbaaiChtv6k6Dwgc+bx+Bs6vuKJHHl5kox/BaKbhiXzqQOwK4cO22yElGp2OCmjwVhT3HmxgyPGnJfQ==",
      license: "MIT"
    },
    "node_modules/bundle-name": {
      version: "4.1.0",
      resolved: "https://registry.npmjs.org/bundle-name/-/bundle-name-4.1.0.tgz",
      integrity: "sha512-tjwM5exMg6BGRI+kNmTntNsvdZS1X8BFYS6tnJ2hdH0kVxM6/eVZ2xy+FqStSWvYmtfFMDLIxurorHwDKfDz5Q==",
      license: "MIT",
      dependencies: {
        "run-applescript": "^7.0.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/busboy": {
      version: "1.6.0",
      resolved: "https://registry.npmjs.org/busboy/-/busboy-1.6.0.tgz",
      integrity: "sha512-8SFQbg/0hQ9xy3UNTB0YEnsNBbWfhf7RtnzpL7TkBiTBRfrQ9Fxcnz7VJsleJpyp6rVLvXiuORqjlHi5q+PYuA==",
      dependencies: {
        streamsearch: "^1.1.0"
      },
      engines: {
        node: ">=10.16.0"
      }
    },
    "node_modules/bytes": {
      version: "3.1.2",
      resolved: "https://registry.npmjs.org/bytes/-/bytes-3.1.2.tgz",
      integrity: "sha512-/Nf7TyzTx6S3yRJObOAV7956r8cr2+Oj8AC5dt8wSP3BQAoeX58NoHyCU8P8zGkNXStjTSi6fzO6F0pBdcYbEg==",
      license: "MIT",
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/cacache": {
      version: "20.0.4",
      resolved: "https://registry.npmjs.org/cacache/-/cacache-20.0.4.tgz",
      integrity: "sha512-M3Lab8NPYlZU2exsL3bMVvMrMqgwCnMWfdZbK28bn3pK6APT/Te/I8hjRPNu1uwORY9a1eEQoifXbKPQMfMTOA==",
      license: "ISC",
      dependencies: {
        "@npmcli/fs": "^5.0.0",
        "fs-minipass": "^3.0.0",
        glob: "^13.0.0",
        "lru-cache": "^11.1.0",
        minipass: "^7.0.3",
        "minipass-collect": "^2.0.1",
        "minipass-flush": "^1.0.5",
        "minipass-pipeline": "^1.2.4",
        "p-map": "^7.0.2",
        ssri: "^13.0.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/call-bind-apply-helpers": {
      version: "1.0.2",
      resolved: "https://registry.npmjs.org/call-bind-apply-helpers/-/call-bind-apply-helpers-1.0.2.tgz",
      integrity: "sha512-Sp1ablJ0ivDkSzjcaJdxEunN5/XvksFJ2sMBFfq6x0ryhQV/2b/KwFe21cMpmHtPOSij8K99/wSfoEuTObmuMQ==",
      license: "MIT",
      dependencies: {
        "es-errors": "^1.3.0",
        "function-bind": "^1.1.2"
      },
      engines: {
        node: ">= 0.4"
      }
    },
    "node_modules/call-bound": {
      version: "1.0.4",
      resolved: "https://registry.npmjs.org/call-bound/-/call-bound-1.0.4.tgz",
      integrity: "sha512-+ys997U96po4Kx/ABpBCqhA9EuxJaQWDQg7295H4hBphv3IZg0boBKuwYpt4YXp6MZ5AmZQnU/tyMTlRpaSejg==",
      license: "MIT",
      dependencies: {
        "call-bind-apply-helpers": "^1.0.2",
        "get-intrinsic": "^1.3.0"
      },
      engines: {
        node: ">= 0.4"
      },
      funding: {
        url: "https://github.com/sponsors/ljharb"
      }
    },
    "node_modules/camelcase": {
      version: "8.0.0",
      resolved: "https://registry.npmjs.org/camelcase/-/camelcase-8.0.0.tgz",
      integrity: "sha512-8WB3Jcas3swSvjIeA2yvCJ+Miyz5l1ZmB6HFb9R1317dt9LCQoswg/BGrmAmkWVEszSrrg4RwmO46qIm2OEnSA==",
      license: "MIT",
      engines: {
        node: ">=16"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/chalk": {
      version: "5.6.2",
      resolved: "https://registry.npmjs.org/chalk/-/chalk-5.6.2.tgz",
      integrity: "sha512-7NzBL0rN6fMUW+f7A6Io4h40qQlG+xGmtMxfbnH/K7TAtt8JQWVQK+6g0UXKMeVJoyV5EkkNsErQ8pVD3bLHbA==",
      license: "MIT",
      engines: {
        node: "^12.17.0 || ^14.13 || >=16.0.0"
      },
      funding: {
        url: "https://github.com/chalk/chalk?sponsor=1"
      }
    },
    "node_modules/chardet": {
      version: "2.2.0",
      resolved: "https://registry.npmjs.org/chardet/-/chardet-2.2.0.tgz",
      integrity: "sha512-rddelWYNPRrXq6PtNEN2S3f6t9ILzvqaN5pVgi4kqt9jHQaXIial9PznB5iSPVlQSLNaaH22ItWz3EJtQ10+OA==",
      license: "MIT"
    },
    "node_modules/chokidar": {
      version: "5.0.0",
      resolved: "https://registry.npmjs.org/chokidar/-/chokidar-5.0.0.tgz",
      integrity: "sha512-TQMmc3w+5AxjpL8iIiwebF73dRDF4fBIieAqGn9RGCWaEVwQ6Fb2cGe31Yns0RRIzii5goJ1Y7xbMwo1TxMplw==",
      license: "MIT",
      dependencies: {
        readdirp: "^5.0.0"
      },
      engines: {
        node: ">= 20.19.0"
      },
      funding: {
        url: "https://paulmillr.com/funding/"
      }
    },
    "node_modules/chownr": {
      version: "3.0.0",
      resolved: "https://registry.npmjs.org/chownr/-/chownr-3.0.0.tgz",
      integrity: "sha512-+IxzY9BZOQd/XuYPRmrvEVjF/nqj5kgT4kEq7VofrDoM1MxoRjEWkrCC3EtLi59TVawxTAn+orJwFQcrqEN1+g==",
      license: "BlueOak-1.0.0",
      engines: {
        node: ">=18"
      }
    },
    "node_modules/cli-boxes": {
      version: "3.0.0",
      resolved: "https://registry.npmjs.org/cli-boxes/-/cli-boxes-3.0.0.tgz",
      integrity: "sha512-/lzGpEWL/8PfI0BmBOPRwp0c/wFNX1RdUML3jK/RcSBA9T8mZDdQpqYBKtCFTOfQbwPqWEOpjqW+Fnayc0969g==",
      license: "MIT",
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/cli-cursor": {
      version: "5.0.0",
      resolved: "https://registry.npmjs.org/cli-cursor/-/cli-cursor-5.0.0.tgz",
      integrity: "sha512-aCj4O5wKyszjMmDT4tZj93kxyydN/K5zPWSCe6/0AV/AA1pqe5ZBIw0a2ZfPQV7lL5/yb5HsUreJ6UFAF1tEQw==",
      license: "MIT",
      dependencies: {
        "restore-cursor": "^5.0.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/cli-spinners": {
      version: "3.4.0",
      resolved: "https://registry.npmjs.org/cli-spinners/-/cli-spinners-3.4.0.tgz",
      integrity: "sha512-bXfOC4QcT1tKXGorxL3wbJm6XJPDqEnij2gQ2m7ESQuE+/z9YFIWnl/5RpTiKWbMq3EVKR4fRLJGn6DVfu0mpw==",
      license: "MIT",
      engines: {
        node: ">=18.20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/cli-table": {
      version: "0.3.11",
      resolved: "https://registry.npmjs.org/cli-table/-/cli-table-0.3.11.tgz",
      integrity: "sha512-IqLQi4lO0nIB4tcdTpN4LCB9FI3uqrJZK7RC515EnhZ6qBaglkIgICb1wjeAqpdoOabm1+SuQtkXIPdYC93jhQ==",
      dependencies: {
        colors: "1.0.3"
      },
      engines: {
        node: ">= 0.2.0"
      }
    },
    "node_modules/cli-width": {
      version: "4.1.0",
      resolved: "https://registry.npmjs.org/cli-width/-/cli-width-4.1.0.tgz",
      integrity: "sha512-ouuZd4/dm2Sw5Gmqy6bGyNNNe1qt9RpmxveLSO7KcgsTnU7RXfsw+/bukWGo1abgBiMAic068rclZsO4IWmmxQ==",
      license: "ISC",
      engines: {
        node: ">= 12"
      }
    },
    "node_modules/clone": {
      version: "2.1.2",
      resolved: "https://registry.npmjs.org/clone/-/clone-2.1.2.tgz",
      integrity: "sha512-3Pe/CF1Nn94hyhIYpjtiLhdCoEoz0DqQ+988E9gmeEdQZlojxnOb74wctFyuwWQHzqyf9X7C7MG8juUpqBJT8w==",
      license: "MIT",
      engines: {
        node: ">=0.8"
      }
    },
    "node_modules/cmd-shim": {
      version: "8.0.0",
      resolved: "https://registry.npmjs.org/cmd-shim/-/cmd-shim-8.0.0.tgz",
      integrity: "sha512-Jk/BK6NCapZ58BKUxlSI+ouKRbjH1NLZCgJkYoab+vEHUY3f6OzpNBN9u7HFSv9J6TRDGs4PLOHezoKGaFRSCA==",
      license: "ISC",
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/colors": {
      version: "1.0.3",
      resolved: "https://registry.npmjs.org/colors/-/colors-1.0.3.tgz",
      integrity: "sha512-pFGrxThWcWQ2MsAz6RtgeWe4NK2kUE1WfsrvvlctdII745EW9I0yflqhe7++M5LEc7bV2c/9/5zc8sFcpL0Drw==",
      license: "MIT",
      engines: {
        node: ">=0.1.90"
      }
    },
    "node_modules/commander": {
      version: "14.0.3",
      resolved: "https://registry.npmjs.org/commander/-/commander-14.0.3.tgz",
      integrity: "sha512-H+y0Jo/T1RZ9qPP4Eh1pkcQcLRglraJaSLoyOtHxu6AapkjWVCy2Sit1QQ4x3Dng8qDlSsZEet7g5Pq06MvTgw==",
      inBundle: true,
      license: "MIT",
      engines: {
        node: ">=20"
      }
    },
    "node_modules/common-ancestor-path": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/common-ancestor-path/-/common-ancestor-path-2.0.0.tgz",
      integrity: "sha512-dnN3ibLeoRf2HNC+OlCiNc5d2zxbLJXOtiZUudNFSXZrNSydxcCsSpRzXwfu7BBWCIfHPw+xTayeBvJCP/D8Ng==",
      license: "BlueOak-1.0.0",
      engines: {
        node: ">= 18"
      }
    },
    "node_modules/commondir": {
      version: "1.0.1",
      resolved: "https://registry.npmjs.org/commondir/-/commondir-1.0.1.tgz",
      integrity: "sha512-W9pAhw0ja1Edb5GVdIF1mjZw/ASI0AlShXM83UUGe2DVr5TdAPEA1OA8m/g8zWp9x6On7gqufY+FatDbC3MDQg==",
      license: "MIT"
    },
    "node_modules/concat-stream": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/concat-stream/-/concat-stream-2.0.0.tgz",
      integrity: "sha512-MWufYdFw53ccGjCA+Ol7XJYpAlW6/prSMzuPOTRnJGcGzuhLn4Scrz7qf6o8bROZ514ltazcIFJZevcfbo0x7A==",
      engines: [
        "node >= 6.0"
      ],
      license: "MIT",
      dependencies: {
        "buffer-from": "^1.0.0",
        inherits: "^2.0.3",
        "readable-stream": "^3.0.2",
        typedarray: "^0.0.6"
      }
    },
    "node_modules/config-chain": {
      version: "1.1.13",
      resolved: "https://registry.npmjs.org/config-chain/-/config-chain-1.1.13.tgz",
      integrity: "sha512-qj+f8APARXHrM0hraqXYb2/bOVSV4PvJQlNZ/DVj0QrmNM2q2euizkeuVckQ57J+W0mRH6Hvi+k50M4Jul2VRQ==",
      license: "MIT",
      dependencies: {
        ini: "^1.3.4",
        "proto-list": "~1.2.1"
      }
    },
    "node_modules/config-chain/node_modules/ini": {
      version: "1.3.8",
      resolved: "https://registry.npmjs.org/ini/-/ini-1.3.8.tgz",
      integrity: "sha512-JV/yugV2uzW5iMRSiZAyDtQd+nxtUnjeLt0acNdw98kKLrvuRVyB80tsREOE7yvGVgalhZ6RNXCmEHkUKBKxew==",
      license: "ISC"
    },
    "node_modules/configstore": {
      version: "7.1.0",
      resolved: "https://registry.npmjs.org/configstore/-/configstore-7.1.0.tgz",
      integrity: "sha512-N4oog6YJWbR9kGyXvS7jEykLDXIE2C0ILYqNBZBp9iwiJpoCBWYsuAdW6PPFn6w06jjnC+3JstVvWHO4cZqvRg==",
      license: "BSD-2-Clause",
      dependencies: {
        atomically: "^2.0.3",
        "dot-prop": "^9.0.0",
        "graceful-fs": "^4.2.11",
        "xdg-basedir": "^5.1.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/content-disposition": {
      version: "1.1.0",
      resolved: "https://registry.npmjs.org/content-disposition/-/content-disposition-1.1.0.tgz",
      integrity: "sha512-5jRCH9Z/+DRP7rkvY83B+yGIGX96OYdJmzngqnw2SBSxqCFPd0w2km3s5iawpGX8krnwSGmF0FW5Nhr0Hfai3g==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/express"
      }
    },
    "node_modules/content-type": {
      version: "1.0.5",
      resolved: "https://registry.npmjs.org/content-type/-/content-type-1.0.5.tgz",
      integrity: "sha512-nTjqfcBFEipKdXCv4YDQWCfmcLZKm81ldF0pAopTvyrFGVbcR6P/VAAd5G7N+0tTr8QqiU0tFadD6FK4NtJwOA==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/cookie": {
      version: "0.7.2",
      resolved: "https://registry.npmjs.org/cookie/-/cookie-0.7.2.tgz",
      integrity: "sha512-yki5XnKuf750l50uGTllt6kKILY4nQ1eNIQatoXEByZ5dWgnKqbnqmTrBE5B4N7lrMJKQ2ytWMiTO2o0v6Ew/w==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/cookie-signature": {
      version: "1.2.2",
      resolved: "https://registry.npmjs.org/cookie-signature/-/cookie-signature-1.2.2.tgz",
      integrity: "sha512-D76uU73ulSXrD1UXF4KE2TMxVVwhsnCgfAyTg9k8P6KGZjlXKrOLe4dJQKI3Bxi5wjesZoFXJWElNWBjPZMbhg==",
      license: "MIT",
      engines: {
        node: ">=6.6.0"
      }
    },
    "node_modules/core-util-is": {
      version: "1.0.3",
      resolved: "https://registry.npmjs.org/core-util-is/-/core-util-is-1.0.3.tgz",
      integrity: "sha512-ZQBvi1DcpJ4GDqanjucZ2Hj3wEO5pZDS89BWbkcrvdxksJorwUDDZamX9ldFkp9aw2lmBDLgkObEA4DWNJ9FYQ==",
      license: "MIT"
    },
    "node_modules/cors": {
      version: "2.8.6",
      resolved: "https://registry.npmjs.org/cors/-/cors-2.8.6.tgz",
      integrity: "sha512-tJtZBBHA6vjIAaF6EnIaq6laBBP9aq/Y3ouVJjEfoHbRBcHBAHYcMh/w8LDrk2PvIMMq8gmopa5D4V8RmbrxGw==",
      license: "MIT",
      dependencies: {
        "object-assign": "^4",
        vary: "^1"
      },
      engines: {
        node: ">= 0.10"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/express"
      }
    },
    "node_modules/cross-spawn": {
      version: "7.0.6",
      resolved: "https://registry.npmjs.org/cross-spawn/-/cross-spawn-7.0.6.tgz",
      integrity: "sha512-uV2QOWP2nWzsy2aMp8aRibhi9dlzF5Hgh5SHaB9OiTGEyDTiJJyx0uy51QXdyWbtAHNua4XJzUKca3OzKUd3vA==",
      inBundle: true,
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
    "node_modules/cssesc": {
      version: "3.0.0",
      resolved: "https://registry.npmjs.org/cssesc/-/cssesc-3.0.0.tgz",
      integrity: "sha512-/Tb/JcjK111nNScGob5MNtsntNM1aCNUDipB/TkwZFhyDrrE47SOx/18wF2bbjgc3ZzCSKW1T5nt5EbFoAz/Vg==",
      license: "MIT",
      bin: {
        cssesc: "bin/cssesc"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/dateformat": {
      version: "5.0.3",
      resolved: "https://registry.npmjs.org/dateformat/-/dateformat-5.0.3.tgz",
      integrity: "sha512-Kvr6HmPXUMerlLcLF+Pwq3K7apHpYmGDVqrxcDasBg86UcKeTSNWbEzU8bwdXnxnR44FtMhJAxI4Bov6Y/KUfA==",
      license: "MIT",
      engines: {
        node: ">=12.20"
      }
    },
    "node_modules/debounce-promise": {
      version: "3.1.2",
      resolved: "https://registry.npmjs.org/debounce-promise/-/debounce-promise-3.1.2.tgz",
      integrity: "sha512-rZHcgBkbYavBeD9ej6sP56XfG53d51CD4dnaw989YX/nZ/ZJfgRx/9ePKmTNiUiyQvh4mtrMoS3OAWW+yoYtpg==",
      license: "MIT"
    },
    "node_modules/debug": {
      version: "4.4.3",
      resolved: "https://registry.npmjs.org/debug/-/debug-4.4.3.tgz",
      integrity: "sha512-RGwwWnwQvkVfavKVt22FGLw+xYSdzARwm0ru6DhTVA3umU5hZc28V3kO4stgYryrTlLpuvgI9GiijltAjNbcqA==",
      license: "MIT",
      dependencies: {
        ms: "^2.1.3"
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
    "node_modules/deep-extend": {
      version: "0.6.0",
      resolved: "https://registry.npmjs.org/deep-extend/-/deep-extend-0.6.0.tgz",
      integrity: "sha512-LOHxIOaPYdHlJRtCQfDIVZtfw/ufM8+rVj649RIHzcm/vGwQRXFt6OPqIFWsm2XEMrNIEtWR64sY1LEKD2vAOA==",
      license: "MIT",
      engines: {
        node: ">=4.0.0"
      }
    },
    "node_modules/default-browser": {
      version: "5.5.0",
      resolved: "https://registry.npmjs.org/default-browser/-/default-browser-5.5.0.tgz",
      integrity: "sha512-H9LMLr5zwIbSxrmvikGuI/5KGhZ8E2zH3stkMgM5LpOWDutGM2JZaj460Udnf1a+946zc7YBgrqEWwbk7zHvGw==",
      license: "MIT",
      dependencies: {
        "bundle-name": "^4.1.0",
        "default-browser-id": "^5.0.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/default-browser-id": {
      version: "5.0.1",
      resolved: "https://registry.npmjs.org/default-browser-id/-/default-browser-id-5.0.1.tgz",
      integrity: "sha512-x1VCxdX4t+8wVfd1so/9w+vQ4vx7lKd2Qp5tDRutErwmR85OgmfX7RlLRMWafRMY7hbEiXIbudNrjOAPa/hL8Q==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/define-lazy-prop": {
      version: "3.0.0",
      resolved: "https://registry.npmjs.org/define-lazy-prop/-/define-lazy-prop-3.0.0.tgz",
      integrity: "sha512-N+MeXYoqr3pOgn8xfyRPREN7gHakLYjhsHhWGT3fWAiL4IkAt0iDw14QiiEm2bE30c5XX5q0FtAA3CK5f9/BUg==",
      license: "MIT",
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/degit": {
      version: "2.8.6",
      resolved: "https://registry.npmjs.org/degit/-/degit-2.8.6.tgz",
      integrity: "sha512-UzjEf67itNZtQF4ZFSNYT+JY78VKtkRJPnksn1tVDAX74Ar0zMqnB5UvsiAjIOBiIHv3BbAPCEJDn/zasbV5rw==",
      inBundle: true,
      license: "MIT",
      bin: {
        degit: "degit"
      },
      engines: {
        node: ">=8.0.0"
      }
    },
    "node_modules/depd": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/depd/-/depd-2.0.0.tgz",
      integrity: "sha512-g7nH6P6dyDioJogAAGprGpCtVImJhpPk/roCzdb3fIh61/s/nPsfR6onyMwkCAR/OlC3yBC0lESvUoQEAssIrw==",
      license: "MIT",
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/diff": {
      version: "9.0.0",
      resolved: "https://registry.npmjs.org/diff/-/diff-9.0.0.tgz",
      integrity: "sha512-svtcdpS8CgJyqAjEQIXdb3OjhFVVYjzGAPO8WGCmRbrml64SPw/jJD4GoE98aR7r25A0XcgrK3F02yw9R/vhQw==",
      license: "BSD-3-Clause",
      engines: {
        node: ">=0.3.1"
      }
    },
    "node_modules/dot-prop": {
      version: "9.0.0",
      resolved: "https://registry.npmjs.org/dot-prop/-/dot-prop-9.0.0.tgz",
      integrity: "sha512-1gxPBJpI/pcjQhKgIU91II6Wkay+dLcN3M6rf2uwP8hRur3HtQXjVrdAK3sjC0piaEuxzMwjXChcETiJl47lAQ==",
      license: "MIT",
      dependencies: {
        "type-fest": "^4.18.2"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/dunder-proto": {
      version: "1.0.1",
      resolved: "https://registry.npmjs.org/dunder-proto/-/dunder-proto-1.0.1.tgz",
      integrity: "sha512-KIN/nDJBQRcXw0MLVhZE9iQHmG68qAVIBg9CqmUYjmQIhgij9U5MFvrqkUL5FbtyyzZuOeOt0zdeRe4UY7ct+A==",
      license: "MIT",
      dependencies: {
        "call-bind-apply-helpers": "^1.0.1",
        "es-errors": "^1.3.0",
        gopd: "^1.2.0"
      },
      engines: {
        node: ">= 0.4"
      }
    },
    "node_modules/duplexer2": {
      version: "0.1.4",
      resolved: "https://registry.npmjs.org/duplexer2/-/duplexer2-0.1.4.tgz",
      integrity: "sha512-asLFVfWWtJ90ZyOUHMqk7/S2w2guQKxUI2itj3d92ADHhxUSbCMGi1f1cBcJ7xM1To+pE/Khbwo1yuNbMEPKeA==",
      license: "BSD-3-Clause",
      dependencies: {
        "readable-stream": "^2.0.2"
      }
    },
    "node_modules/duplexer2/node_modules/readable-stream": {
      version: "2.3.8",
      resolved: "https://registry.npmjs.org/readable-stream/-/readable-stream-2.3.8.tgz",
      integrity: "sha512-8p0AUk4XODgIewSi0l8Epjs+EVnWiK7NoDIEGU0HhE7+ZyY8D1IMY7odu5lRrFXGg71L15KG8QrPmum45RTtdA==",
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
    "node_modules/duplexer2/node_modules/safe-buffer": {
      version: "5.1.2",
      resolved: "https://registry.npmjs.org/safe-buffer/-/safe-buffer-5.1.2.tgz",
      integrity: "sha512-Gd2UZBJDkXlY7GbJxfsE8/nvKkUEU1G38c1siN6QP6a9PT9MmHB8GnpscSmMJSoF8LOIrt8ud/wPtojys4G6+g==",
      license: "MIT"
    },
    "node_modules/duplexer2/node_modules/string_decoder": {
      version: "1.1.1",
      resolved: "https://registry.npmjs.org/string_decoder/-/string_decoder-1.1.1.tgz",
      integrity: "sha512-n/ShnvDi6FHbbVfviro+WojiFzv+s8MPMHBczVePfUpDJLwoLT0ht1l4YwBCbi8pJAveEEdnkHyPyTP/mzRfwg==",
      license: "MIT",
      dependencies: {
        "safe-buffer": "~5.1.0"
      }
    },
    "node_modules/editions": {
      version: "6.22.0",
      resolved: "https://registry.npmjs.org/editions/-/editions-6.22.0.tgz",
      integrity: "sha512-UgGlf8IW75je7HZjNDpJdCv4cGJWIi6yumFdZ0R7A8/CIhQiWUjyGLCxdHpd8bmyD1gnkfUNK0oeOXqUS2cpfQ==",
      license: "Artistic-2.0",
      dependencies: {
        "version-range": "^4.15.0"
      },
      engines: {
        ecmascript: ">= es5",
        node: ">=4"
      },
      funding: {
        url: "https://bevry.me/fund"
      }
    },
    "node_modules/ee-first": {
      version: "1.1.1",
      resolved: "https://registry.npmjs.org/ee-first/-/ee-first-1.1.1.tgz",
      integrity: "sha512-WMwm9LhRUo+WUaRN+vRuETqG89IgZphVSNkdFgeb6sS/E4OrDIN7t48CAewSHXc6C8lefD8KKfr5vY61brQlow==",
      license: "MIT"
    },
    "node_modules/ejs": {
      version: "3.1.10",
      resolved: "https://registry.npmjs.org/ejs/-/ejs-3.1.10.tgz",
      integrity: "sha512-UeJmFfOrAQS8OJWPZ4qtgHyWExa088/MtK5UEyoJGFH67cDEXkZSviOiKRCZ4Xij0zxI3JECgYs3oKx+AizQBA==",
      license: "Apache-2.0",
      dependencies: {
        jake: "^10.8.5"
      },
      bin: {
        ejs: "bin/cli.js"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/email-validator": {
      version: "2.0.4",
      resolved: "https://registry.npmjs.org/email-validator/-/email-validator-2.0.4.tgz",
      integrity: "sha512-gYCwo7kh5S3IDyZPLZf6hSS0MnZT8QmJFqYvbqlDZSbwdZlY6QZWxJ4i/6UhITOJ4XzyI647Bm2MXKCLqnJ4nQ==",
      engines: {
        node: ">4.0"
      }
    },
    "node_modules/emoji-regex": {
      version: "8.0.0",
      resolved: "https://registry.npmjs.org/emoji-regex/-/emoji-regex-8.0.0.tgz",
      integrity: "sha512-MSjYzcWNOA0ewAHpz0MxpYFvwg6yjy1NG3xteoqz644VCo/RPgnr1/GGt+ic3iJTzQ8Eu3TdM14SawnVUmGE6A==",
      license: "MIT"
    },
    "node_modules/encodeurl": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/encodeurl/-/encodeurl-2.0.0.tgz",
      integrity: "sha512-Q0n9HRi4m6JuGIV1eFlmvJB7ZEVxu93IrMyiMsGC0lrMJMWzRgx6WGquyfQgZVb31vhGgXnfmPNNXmxnOkRBrg==",
      license: "MIT",
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/env-paths": {
      version: "2.2.1",
      resolved: "https://registry.npmjs.org/env-paths/-/env-paths-2.2.1.tgz",
      integrity: "sha512-+h1lkLKhZMTYjog1VEpJNG7NZJWcuc2DDk/qsqSTRRCOXiLjeQ1d1/udrUGhqMxUgAlwKNZ0cf2uqan5GLuS2A==",
      license: "MIT",
      engines: {
        node: ">=6"
      }
    },
    "node_modules/es-define-property": {
      version: "1.0.1",
      resolved: "https://registry.npmjs.org/es-define-property/-/es-define-property-1.0.1.tgz",
      integrity: "sha512-e3nRfgfUZ4rNGL232gUgX06QNyyez04KdjFrF+LTRoOXmrOgFKDg4BCdsjW8EnT69eqdYGmRpJwiPVYNrCaW3g==",
      license: "MIT",
      engines: {
        node: ">= 0.4"
      }
    },
    "node_modules/es-errors": {
      version: "1.3.0",
      resolved: "https://registry.npmjs.org/es-errors/-/es-errors-1.3.0.tgz",
      integrity: "sha512-Zf5H2Kxt2xjTvbJvP2ZWLEICxA6j+hAmMzIlypy4xcBg1vKVnx89Wy0GbS+kf5cwCVFFzdCFh2XSCFNULS6csw==",
      license: "MIT",
      engines: {
        node: ">= 0.4"
      }
    },
    "node_modules/es-object-atoms": {
      version: "1.1.2",
      resolved: "https://registry.npmjs.org/es-object-atoms/-/es-object-atoms-1.1.2.tgz",
      integrity: "sha512-HWcBoN6NileqtSydK2FqHbS/LoDd2pqrnQHLyJzBj4kOp/ky2MWMN694xOfkK8/SnUsW2DH7EfyVlydKCsm1Zw==",
      license: "MIT",
      dependencies: {
        "es-errors": "^1.3.0"
      },
      engines: {
        node: ">= 0.4"
      }
    },
    "node_modules/escape-goat": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/escape-goat/-/escape-goat-4.0.0.tgz",
      integrity: "sha512-2Sd4ShcWxbx6OY1IHyla/CVNwvg7XwZVoXZHcSu9w9SReNP1EzzD5T8NWKIR38fIqEns9kDWKUQTXXAmlDrdPg==",
      license: "MIT",
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/escape-html": {
      version: "1.0.3",
      resolved: "https://registry.npmjs.org/escape-html/-/escape-html-1.0.3.tgz",
      integrity: "sha512-NiSupZ4OeuGwr68lGIeym/ksIZMJodUGOSCZ/FSnTxcrekbvqrgdUxlJOMpijaKZVjAJrWrGs/6Jy8OMuyj9ow==",
      license: "MIT"
    },
    "node_modules/etag": {
      version: "1.8.1",
      resolved: "https://registry.npmjs.org/etag/-/etag-1.8.1.tgz",
      integrity: "sha512-aIL5Fx7mawVa300al2BnEE4iNvo1qETxLrPI/o05L7z6go7fCw1J6EQmbK4FmJ2AS7kgVF/KEZWufBfdClMcPg==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/eventemitter3": {
      version: "5.0.4",
      resolved: "https://registry.npmjs.org/eventemitter3/-/eventemitter3-5.0.4.tgz",
      integrity: "sha512-mlsTRyGaPBjPedk6Bvw+aqbsXDtoAyAzm5MO7JgU+yVRyMQ5O8bD4Kcci7BS85f93veegeCPkL8R4GLClnjLFw==",
      license: "MIT"
    },
    "node_modules/events-universal": {
      version: "1.0.1",
      resolved: "https://registry.npmjs.org/events-universal/-/events-universal-1.0.1.tgz",
      integrity: "sha512-LUd5euvbMLpwOF8m6ivPCbhQeSiYVNb8Vs0fQ8QjXo0JTkEHpz8pxdQf0gStltaPpw0Cca8b39KxvK9cfKRiAw==",
      license: "Apache-2.0",
      dependencies: {
        "bare-events": "^2.7.0"
      }
    },
    "node_modules/eventsource": {
      version: "3.0.7",
      resolved: "https://registry.npmjs.org/eventsource/-/eventsource-3.0.7.tgz",
      integrity: "sha512-CRT1WTyuQoD771GW56XEZFQ/ZoSfWid1alKGDYMmkt2yl8UXrVR4pspqWNEcqKvVIzg6PAltWjxcSSPrboA4iA==",
      license: "MIT",
      dependencies: {
        "eventsource-parser": "^3.0.1"
      },
      engines: {
        node: ">=18.0.0"
      }
    },
    "node_modules/eventsource-parser": {
      version: "3.1.0",
      resolved: "https://registry.npmjs.org/eventsource-parser/-/eventsource-parser-3.1.0.tgz",
      integrity: "sha512-kJezFj9YFAMLeORyi7aCLxLbD5/qWMQnoMVlVPyHIll7lgRJCc3JVln9Vgl9nwQi0YkMnhdGTMNn7CkRRAptMg==",
      license: "MIT",
      engines: {
        node: ">=18.0.0"
      }
    },
    "node_modules/execa": {
      version: "9.6.1",
      resolved: "https://registry.npmjs.org/execa/-/execa-9.6.1.tgz",
      integrity: "sha512-9Be3ZoN4LmYR90tUoVu2te2BsbzHfhJyfEiAVfz7N5/zv+jduIfLrV2xdQXOHbaD6KgpGdO9PRPM1Y4Q9QkPkA==",
      license: "MIT",
      dependencies: {
        "@sindresorhus/merge-streams": "^4.0.0",
        "cross-spawn": "^7.0.6",
        figures: "^6.1.0",
        "get-stream": "^9.0.0",
        "human-signals": "^8.0.1",
        "is-plain-obj": "^4.1.0",
        "is-stream": "^4.0.1",
        "npm-run-path": "^6.0.0",
        "pretty-ms": "^9.2.0",
        "signal-exit": "^4.1.0",
        "strip-final-newline": "^4.0.0",
        yoctocolors: "^2.1.1"
      },
      engines: {
        node: "^18.19.0 || >=20.5.0"
      },
      funding: {
        url: "https://github.com/sindresorhus/execa?sponsor=1"
      }
    },
    "node_modules/exponential-backoff": {
      version: "3.1.3",
      resolved: "https://registry.npmjs.org/exponential-backoff/-/exponential-backoff-3.1.3.tgz",
      integrity: "sha512-ZgEeZXj30q+I0EN+CbSSpIyPaJ5HVQD18Z1m+u1FXbAeT94mr1zw50q4q6jiiC447Nl/YTcIYSAftiGqetwXCA==",
      license: "Apache-2.0"
    },
    "node_modules/express": {
      version: "5.2.1",
      resolved: "https://registry.npmjs.org/express/-/express-5.2.1.tgz",
      integrity: "sha512-hIS4idWWai69NezIdRt2xFVofaF4j+6INOpJlVOLDO8zXGpUVEVzIYk12UUi2JzjEzWL3IOAxcTubgz9Po0yXw==",
      license: "MIT",
      dependencies: {
        accepts: "^2.0.0",
        "body-parser": "^2.2.1",
        "content-disposition": "^1.0.0",
        "content-type": "^1.0.5",
        cookie: "^0.7.1",
        "cookie-signature": "^1.2.1",
        debug: "^4.4.0",
        depd: "^2.0.0",
        encodeurl: "^2.0.0",
        "escape-html": "^1.0.3",
        etag: "^1.8.1",
        finalhandler: "^2.1.0",
        fresh: "^2.0.0",
        "http-errors": "^2.0.0",
        "merge-descriptors": "^2.0.0",
        "mime-types": "^3.0.0",
        "on-finished": "^2.4.1",
        once: "^1.4.0",
        parseurl: "^1.3.3",
        "proxy-addr": "^2.0.7",
        qs: "^6.14.0",
        "range-parser": "^1.2.1",
        router: "^2.2.0",
        send: "^1.1.0",
        "serve-static": "^2.2.0",
        statuses: "^2.0.1",
        "type-is": "^2.0.1",
        vary: "^1.1.2"
      },
      engines: {
        node: ">= 18"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/express"
      }
    },
    "node_modules/express-rate-limit": {
      version: "8.6.0",
      resolved: "https://registry.npmjs.org/express-rate-limit/-/express-rate-limit-8.6.0.tgz",
      integrity: "sha512-XKJXDsASUOo0LLtFwW5hCcQGH0N4WQc/Rn8/Pvoia+TJFOkkFPvrtW9lZOeeNcxQJspvOIERMwiRLsVFlhHEkA==",
      license: "MIT",
      dependencies: {
        debug: "^4.4.3",
        "ip-address": "^10.2.0"
      },
      engines: {
        node: ">= 16"
      },
      funding: {
        url: "https://github.com/sponsors/express-rate-limit"
      },
      peerDependencies: {
        express: ">= 4.11"
      }
    },
    "node_modules/fast-content-type-parse": {
      version: "2.0.1",
      resolved: "https://registry.npmjs.org/fast-content-type-parse/-/fast-content-type-parse-2.0.1.tgz",
      integrity: "sha512-nGqtvLrj5w0naR6tDPfB4cUmYCqouzyQiz6C5y/LtcDllJdrcc6WaWW6iXyIIOErTa/XRybj28aasdn4LkVk6Q==",
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
      license: "MIT"
    },
    "node_modules/fast-deep-equal": {
      version: "3.1.3",
      resolved: "https://registry.npmjs.org/fast-deep-equal/-/fast-deep-equal-3.1.3.tgz",
      integrity: "sha512-f3qQ9oQy9j2AhBe/H9VC91wLmKBCCU/gDOnKNAYG5hswO7BLKj09Hc5HYNz9cGI++xlpDCIgDaitVs03ATR84Q==",
      license: "MIT"
    },
    "node_modules/fast-fifo": {
      version: "1.3.2",
      resolved: "https://registry.npmjs.org/fast-fifo/-/fast-fifo-1.3.2.tgz",
      integrity: "sha512-/d9sfos4yxzpwkDkuN7k2SqFKtYNmCTzgfEpz82x34IM9/zc8KGxQoXg1liNC/izpRM/MBdt44Nmx41ZWqk+FQ==",
      license: "MIT"
    },
    "node_modules/fast-glob": {
      version: "3.3.3",
      resolved: "https://registry.npmjs.org/fast-glob/-/fast-glob-3.3.3.tgz",
      integrity: "sha512-7MptL8U0cqcFdzIzwOTHoilX9x5BrNqye7Z/LuC7kCMRio1EMSyqRK3BEAUD7sXRq4iT4AzTVuZdhgQ2TCvYLg==",
      inBundle: true,
      license: "MIT",
      dependencies: {
        "@nodelib/fs.stat": "^2.0.2",
        "@nodelib/fs.walk": "^1.2.3",
        "glob-parent": "^5.1.2",
        merge2: "^1.3.0",
        micromatch: "^4.0.8"
      },
      engines: {
        node: ">=8.6.0"
      }
    },
    "node_modules/fast-string-truncated-width": {
      version: "3.0.3",
      resolved: "https://registry.npmjs.org/fast-string-truncated-width/-/fast-string-truncated-width-3.0.3.tgz",
      integrity: "sha512-0jjjIEL6+0jag3l2XWWizO64/aZVtpiGE3t0Zgqxv0DPuxiMjvB3M24fCyhZUO4KomJQPj3LTSUnDP3GpdwC0g==",
      license: "MIT"
    },
    "node_modules/fast-string-width": {
      version: "3.0.2",
      resolved: "https://registry.npmjs.org/fast-string-width/-/fast-string-width-3.0.2.tgz",
      integrity: "sha512-gX8LrtNEI5hq8DVUfRQMbr5lpaS4nMIWV+7XEbXk2b8kiQIizgnlr12B4dA3ZEx3308ze0O4Q1R+cHts8kyUJg==",
      license: "MIT",
      dependencies: {
        "fast-string-truncated-width": "^3.0.2"
      }
    },
    "node_modules/fast-uri": {
      version: "3.1.4",
      resolved: "https://registry.npmjs.org/fast-uri/-/fast-uri-3.1.4.tgz",
      integrity: "sha512-8JnbkQ4juDyvYs4mgFGQqg4yCYtFDtUtmp2QIQq11ZZe5CFQ5wcqm1rqDgAh/QdMySuBnPzMUiJUNZG5N/AiQw==",
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
      license: "BSD-3-Clause"
    },
    "node_modules/fast-wrap-ansi": {
      version: "0.2.2",
      resolved: "https://registry.npmjs.org/fast-wrap-ansi/-/fast-wrap-ansi-0.2.2.tgz",
      integrity: "sha512-7F2Fl+TjRSenLqlU3UjSH0iyqopqoZIu7eZVpEirP2g1GtWa2G/ecEmBdgz31+Mxr+ELclgg6sokpSFIQiZ02Q==",
      license: "MIT",
      dependencies: {
        "fast-string-width": "^3.0.2"
      }
    },
    "node_modules/fastq": {
      version: "1.20.1",
      resolved: "https://registry.npmjs.org/fastq/-/fastq-1.20.1.tgz",
      integrity: "sha512-GGToxJ/w1x32s/D2EKND7kTil4n8OVk/9mycTc4VDza13lOvpUZTGX3mFSCtV9ksdGBVzvsyAVLM6mHFThxXxw==",
      inBundle: true,
      license: "ISC",
      dependencies: {
        reusify: "^1.0.4"
      }
    },
    "node_modules/figures": {
      version: "6.1.0",
      resolved: "https://registry.npmjs.org/figures/-/figures-6.1.0.tgz",
      integrity: "sha512-d+l3qxjSesT4V7v2fh+QnmFnUWv9lSpjarhShNTgBOfA0ttejbQUAlHLitbjkoRiDulW0OPoQPYIGhIC8ohejg==",
      license: "MIT",
      dependencies: {
        "is-unicode-supported": "^2.0.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/filelist": {
      version: "1.0.6",
      resolved: "https://registry.npmjs.org/filelist/-/filelist-1.0.6.tgz",
      integrity: "sha512-5giy2PkLYY1cP39p17Ech+2xlpTRL9HLspOfEgm0L6CwBXBTgsK5ou0JtzYuepxkaQ/tvhCFIJ5uXo0OrM2DxA==",
      license: "Apache-2.0",
      dependencies: {
        minimatch: "^5.0.1"
      }
    },
    "node_modules/filelist/node_modules/balanced-match": {
      version: "1.0.2",
      resolved: "https://registry.npmjs.org/balanced-match/-/balanced-match-1.0.2.tgz",
      integrity: "sha512-3oSeUO0TMV67hN1AmbXsK4yaqU7tjiHlbxRDZOpH0KW9+CeX4bRAaX0Anxt0tx2MrpRpWwQaPwIlISEJhYU5Pw==",
      license: "MIT"
    },
    "node_modules/filelist/node_modules/brace-expansion": {
      version: "2.1.2",
      resolved: "https://registry.npmjs.org/brace-expansion/-/brace-expansion-2.1.2.tgz",
      integrity: "sha512-w5JZcKgdhDOgOwm8H+KgbosopHMuGcl6qbulwjtz3SM7I7P3yW1eAjzMPLrIE+NQ9vjgANKHWeMHnrT0OXW1oA==",
      license: "MIT",
      dependencies: {
        "balanced-match": "^1.0.0"
      }
    },
    "node_modules/filelist/node_modules/minimatch": {
      version: "5.1.9",
      resolved: "https://registry.npmjs.org/minimatch/-/minimatch-5.1.9.tgz",
      integrity: "sha512-7o1wEA2RyMP7Iu7GNba9vc0RWWGACJOCZBJX2GJWip0ikV+wcOsgVuY9uE8CPiyQhkGFSlhuSkZPavN7u1c2Fw==",
      license: "ISC",
      dependencies: {
        "brace-expansion": "^2.0.1"
      },
      engines: {
        node: ">=10"
      }
    },
    "node_modules/fill-range": {
      version: "7.1.1",
      resolved: "https://registry.npmjs.org/fill-range/-/fill-range-7.1.1.tgz",
      integrity: "sha512-YsGpe3WHLK8ZYi4tWDg2Jy3ebRz2rXowDxnld4bkQB00cc/1Zw9AWnC0i9ztDJitivtQvaI9KaLyKrc+hBW0yg==",
      inBundle: true,
      license: "MIT",
      dependencies: {
        "to-regex-range": "^5.0.1"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/finalhandler": {
      version: "2.1.1",
      resolved: "https://registry.npmjs.org/finalhandler/-/finalhandler-2.1.1.tgz",
      integrity: "sha512-S8KoZgRZN+a5rNwqTxlZZePjT/4cnm0ROV70LedRHZ0p8u9fRID0hJUZQpkKLzro8LfmC8sx23bY6tVNxv8pQA==",
      license: "MIT",
      dependencies: {
        debug: "^4.4.0",
        encodeurl: "^2.0.0",
        "escape-html": "^1.0.3",
        "on-finished": "^2.4.1",
        parseurl: "^1.3.3",
        statuses: "^2.0.1"
      },
      engines: {
        node: ">= 18.0.0"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/express"
      }
    },
    "node_modules/find-up": {
      version: "7.0.0",
      resolved: "https://registry.npmjs.org/find-up/-/find-up-7.0.0.tgz",
      integrity: "sha512-YyZM99iHrqLKjmt4LJDj58KI+fYyufRLBSYcqycxf//KpBk9FoewoGX0450m9nB44qrZnovzC2oeP5hUibxc/g==",
      license: "MIT",
      dependencies: {
        "locate-path": "^7.2.0",
        "path-exists": "^5.0.0",
        "unicorn-magic": "^0.1.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/find-up-simple": {
      version: "1.0.1",
      resolved: "https://registry.npmjs.org/find-up-simple/-/find-up-simple-1.0.1.tgz",
      integrity: "sha512-afd4O7zpqHeRyg4PfDQsXmlDe2PfdHtJt6Akt8jOWaApLOZk5JXs6VMR29lz03pRe9mpykrRCYIYxaJYcfpncQ==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/find-up/node_modules/locate-path": {
      version: "7.2.0",
      resolved: "https://registry.npmjs.org/locate-path/-/locate-path-7.2.0.tgz",
      integrity: "sha512-gvVijfZvn7R+2qyPX8mAuKcFGDf6Nc61GdvGafQsHL0sBIxfKzA+usWn4GFC/bk+QdwPUD4kWFJLhElipq+0VA==",
      license: "MIT",
      dependencies: {
        "p-locate": "^6.0.0"
      },
      engines: {
        node: "^12.20.0 || ^14.13.1 || >=16.0.0"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/find-up/node_modules/unicorn-magic": {
      version: "0.1.0",
      resolved: "https://registry.npmjs.org/unicorn-magic/-/unicorn-magic-0.1.0.tgz",
      integrity: "sha512-lRfVq8fE8gz6QMBuDM6a+LO3IAzTi05H6gCVaUpir2E1Rwpo4ZUog45KpNXKC/Mn3Yb9UDuHumeFTo9iV/D9FQ==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/first-chunk-stream": {
      version: "5.0.0",
      resolved: "https://registry.npmjs.org/first-chunk-stream/-/first-chunk-stream-5.0.0.tgz",
      integrity: "sha512-WdHo4ejd2cG2Dl+sLkW79SctU7mUQDfr4s1i26ffOZRs5mgv+BRttIM9gwcq0rDbemo0KlpVPaa3LBVLqPXzcQ==",
      license: "MIT",
      engines: {
        node: "^12.20.0 || ^14.13.1 || >=16.0.0"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/fly-import": {
      version: "1.0.0",
      resolved: "https://registry.npmjs.org/fly-import/-/fly-import-1.0.0.tgz",
      integrity: "sha512-JZEaXZw9QR+DRMClMVJYeY5SNn8zzHBuc+KTreFGDBghRXzCiGR9aDgYGP7O/EeoxwHBZ2Brl+2ixlH/Jmt/qg==",
      dependencies: {
        "@npmcli/arborist": "^9.1.3",
        "env-paths": "^3.0.0",
        "registry-auth-token": "^5.1.0",
        "registry-url": "^7.2.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/fly-import/node_modules/env-paths": {
      version: "3.0.0",
      resolved: "https://registry.npmjs.org/env-paths/-/env-paths-3.0.0.tgz",
      integrity: "sha512-dtJUTepzMW3Lm/NPxRf3wP4642UWhjL2sQxc+ym2YMj1m/H2zDNQOlezafzkHwn6sMstjHTwG6iQQsctDW/b1A==",
      license: "MIT",
      engines: {
        node: "^12.20.0 || ^14.13.1 || >=16.0.0"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/fly-import/node_modules/ini": {
      version: "5.0.0",
      resolved: "https://registry.npmjs.org/ini/-/ini-5.0.0.tgz",
      integrity: "sha512-+N0ngpO3e7cRUWOJAS7qw0IZIVc6XPrW4MlFBdD066F2L4k1L6ker3hLqSq7iXxU5tgS4WGkIUElWn5vogAEnw==",
      license: "ISC",
      engines: {
        node: "^18.17.0 || >=20.5.0"
      }
    },
    "node_modules/fly-import/node_modules/registry-url": {
      version: "7.2.0",
      resolved: "https://registry.npmjs.org/registry-url/-/registry-url-7.2.0.tgz",
      integrity: "sha512-I5UEBQ+09LWKInA1fPswOMZps0cs2Z+IQXb5Z5EkTJiUmIN52Vm/FD3ji5X82c5jIXL3nWEWOrYK0RkON6Oqyg==",
      license: "MIT",
      dependencies: {
        "find-up-simple": "^1.0.1",
        ini: "^5.0.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/forwarded": {
      version: "0.2.0",
      resolved: "https://registry.npmjs.org/forwarded/-/forwarded-0.2.0.tgz",
      integrity: "sha512-buRG0fpBtRHSTCOASe6hD258tEubFoRLb4ZNA6NxMVHNw2gOcwHo9wyablzMzOA5z9xA9L1KNjk/Nt6MT9aYow==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/fresh": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/fresh/-/fresh-2.0.0.tgz",
      integrity: "sha512-Rx/WycZ60HOaqLKAi6cHRKKI7zxWbJ31MhntmtwMoaTeF7XFH9hhBp8vITaMidfljRQ6eYWCKkaTK+ykVJHP2A==",
      license: "MIT",
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/fs-extra": {
      version: "11.3.1",
      resolved: "https://registry.npmjs.org/fs-extra/-/fs-extra-11.3.1.tgz",
      integrity: "sha512-eXvGGwZ5CL17ZSwHWd3bbgk7UUpF6IFHtP57NYYakPvHOs8GDgDe5KJI36jIJzDkJ6eJjuzRA8eBQb6SkKue0g==",
      license: "MIT",
      dependencies: {
        "graceful-fs": "^4.2.0",
        jsonfile: "^6.0.1",
        universalify: "^2.0.0"
      },
      engines: {
        node: ">=14.14"
      }
    },
    "node_modules/fs-minipass": {
      version: "3.0.3",
      resolved: "https://registry.npmjs.org/fs-minipass/-/fs-minipass-3.0.3.tgz",
      integrity: "sha512-XUBA9XClHbnJWSfBzjkm6RvPsyg3sryZt06BEQoXcF7EK/xpGaQYJgQKDJSUH5SGZ76Y7pFx1QBnXz09rU5Fbw==",
      license: "ISC",
      dependencies: {
        minipass: "^7.0.3"
      },
      engines: {
        node: "^14.17.0 || ^16.13.0 || >=18.0.0"
      }
    },
    "node_modules/fsevents": {
      version: "2.3.3",
      resolved: "https://registry.npmjs.org/fsevents/-/fsevents-2.3.3.tgz",
      integrity: "sha512-5xoDfX+fL7faATnagmWPpbFtwh/R77WmMMqqHGS65C3vvB0YHrgF+B1YmZ3441tMj5n63k0212XNoJwzlhffQw==",
      hasInstallScript: true,
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
      version: "1.1.2",
      resolved: "https://registry.npmjs.org/function-bind/-/function-bind-1.1.2.tgz",
      integrity: "sha512-7XHNxH7qX9xG5mIwxkhumTox/MIRNcOgDrxWsMt2pAr23WHp6MrRlN7FBSFpCpr+oVO0F744iUgR82nJMfG2SA==",
      license: "MIT",
      funding: {
        url: "https://github.com/sponsors/ljharb"
      }
    },
    "node_modules/get-east-asian-width": {
      version: "1.6.0",
      resolved: "https://registry.npmjs.org/get-east-asian-width/-/get-east-asian-width-1.6.0.tgz",
      integrity: "sha512-QRbvDIbx6YklUe6RxeTeleMR0yv3cYH6PsPZHcnVn7xv7zO1BHN8r0XETu8n6Ye3Q+ahtSarc3WgtNWmehIBfA==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/get-intrinsic": {
      version: "1.3.0",
      resolved: "https://registry.npmjs.org/get-intrinsic/-/get-intrinsic-1.3.0.tgz",
      integrity: "sha512-9fSjSaos/fRIVIp+xSJlE6lfwhES7LNtKaCBIamHsjr2na1BiABJPo0mOjjz8GJDURarmCPGqaiVg5mfjb98CQ==",
      license: "MIT",
      dependencies: {
        "call-bind-apply-helpers": "^1.0.2",
        "es-define-property": "^1.0.1",
        "es-errors": "^1.3.0",
        "es-object-atoms": "^1.1.1",
        "function-bind": "^1.1.2",
        "get-proto": "^1.0.1",
        gopd: "^1.2.0",
        "has-symbols": "^1.1.0",
        hasown: "^2.0.2",
        "math-intrinsics": "^1.1.0"
      },
      engines: {
        node: ">= 0.4"
      },
      funding: {
        url: "https://github.com/sponsors/ljharb"
      }
    },
    "node_modules/get-proto": {
      version: "1.0.1",
      resolved: "https://registry.npmjs.org/get-proto/-/get-proto-1.0.1.tgz",
      integrity: "sha512-sTSfBjoXBp89JvIKIefqw7U2CCebsc74kiY6awiGogKtoSGbgjYE/G/+l9sF3MWFPNc9IcoOC4ODfKHfxFmp0g==",
      license: "MIT",
      dependencies: {
        "dunder-proto": "^1.0.1",
        "es-object-atoms": "^1.0.0"
      },
      engines: {
        node: ">= 0.4"
      }
    },
    "node_modules/get-stream": {
      version: "9.0.1",
      resolved: "https://registry.npmjs.org/get-stream/-/get-stream-9.0.1.tgz",
      integrity: "sha512-kVCxPF3vQM/N0B1PmoqVUqgHP+EeVjmZSQn+1oCRPxd2P21P2F19lIgbR3HBosbB1PUhOAoctJnfEn2GbN2eZA==",
      license: "MIT",
      dependencies: {
        "@sec-ant/readable-stream": "^0.4.1",
        "is-stream": "^4.0.1"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/github-username": {
      version: "9.0.0",
      resolved: "https://registry.npmjs.org/github-username/-/github-username-9.0.0.tgz",
      integrity: "sha512-lY7+mymwQUEhRwWTLxieKkxcZkVNnUh8iAGnl30DMB1ZtYODHkMAckZk8Jx5dLQs1YKPYM2ibnzQu02aCLFcYQ==",
      license: "MIT",
      dependencies: {
        "@octokit/rest": "^21.1.1"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/glob": {
      version: "13.0.6",
      resolved: "https://registry.npmjs.org/glob/-/glob-13.0.6.tgz",
      integrity: "sha512-Wjlyrolmm8uDpm/ogGyXZXb1Z+Ca2B8NbJwqBVg0axK9GbBeoS7yGV6vjXnYdGm6X53iehEuxxbyiKp8QmN4Vw==",
      license: "BlueOak-1.0.0",
      dependencies: {
        minimatch: "^10.2.2",
        minipass: "^7.1.3",
        "path-scurry": "^2.0.2"
      },
      engines: {
        node: "18 || 20 || >=22"
      },
      funding: {
        url: "https://github.com/sponsors/isaacs"
      }
    },
    "node_modules/glob-parent": {
      version: "5.1.2",
      resolved: "https://registry.npmjs.org/glob-parent/-/glob-parent-5.1.2.tgz",
      integrity: "sha512-AOIgSQCepiJYwP3ARnGx+5VnTu2HBYdzbGP45eLw1vr3zB3vZLeyed1sC9hnbcOc9/SrMyM5RPQrkGz4aS9Zow==",
      inBundle: true,
      license: "ISC",
      dependencies: {
        "is-glob": "^4.0.1"
      },
      engines: {
        node: ">= 6"
      }
    },
    "node_modules/global-directory": {
      version: "4.0.1",
      resolved: "https://registry.npmjs.org/global-directory/-/global-directory-4.0.1.tgz",
      integrity: "sha512-wHTUcDUoZ1H5/0iVqEudYW4/kAlN5cZ3j/bXn0Dpbizl9iaUVeWSHqiOjsgk6OW2bkLclbBjzewBz6weQ1zA2Q==",
      license: "MIT",
      dependencies: {
        ini: "4.1.1"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/globby": {
      version: "16.2.2",
      resolved: "https://registry.npmjs.org/globby/-/globby-16.2.2.tgz",
      integrity: "sha512-NLvV9ubZ6NDsJaOpKPy3cQeJpKi9DcWiyCiFUpJPA0YihRqiE6RWaLUmgNNPr8MgPpLZjnBjSmou7uZBRJv9wA==",
      license: "MIT",
      dependencies: {
        "@sindresorhus/merge-streams": "^4.0.0",
        "fast-glob": "^3.3.3",
        ignore: "^7.0.5",
        "is-path-inside": "^4.0.0",
        slash: "^5.1.0",
        "unicorn-magic": "^0.4.0"
      },
      engines: {
        node: ">=20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/globby/node_modules/unicorn-magic": {
      version: "0.4.0",
      resolved: "https://registry.npmjs.org/unicorn-magic/-/unicorn-magic-0.4.0.tgz",
      integrity: "sha512-wH590V9VNgYH9g3lH9wWjTrUoKsjLF6sGLjhR4sH1LWpLmCOH0Zf7PukhDA8BiS7KHe4oPNkcTHqYkj7SOGUOw==",
      license: "MIT",
      engines: {
        node: ">=20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/gopd": {
      version: "1.2.0",
      resolved: "https://registry.npmjs.org/gopd/-/gopd-1.2.0.tgz",
      integrity: "sha512-ZUKRh6/kUFoAiTAtTYPZJ3hw9wNxx+BIBOijnlG9PnrJsCcSjs1wyyD6vJpaYtgnzDrKYRSqf3OO6Rfa93xsRg==",
      license: "MIT",
      engines: {
        node: ">= 0.4"
      },
      funding: {
        url: "https://github.com/sponsors/ljharb"
      }
    },
    "node_modules/graceful-fs": {
      version: "4.2.11",
      resolved: "https://registry.npmjs.org/graceful-fs/-/graceful-fs-4.2.11.tgz",
      integrity: "sha512-RbJ5/jmFcNNCcDV5o9eTnBLJ/HszWV0P73bc+Ff4nS/rJj+YaS6IGyiOL0VoBYX+l1Wrl3k63h/KrH+nhJ0XvQ==",
      license: "ISC"
    },
    "node_modules/graphql": {
      version: "16.14.2",
      resolved: "https://registry.npmjs.org/graphql/-/graphql-16.14.2.tgz",
      integrity: "sha512-Chq1s4CY7jmh8gO2qvLIJyfCDIN+EHLFW/9iShnp1z8FjBQMoodWP1kDC36VAMXXIvAjj4ARa7ntfAV2BrjsbA==",
      license: "MIT",
      engines: {
        node: "^12.22.0 || ^14.16.0 || ^16.0.0 || >=17.0.0"
      }
    },
    "node_modules/graphql-language-service": {
      version: "5.5.2",
      resolved: "https://registry.npmjs.org/graphql-language-service/-/graphql-language-service-5.5.2.tgz",
      integrity: "sha512-NJhgEKTArkyNPcy4NRUFdbpNs5/F99LcvXbNtmGzNGwwruN8tBE3YPMjpYmp8KpBQtOx3uSuvXJlOOE3Vy2KRQ==",
      license: "MIT",
      dependencies: {
        "debounce-promise": "^3.1.2",
        nullthrows: "^1.0.0",
        "vscode-languageserver-types": "^3.17.1"
      },
      bin: {
        graphql: "dist/temp-bin.js"
      },
      peerDependencies: {
        graphql: "^15.5.0 || ^16.0.0 || ^17.0.0"
      }
    },
    "node_modules/grouped-queue": {
      version: "2.1.0",
      resolved: "https://registry.npmjs.org/grouped-queue/-/grouped-queue-2.1.0.tgz",
      integrity: "sha512-c5NDCWO0XiXuJAhOegMiNotkDmgORN+VNo3+YHMhWpoWG/u2+8im8byqsOe3/myI9YcC//plRdqGa2AE3Qsdjw==",
      license: "MIT",
      engines: {
        node: ">=8.0.0"
      }
    },
    "node_modules/growly": {
      version: "1.3.0",
      resolved: "https://registry.npmjs.org/growly/-/growly-1.3.0.tgz",
      integrity: "sha512-+xGQY0YyAWCnqy7Cd++hc2JqMYzlm0dG30Jd0beaA64sROr8C4nt8Yc9V5Ro3avlSUDTN0ulqP/VBKi1/lLygw==",
      license: "MIT"
    },
    "node_modules/has-symbols": {
      version: "1.1.0",
      resolved: "https://registry.npmjs.org/has-symbols/-/has-symbols-1.1.0.tgz",
      integrity: "sha512-1cDNdwJ2Jaohmb3sg4OmKaMBwuC48sYni5HUw2DvsC8LjGTLK9h+eb1X6RyuOHe4hT0ULCW68iomhjUoKUqlPQ==",
      license: "MIT",
      engines: {
        node: ">= 0.4"
      },
      funding: {
        url: "https://github.com/sponsors/ljharb"
      }
    },
    "node_modules/hasown": {
      version: "2.0.4",
      resolved: "https://registry.npmjs.org/hasown/-/hasown-2.0.4.tgz",
      integrity: "sha512-T2UbfbBEF32wiepXIsMlTW9+dDYC6wMh/t/vYA4tuOMKqWz/n3vr1NFSxQiyP+zk2mXsoMA/i/7qV6LKut1t1A==",
      license: "MIT",
      dependencies: {
        "function-bind": "^1.1.2"
      },
      engines: {
        node: ">= 0.4"
      }
    },
    "node_modules/he": {
      version: "1.2.0",
      resolved: "https://registry.npmjs.org/he/-/he-1.2.0.tgz",
      integrity: "sha512-F/1DnUGPopORZi0ni+CvrCgHQ5FyEAHRLSApuYWMmrbSwoN2Mn/7k+Gl38gJnR7yyDZk6WLXwiGod1JOWNDKGw==",
      license: "MIT",
      bin: {
        he: "bin/he"
      }
    },
    "node_modules/hono": {
      version: "4.12.31",
      resolved: "https://registry.npmjs.org/hono/-/hono-4.12.31.tgz",
      integrity: "sha512-zJIHFrl6bq3RDd2YusFNCDlM8qUprxKswyi/OPzPyzKDdyBXDqWx8bZlZ7R+saTdSTatUmb3O7K4SspGPaEOQg==",
      license: "MIT",
      engines: {
        node: ">=16.9.0"
      }
    },
    "node_modules/hosted-git-info": {
      version: "9.0.3",
      resolved: "https://registry.npmjs.org/hosted-git-info/-/hosted-git-info-9.0.3.tgz",
      integrity: "sha512-Hc+ghLoSt6QaYZUv0WBiIvmMDZuZZ7oaDvdH8MbfOO4lOsxdXLEvuC6ePoGs9H1X9oCLyq6+NVN0MKqD+ydxyg==",
      license: "ISC",
      dependencies: {
        "lru-cache": "^11.1.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/http-cache-semantics": {
      version: "4.2.0",
      resolved: "https://registry.npmjs.org/http-cache-semantics/-/http-cache-semantics-4.2.0.tgz",
      integrity: "sha512-dTxcvPXqPvXBQpq5dUr6mEMJX4oIEFv6bwom3FDwKRDsuIjjJGANqhBuoAn9c1RQJIdAKav33ED65E2ys+87QQ==",
      license: "BSD-2-Clause"
    },
    "node_modules/http-errors": {
      version: "2.0.1",
      resolved: "https://registry.npmjs.org/http-errors/-/http-errors-2.0.1.tgz",
      integrity: "sha512-4FbRdAX+bSdmo4AUFuS0WNiPz8NgFt+r8ThgNWmlrjQjt1Q7ZR9+zTlce2859x4KSXrwIsaeTqDoKQmtP8pLmQ==",
      license: "MIT",
      dependencies: {
        depd: "~2.0.0",
        inherits: "~2.0.4",
        setprototypeof: "~1.2.0",
        statuses: "~2.0.2",
        toidentifier: "~1.0.1"
      },
      engines: {
        node: ">= 0.8"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/express"
      }
    },
    "node_modules/http-proxy-agent": {
      version: "7.0.2",
      resolved: "https://registry.npmjs.org/http-proxy-agent/-/http-proxy-agent-7.0.2.tgz",
      integrity: "sha512-T1gkAiYYDWYx3V5Bmyu7HcfcvL7mUrTWiM6yOfa3PIphViJ/gFPbvidQ+veqSOHci/PxBcDabeUNCzpOODJZig==",
      license: "MIT",
      dependencies: {
        "agent-base": "^7.1.0",
        debug: "^4.3.4"
      },
      engines: {
        node: ">= 14"
      }
    },
    "node_modules/https-proxy-agent": {
      version: "7.0.6",
      resolved: "https://registry.npmjs.org/https-proxy-agent/-/https-proxy-agent-7.0.6.tgz",
      integrity: "sha512-vK9P5/iUfdl95AI+JVyUuIcVtd4ofvtrOr3HNtM2yxC9bnMbEdp3x01OhQNnjb8IJYi38VlTE3mBXwcfvywuSw==",
      license: "MIT",
      dependencies: {
        "agent-base": "^7.1.2",
        debug: "4"
      },
      engines: {
        node: ">= 14"
      }
    },
    "node_modules/human-signals": {
      version: "8.0.1",
      resolved: "https://registry.npmjs.org/human-signals/-/human-signals-8.0.1.tgz",
      integrity: "sha512-eKCa6bwnJhvxj14kZk5NCPc6Hb6BdsU9DZcOnmQKSnO1VKrfV0zCvtttPZUsBvjmNDn8rpcJfpwSYnHBjc95MQ==",
      license: "Apache-2.0",
      engines: {
        node: ">=18.18.0"
      }
    },
    "node_modules/iconv-lite": {
      version: "0.7.3",
      resolved: "https://registry.npmjs.org/iconv-lite/-/iconv-lite-0.7.3.tgz",
      integrity: "sha512-IKXpvIzjnC9XTAUbVBcMfGS0EPaIXtW6v+zr+RRp+hqULEpo0owZax6wyRwPOJbWbzjYspQwusTsfVr0ifh4uQ==",
      license: "MIT",
      dependencies: {
        "safer-buffer": ">= 2.1.2 < 3.0.0"
      },
      engines: {
        node: ">=0.10.0"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/express"
      }
    },
    "node_modules/ignore": {
      version: "7.0.6",
      resolved: "https://registry.npmjs.org/ignore/-/ignore-7.0.6.tgz",
      integrity: "sha512-BAg6QkE8W+TuQLrrw0Ugr7HegXduRuuj8/ti2kSOc+jz1dmx8/WNcjr6XGnq5YpDWxFwwaavqD0+jIUOKelTsw==",
      license: "MIT",
      engines: {
        node: ">= 4"
      }
    },
    "node_modules/ignore-walk": {
      version: "8.0.0",
      resolved: "https://registry.npmjs.org/ignore-walk/-/ignore-walk-8.0.0.tgz",
      integrity: "sha512-FCeMZT4NiRQGh+YkeKMtWrOmBgWjHjMJ26WQWrRQyoyzqevdaGSakUaJW5xQYmjLlUVk2qUnCjYVBax9EKKg8A==",
      license: "ISC",
      dependencies: {
        minimatch: "^10.0.3"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/index-to-position": {
      version: "1.2.0",
      resolved: "https://registry.npmjs.org/index-to-position/-/index-to-position-1.2.0.tgz",
      integrity: "sha512-Yg7+ztRkqslMAS2iFaU+Oa4KTSidr63OsFGlOrJoW981kIYO3CGCS3wA95P1mUi/IVSJkn0D479KTJpVpvFNuw==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/inherits": {
      version: "2.0.4",
      resolved: "https://registry.npmjs.org/inherits/-/inherits-2.0.4.tgz",
      integrity: "sha512-k/vGaX4/Yla3WzyMCvTQOXYeIHvqOKtnqBduzTHpzpQZzAskKMhZ2K+EnBiSM9zGSoIFeMpXKxa4dYeZIQqewQ==",
      license: "ISC"
    },
    "node_modules/ini": {
      version: "4.1.1",
      resolved: "https://registry.npmjs.org/ini/-/ini-4.1.1.tgz",
      integrity: "sha512-QQnnxNyfvmHFIsj7gkPcYymR8Jdw/o7mp5ZFihxn6h8Ci6fh3Dx4E1gPjpQEpIuPo9XVNY/ZUwh4BPMjGyL01g==",
      license: "ISC",
      engines: {
        node: "^14.17.0 || ^16.13.0 || >=18.0.0"
      }
    },
    "node_modules/inquirer": {
      version: "13.4.3",
      resolved: "https://registry.npmjs.org/inquirer/-/inquirer-13.4.3.tgz",
      integrity: "sha512-EPd3IqieHSavSOXh+LZhrIkdQcOELWeRblLT6kslQr+cF9XTh/HxZdSt1YkHH1iq4dvqBnV42uwg2YlorgOy6g==",
      license: "MIT",
      dependencies: {
        "@inquirer/ansi": "^2.0.5",
        "@inquirer/core": "^11.1.10",
        "@inquirer/prompts": "^8.4.3",
        "@inquirer/type": "^4.0.5",
        "mute-stream": "^3.0.0",
        "run-async": "^4.0.6",
        rxjs: "^7.8.2"
      },
      engines: {
        node: ">=23.5.0 || ^22.13.0 || ^21.7.0 || ^20.12.0"
      },
      peerDependencies: {
        "@types/node": ">=18"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/ip-address": {
      version: "10.2.0",
      resolved: "https://registry.npmjs.org/ip-address/-/ip-address-10.2.0.tgz",
      integrity: "sha512-/+S6j4E9AHvW9SWMSEY9Xfy66O5PWvVEJ08O0y5JGyEKQpojb0K0GKpz/v5HJ/G0vi3D2sjGK78119oXZeE0qA==",
      license: "MIT",
      engines: {
        node: ">= 12"
      }
    },
    "node_modules/ipaddr.js": {
      version: "1.9.1",
      resolved: "https://registry.npmjs.org/ipaddr.js/-/ipaddr.js-1.9.1.tgz",
      integrity: "sha512-0KI/607xoxSToH7GjN1FfSbLoU0+btTicjsQSWQlh/hZykN8KpmMf7uYwPW3R+akZ6R/w18ZlXSHBYXiYUPO3g==",
      license: "MIT",
      engines: {
        node: ">= 0.10"
      }
    },
    "node_modules/is-docker": {
      version: "2.2.1",
      resolved: "https://registry.npmjs.org/is-docker/-/is-docker-2.2.1.tgz",
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
      resolved: "https://registry.npmjs.org/is-extglob/-/is-extglob-2.1.1.tgz",
      integrity: "sha512-SbKbANkN603Vi4jEZv49LeVJMn4yGwsbzZworEoyEiutsN3nJYdbO36zfhGJ6QEDpOZIFkDtnq5JRxmvl3jsoQ==",
      inBundle: true,
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/is-fullwidth-code-point": {
      version: "3.0.0",
      resolved: "https://registry.npmjs.org/is-fullwidth-code-point/-/is-fullwidth-code-point-3.0.0.tgz",
      integrity: "sha512-zymm5+u+sCsSWyD9qNaejV3DFvhCKclKdizYaJUuHA83RLjb7nSuGnddCHGv0hk+KY7BMAlsWeK4Ueg6EV6XQg==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/is-glob": {
      version: "4.0.3",
      resolved: "https://registry.npmjs.org/is-glob/-/is-glob-4.0.3.tgz",
      integrity: "sha512-xelSayHH36ZgE7ZWhli7pW34hNbNl8Ojv5KVmkJD4hBdD3th8Tfk9vYasLM+mXWOZhFkgZfxhLSnrwRr4elSSg==",
      inBundle: true,
      license: "MIT",
      dependencies: {
        "is-extglob": "^2.1.1"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/is-in-ci": {
      version: "1.0.0",
      resolved: "https://registry.npmjs.org/is-in-ci/-/is-in-ci-1.0.0.tgz",
      integrity: "sha512-eUuAjybVTHMYWm/U+vBO1sY/JOCgoPCXRxzdju0K+K0BiGW0SChEL1MLC0PoCIR1OlPo5YAp8HuQoUlsWEICwg==",
      license: "MIT",
      bin: {
        "is-in-ci": "cli.js"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/is-in-ssh": {
      version: "1.0.0",
      resolved: "https://registry.npmjs.org/is-in-ssh/-/is-in-ssh-1.0.0.tgz",
      integrity: "sha512-jYa6Q9rH90kR1vKB6NM7qqd1mge3Fx4Dhw5TVlK1MUBqhEOuCagrEHMevNuCcbECmXZ0ThXkRm+Ymr51HwEPAw==",
      license: "MIT",
      engines: {
        node: ">=20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/is-inside-container": {
      version: "1.0.0",
      resolved: "https://registry.npmjs.org/is-inside-container/-/is-inside-container-1.0.0.tgz",
      integrity: "sha512-KIYLCCJghfHZxqjYBE7rEy0OBuTd5xCHS7tHVgvCLkx7StIoaxwNW3hCALgEUjFfeRk+MG/Qxmp/vtETEF3tRA==",
      license: "MIT",
      dependencies: {
        "is-docker": "^3.0.0"
      },
      bin: {
        "is-inside-container": "cli.js"
      },
      engines: {
        node: ">=14.16"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/is-inside-container/node_modules/is-docker": {
      version: "3.0.0",
      resolved: "https://registry.npmjs.org/is-docker/-/is-docker-3.0.0.tgz",
      integrity: "sha512-eljcgEDlEns/7AXFosB5K/2nCM4P7FQPkGc/DWLy5rmFEWvZayGrik1d9/QIY5nJ4f9YsVvBkA6kJpHn9rISdQ==",
      license: "MIT",
      bin: {
        "is-docker": "cli.js"
      },
      engines: {
        node: "^12.20.0 || ^14.13.1 || >=16.0.0"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/is-installed-globally": {
      version: "1.0.0",
      resolved: "https://registry.npmjs.org/is-installed-globally/-/is-installed-globally-1.0.0.tgz",
      integrity: "sha512-K55T22lfpQ63N4KEN57jZUAaAYqYHEe8veb/TycJRk9DdSCLLcovXz/mL6mOnhQaZsQGwPhuFopdQIlqGSEjiQ==",
      license: "MIT",
      dependencies: {
        "global-directory": "^4.0.1",
        "is-path-inside": "^4.0.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/is-interactive": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/is-interactive/-/is-interactive-2.0.0.tgz",
      integrity: "sha512-qP1vozQRI+BMOPcjFzrjXuQvdak2pHNUMZoeG2eRbiSqyvbEf/wQtEOTOX1guk6E3t36RkaqiSt8A/6YElNxLQ==",
      license: "MIT",
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/is-npm": {
      version: "6.1.0",
      resolved: "https://registry.npmjs.org/is-npm/-/is-npm-6.1.0.tgz",
      integrity: "sha512-O2z4/kNgyjhQwVR1Wpkbfc19JIhggF97NZNCpWTnjH7kVcZMUrnut9XSN7txI7VdyIYk5ZatOq3zvSuWpU8hoA==",
      license: "MIT",
      engines: {
        node: "^12.20.0 || ^14.13.1 || >=16.0.0"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/is-number": {
      version: "7.0.0",
      resolved: "https://registry.npmjs.org/is-number/-/is-number-7.0.0.tgz",
      integrity: "sha512-41Cifkg6e8TylSpdtTpeLVMqvSBEVzTttHvERD741+pnZ8ANv0004MRL43QKPDlK9cGvNp6NZWZUBlbGXYxxng==",
      inBundle: true,
      license: "MIT",
      engines: {
        node: ">=0.12.0"
      }
    },
    "node_modules/is-path-inside": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/is-path-inside/-/is-path-inside-4.0.0.tgz",
      integrity: "sha512-lJJV/5dYS+RcL8uQdBDW9c9uWFLLBNRyFhnAKXw5tVqLlKZ4RMGZKv+YQ/IA3OhD+RpbJa1LLFM1FQPGyIXvOA==",
      license: "MIT",
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/is-plain-obj": {
      version: "4.1.0",
      resolved: "https://registry.npmjs.org/is-plain-obj/-/is-plain-obj-4.1.0.tgz",
      integrity: "sha512-+Pgi+vMuUNkJyExiMBt5IlFoMyKnr5zhJ4Uspz58WOhBF5QoIZkFyNHIbBAtHwzVAgk5RtndVNsDRN61/mmDqg==",
      license: "MIT",
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/is-promise": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/is-promise/-/is-promise-4.0.0.tgz",
      integrity: "sha512-hvpoI6korhJMnej285dSg6nu1+e6uxs7zG3BYAm5byqDsgJNWwxzM6z6iZiAgQR4TJ30JmBTOwqZUw3WlyH3AQ==",
      license: "MIT"
    },
    "node_modules/is-stream": {
      version: "4.0.1",
      resolved: "https://registry.npmjs.org/is-stream/-/is-stream-4.0.1.tgz",
      integrity: "sha512-Dnz92NInDqYckGEUJv689RbRiTSEHCQ7wOVeALbkOz999YpqT46yMRIGtSNl2iCL1waAZSx40+h59NV/EwzV/A==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/is-unicode-supported": {
      version: "2.1.0",
      resolved: "https://registry.npmjs.org/is-unicode-supported/-/is-unicode-supported-2.1.0.tgz",
      integrity: "sha512-mE00Gnza5EEB3Ds0HfMyllZzbBrmLOX3vfWoj9A9PEnTfratQ/BcaJOuMhnkhjXvb2+FkY3VuHqtAGpTPmglFQ==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/is-utf8": {
      version: "0.2.1",
      resolved: "https://registry.npmjs.org/is-utf8/-/is-utf8-0.2.1.tgz",
      integrity: "sha512-rMYPYvCzsXywIsldgLaSoPlw5PfoB/ssr7hY4pLfcodrA5M/eArza1a9VmTiNIBNMjOGr1Ow9mTyU2o69U6U9Q==",
      license: "MIT"
    },
    "node_modules/is-wsl": {
      version: "2.2.0",
      resolved: "https://registry.npmjs.org/is-wsl/-/is-wsl-2.2.0.tgz",
      integrity: "sha512-fKzAra0rGJUUBwGBgNkHZuToZcn+TtXHpeCgmkMJMMYx1sQDYaCSyjJBSCa2nH1DGm7s3n1oBnohoVTBaN7Lww==",
      license: "MIT",
      dependencies: {
        "is-docker": "^2.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/isarray": {
      version: "1.0.0",
      resolved: "https://registry.npmjs.org/isarray/-/isarray-1.0.0.tgz",
      integrity: "sha512-VLghIWNM6ELQzo7zwmcg0NmTVyWKYjvIeM83yjp0wRDTmUnrM678fQbcKBo6n2CJEF0szoG//ytg+TKla89ALQ==",
      license: "MIT"
    },
    "node_modules/isbinaryfile": {
      version: "5.0.7",
      resolved: "https://registry.npmjs.org/isbinaryfile/-/isbinaryfile-5.0.7.tgz",
      integrity: "sha512-gnWD14Jh3FzS3CPhF0AxNOJ8CxqeblPTADzI38r0wt8ZyQl5edpy75myt08EG2oKvpyiqSqsx+Wkz9vtkbTqYQ==",
      license: "MIT",
      engines: {
        node: ">= 18.0.0"
      },
      funding: {
        url: "https://github.com/sponsors/gjtorikian/"
      }
    },
    "node_modules/isexe": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/isexe/-/isexe-2.0.0.tgz",
      integrity: "sha512-RHxMLp9lnKHGHRng9QFhRCMbYAcVpn69smSGcq3f36xjgVVWThj4qqLbTLlq7Ssj8B+fIQ1EuCEGI2lKsyQeIw==",
      inBundle: true,
      license: "ISC"
    },
    "node_modules/isobject": {
      version: "2.1.0",
      resolved: "https://registry.npmjs.org/isobject/-/isobject-2.1.0.tgz",
      integrity: "sha512-+OUdGJlgjOBZDfxnDjYYG6zp487z0JGNQq3cYQYg5f5hKR+syHMsaztzGeml/4kGG55CSpKSpWTY+jYGgsHLgA==",
      license: "MIT",
      dependencies: {
        isarray: "1.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/jake": {
      version: "10.9.4",
      resolved: "https://registry.npmjs.org/jake/-/jake-10.9.4.tgz",
      integrity: "sha512-wpHYzhxiVQL+IV05BLE2Xn34zW1S223hvjtqk0+gsPrwd/8JNLXJgZZM/iPFsYc1xyphF+6M6EvdE5E9MBGkDA==",
      license: "Apache-2.0",
      dependencies: {
        async: "^3.2.6",
        filelist: "^1.0.4",
        picocolors: "^1.1.1"
      },
      bin: {
        jake: "bin/cli.js"
      },
      engines: {
        node: ">=10"
      }
    },
    "node_modules/jose": {
      version: "6.2.3",
      resolved: "https://registry.npmjs.org/jose/-/jose-6.2.3.tgz",
      integrity: "sha512-YYVDInQKFJfR/xa3ojUTl8c2KoTwiL1R5Wg9YCydwH0x0B9grbzlg5HC7mMjCtUJjbQ/YnGEZIhI5tCgfTb4Hw==",
      license: "MIT",
      funding: {
        url: "https://github.com/sponsors/panva"
      }
    },
    "node_modules/js-yaml": {
      version: "4.3.0",
      resolved: "https://registry.npmjs.org/js-yaml/-/js-yaml-4.3.0.tgz",
      integrity: "sha512-1td788aAnnZ5qs7V2QIRl1owjtYpbKt749Y3xauqQgwIIGF/xXWz1wMTEBx5O3LK3lXLVuqXPdPxj2BoFHaW9Q==",
      funding: [
        {
          type: "github",
          url: "https://github.com/sponsors/puzrin"
        },
        {
          type: "github",
          url: "https://github.com/sponsors/nodeca"
        }
      ],
      license: "MIT",
      dependencies: {
        argparse: "^2.0.1"
      },
      bin: {
        "js-yaml": "bin/js-yaml.js"
      }
    },
    "node_modules/json-parse-even-better-errors": {
      version: "5.0.0",
      resolved: "https://registry.npmjs.org/json-parse-even-better-errors/-/json-parse-even-better-errors-5.0.0.tgz",
      integrity: "sha512-ZF1nxZ28VhQouRWhUcVlUIN3qwSgPuswK05s/HIaoetAoE/9tngVmCHjSxmSQPav1nd+lPtTL0YZ/2AFdR/iYQ==",
      license: "MIT",
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/json-schema": {
      version: "0.4.0",
      resolved: "https://registry.npmjs.org/json-schema/-/json-schema-0.4.0.tgz",
      integrity: "sha512-es94M3nTIfsEPisRafak+HDLfHXnKBhV3vU5eqPcS3flIWqcxJWgXHXiey3YrpaNsanY5ei1VoYEbOzijuq9BA==",
      license: "(AFL-2.1 OR BSD-3-Clause)"
    },
    "node_modules/json-schema-traverse": {
      version: "1.0.0",
      resolved: "https://registry.npmjs.org/json-schema-traverse/-/json-schema-traverse-1.0.0.tgz",
      integrity: "sha512-NM8/P9n3XjXhIZn1lLhkFaACTOURQXjWhV4BA/RnOv8xvgqtqpAX9IO4mRQxSx1Rlo4tqzeqb0sOlruaOy3dug==",
      license: "MIT"
    },
    "node_modules/json-schema-typed": {
      version: "8.0.2",
      resolved: "https://registry.npmjs.org/json-schema-typed/-/json-schema-typed-8.0.2.tgz",
      integrity: "sha512-fQhoXdcvc3V28x7C7BMs4P5+kNlgUURe2jmUT1T//oBRMDrqy1QPelJimwZGo7Hg9VPV3EQV5Bnq4hbFy2vetA==",
      license: "BSD-2-Clause"
    },
    "node_modules/json-stringify-nice": {
      version: "1.1.4",
      resolved: "https://registry.npmjs.org/json-stringify-nice/-/json-stringify-nice-1.1.4.tgz",
      integrity: "sha512-5Z5RFW63yxReJ7vANgW6eZFGWaQvnPE3WNmZoOJrSkGju2etKA2L5rrOa1sm877TVTFt57A80BH1bArcmlLfPw==",
      license: "ISC",
      funding: {
        url: "https://github.com/sponsors/isaacs"
      }
    },
    "node_modules/jsonc-parser": {
      version: "3.3.1",
      resolved: "https://registry.npmjs.org/jsonc-parser/-/jsonc-parser-3.3.1.tgz",
      integrity: "sha512-HUgH65KyejrUFPvHFPbqOY0rsFip3Bo5wb4ngvdi1EpCYWUQDC5V+Y7mZws+DLkr4M//zQJoanu1SP+87Dv1oQ==",
      license: "MIT"
    },
    "node_modules/jsonfile": {
      version: "6.2.1",
      resolved: "https://registry.npmjs.org/jsonfile/-/jsonfile-6.2.1.tgz",
      integrity: "sha512-zwOTdL3rFQ/lRdBnntKVOX6k5cKJwEc1HdilT71BWEu7J41gXIB2MRp+vxduPSwZJPWBxEzv4yH1wYLJGUHX4Q==",
      license: "MIT",
      dependencies: {
        universalify: "^2.0.0"
      },
      optionalDependencies: {
        "graceful-fs": "^4.1.6"
      }
    },
    "node_modules/jsonparse": {
      version: "1.3.1",
      resolved: "https://registry.npmjs.org/jsonparse/-/jsonparse-1.3.1.tgz",
      integrity: "sha512-POQXvpdL69+CluYsillJ7SUhKvytYjW9vG/GKpnf+xP8UWgYEM/RaMzHHofbALDiKbbP1W8UEYmgGl39WkPZsg==",
      engines: [
        "node >= 0.2.0"
      ],
      license: "MIT"
    },
    "node_modules/just-diff": {
      version: "6.0.2",
      resolved: "https://registry.npmjs.org/just-diff/-/just-diff-6.0.2.tgz",
      integrity: "sha512-S59eriX5u3/QhMNq3v/gm8Kd0w8OS6Tz2FS1NG4blv+z0MuQcBRJyFWjdovM0Rad4/P4aUPFtnkNjMjyMlMSYA==",
      license: "MIT"
    },
    "node_modules/just-diff-apply": {
      version: "5.5.0",
      resolved: "https://registry.npmjs.org/just-diff-apply/-/just-diff-apply-5.5.0.tgz",
      integrity: "sha512-OYTthRfSh55WOItVqwpefPtNt2VdKsq5AnAK6apdtR6yCH8pr0CmSr710J0Mf+WdQy7K/OzMy7K2MgAfdQURDw==",
      license: "MIT"
    },
    "node_modules/kleur": {
      version: "3.0.3",
      resolved: "https://registry.npmjs.org/kleur/-/kleur-3.0.3.tgz",
      integrity: "sha512-eTIzlVOSUR+JxdDFepEYcBMtZ9Qqdef+rnzWdRZuMbOywu5tO2w2N7rqjoANZ5k9vywhL6Br1VRjUIgTQx4E8w==",
      license: "MIT",
      engines: {
        node: ">=6"
      }
    },
    "node_modules/ky": {
      version: "1.14.3",
      resolved: "https://registry.npmjs.org/ky/-/ky-1.14.3.tgz",
      integrity: "sha512-9zy9lkjac+TR1c2tG+mkNSVlyOpInnWdSMiue4F+kq8TwJSgv6o8jhLRg8Ho6SnZ9wOYUq/yozts9qQCfk7bIw==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sindresorhus/ky?sponsor=1"
      }
    },
    "node_modules/latest-version": {
      version: "9.0.0",
      resolved: "https://registry.npmjs.org/latest-version/-/latest-version-9.0.0.tgz",
      integrity: "sha512-7W0vV3rqv5tokqkBAFV1LbR7HPOWzXQDpDgEuib/aJ1jsZZx6x3c2mBI+TJhJzOhkGeaLbCKEHXEXLfirtG2JA==",
      license: "MIT",
      dependencies: {
        "package-json": "^10.0.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/line-column": {
      version: "1.0.2",
      resolved: "https://registry.npmjs.org/line-column/-/line-column-1.0.2.tgz",
      integrity: "sha512-Ktrjk5noGYlHsVnYWh62FLVs4hTb8A3e+vucNZMgPeAOITdshMSgv4cCZQeRDjm7+goqmo6+liZwTXo+U3sVww==",
      license: "MIT",
      dependencies: {
        isarray: "^1.0.0",
        isobject: "^2.0.0"
      }
    },
    "node_modules/livereload": {
      version: "0.10.3",
      resolved: "https://registry.npmjs.org/livereload/-/livereload-0.10.3.tgz",
      integrity: "sha512-llSb8HrtSH7ByPFMc8WTTeW3oy++smwgSA8JVGzEn8KiDPESq6jt1M4ZKKkhKTrhn2wvUOadQq4ip10E5daZ3w==",
      license: "MIT",
      dependencies: {
        chokidar: "^4.0.3",
        "livereload-js": "^4.0.2",
        opts: "^2.0.2",
        ws: "^8.4.3"
      },
      bin: {
        livereload: "bin/livereload.js"
      },
      engines: {
        node: ">=8.0.0"
      }
    },
    "node_modules/livereload-js": {
      version: "4.0.2",
      resolved: "https://registry.npmjs.org/livereload-js/-/livereload-js-4.0.2.tgz",
      integrity: "sha512-Fy7VwgQNiOkynYyNBTo3v9hQUhcW5pFAheJN148+DTgpShjsy/22pLHKKwDK5v0kOsZsJBK+6q1PMgLvRmrwFQ==",
      license: "MIT"
    },
    "node_modules/livereload/node_modules/chokidar": {
      version: "4.0.3",
      resolved: "https://registry.npmjs.org/chokidar/-/chokidar-4.0.3.tgz",
      integrity: "sha512-Qgzu8kfBvo+cA4962jnP1KkS6Dop5NS6g7R5LFYJr4b8Ub94PPQXUksCw9PvXoeXPRRddRNC5C1JQUR2SMGtnA==",
      license: "MIT",
      dependencies: {
        readdirp: "^4.0.1"
      },
      engines: {
        node: ">= 14.16.0"
      },
      funding: {
        url: "https://paulmillr.com/funding/"
      }
    },
    "node_modules/livereload/node_modules/readdirp": {
      version: "4.1.2",
      resolved: "https://registry.npmjs.org/readdirp/-/readdirp-4.1.2.tgz",
      integrity: "sha512-GDhwkLfywWL2s6vEjyhri+eXmfH6j1L7JE27WhqLeYzoh/A3DBaYGEj2H/HFZCn/kMfim73FXxEJTw06WtxQwg==",
      license: "MIT",
      engines: {
        node: ">= 14.18.0"
      },
      funding: {
        type: "individual",
        url: "https://paulmillr.com/funding/"
      }
    },
    "node_modules/locate-path": {
      version: "8.0.0",
      resolved: "https://registry.npmjs.org/locate-path/-/locate-path-8.0.0.tgz",
      integrity: "sha512-XT9ewWAC43tiAV7xDAPflMkG0qOPn2QjHqlgX8FOqmWa/rxnyYDulF9T0F7tRy1u+TVTmK/M//6VIOye+2zDXg==",
      license: "MIT",
      dependencies: {
        "p-locate": "^6.0.0"
      },
      engines: {
        node: ">=20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/lodash": {
      version: "4.18.1",
      resolved: "https://registry.npmjs.org/lodash/-/lodash-4.18.1.tgz",
      integrity: "sha512-dMInicTPVE8d1e5otfwmmjlxkZoUpiVLwyeTdUsi/Caj/gfzzblBcCE5sRHV/AsjuCmxWrte2TNGSYuCeCq+0Q==",
      license: "MIT"
    },
    "node_modules/lodash-es": {
      version: "4.18.1",
      resolved: "https://registry.npmjs.org/lodash-es/-/lodash-es-4.18.1.tgz",
      integrity: "sha512-J8xewKD/Gk22OZbhpOVSwcs60zhd95ESDwezOFuA3/099925PdHJ7OFHNTGtajL3AlZkykD32HykiMo+BIBI8A==",
      license: "MIT"
    },
    "node_modules/lodash.compact": {
      version: "3.0.1",
      resolved: "https://registry.npmjs.org/lodash.compact/-/lodash.compact-3.0.1.tgz",
      integrity: "sha512-2ozeiPi+5eBXW1CLtzjk8XQFhQOEMwwfxblqeq6EGyTxZJ1bPATqilY0e6g2SLQpP4KuMeuioBhEnWz5Pr7ICQ==",
      license: "MIT"
    },
    "node_modules/lodash.debounce": {
      version: "4.0.8",
      resolved: "https://registry.npmjs.org/lodash.debounce/-/lodash.debounce-4.0.8.tgz",
      integrity: "sha512-FT1yDzDYEoYWhnSGnpE/4Kj1fLZkDFyqRb7fNt6FdYOSxlUWAtp42Eh6Wb0rGIv/m9Bgo7x4GhQbm5Ys4SG5ow==",
      license: "MIT"
    },
    "node_modules/lodash.flatten": {
      version: "4.4.0",
      resolved: "https://registry.npmjs.org/lodash.flatten/-/lodash.flatten-4.4.0.tgz",
      integrity: "sha512-C5N2Z3DgnnKr0LOpv/hKCgKdb7ZZwafIrsesve6lmzvZIRZRGaZ/l6Q8+2W7NaT+ZwO3fFlSCzCzrDCFdJfZ4g==",
      license: "MIT"
    },
    "node_modules/lodash.reject": {
      version: "4.6.0",
      resolved: "https://registry.npmjs.org/lodash.reject/-/lodash.reject-4.6.0.tgz",
      integrity: "sha512-qkTuvgEzYdyhiJBx42YPzPo71R1aEr0z79kAv7Ixg8wPFEjgRgJdUsGMG3Hf3OYSF/kHI79XhNlt+5Ar6OzwxQ==",
      license: "MIT"
    },
    "node_modules/log-symbols": {
      version: "7.0.1",
      resolved: "https://registry.npmjs.org/log-symbols/-/log-symbols-7.0.1.tgz",
      integrity: "sha512-ja1E3yCr9i/0hmBVaM0bfwDjnGy8I/s6PP4DFp+yP+a+mrHO4Rm7DtmnqROTUkHIkqffC84YY7AeqX6oFk0WFg==",
      license: "MIT",
      dependencies: {
        "is-unicode-supported": "^2.0.0",
        yoctocolors: "^2.1.1"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/lru-cache": {
      version: "11.5.2",
      resolved: "https://registry.npmjs.org/lru-cache/-/lru-cache-11.5.2.tgz",
      integrity: "sha512-4pfM1Ff0x50o0tQwb5ucw/RzNyD0/YJME6IVcStalZuMWxdt3sR3huStTtxz4PUmvZfRguvDejasvQ2kifR11g==",
      license: "BlueOak-1.0.0",
      engines: {
        node: "20 || >=22"
      }
    },
    "node_modules/make-fetch-happen": {
      version: "15.0.6",
      resolved: "https://registry.npmjs.org/make-fetch-happen/-/make-fetch-happen-15.0.6.tgz",
      integrity: "sha512-Je0fLJ0F5atA7F+eIlLzk+Wkcl57JDf4kf+EW8xiP5E31xOQxkIxTbgf1Oi1Lw9tRI9UEMRdI5Vz2xTzoNU1Jw==",
      license: "ISC",
      dependencies: {
        "@gar/promise-retry": "^1.0.0",
        "@npmcli/agent": "^4.0.0",
        "@npmcli/redact": "^4.0.0",
        cacache: "^20.0.1",
        "http-cache-semantics": "^4.1.1",
        minipass: "^7.0.2",
        "minipass-fetch": "^5.0.0",
        "minipass-flush": "^1.0.5",
        "minipass-pipeline": "^1.2.4",
        negotiator: "^1.0.0",
        "proc-log": "^6.0.0",
        ssri: "^13.0.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/math-intrinsics": {
      version: "1.1.0",
      resolved: "https://registry.npmjs.org/math-intrinsics/-/math-intrinsics-1.1.0.tgz",
      integrity: "sha512-/IXtbwEk5HTPyEwyKX6hGkYXxM9nbj64B+ilVJnC/R6B0pH5G4V3b0pVbL7DBj4tkhBAppbQUlf6F6Xl9LHu1g==",
      license: "MIT",
      engines: {
        node: ">= 0.4"
      }
    },
    "node_modules/media-typer": {
      version: "1.1.0",
      resolved: "https://registry.npmjs.org/media-typer/-/media-typer-1.1.0.tgz",
      integrity: "sha512-aisnrDP4GNe06UcKFnV5bfMNPBUw4jsLGaWwWfnH3v02GnBuXX2MCVn5RbrWo0j3pczUilYblq7fQ7Nw2t5XKw==",
      license: "MIT",
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/mem-fs": {
      version: "4.1.5",
      resolved: "https://registry.npmjs.org/mem-fs/-/mem-fs-4.1.5.tgz",
      integrity: "sha512-6aWRo1jLo82ngo44tPQXjzINN7gvSNWhMU96I+O5nsJWdPi5vbUJWMTDGZDb/AVpCJRpaLGcFgrIBIpyk0DuUA==",
      license: "MIT",
      dependencies: {
        vinyl: "^3.0.1",
        "vinyl-file": "^5.0.0"
      },
      engines: {
        node: ">=18.0.0"
      },
      peerDependencies: {
        "@types/node": ">=18",
        "@types/vinyl": "^2.0.12"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        },
        "@types/vinyl": {
          optional: true
        }
      }
    },
    "node_modules/mem-fs-editor": {
      version: "11.1.4",
      resolved: "https://registry.npmjs.org/mem-fs-editor/-/mem-fs-editor-11.1.4.tgz",
      integrity: "sha512-Z4QX14Ev6eOVTuVSayS5rdiOua6C3gHcFw+n9Qc7WiaVTbC+H8b99c32MYGmbQN9UFHJeI/p3lf3LAxiIzwEmA==",
      license: "MIT",
      dependencies: {
        "@types/ejs": "^3.1.4",
        "@types/node": ">=18",
        binaryextensions: "^6.11.0",
        commondir: "^1.0.1",
        "deep-extend": "^0.6.0",
        ejs: "^3.1.10",
        globby: "^14.0.2",
        isbinaryfile: "5.0.3",
        minimatch: "^9.0.3",
        multimatch: "^7.0.0",
        "normalize-path": "^3.0.0",
        textextensions: "^6.11.0",
        vinyl: "^3.0.0"
      },
      acceptDependencies: {
        isbinaryfile: "^5.0.3"
      },
      engines: {
        node: ">=18.0.0"
      },
      peerDependencies: {
        "mem-fs": "^4.0.0"
      }
    },
    "node_modules/mem-fs-editor/node_modules/@sindresorhus/merge-streams": {
      version: "2.3.0",
      resolved: "https://registry.npmjs.org/@sindresorhus/merge-streams/-/merge-streams-2.3.0.tgz",
      integrity: "sha512-LtoMMhxAlorcGhmFYI+LhPgbPZCkgP6ra1YL604EeF6U98pLlQ3iWIGMdWSC+vWmPBWBNgmDBAhnAobLROJmwg==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/mem-fs-editor/node_modules/balanced-match": {
      version: "1.0.2",
      resolved: "https://registry.npmjs.org/balanced-match/-/balanced-match-1.0.2.tgz",
      integrity: "sha512-3oSeUO0TMV67hN1AmbXsK4yaqU7tjiHlbxRDZOpH0KW9+CeX4bRAaX0Anxt0tx2MrpRpWwQaPwIlISEJhYU5Pw==",
      license: "MIT"
    },
    "node_modules/mem-fs-editor/node_modules/brace-expansion": {
      version: "2.1.2",
      resolved: "https://registry.npmjs.org/brace-expansion/-/brace-expansion-2.1.2.tgz",
      integrity: "sha512-w5JZcKgdhDOgOwm8H+KgbosopHMuGcl6qbulwjtz3SM7I7P3yW1eAjzMPLrIE+NQ9vjgANKHWeMHnrT0OXW1oA==",
      license: "MIT",
      dependencies: {
        "balanced-match": "^1.0.0"
      }
    },
    "node_modules/mem-fs-editor/node_modules/globby": {
      version: "14.1.0",
      resolved: "https://registry.npmjs.org/globby/-/globby-14.1.0.tgz",
      integrity: "sha512-0Ia46fDOaT7k4og1PDW4YbodWWr3scS2vAr2lTbsplOt2WkKp0vQbkI9wKis/T5LV/dqPjO3bpS/z6GTJB82LA==",
      license: "MIT",
      dependencies: {
        "@sindresorhus/merge-streams": "^2.1.0",
        "fast-glob": "^3.3.3",
        ignore: "^7.0.3",
        "path-type": "^6.0.0",
        slash: "^5.1.0",
        "unicorn-magic": "^0.3.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/mem-fs-editor/node_modules/minimatch": {
      version: "9.0.9",
      resolved: "https://registry.npmjs.org/minimatch/-/minimatch-9.0.9.tgz",
      integrity: "sha512-OBwBN9AL4dqmETlpS2zasx+vTeWclWzkblfZk7KTA5j3jeOONz/tRCnZomUyvNg83wL5Zv9Ss6HMJXAgL8R2Yg==",
      license: "ISC",
      dependencies: {
        "brace-expansion": "^2.0.2"
      },
      engines: {
        node: ">=16 || 14 >=14.17"
      },
      funding: {
        url: "https://github.com/sponsors/isaacs"
      }
    },
    "node_modules/merge-descriptors": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/merge-descriptors/-/merge-descriptors-2.0.0.tgz",
      integrity: "sha512-Snk314V5ayFLhp3fkUREub6WtjBfPdCPY1Ln8/8munuLuiYhsABgBVWsozAG+MWMbVEvcdcpbi9R7ww22l9Q3g==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/merge-stream": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/merge-stream/-/merge-stream-2.0.0.tgz",
      integrity: "sha512-abv/qOcuPfk3URPfDzmZU1LKmuw8kT+0nIHvKrKgFrwifol/doWcdA4ZqsWQ8ENrFKkd67Mfpo/LovbIUsbt3w==",
      inBundle: true,
      license: "MIT"
    },
    "node_modules/merge2": {
      version: "1.4.1",
      resolved: "https://registry.npmjs.org/merge2/-/merge2-1.4.1.tgz",
      integrity: "sha512-8q7VEgMJW4J8tcfVPy8g09NcQwZdbwFEqhe/WZkoIzjn/3TGDwtOCYtXGxA3O8tPzpczCCDgv+P2P5y00ZJOOg==",
      inBundle: true,
      license: "MIT",
      engines: {
        node: ">= 8"
      }
    },
    "node_modules/micromatch": {
      version: "4.0.8",
      resolved: "https://registry.npmjs.org/micromatch/-/micromatch-4.0.8.tgz",
      integrity: "sha512-PXwfBhYu0hBCPw8Dn0E+WDYb7af3dSLVWKi3HGv84IdF4TyFoC0ysxFd0Goxw7nSv4T/PzEJQxsYsEiFCKo2BA==",
      inBundle: true,
      license: "MIT",
      dependencies: {
        braces: "^3.0.3",
        picomatch: "^2.3.1"
      },
      engines: {
        node: ">=8.6"
      }
    },
    "node_modules/mime": {
      version: "4.1.0",
      resolved: "https://registry.npmjs.org/mime/-/mime-4.1.0.tgz",
      integrity: "sha512-X5ju04+cAzsojXKes0B/S4tcYtFAJ6tTMuSPBEn9CPGlrWr8Fiw7qYeLT0XyH80HSoAoqWCaz+MWKh22P7G1cw==",
      funding: [
        "https://github.com/sponsors/broofa"
      ],
      license: "MIT",
      bin: {
        mime: "bin/cli.js"
      },
      engines: {
        node: ">=16"
      }
    },
    "node_modules/mime-db": {
      version: "1.54.0",
      resolved: "https://registry.npmjs.org/mime-db/-/mime-db-1.54.0.tgz",
      integrity: "sha512-aU5EJuIN2WDemCcAp2vFBfp/m4EAhWJnUNSSw0ixs7/kXbd6Pg64EmwJkNdFhB8aWt1sH2CTXrLxo/iAGV3oPQ==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/mime-types": {
      version: "3.0.2",
      resolved: "https://registry.npmjs.org/mime-types/-/mime-types-3.0.2.tgz",
      integrity: "sha512-Lbgzdk0h4juoQ9fCKXW4by0UJqj+nOOrI9MJ1sSj4nI8aI2eo1qmvQEie4VD1glsS250n15LsWsYtCugiStS5A==",
      license: "MIT",
      dependencies: {
        "mime-db": "^1.54.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/express"
      }
    },
    "node_modules/mimic-fn": {
      version: "2.1.0",
      resolved: "https://registry.npmjs.org/mimic-fn/-/mimic-fn-2.1.0.tgz",
      integrity: "sha512-OqbOk5oEQeAZ8WXWydlu9HJjz9WVdEIvamMCcXmuqUYjTknH/sqsWvhQ3vgwKFRR1HpjvNBKQ37nbJgYzGqGcg==",
      inBundle: true,
      license: "MIT",
      engines: {
        node: ">=6"
      }
    },
    "node_modules/mimic-function": {
      version: "5.0.1",
      resolved: "https://registry.npmjs.org/mimic-function/-/mimic-function-5.0.1.tgz",
      integrity: "sha512-VP79XUPxV2CigYP3jWwAUFSku2aKqBH7uTAapFWCBqutsbmDo96KY5o8uh6U+/YSIn5OxJnXp73beVkpqMIGhA==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/minimatch": {
      version: "10.2.5",
      resolved: "https://registry.npmjs.org/minimatch/-/minimatch-10.2.5.tgz",
      integrity: "sha512-MULkVLfKGYDFYejP07QOurDLLQpcjk7Fw+7jXS2R2czRQzR56yHRveU5NDJEOviH+hETZKSkIk5c+T23GjFUMg==",
      license: "BlueOak-1.0.0",
      dependencies: {
        "brace-expansion": "^5.0.5"
      },
      engines: {
        node: "18 || 20 || >=22"
      },
      funding: {
        url: "https://github.com/sponsors/isaacs"
      }
    },
    "node_modules/minimist": {
      version: "1.2.8",
      resolved: "https://registry.npmjs.org/minimist/-/minimist-1.2.8.tgz",
      integrity: "sha512-2yyAR8qBkN3YuheJanUpWC5U3bb5osDywNB8RzDVlDwDHbocAJveqqj1u8+SVD7jkWT4yvsHCpWqqWqAxb0zCA==",
      license: "MIT",
      funding: {
        url: "https://github.com/sponsors/ljharb"
      }
    },
    "node_modules/minipass": {
      version: "7.1.3",
      resolved: "https://registry.npmjs.org/minipass/-/minipass-7.1.3.tgz",
      integrity: "sha512-tEBHqDnIoM/1rXME1zgka9g6Q2lcoCkxHLuc7ODJ5BxbP5d4c2Z5cGgtXAku59200Cx7diuHTOYfSBD8n6mm8A==",
      license: "BlueOak-1.0.0",
      engines: {
        node: ">=16 || 14 >=14.17"
      }
    },
    "node_modules/minipass-collect": {
      version: "2.0.1",
      resolved: "https://registry.npmjs.org/minipass-collect/-/minipass-collect-2.0.1.tgz",
      integrity: "sha512-D7V8PO9oaz7PWGLbCACuI1qEOsq7UKfLotx/C0Aet43fCUB/wfQ7DYeq2oR/svFJGYDHPr38SHATeaj/ZoKHKw==",
      license: "ISC",
      dependencies: {
        minipass: "^7.0.3"
      },
      engines: {
        node: ">=16 || 14 >=14.17"
      }
    },
    "node_modules/minipass-fetch": {
      version: "5.0.2",
      resolved: "https://registry.npmjs.org/minipass-fetch/-/minipass-fetch-5.0.2.tgz",
      integrity: "sha512-2d0q2a8eCi2IRg/IGubCNRJoYbA1+YPXAzQVRFmB45gdGZafyivnZ5YSEfo3JikbjGxOdntGFvBQGqaSMXlAFQ==",
      license: "MIT",
      dependencies: {
        minipass: "^7.0.3",
        "minipass-sized": "^2.0.0",
        minizlib: "^3.0.1"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      },
      optionalDependencies: {
        "iconv-lite": "^0.7.2"
      }
    },
    "node_modules/minipass-flush": {
      version: "1.0.7",
      resolved: "https://registry.npmjs.org/minipass-flush/-/minipass-flush-1.0.7.tgz",
      integrity: "sha512-TbqTz9cUwWyHS2Dy89P3ocAGUGxKjjLuR9z8w4WUTGAVgEj17/4nhgo2Du56i0Fm3Pm30g4iA8Lcqctc76jCzA==",
      license: "BlueOak-1.0.0",
      dependencies: {
        minipass: "^3.0.0"
      },
      engines: {
        node: ">= 8"
      }
    },
    "node_modules/minipass-flush/node_modules/minipass": {
      version: "3.3.6",
      resolved: "https://registry.npmjs.org/minipass/-/minipass-3.3.6.tgz",
      integrity: "sha512-DxiNidxSEK+tHG6zOIklvNOwm3hvCrbUrdtzY74U6HKTJxvIDfOUL5W5P2Ghd3DTkhhKPYGqeNUIh5qcM4YBfw==",
      license: "ISC",
      dependencies: {
        yallist: "^4.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/minipass-flush/node_modules/yallist": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/yallist/-/yallist-4.0.0.tgz",
      integrity: "sha512-3wdGidZyq5PB084XLES5TpOSRA3wjXAlIWMhum2kRcv/41Sn2emQ0dycQW4uZXLejwKvg6EsvbdlVL+FYEct7A==",
      license: "ISC"
    },
    "node_modules/minipass-pipeline": {
      version: "1.2.4",
      resolved: "https://registry.npmjs.org/minipass-pipeline/-/minipass-pipeline-1.2.4.tgz",
      integrity: "sha512-xuIq7cIOt09RPRJ19gdi4b+RiNvDFYe5JH+ggNvBqGqpQXcru3PcRmOZuHBKWK1Txf9+cQ+HMVN4d6z46LZP7A==",
      license: "ISC",
      dependencies: {
        minipass: "^3.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/minipass-pipeline/node_modules/minipass": {
      version: "3.3.6",
      resolved: "https://registry.npmjs.org/minipass/-/minipass-3.3.6.tgz",
      integrity: "sha512-DxiNidxSEK+tHG6zOIklvNOwm3hvCrbUrdtzY74U6HKTJxvIDfOUL5W5P2Ghd3DTkhhKPYGqeNUIh5qcM4YBfw==",
      license: "ISC",
      dependencies: {
        yallist: "^4.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/minipass-pipeline/node_modules/yallist": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/yallist/-/yallist-4.0.0.tgz",
      integrity: "sha512-3wdGidZyq5PB084XLES5TpOSRA3wjXAlIWMhum2kRcv/41Sn2emQ0dycQW4uZXLejwKvg6EsvbdlVL+FYEct7A==",
      license: "ISC"
    },
    "node_modules/minipass-sized": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/minipass-sized/-/minipass-sized-2.0.0.tgz",
      integrity: "sha512-zSsHhto5BcUVM2m1LurnXY6M//cGhVaegT71OfOXoprxT6o780GZd792ea6FfrQkuU4usHZIUczAQMRUE2plzA==",
      license: "ISC",
      dependencies: {
        minipass: "^7.1.2"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/minizlib": {
      version: "3.1.0",
      resolved: "https://registry.npmjs.org/minizlib/-/minizlib-3.1.0.tgz",
      integrity: "sha512-KZxYo1BUkWD2TVFLr0MQoM8vUUigWD3LlD83a/75BqC+4qE0Hb1Vo5v1FgcfaNXvfXzr+5EhQ6ing/CaBijTlw==",
      license: "MIT",
      dependencies: {
        minipass: "^7.1.2"
      },
      engines: {
        node: ">= 18"
      }
    },
    "node_modules/ms": {
      version: "2.1.3",
      resolved: "https://registry.npmjs.org/ms/-/ms-2.1.3.tgz",
      integrity: "sha512-6FlzubTLZG3J2a/NVCAleEhjzq5oxgHyaCU9yYXvcLsvoVaHJq/s5xXI6/XXP6tz7R9xAOtHnSO/tXtF3WRTlA==",
      license: "MIT"
    },
    "node_modules/multer": {
      version: "2.2.0",
      resolved: "https://registry.npmjs.org/multer/-/multer-2.2.0.tgz",
      integrity: "sha512-6rdyFg2kLrMh9Jee7/BMPuV9lEAd7lLW2YUpF9/YxR7njyoUwwQ0ZPh3TaIY50Sw6vlyD2HW3wGOkTS4P79xrQ==",
      license: "MIT",
      dependencies: {
        "append-field": "^1.0.0",
        busboy: "^1.6.0",
        "concat-stream": "^2.0.0",
        "type-is": "^1.6.18"
      },
      engines: {
        node: ">= 10.16.0"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/express"
      }
    },
    "node_modules/multer/node_modules/media-typer": {
      version: "0.3.0",
      resolved: "https://registry.npmjs.org/media-typer/-/media-typer-0.3.0.tgz",
      integrity: "sha512-dq+qelQ9akHpcOl/gUVRTxVIOkAJ1wR3QAvb4RsVjS8oVoFjDGTc679wJYmUmknUF5HwMLOgb5O+a3KxfWapPQ==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/multer/node_modules/mime-db": {
      version: "1.52.0",
      resolved: "https://registry.npmjs.org/mime-db/-/mime-db-1.52.0.tgz",
      integrity: "sha512-sPU4uV7dYlvtWJxwwxHD0PuihVNiE7TyAbQ5SWxDCB9mUYvOgroQOwYQQOKPJ8CIbE+1ETVlOoK1UC2nU3gYvg==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/multer/node_modules/mime-types": {
      version: "2.1.35",
      resolved: "https://registry.npmjs.org/mime-types/-/mime-types-2.1.35.tgz",
      integrity: "sha512-ZDY+bPm5zTTF+YpCrAU9nK0UgICYPT0QtT1NZWFv4s++TNkcgVaT0g6+4R2uI4MjQjzysHB1zxuWL50hzaeXiw==",
      license: "MIT",
      dependencies: {
        "mime-db": "1.52.0"
      },
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/multer/node_modules/type-is": {
      version: "1.6.18",
      resolved: "https://registry.npmjs.org/type-is/-/type-is-1.6.18.tgz",
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
    "node_modules/multimatch": {
      version: "7.0.0",
      resolved: "https://registry.npmjs.org/multimatch/-/multimatch-7.0.0.tgz",
      integrity: "sha512-SYU3HBAdF4psHEL/+jXDKHO95/m5P2RvboHT2Y0WtTttvJLP4H/2WS9WlQPFvF6C8d6SpLw8vjCnQOnVIVOSJQ==",
      license: "MIT",
      dependencies: {
        "array-differ": "^4.0.0",
        "array-union": "^3.0.1",
        minimatch: "^9.0.3"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/multimatch/node_modules/balanced-match": {
      version: "1.0.2",
      resolved: "https://registry.npmjs.org/balanced-match/-/balanced-match-1.0.2.tgz",
      integrity: "sha512-3oSeUO0TMV67hN1AmbXsK4yaqU7tjiHlbxRDZOpH0KW9+CeX4bRAaX0Anxt0tx2MrpRpWwQaPwIlISEJhYU5Pw==",
      license: "MIT"
    },
    "node_modules/multimatch/node_modules/brace-expansion": {
      version: "2.1.2",
      resolved: "https://registry.npmjs.org/brace-expansion/-/brace-expansion-2.1.2.tgz",
      integrity: "sha512-w5JZcKgdhDOgOwm8H+KgbosopHMuGcl6qbulwjtz3SM7I7P3yW1eAjzMPLrIE+NQ9vjgANKHWeMHnrT0OXW1oA==",
      license: "MIT",
      dependencies: {
        "balanced-match": "^1.0.0"
      }
    },
    "node_modules/multimatch/node_modules/minimatch": {
      version: "9.0.9",
      resolved: "https://registry.npmjs.org/minimatch/-/minimatch-9.0.9.tgz",
      integrity: "sha512-OBwBN9AL4dqmETlpS2zasx+vTeWclWzkblfZk7KTA5j3jeOONz/tRCnZomUyvNg83wL5Zv9Ss6HMJXAgL8R2Yg==",
      license: "ISC",
      dependencies: {
        "brace-expansion": "^2.0.2"
      },
      engines: {
        node: ">=16 || 14 >=14.17"
      },
      funding: {
        url: "https://github.com/sponsors/isaacs"
      }
    },
    "node_modules/mustache": {
      version: "4.2.0",
      resolved: "https://registry.npmjs.org/mustache/-/mustache-4.2.0.tgz",
      integrity: "sha512-71ippSywq5Yb7/tVYyGbkBggbU8H3u5Rz56fH60jGFgr8uHwxs+aSKeqmluIVzM0m0kB7xQjKS6qPfd0b2ZoqQ==",
      license: "MIT",
      bin: {
        mustache: "bin/mustache"
      }
    },
    "node_modules/mute-stream": {
      version: "3.0.0",
      resolved: "https://registry.npmjs.org/mute-stream/-/mute-stream-3.0.0.tgz",
      integrity: "sha512-dkEJPVvun4FryqBmZ5KhDo0K9iDXAwn08tMLDinNdRBNPcYEDiWYysLcc6k3mjTMlbP9KyylvRpd4wFtwrT9rw==",
      license: "ISC",
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/negotiator": {
      version: "1.0.0",
      resolved: "https://registry.npmjs.org/negotiator/-/negotiator-1.0.0.tgz",
      integrity: "sha512-8Ofs/AUQh8MaEcrlq5xOX0CQ9ypTF5dl78mjlMNfOK08fzpgTHQRQPBxcPlEtIw0yRpws+Zo/3r+5WRby7u3Gg==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/node-gyp": {
      version: "12.4.0",
      resolved: "https://registry.npmjs.org/node-gyp/-/node-gyp-12.4.0.tgz",
      integrity: "sha512-OMcPNvqTCFUnNaBlmdgq+lfNqY7gTiSmNRDjY3uAXRyudeKZEZxu3CLtjMQrx4zZxCX2b/mpNqTtwuCJgXhHkw==",
      license: "MIT",
      dependencies: {
        "env-paths": "^2.2.0",
        "exponential-backoff": "^3.1.1",
        "graceful-fs": "^4.2.6",
        nopt: "^9.0.0",
        "proc-log": "^6.0.0",
        semver: "^7.3.5",
        tar: "^7.5.4",
        tinyglobby: "^0.2.12",
        undici: "^6.25.0",
        which: "^6.0.0"
      },
      bin: {
        "node-gyp": "bin/node-gyp.js"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/node-gyp/node_modules/isexe": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/isexe/-/isexe-4.0.0.tgz",
      integrity: "sha512-FFUtZMpoZ8RqHS3XeXEmHWLA4thH+ZxCv2lOiPIn1Xc7CxrqhWzNSDzD+/chS/zbYezmiwWLdQC09JdQKmthOw==",
      license: "BlueOak-1.0.0",
      engines: {
        node: ">=20"
      }
    },
    "node_modules/node-gyp/node_modules/which": {
      version: "6.0.1",
      resolved: "https://registry.npmjs.org/which/-/which-6.0.1.tgz",
      integrity: "sha512-oGLe46MIrCRqX7ytPUf66EAYvdeMIZYn3WaocqqKZAxrBpkqHfL/qvTyJ/bTk5+AqHCjXmrv3CEWgy368zhRUg==",
      license: "ISC",
      dependencies: {
        isexe: "^4.0.0"
      },
      bin: {
        "node-which": "bin/which.js"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/node-int64": {
      version: "0.4.0",
      resolved: "https://registry.npmjs.org/node-int64/-/node-int64-0.4.0.tgz",
      integrity: "sha512-O5lz91xSOeoXP6DulyHfllpq+Eg00MWitZIbtPfoSEvqIHdl5gfcY6hYzDWnj0qD5tz52PI08u9qUvSVeUBeHw==",
      license: "MIT"
    },
    "node_modules/nopt": {
      version: "9.0.0",
      resolved: "https://registry.npmjs.org/nopt/-/nopt-9.0.0.tgz",
      integrity: "sha512-Zhq3a+yFKrYwSBluL4H9XP3m3y5uvQkB/09CwDruCiRmR/UJYnn9W4R48ry0uGC70aeTPKLynBtscP9efFFcPw==",
      license: "ISC",
      dependencies: {
        abbrev: "^4.0.0"
      },
      bin: {
        nopt: "bin/nopt.js"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/normalize-package-data": {
      version: "6.0.2",
      resolved: "https://registry.npmjs.org/normalize-package-data/-/normalize-package-data-6.0.2.tgz",
      integrity: "sha512-V6gygoYb/5EmNI+MEGrWkC+e6+Rr7mTmfHrxDbLzxQogBkgzo76rkok0Am6thgSF7Mv2nLOajAJj5vDJZEFn7g==",
      license: "BSD-2-Clause",
      dependencies: {
        "hosted-git-info": "^7.0.0",
        semver: "^7.3.5",
        "validate-npm-package-license": "^3.0.4"
      },
      engines: {
        node: "^16.14.0 || >=18.0.0"
      }
    },
    "node_modules/normalize-package-data/node_modules/hosted-git-info": {
      version: "7.0.2",
      resolved: "https://registry.npmjs.org/hosted-git-info/-/hosted-git-info-7.0.2.tgz",
      integrity: "sha512-puUZAUKT5m8Zzvs72XWy3HtvVbTWljRE66cP60bxJzAqf2DgICo7lYTY2IHUmLnNpjYvw5bvmoHvPc0QO2a62w==",
      license: "ISC",
      dependencies: {
        "lru-cache": "^10.0.1"
      },
      engines: {
        node: "^16.14.0 || >=18.0.0"
      }
    },
    "node_modules/normalize-package-data/node_modules/lru-cache": {
      version: "10.4.3",
      resolved: "https://registry.npmjs.org/lru-cache/-/lru-cache-10.4.3.tgz",
      integrity: "sha512-JNAzZcXrCt42VGLuYz0zfAzDfAvJWW6AfYlDBQyDV5DClI2m5sAmK+OIO7s59XfsRsWHp02jAJrRadPRGTt6SQ==",
      license: "ISC"
    },
    "node_modules/normalize-path": {
      version: "3.0.0",
      resolved: "https://registry.npmjs.org/normalize-path/-/normalize-path-3.0.0.tgz",
      integrity: "sha512-6eZs5Ls3WtCisHWp9S2GUy8dqkpGi4BVSz3GaqiE6ezub0512ESztXUwUB6C6IKbQkY2Pnb/mD4WYojCRwcwLA==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/npm-bundled": {
      version: "5.0.0",
      resolved: "https://registry.npmjs.org/npm-bundled/-/npm-bundled-5.0.0.tgz",
      integrity: "sha512-JLSpbzh6UUXIEoqPsYBvVNVmyrjVZ1fzEFbqxKkTJQkWBO3xFzFT+KDnSKQWwOQNbuWRwt5LSD6HOTLGIWzfrw==",
      license: "ISC",
      dependencies: {
        "npm-normalize-package-bin": "^5.0.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/npm-install-checks": {
      version: "8.0.0",
      resolved: "https://registry.npmjs.org/npm-install-checks/-/npm-install-checks-8.0.0.tgz",
      integrity: "sha512-ScAUdMpyzkbpxoNekQ3tNRdFI8SJ86wgKZSQZdUxT+bj0wVFpsEMWnkXP0twVe1gJyNF5apBWDJhhIbgrIViRA==",
      license: "BSD-2-Clause",
      dependencies: {
        semver: "^7.1.1"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/npm-normalize-package-bin": {
      version: "5.0.0",
      resolved: "https://registry.npmjs.org/npm-normalize-package-bin/-/npm-normalize-package-bin-5.0.0.tgz",
      integrity: "sha512-CJi3OS4JLsNMmr2u07OJlhcrPxCeOeP/4xq67aWNai6TNWWbTrlNDgl8NcFKVlcBKp18GPj+EzbNIgrBfZhsag==",
      license: "ISC",
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/npm-package-arg": {
      version: "13.0.2",
      resolved: "https://registry.npmjs.org/npm-package-arg/-/npm-package-arg-13.0.2.tgz",
      integrity: "sha512-IciCE3SY3uE84Ld8WZU23gAPPV9rIYod4F+rc+vJ7h7cwAJt9Vk6TVsK60ry7Uj3SRS3bqRRIGuTp9YVlk6WNA==",
      license: "ISC",
      dependencies: {
        "hosted-git-info": "^9.0.0",
        "proc-log": "^6.0.0",
        semver: "^7.3.5",
        "validate-npm-package-name": "^7.0.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/npm-packlist": {
      version: "10.0.4",
      resolved: "https://registry.npmjs.org/npm-packlist/-/npm-packlist-10.0.4.tgz",
      integrity: "sha512-uMW73iajD8hiH4ZBxEV3HC+eTnppIqwakjOYuvgddnalIw2lJguKviK1pcUJDlIWm1wSJkchpDZDSVVsZEYRng==",
      license: "ISC",
      dependencies: {
        "ignore-walk": "^8.0.0",
        "proc-log": "^6.0.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/npm-pick-manifest": {
      version: "11.0.3",
      resolved: "https://registry.npmjs.org/npm-pick-manifest/-/npm-pick-manifest-11.0.3.tgz",
      integrity: "sha512-buzyCfeoGY/PxKqmBqn1IUJrZnUi1VVJTdSSRPGI60tJdUhUoSQFhs0zycJokDdOznQentgrpf8LayEHyyYlqQ==",
      license: "ISC",
      dependencies: {
        "npm-install-checks": "^8.0.0",
        "npm-normalize-package-bin": "^5.0.0",
        "npm-package-arg": "^13.0.0",
        semver: "^7.3.5"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/npm-registry-fetch": {
      version: "19.1.1",
      resolved: "https://registry.npmjs.org/npm-registry-fetch/-/npm-registry-fetch-19.1.1.tgz",
      integrity: "sha512-TakBap6OM1w0H73VZVDf44iFXsOS3h+L4wVMXmbWOQroZgFhMch0juN6XSzBNlD965yIKvWg2dfu7NSiaYLxtw==",
      license: "ISC",
      dependencies: {
        "@npmcli/redact": "^4.0.0",
        jsonparse: "^1.3.1",
        "make-fetch-happen": "^15.0.0",
        minipass: "^7.0.2",
        "minipass-fetch": "^5.0.0",
        minizlib: "^3.0.1",
        "npm-package-arg": "^13.0.0",
        "proc-log": "^6.0.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/npm-run-path": {
      version: "6.0.0",
      resolved: "https://registry.npmjs.org/npm-run-path/-/npm-run-path-6.0.0.tgz",
      integrity: "sha512-9qny7Z9DsQU8Ou39ERsPU4OZQlSTP47ShQzuKZ6PRXpYLtIFgl/DEBYEXKlvcEa+9tHVcK8CF81Y2V72qaZhWA==",
      license: "MIT",
      dependencies: {
        "path-key": "^4.0.0",
        "unicorn-magic": "^0.3.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/npm-run-path/node_modules/path-key": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/path-key/-/path-key-4.0.0.tgz",
      integrity: "sha512-haREypq7xkM7ErfgIyA0z+Bj4AGKlMSdlQE2jvJo6huWD1EdkKYV+G/T4nq0YEF2vgTT8kqMFKo1uHn950r4SQ==",
      license: "MIT",
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/nullthrows": {
      version: "1.1.1",
      resolved: "https://registry.npmjs.org/nullthrows/-/nullthrows-1.1.1.tgz",
      integrity: "sha512-2vPPEi+Z7WqML2jZYddDIfy5Dqb0r2fze2zTxNNknZaFpVHU3mFB3R+DWeJWGVx0ecvttSGlJTI+WG+8Z4cDWw==",
      license: "MIT"
    },
    "node_modules/object-assign": {
      version: "4.1.1",
      resolved: "https://registry.npmjs.org/object-assign/-/object-assign-4.1.1.tgz",
      integrity: "sha512-rJgTQnkUnH1sFw8yT6VSU3zD3sWmu6sZhIseY8VX+GRu3P6F7Fu+JNDoXfklElbLJSnc3FUQHVe4cU5hj+BcUg==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/object-inspect": {
      version: "1.13.4",
      resolved: "https://registry.npmjs.org/object-inspect/-/object-inspect-1.13.4.tgz",
      integrity: "sha512-W67iLl4J2EXEGTbfeHCffrjDfitvLANg0UlX3wFUUSTx92KXRFegMHUVgSqE+wvhAbi4WqjGg9czysTV2Epbew==",
      license: "MIT",
      engines: {
        node: ">= 0.4"
      },
      funding: {
        url: "https://github.com/sponsors/ljharb"
      }
    },
    "node_modules/ohm-js": {
      version: "17.5.0",
      resolved: "https://registry.npmjs.org/ohm-js/-/ohm-js-17.5.0.tgz",
      integrity: "sha512-l4Sa7026+6jsvYbt0PXKmL+f+ML32fD++IznLgxDhx2t9Cx6NC7zwRqblCujPHGGmkQerHoeBzRutdxaw/S72g==",
      license: "MIT",
      engines: {
        node: ">=0.12.1"
      }
    },
    "node_modules/on-finished": {
      version: "2.4.1",
      resolved: "https://registry.npmjs.org/on-finished/-/on-finished-2.4.1.tgz",
      integrity: "sha512-oVlzkg3ENAhCk2zdv7IJwd/QUD4z2RxRwpkcGY8psCVcCYZNq4wYnVWALHM+brtuJjePWiYF/ClmuDr8Ch5+kg==",
      license: "MIT",
      dependencies: {
        "ee-first": "1.1.1"
      },
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/once": {
      version: "1.4.0",
      resolved: "https://registry.npmjs.org/once/-/once-1.4.0.tgz",
      integrity: "sha512-lNaJgI+2Q5URQBkccEKHTQOPaXdUxnZZElQTZY0MFUAuaEqe1E+Nyvgdz/aIyNi6Z9MzO5dv1H8n58/GELp3+w==",
      license: "ISC",
      dependencies: {
        wrappy: "1"
      }
    },
    "node_modules/onetime": {
      version: "7.0.0",
      resolved: "https://registry.npmjs.org/onetime/-/onetime-7.0.0.tgz",
      integrity: "sha512-VXJjc87FScF88uafS3JllDgvAm+c/Slfz06lorj2uAY34rlUu0Nt+v8wreiImcrgAjjIHp1rXpTDlLOGw29WwQ==",
      license: "MIT",
      dependencies: {
        "mimic-function": "^5.0.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/open": {
      version: "11.0.0",
      resolved: "https://registry.npmjs.org/open/-/open-11.0.0.tgz",
      integrity: "sha512-smsWv2LzFjP03xmvFoJ331ss6h+jixfA4UUV/Bsiyuu4YJPfN+FIQGOIiv4w9/+MoHkfkJ22UIaQWRVFRfH6Vw==",
      license: "MIT",
      dependencies: {
        "default-browser": "^5.4.0",
        "define-lazy-prop": "^3.0.0",
        "is-in-ssh": "^1.0.0",
        "is-inside-container": "^1.0.0",
        "powershell-utils": "^0.1.0",
        "wsl-utils": "^0.3.0"
      },
      engines: {
        node: ">=20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/opts": {
      version: "2.0.2",
      resolved: "https://registry.npmjs.org/opts/-/opts-2.0.2.tgz",
      integrity: "sha512-k41FwbcLnlgnFh69f4qdUfvDQ+5vaSDnVPFI/y5XuhKRq97EnVVneO9F1ESVCdiVu4fCS2L8usX3mU331hB7pg==",
      license: "BSD-2-Clause"
    },
    "node_modules/ora": {
      version: "9.4.1",
      resolved: "https://registry.npmjs.org/ora/-/ora-9.4.1.tgz",
      integrity: "sha512-6VlU9MLXbjVQD04AZCMX28hVtA5bUoadvUqO76MUCVA0ilwJbMiHsITRPfyVm6p/BC0Av/BXMujx39WCe1LEqw==",
      license: "MIT",
      dependencies: {
        chalk: "^5.6.2",
        "cli-cursor": "^5.0.0",
        "cli-spinners": "^3.2.0",
        "is-interactive": "^2.0.0",
        "is-unicode-supported": "^2.1.0",
        "log-symbols": "^7.0.1",
        "stdin-discarder": "^0.3.2",
        "string-width": "^8.1.0"
      },
      engines: {
        node: ">=20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/p-limit": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/p-limit/-/p-limit-4.0.0.tgz",
      integrity: "sha512-5b0R4txpzjPWVw/cXXUResoD4hb6U/x9BH08L7nw+GN1sezDzPdxeRvpc9c433fZhBan/wusjbCsqwqm4EIBIQ==",
      license: "MIT",
      dependencies: {
        "yocto-queue": "^1.0.0"
      },
      engines: {
        node: "^12.20.0 || ^14.13.1 || >=16.0.0"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/p-locate": {
      version: "6.0.0",
      resolved: "https://registry.npmjs.org/p-locate/-/p-locate-6.0.0.tgz",
      integrity: "sha512-wPrq66Llhl7/4AGC6I+cqxT07LhXvWL08LNXz1fENOw0Ap4sRZZ/gZpTTJ5jpurzzzfS2W/Ge9BY3LgLjCShcw==",
      license: "MIT",
      dependencies: {
        "p-limit": "^4.0.0"
      },
      engines: {
        node: "^12.20.0 || ^14.13.1 || >=16.0.0"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/p-map": {
      version: "7.0.6",
      resolved: "https://registry.npmjs.org/p-map/-/p-map-7.0.6.tgz",
      integrity: "sha512-I4Prw6ivkd6p8PiYR1tXASOAOBzIJwu0TB7fqaX0c/8c3QAehNYmX57EijyGGGBt3c/BIowGwV03RVBtXvHEVg==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/p-queue": {
      version: "9.3.2",
      resolved: "https://registry.npmjs.org/p-queue/-/p-queue-9.3.2.tgz",
      integrity: "sha512-pCsnA4piiqkrwAJ555Xh/lc717SijJrTBr96P1q6BRnUdm2XPB4v91oiXVAUr5HbIbXW4D8kIslfJUE28Rud6A==",
      license: "MIT",
      dependencies: {
        eventemitter3: "^5.0.4",
        "p-timeout": "^7.0.0"
      },
      engines: {
        node: ">=20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/p-timeout": {
      version: "7.0.1",
      resolved: "https://registry.npmjs.org/p-timeout/-/p-timeout-7.0.1.tgz",
      integrity: "sha512-AxTM2wDGORHGEkPCt8yqxOTMgpfbEHqF51f/5fJCmwFC3C/zNcGT63SymH2ttOAaiIws2zVg4+izQCjrakcwHg==",
      license: "MIT",
      engines: {
        node: ">=20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/p-transform": {
      version: "5.0.1",
      resolved: "https://registry.npmjs.org/p-transform/-/p-transform-5.0.1.tgz",
      integrity: "sha512-tb3/zIwbU6Z9RMDxZM3/UsyL5LpIUQj7Drq7iXWG9ilPpzyGG28EEFRRrGTsxHf3sOSOiQEiwevQH/VWtHbZfg==",
      license: "Apache-2.0",
      dependencies: {
        "@types/node": ">=18.19.0",
        "p-queue": "^8.0.1"
      },
      engines: {
        node: ">=18.19.0"
      }
    },
    "node_modules/p-transform/node_modules/p-queue": {
      version: "8.1.1",
      resolved: "https://registry.npmjs.org/p-queue/-/p-queue-8.1.1.tgz",
      integrity: "sha512-aNZ+VfjobsWryoiPnEApGGmf5WmNsCo9xu8dfaYamG5qaLP7ClhLN6NgsFe6SwJ2UbLEBK5dv9x8Mn5+RVhMWQ==",
      license: "MIT",
      dependencies: {
        eventemitter3: "^5.0.1",
        "p-timeout": "^6.1.2"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/p-transform/node_modules/p-timeout": {
      version: "6.1.4",
      resolved: "https://registry.npmjs.org/p-timeout/-/p-timeout-6.1.4.tgz",
      integrity: "sha512-MyIV3ZA/PmyBN/ud8vV9XzwTrNtR4jFrObymZYnZqMmW0zA8Z17vnT0rBgFE/TlohB+YCHqXMgZzb3Csp49vqg==",
      license: "MIT",
      engines: {
        node: ">=14.16"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/package-json": {
      version: "10.0.1",
      resolved: "https://registry.npmjs.org/package-json/-/package-json-10.0.1.tgz",
      integrity: "sha512-ua1L4OgXSBdsu1FPb7F3tYH0F48a6kxvod4pLUlGY9COeJAJQNX/sNH2IiEmsxw7lqYiAwrdHMjz1FctOsyDQg==",
      license: "MIT",
      dependencies: {
        ky: "^1.2.0",
        "registry-auth-token": "^5.0.2",
        "registry-url": "^6.0.1",
        semver: "^7.6.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/pacote": {
      version: "21.5.1",
      resolved: "https://registry.npmjs.org/pacote/-/pacote-21.5.1.tgz",
      integrity: "sha512-KvcJ9iy3crysCsgqc4+PknH/w6jkrp8JN36mpZBPwNaDRwTfMZD37YzRazNstiZUOhuF5pno9f78n9mEJBavwg==",
      license: "ISC",
      dependencies: {
        "@gar/promise-retry": "^1.0.0",
        "@npmcli/git": "^7.0.0",
        "@npmcli/installed-package-contents": "^4.0.0",
        "@npmcli/package-json": "^7.0.0",
        "@npmcli/promise-spawn": "^9.0.0",
        "@npmcli/run-script": "^10.0.0",
        cacache: "^20.0.0",
        "fs-minipass": "^3.0.0",
        minipass: "^7.0.2",
        "npm-package-arg": "^13.0.0",
        "npm-packlist": "^10.0.1",
        "npm-pick-manifest": "^11.0.1",
        "npm-registry-fetch": "^19.0.0",
        "proc-log": "^6.0.0",
        sigstore: "^4.0.0",
        ssri: "^13.0.0",
        tar: "^7.4.3"
      },
      bin: {
        pacote: "bin/index.js"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/parse-conflict-json": {
      version: "5.0.1",
      resolved: "https://registry.npmjs.org/parse-conflict-json/-/parse-conflict-json-5.0.1.tgz",
      integrity: "sha512-ZHEmNKMq1wyJXNwLxyHnluPfRAFSIliBvbK/UiOceROt4Xh9Pz0fq49NytIaeaCUf5VR86hwQ/34FCcNU5/LKQ==",
      license: "ISC",
      dependencies: {
        "json-parse-even-better-errors": "^5.0.0",
        "just-diff": "^6.0.0",
        "just-diff-apply": "^5.2.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/parse-json": {
      version: "8.3.0",
      resolved: "https://registry.npmjs.org/parse-json/-/parse-json-8.3.0.tgz",
      integrity: "sha512-ybiGyvspI+fAoRQbIPRddCcSTV9/LsJbf0e/S85VLowVGzRmokfneg2kwVW/KU5rOXrPSbF1qAKPMgNTqqROQQ==",
      license: "MIT",
      dependencies: {
        "@babel/code-frame": "^7.26.2",
        "index-to-position": "^1.1.0",
        "type-fest": "^4.39.1"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/parse-ms": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/parse-ms/-/parse-ms-4.0.0.tgz",
      integrity: "sha512-TXfryirbmq34y8QBwgqCVLi+8oA3oWx2eAnSn62ITyEhEYaWRlVZ2DvMM9eZbMs/RfxPu/PK/aBLyGj4IrqMHw==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/parseurl": {
      version: "1.3.3",
      resolved: "https://registry.npmjs.org/parseurl/-/parseurl-1.3.3.tgz",
      integrity: "sha512-CiyeOxFT/JZyN5m0z9PfXw4SCBJ6Sygz1Dpl0wqjlhDEGGBP1GnsUVEL0p63hoG1fcj3fHynXi9NYO4nWOL+qQ==",
      license: "MIT",
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/path-exists": {
      version: "5.0.0",
      resolved: "https://registry.npmjs.org/path-exists/-/path-exists-5.0.0.tgz",
      integrity: "sha512-RjhtfwJOxzcFmNOi6ltcbcu4Iu+FL3zEj83dk4kAS+fVpTxXLO1b38RvJgT/0QwvV/L3aY9TAnyv0EOqW4GoMQ==",
      license: "MIT",
      engines: {
        node: "^12.20.0 || ^14.13.1 || >=16.0.0"
      }
    },
    "node_modules/path-key": {
      version: "3.1.1",
      resolved: "https://registry.npmjs.org/path-key/-/path-key-3.1.1.tgz",
      integrity: "sha512-ojmeN0qd+y0jszEtoY48r0Peq5dwMEkIlCOu6Q5f41lfkswXuKtYrhgoTpLnyIcHm24Uhqx+5Tqm2InSwLhE6Q==",
      inBundle: true,
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/path-scurry": {
      version: "2.0.2",
      resolved: "https://registry.npmjs.org/path-scurry/-/path-scurry-2.0.2.tgz",
      integrity: "sha512-3O/iVVsJAPsOnpwWIeD+d6z/7PmqApyQePUtCndjatj/9I5LylHvt5qluFaBT3I5h3r1ejfR056c+FCv+NnNXg==",
      license: "BlueOak-1.0.0",
      dependencies: {
        "lru-cache": "^11.0.0",
        minipass: "^7.1.2"
      },
      engines: {
        node: "18 || 20 || >=22"
      },
      funding: {
        url: "https://github.com/sponsors/isaacs"
      }
    },
    "node_modules/path-to-regexp": {
      version: "8.4.2",
      resolved: "https://registry.npmjs.org/path-to-regexp/-/path-to-regexp-8.4.2.tgz",
      integrity: "sha512-qRcuIdP69NPm4qbACK+aDogI5CBDMi1jKe0ry5rSQJz8JVLsC7jV8XpiJjGRLLol3N+R5ihGYcrPLTno6pAdBA==",
      license: "MIT",
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/express"
      }
    },
    "node_modules/path-type": {
      version: "6.0.0",
      resolved: "https://registry.npmjs.org/path-type/-/path-type-6.0.0.tgz",
      integrity: "sha512-Vj7sf++t5pBD637NSfkxpHSMfWaeig5+DKWLhcqIYx6mWQz5hdJTGDVMQiJcw1ZYkhs7AazKDGpRVji1LJCZUQ==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/picocolors": {
      version: "1.1.1",
      resolved: "https://registry.npmjs.org/picocolors/-/picocolors-1.1.1.tgz",
      integrity: "sha512-xceH2snhtb5M9liqDsmEw56le376mTZkEX/jEb/RxNFyegNul7eNslCXP9FDj/Lcu0X8KEyMceP2ntpaHrDEVA==",
      license: "ISC"
    },
    "node_modules/picomatch": {
      version: "2.3.2",
      resolved: "https://registry.npmjs.org/picomatch/-/picomatch-2.3.2.tgz",
      integrity: "sha512-V7+vQEJ06Z+c5tSye8S+nHUfI51xoXIXjHQ99cQtKUkQqqO1kO/KCJUfZXuB47h/YBlDhah2H3hdUGXn8ie0oA==",
      inBundle: true,
      license: "MIT",
      engines: {
        node: ">=8.6"
      },
      funding: {
        url: "https://github.com/sponsors/jonschlinkert"
      }
    },
    "node_modules/pkce-challenge": {
      version: "5.0.1",
      resolved: "https://registry.npmjs.org/pkce-challenge/-/pkce-challenge-5.0.1.tgz",
      integrity: "sha512-wQ0b/W4Fr01qtpHlqSqspcj3EhBvimsdh0KlHhH8HRZnMsEa0ea2fTULOXOS9ccQr3om+GcGRk4e+isrZWV8qQ==",
      license: "MIT",
      engines: {
        node: ">=16.20.0"
      }
    },
    "node_modules/postcss-selector-parser": {
      version: "7.1.4",
      resolved: "https://registry.npmjs.org/postcss-selector-parser/-/postcss-selector-parser-7.1.4.tgz",
      integrity: "sha512-HeP7D2wyhkR+XaK6v4W8oRF62Dsz4flyuczALJp61GckGm42u1saSSJ/0auvcBqxs3jMRFEcPK34At/0JBKdOg==",
      license: "MIT",
      dependencies: {
        cssesc: "^3.0.0",
        "util-deprecate": "^1.0.2"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/powershell-utils": {
      version: "0.1.0",
      resolved: "https://registry.npmjs.org/powershell-utils/-/powershell-utils-0.1.0.tgz",
      integrity: "sha512-dM0jVuXJPsDN6DvRpea484tCUaMiXWjuCn++HGTqUWzGDjv5tZkEZldAJ/UMlqRYGFrD/etByo4/xOuC/snX2A==",
      license: "MIT",
      engines: {
        node: ">=20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/pretty-bytes": {
      version: "7.1.1",
      resolved: "https://registry.npmjs.org/pretty-bytes/-/pretty-bytes-7.1.1.tgz",
      integrity: "sha512-X+vn9z8nOFZQlxOLmfJ0iKDdMD7jYTsTW12OAlCpdoE3Igik6L37pugIZi+N3usuyp5McfgKPWi12q3zvHLeGQ==",
      license: "MIT",
      engines: {
        node: ">=20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/pretty-ms": {
      version: "9.3.0",
      resolved: "https://registry.npmjs.org/pretty-ms/-/pretty-ms-9.3.0.tgz",
      integrity: "sha512-gjVS5hOP+M3wMm5nmNOucbIrqudzs9v/57bWRHQWLYklXqoXKrVfYW2W9+glfGsqtPgpiz5WwyEEB+ksXIx3gQ==",
      license: "MIT",
      dependencies: {
        "parse-ms": "^4.0.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/proc-log": {
      version: "6.1.0",
      resolved: "https://registry.npmjs.org/proc-log/-/proc-log-6.1.0.tgz",
      integrity: "sha512-iG+GYldRf2BQ0UDUAd6JQ/RwzaQy6mXmsk/IzlYyal4A4SNFw54MeH4/tLkF4I5WoWG9SQwuqWzS99jaFQHBuQ==",
      license: "ISC",
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/process-nextick-args": {
      version: "2.0.1",
      resolved: "https://registry.npmjs.org/process-nextick-args/-/process-nextick-args-2.0.1.tgz",
      integrity: "sha512-3ouUOpQhtgrbOa17J7+uxOTpITYWaGP7/AhoR3+A+/1e9skrzelGi/dXzEYyvbxubEF6Wn2ypscTKiKJFFn1ag==",
      license: "MIT"
    },
    "node_modules/proggy": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/proggy/-/proggy-4.0.0.tgz",
      integrity: "sha512-MbA4R+WQT76ZBm/5JUpV9yqcJt92175+Y0Bodg3HgiXzrmKu7Ggq+bpn6y6wHH+gN9NcyKn3yg1+d47VaKwNAQ==",
      license: "ISC",
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/promise-all-reject-late": {
      version: "1.0.1",
      resolved: "https://registry.npmjs.org/promise-all-reject-late/-/promise-all-reject-late-1.0.1.tgz",
      integrity: "sha512-vuf0Lf0lOxyQREH7GDIOUMLS7kz+gs8i6B+Yi8dC68a2sychGrHTJYghMBD6k7eUcH0H5P73EckCA48xijWqXw==",
      license: "ISC",
      funding: {
        url: "https://github.com/sponsors/isaacs"
      }
    },
    "node_modules/promise-call-limit": {
      version: "3.0.2",
      resolved: "https://registry.npmjs.org/promise-call-limit/-/promise-call-limit-3.0.2.tgz",
      integrity: "sha512-mRPQO2T1QQVw11E7+UdCJu7S61eJVWknzml9sC1heAdj1jxl0fWMBypIt9ZOcLFf8FkG995ZD7RnVk7HH72fZw==",
      license: "ISC",
      funding: {
        url: "https://github.com/sponsors/isaacs"
      }
    },
    "node_modules/prompts": {
      version: "2.4.2",
      resolved: "https://registry.npmjs.org/prompts/-/prompts-2.4.2.tgz",
      integrity: "sha512-NxNv/kLguCA7p3jE8oL2aEBsrJWgAakBpgmgK6lpPWV+WuOmY6r2/zbAVnP+T8bQlA0nzHXSJSJW0Hq7ylaD2Q==",
      license: "MIT",
      dependencies: {
        kleur: "^3.0.3",
        sisteransi: "^1.0.5"
      },
      engines: {
        node: ">= 6"
      }
    },
    "node_modules/proto-list": {
      version: "1.2.4",
      resolved: "https://registry.npmjs.org/proto-list/-/proto-list-1.2.4.tgz",
      integrity: "sha512-vtK/94akxsTMhe0/cbfpR+syPuszcuwhqVjJq26CuNDgFGj682oRBXOP5MJpv2r7JtE8MsiepGIqvvOTBwn2vA==",
      license: "ISC"
    },
    "node_modules/proxy-addr": {
      version: "2.0.7",
      resolved: "https://registry.npmjs.org/proxy-addr/-/proxy-addr-2.0.7.tgz",
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
    "node_modules/pupa": {
      version: "3.3.0",
      resolved: "https://registry.npmjs.org/pupa/-/pupa-3.3.0.tgz",
      integrity: "sha512-LjgDO2zPtoXP2wJpDjZrGdojii1uqO0cnwKoIoUzkfS98HDmbeiGmYiXo3lXeFlq2xvne1QFQhwYXSUCLKtEuA==",
      license: "MIT",
      dependencies: {
        "escape-goat": "^4.0.0"
      },
      engines: {
        node: ">=12.20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/qs": {
      version: "6.15.3",
      resolved: "https://registry.npmjs.org/qs/-/qs-6.15.3.tgz",
      integrity: "sha512-O9gl3zCl5h5blw1KGUzQKhA5oUXSl8rwUIM5o0S3nCXMliSvy5Dzx7/DJcI+SwgICv+IneSZwhBh1oSyEHA71A==",
      license: "BSD-3-Clause",
      dependencies: {
        "es-define-property": "^1.0.1",
        "side-channel": "^1.1.1"
      },
      engines: {
        node: ">=0.6"
      },
      funding: {
        url: "https://github.com/sponsors/ljharb"
      }
    },
    "node_modules/queue-microtask": {
      version: "1.2.3",
      resolved: "https://registry.npmjs.org/queue-microtask/-/queue-microtask-1.2.3.tgz",
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
      inBundle: true,
      license: "MIT"
    },
    "node_modules/range-parser": {
      version: "1.3.0",
      resolved: "https://registry.npmjs.org/range-parser/-/range-parser-1.3.0.tgz",
      integrity: "sha512-hek2mFQpPuI4E1BBKrSto+BU3e3x4xuarsbiwr3+lf7p44juvFMV0XFWQAP3xUyqXA4RrXLIoaSUGbSt056ZMw==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/express"
      }
    },
    "node_modules/raw-body": {
      version: "3.0.2",
      resolved: "https://registry.npmjs.org/raw-body/-/raw-body-3.0.2.tgz",
      integrity: "sha512-K5zQjDllxWkf7Z5xJdV0/B0WTNqx6vxG70zJE4N0kBs4LovmEYWJzQGxC9bS9RAKu3bgM40lrd5zoLJ12MQ5BA==",
      license: "MIT",
      dependencies: {
        bytes: "~3.1.2",
        "http-errors": "~2.0.1",
        "iconv-lite": "~0.7.0",
        unpipe: "~1.0.0"
      },
      engines: {
        node: ">= 0.10"
      }
    },
    "node_modules/rc": {
      version: "1.2.8",
      resolved: "https://registry.npmjs.org/rc/-/rc-1.2.8.tgz",
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
    "node_modules/rc/node_modules/ini": {
      version: "1.3.8",
      resolved: "https://registry.npmjs.org/ini/-/ini-1.3.8.tgz",
      integrity: "sha512-JV/yugV2uzW5iMRSiZAyDtQd+nxtUnjeLt0acNdw98kKLrvuRVyB80tsREOE7yvGVgalhZ6RNXCmEHkUKBKxew==",
      license: "ISC"
    },
    "node_modules/read-cmd-shim": {
      version: "6.0.0",
      resolved: "https://registry.npmjs.org/read-cmd-shim/-/read-cmd-shim-6.0.0.tgz",
      integrity: "sha512-1zM5HuOfagXCBWMN83fuFI/x+T/UhZ7k+KIzhrHXcQoeX5+7gmaDYjELQHmmzIodumBHeByBJT4QYS7ufAgs7A==",
      license: "ISC",
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/read-package-up": {
      version: "11.0.0",
      resolved: "https://registry.npmjs.org/read-package-up/-/read-package-up-11.0.0.tgz",
      integrity: "sha512-MbgfoNPANMdb4oRBNg5eqLbB2t2r+o5Ua1pNt8BqGp4I0FJZhuVSOj3PaBPni4azWuSzEdNn2evevzVmEk1ohQ==",
      license: "MIT",
      dependencies: {
        "find-up-simple": "^1.0.0",
        "read-pkg": "^9.0.0",
        "type-fest": "^4.6.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/read-pkg": {
      version: "9.0.1",
      resolved: "https://registry.npmjs.org/read-pkg/-/read-pkg-9.0.1.tgz",
      integrity: "sha512-9viLL4/n1BJUCT1NXVTdS1jtm80yDEgR5T4yCelII49Mbj0v1rZdKqj7zCiYdbB0CuCgdrvHcNogAKTFPBocFA==",
      license: "MIT",
      dependencies: {
        "@types/normalize-package-data": "^2.4.3",
        "normalize-package-data": "^6.0.0",
        "parse-json": "^8.0.0",
        "type-fest": "^4.6.0",
        "unicorn-magic": "^0.1.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/read-pkg/node_modules/unicorn-magic": {
      version: "0.1.0",
      resolved: "https://registry.npmjs.org/unicorn-magic/-/unicorn-magic-0.1.0.tgz",
      integrity: "sha512-lRfVq8fE8gz6QMBuDM6a+LO3IAzTi05H6gCVaUpir2E1Rwpo4ZUog45KpNXKC/Mn3Yb9UDuHumeFTo9iV/D9FQ==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/readable-stream": {
      version: "3.6.2",
      resolved: "https://registry.npmjs.org/readable-stream/-/readable-stream-3.6.2.tgz",
      integrity: "sha512-9u/sniCrY3D5WdsERHzHE4G2YCXqoG5FTHUiCC4SIbr6XcLZBY05ya9EKjYek9O5xOAwjGq+1JdGBAS7Q9ScoA==",
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
    "node_modules/readdirp": {
      version: "5.0.0",
      resolved: "https://registry.npmjs.org/readdirp/-/readdirp-5.0.0.tgz",
      integrity: "sha512-9u/XQ1pvrQtYyMpZe7DXKv2p5CNvyVwzUB6uhLAnQwHMSgKMBR62lc7AHljaeteeHXn11XTAaLLUVZYVZyuRBQ==",
      license: "MIT",
      engines: {
        node: ">= 20.19.0"
      },
      funding: {
        type: "individual",
        url: "https://paulmillr.com/funding/"
      }
    },
    "node_modules/registry-auth-token": {
      version: "5.1.1",
      resolved: "https://registry.npmjs.org/registry-auth-token/-/registry-auth-token-5.1.1.tgz",
      integrity: "sha512-P7B4+jq8DeD2nMsAcdfaqHbssgHtZ7Z5+++a5ask90fvmJ8p5je4mOa+wzu+DB4vQ5tdJV/xywY+UnVFeQLV5Q==",
      license: "MIT",
      dependencies: {
        "@pnpm/npm-conf": "^3.0.2"
      },
      engines: {
        node: ">=14"
      }
    },
    "node_modules/registry-url": {
      version: "6.0.1",
      resolved: "https://registry.npmjs.org/registry-url/-/registry-url-6.0.1.tgz",
      integrity: "sha512-+crtS5QjFRqFCoQmvGduwYWEBng99ZvmFvF+cUJkGYF1L1BfU8C6Zp9T7f5vPAwyLkUExpvK+ANVZmGU49qi4Q==",
      license: "MIT",
      dependencies: {
        rc: "1.2.8"
      },
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/remove-trailing-separator": {
      version: "1.1.0",
      resolved: "https://registry.npmjs.org/remove-trailing-separator/-/remove-trailing-separator-1.1.0.tgz",
      integrity: "sha512-/hS+Y0u3aOfIETiaiirUFwDBDzmXPvO+jAfKTitUngIPzdKc6Z0LoFjM/CK5PL4C+eKwHohlHAb6H0VFfmmUsw==",
      license: "ISC"
    },
    "node_modules/replace-ext": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/replace-ext/-/replace-ext-2.0.0.tgz",
      integrity: "sha512-UszKE5KVK6JvyD92nzMn9cDapSk6w/CaFZ96CnmDMUqH9oowfxF/ZjRITD25H4DnOQClLA4/j7jLGXXLVKxAug==",
      license: "MIT",
      engines: {
        node: ">= 10"
      }
    },
    "node_modules/require-from-string": {
      version: "2.0.2",
      resolved: "https://registry.npmjs.org/require-from-string/-/require-from-string-2.0.2.tgz",
      integrity: "sha512-Xf0nWe6RseziFMu+Ap9biiUbmplq6S9/p+7w7YXP/JBHhrUDDUhwa+vANyubuqfZWTveU//DYVGsDG7RKL/vEw==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/restore-cursor": {
      version: "5.1.0",
      resolved: "https://registry.npmjs.org/restore-cursor/-/restore-cursor-5.1.0.tgz",
      integrity: "sha512-oMA2dcrw6u0YfxJQXm342bFKX/E4sG9rbTzO9ptUcR/e8A33cHuvStiYOwH7fszkZlZ1z/ta9AAoPk2F4qIOHA==",
      license: "MIT",
      dependencies: {
        onetime: "^7.0.0",
        "signal-exit": "^4.1.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/reusify": {
      version: "1.1.0",
      resolved: "https://registry.npmjs.org/reusify/-/reusify-1.1.0.tgz",
      integrity: "sha512-g6QUff04oZpHs0eG5p83rFLhHeV00ug/Yf9nZM6fLeUrPguBTkTQOdpAWWspMh55TZfVQDPaN3NQJfbVRAxdIw==",
      inBundle: true,
      license: "MIT",
      engines: {
        iojs: ">=1.0.0",
        node: ">=0.10.0"
      }
    },
    "node_modules/router": {
      version: "2.2.0",
      resolved: "https://registry.npmjs.org/router/-/router-2.2.0.tgz",
      integrity: "sha512-nLTrUKm2UyiL7rlhapu/Zl45FwNgkZGaCpZbIHajDYgwlJCOzLSk+cIPAnsEqV955GjILJnKbdQC1nVPz+gAYQ==",
      license: "MIT",
      dependencies: {
        debug: "^4.4.0",
        depd: "^2.0.0",
        "is-promise": "^4.0.0",
        parseurl: "^1.3.3",
        "path-to-regexp": "^8.0.0"
      },
      engines: {
        node: ">= 18"
      }
    },
    "node_modules/run-applescript": {
      version: "7.1.0",
      resolved: "https://registry.npmjs.org/run-applescript/-/run-applescript-7.1.0.tgz",
      integrity: "sha512-DPe5pVFaAsinSaV6QjQ6gdiedWDcRCbUuiQfQa2wmWV7+xC9bGulGI8+TdRmoFkAPaBXk8CrAbnlY2ISniJ47Q==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/run-async": {
      version: "4.0.6",
      resolved: "https://registry.npmjs.org/run-async/-/run-async-4.0.6.tgz",
      integrity: "sha512-IoDlSLTs3Yq593mb3ZoKWKXMNu3UpObxhgA/Xuid5p4bbfi2jdY1Hj0m1K+0/tEuQTxIGMhQDqGjKb7RuxGpAQ==",
      license: "MIT",
      engines: {
        node: ">=0.12.0"
      }
    },
    "node_modules/run-parallel": {
      version: "1.2.0",
      resolved: "https://registry.npmjs.org/run-parallel/-/run-parallel-1.2.0.tgz",
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
      inBundle: true,
      license: "MIT",
      dependencies: {
        "queue-microtask": "^1.2.2"
      }
    },
    "node_modules/rxjs": {
      version: "7.8.2",
      resolved: "https://registry.npmjs.org/rxjs/-/rxjs-7.8.2.tgz",
      integrity: "sha512-dhKf903U/PQZY6boNNtAGdWbG85WAbjT/1xYoZIC7FAY0yWapOBQVsVrDl58W86//e1VpMNBtRV4MaXfdMySFA==",
      license: "Apache-2.0",
      dependencies: {
        tslib: "^2.1.0"
      }
    },
    "node_modules/safe-buffer": {
      version: "5.2.1",
      resolved: "https://registry.npmjs.org/safe-buffer/-/safe-buffer-5.2.1.tgz",
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
    "node_modules/safer-buffer": {
      version: "2.1.2",
      resolved: "https://registry.npmjs.org/safer-buffer/-/safer-buffer-2.1.2.tgz",
      integrity: "sha512-YZo3K82SD7Riyi0E1EQPojLz7kpepnSQI9IyPbHHg1XXXevb5dJI7tpyN2ADxGcQbHG7vcyRHk0cbwqcQriUtg==",
      license: "MIT"
    },
    "node_modules/semver": {
      version: "7.8.5",
      resolved: "https://registry.npmjs.org/semver/-/semver-7.8.5.tgz",
      integrity: "sha512-Y7/KDsb8LjooZpwaqGyulO6DQlksgCncchHGk+sZIY4SBvUocMBEFH5Ur1fI4dV+Jvl0w6cjvucaIi40puRioA==",
      license: "ISC",
      bin: {
        semver: "bin/semver.js"
      },
      engines: {
        node: ">=10"
      }
    },
    "node_modules/send": {
      version: "1.2.1",
      resolved: "https://registry.npmjs.org/send/-/send-1.2.1.tgz",
      integrity: "sha512-1gnZf7DFcoIcajTjTwjwuDjzuz4PPcY2StKPlsGAQ1+YH20IRVrBaXSWmdjowTJ6u8Rc01PoYOGHXfP1mYcZNQ==",
      license: "MIT",
      dependencies: {
        debug: "^4.4.3",
        encodeurl: "^2.0.0",
        "escape-html": "^1.0.3",
        etag: "^1.8.1",
        fresh: "^2.0.0",
        "http-errors": "^2.0.1",
        "mime-types": "^3.0.2",
        ms: "^2.1.3",
        "on-finished": "^2.4.1",
        "range-parser": "^1.2.1",
        statuses: "^2.0.2"
      },
      engines: {
        node: ">= 18"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/express"
      }
    },
    "node_modules/serve-static": {
      version: "2.2.1",
      resolved: "https://registry.npmjs.org/serve-static/-/serve-static-2.2.1.tgz",
      integrity: "sha512-xRXBn0pPqQTVQiC8wyQrKs2MOlX24zQ0POGaj0kultvoOCstBQM5yvOhAVSUwOMjQtTvsPWoNCHfPGwaaQJhTw==",
      license: "MIT",
      dependencies: {
        encodeurl: "^2.0.0",
        "escape-html": "^1.0.3",
        parseurl: "^1.3.3",
        send: "^1.2.0"
      },
      engines: {
        node: ">= 18"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/express"
      }
    },
    "node_modules/setprototypeof": {
      version: "1.2.0",
      resolved: "https://registry.npmjs.org/setprototypeof/-/setprototypeof-1.2.0.tgz",
      integrity: "sha512-E5LDX7Wrp85Kil5bhZv46j8jOeboKq5JMmYM3gVGdGH8xFpPWXUMsNrlODCrkoxMEeNi/XZIwuRvY4XNwYMJpw==",
      license: "ISC"
    },
    "node_modules/shebang-command": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/shebang-command/-/shebang-command-2.0.0.tgz",
      integrity: "sha512-kHxr2zZpYtdmrN1qDjrrX/Z1rR1kG8Dx+gkpK1G4eXmvXswmcE1hTWBWYUzlraYw1/yZp6YuDY77YtvbN0dmDA==",
      inBundle: true,
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
      resolved: "https://registry.npmjs.org/shebang-regex/-/shebang-regex-3.0.0.tgz",
      integrity: "sha512-7++dFhtcx3353uBaq8DDR4NuxBetBzC7ZQOhmTQInHEd6bSrXdiEyzCvG07Z44UYdLShWUyXt5M/yhz8ekcb1A==",
      inBundle: true,
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/shelljs": {
      version: "0.10.0",
      resolved: "https://registry.npmjs.org/shelljs/-/shelljs-0.10.0.tgz",
      integrity: "sha512-Jex+xw5Mg2qMZL3qnzXIfaxEtBaC4n7xifqaqtrZDdlheR70OGkydrPJWT0V1cA1k3nanC86x9FwAmQl6w3Klw==",
      inBundle: true,
      license: "BSD-3-Clause",
      dependencies: {
        execa: "^5.1.1",
        "fast-glob": "^3.3.2"
      },
      engines: {
        node: ">=18"
      }
    },
    "node_modules/shelljs/node_modules/execa": {
      version: "5.1.1",
      resolved: "https://registry.npmjs.org/execa/-/execa-5.1.1.tgz",
      integrity: "sha512-8uSpZZocAZRBAPIEINJj3Lo9HyGitllczc27Eh5YYojjMFMn8yHMDMaUHE2Jqfq05D/wucwI4JGURyXt1vchyg==",
      inBundle: true,
      license: "MIT",
      dependencies: {
        "cross-spawn": "^7.0.3",
        "get-stream": "^6.0.0",
        "human-signals": "^2.1.0",
        "is-stream": "^2.0.0",
        "merge-stream": "^2.0.0",
        "npm-run-path": "^4.0.1",
        onetime: "^5.1.2",
        "signal-exit": "^3.0.3",
        "strip-final-newline": "^2.0.0"
      },
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/sindresorhus/execa?sponsor=1"
      }
    },
    "node_modules/shelljs/node_modules/get-stream": {
      version: "6.0.1",
      resolved: "https://registry.npmjs.org/get-stream/-/get-stream-6.0.1.tgz",
      integrity: "sha512-ts6Wi+2j3jQjqi70w5AlN8DFnkSwC+MqmxEzdEALB2qXZYV3X/b1CTfgPLGJNMeAWxdPfU8FO1ms3NUfaHCPYg==",
      inBundle: true,
      license: "MIT",
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/shelljs/node_modules/human-signals": {
      version: "2.1.0",
      resolved: "https://registry.npmjs.org/human-signals/-/human-signals-2.1.0.tgz",
      integrity: "sha512-B4FFZ6q/T2jhhksgkbEW3HBvWIfDW85snkQgawt07S7J5QXTk6BkNV+0yAeZrM5QpMAdYlocGoljn0sJ/WQkFw==",
      inBundle: true,
      license: "Apache-2.0",
      engines: {
        node: ">=10.17.0"
      }
    },
    "node_modules/shelljs/node_modules/is-stream": {
      version: "2.0.1",
      resolved: "https://registry.npmjs.org/is-stream/-/is-stream-2.0.1.tgz",
      integrity: "sha512-hFoiJiTl63nn+kstHGBtewWSKnQLpyb155KHheA1l39uvtO9nWIop1p3udqPcUd/xbF1VLMO4n7OI6p7RbngDg==",
      inBundle: true,
      license: "MIT",
      engines: {
        node: ">=8"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/shelljs/node_modules/npm-run-path": {
      version: "4.0.1",
      resolved: "https://registry.npmjs.org/npm-run-path/-/npm-run-path-4.0.1.tgz",
      integrity: "sha512-S48WzZW777zhNIrn7gxOlISNAqi9ZC/uQFnRdbeIHhZhCA6UqpkOT8T1G7BvfdgP4Er8gF4sUbaS0i7QvIfCWw==",
      inBundle: true,
      license: "MIT",
      dependencies: {
        "path-key": "^3.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/shelljs/node_modules/onetime": {
      version: "5.1.2",
      resolved: "https://registry.npmjs.org/onetime/-/onetime-5.1.2.tgz",
      integrity: "sha512-kbpaSSGJTWdAY5KPVeMOKXSrPtr8C8C7wodJbcsd51jRnmD+GZu8Y0VoU6Dm5Z4vWr0Ig/1NKuWRKf7j5aaYSg==",
      inBundle: true,
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
    "node_modules/shelljs/node_modules/signal-exit": {
      version: "3.0.7",
      resolved: "https://registry.npmjs.org/signal-exit/-/signal-exit-3.0.7.tgz",
      integrity: "sha512-wnD2ZE+l+SPC/uoS0vXeE9L1+0wuaMqKlfz9AMUo38JsyLSBWSFcHR1Rri62LZc12vLr1gb3jl7iwQhgwpAbGQ==",
      inBundle: true,
      license: "ISC"
    },
    "node_modules/shelljs/node_modules/strip-final-newline": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/strip-final-newline/-/strip-final-newline-2.0.0.tgz",
      integrity: "sha512-BrpvfNAE3dcvq7ll3xVumzjKjZQ5tI1sEUIKr3Uoks0XUl45St3FlatVqef9prk4jRDzhW6WZg+3bk93y6pLjA==",
      inBundle: true,
      license: "MIT",
      engines: {
        node: ">=6"
      }
    },
    "node_modules/shellwords": {
      version: "0.1.1",
      resolved: "https://registry.npmjs.org/shellwords/-/shellwords-0.1.1.tgz",
      integrity: "sha512-vFwSUfQvqybiICwZY5+DAWIPLKsWO31Q91JSKl3UYv+K5c2QRPzn0qzec6QPu1Qc9eHYItiP3NdJqNVqetYAww==",
      license: "MIT"
    },
    "node_modules/side-channel": {
      version: "1.1.1",
      resolved: "https://registry.npmjs.org/side-channel/-/side-channel-1.1.1.tgz",
      integrity: "sha512-6x6dK6zJdpTzF4sQeNYxwtvBzf6Eg4GtlesS94HOvTudUeyK2WXAaIfmDgsyslYrRBeFIlsi54AYsFGUuhmvrQ==",
      license: "MIT",
      dependencies: {
        "es-errors": "^1.3.0",
        "object-inspect": "^1.13.4",
        "side-channel-list": "^1.0.1",
        "side-channel-map": "^1.0.1",
        "side-channel-weakmap": "^1.0.2"
      },
      engines: {
        node: ">= 0.4"
      },
      funding: {
        url: "https://github.com/sponsors/ljharb"
      }
    },
    "node_modules/side-channel-list": {
      version: "1.0.1",
      resolved: "https://registry.npmjs.org/side-channel-list/-/side-channel-list-1.0.1.tgz",
      integrity: "sha512-mjn/0bi/oUURjc5Xl7IaWi/OJJJumuoJFQJfDDyO46+hBWsfaVM65TBHq2eoZBhzl9EchxOijpkbRC8SVBQU0w==",
      license: "MIT",
      dependencies: {
        "es-errors": "^1.3.0",
        "object-inspect": "^1.13.4"
      },
      engines: {
        node: ">= 0.4"
      },
      funding: {
        url: "https://github.com/sponsors/ljharb"
      }
    },
    "node_modules/side-channel-map": {
      version: "1.0.1",
      resolved: "https://registry.npmjs.org/side-channel-map/-/side-channel-map-1.0.1.tgz",
      integrity: "sha512-VCjCNfgMsby3tTdo02nbjtM/ewra6jPHmpThenkTYh8pG9ucZ/1P8So4u4FGBek/BjpOVsDCMoLA/iuBKIFXRA==",
      license: "MIT",
      dependencies: {
        "call-bound": "^1.0.2",
        "es-errors": "^1.3.0",
        "get-intrinsic": "^1.2.5",
        "object-inspect": "^1.13.3"
      },
      engines: {
        node: ">= 0.4"
      },
      funding: {
        url: "https://github.com/sponsors/ljharb"
      }
    },
    "node_modules/side-channel-weakmap": {
      version: "1.0.2",
      resolved: "https://registry.npmjs.org/side-channel-weakmap/-/side-channel-weakmap-1.0.2.tgz",
      integrity: "sha512-WPS/HvHQTYnHisLo9McqBHOJk2FkHO/tlpvldyrnem4aeQp4hai3gythswg6p01oSoTl58rcpiFAjF2br2Ak2A==",
      license: "MIT",
      dependencies: {
        "call-bound": "^1.0.2",
        "es-errors": "^1.3.0",
        "get-intrinsic": "^1.2.5",
        "object-inspect": "^1.13.3",
        "side-channel-map": "^1.0.1"
      },
      engines: {
        node: ">= 0.4"
      },
      funding: {
        url: "https://github.com/sponsors/ljharb"
      }
    },
    "node_modules/signal-exit": {
      version: "4.1.0",
      resolved: "https://registry.npmjs.org/signal-exit/-/signal-exit-4.1.0.tgz",
      integrity: "sha512-bzyZ1e88w9O1iNJbKnOlvYTrWPDl46O1bG0D3XInv+9tkPrxrN8jUUTiFlDkkmKWgn1M6CfIA13SuGqOa9Korw==",
      license: "ISC",
      engines: {
        node: ">=14"
      },
      funding: {
        url: "https://github.com/sponsors/isaacs"
      }
    },
    "node_modules/sigstore": {
      version: "4.1.1",
      resolved: "https://registry.npmjs.org/sigstore/-/sigstore-4.1.1.tgz",
      integrity: "sha512-endqECJkfhozrXMK5ngu/UAA0xVcVEFdnHJCElGaExypjW+HK5i6zu3NteLoaX/iFbRUbC3+DjttQs0GARr+5w==",
      license: "Apache-2.0",
      dependencies: {
        "@sigstore/bundle": "^4.0.0",
        "@sigstore/core": "^3.2.1",
        "@sigstore/protobuf-specs": "^0.5.0",
        "@sigstore/sign": "^4.1.1",
        "@sigstore/tuf": "^4.0.2",
        "@sigstore/verify": "^3.1.1"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/simple-git": {
      version: "3.36.0",
      resolved: "https://registry.npmjs.org/simple-git/-/simple-git-3.36.0.tgz",
      integrity: "sha512-cGQjLjK8bxJw4QuYT7gxHw3/IouVESbhahSsHrX97MzCL1gu2u7oy38W6L2ZIGECEfIBG4BabsWDPjBxJENv9Q==",
      license: "MIT",
      dependencies: {
        "@kwsites/file-exists": "^1.1.1",
        "@kwsites/promise-deferred": "^1.1.1",
        "@simple-git/args-pathspec": "^1.0.3",
        "@simple-git/argv-parser": "^1.1.0",
        debug: "^4.4.0"
      },
      funding: {
        type: "github",
        url: "https://github.com/steveukx/git-js?sponsor=1"
      }
    },
    "node_modules/sisteransi": {
      version: "1.0.5",
      resolved: "https://registry.npmjs.org/sisteransi/-/sisteransi-1.0.5.tgz",
      integrity: "sha512-bLGGlR1QxBcynn2d5YmDX4MGjlZvy2MRBDRNHLJ8VI6l6+9FUiyTFNJ0IveOSP0bcXgVDPRcfGqA0pjaqUpfVg==",
      license: "MIT"
    },
    "node_modules/slash": {
      version: "5.1.0",
      resolved: "https://registry.npmjs.org/slash/-/slash-5.1.0.tgz",
      integrity: "sha512-ZA6oR3T/pEyuqwMgAKT0/hAv8oAXckzbkmR0UkUosQ+Mc4RxGoJkRmwHgHufaenlyAgE1Mxgpdcrf75y6XcnDg==",
      license: "MIT",
      engines: {
        node: ">=14.16"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/smart-buffer": {
      version: "4.2.0",
      resolved: "https://registry.npmjs.org/smart-buffer/-/smart-buffer-4.2.0.tgz",
      integrity: "sha512-94hK0Hh8rPqQl2xXc3HsaBoOXKV20MToPkcXvwbISWLEs+64sBq5kFgn2kJDHb1Pry9yrP0dxrCI9RRci7RXKg==",
      license: "MIT",
      engines: {
        node: ">= 6.0.0",
        npm: ">= 3.0.0"
      }
    },
    "node_modules/socks": {
      version: "2.8.9",
      resolved: "https://registry.npmjs.org/socks/-/socks-2.8.9.tgz",
      integrity: "sha512-LJhUYUvItdQ0LkJTmPeaEObWXAqFyfmP85x0tch/ez9cahmhlBBLbIqDFnvBnUJGagb0JbIQrkBs1wJ+yRYpEw==",
      license: "MIT",
      dependencies: {
        "ip-address": "^10.1.1",
        "smart-buffer": "^4.2.0"
      },
      engines: {
        node: ">= 10.0.0",
        npm: ">= 3.0.0"
      }
    },
    "node_modules/socks-proxy-agent": {
      version: "8.0.5",
      resolved: "https://registry.npmjs.org/socks-proxy-agent/-/socks-proxy-agent-8.0.5.tgz",
      integrity: "sha512-HehCEsotFqbPW9sJ8WVYB6UbmIMv7kUUORIF2Nncq4VQvBfNBLibW9YZR5dlYCSUhwcD628pRllm7n+E+YTzJw==",
      license: "MIT",
      dependencies: {
        "agent-base": "^7.1.2",
        debug: "^4.3.4",
        socks: "^2.8.3"
      },
      engines: {
        node: ">= 14"
      }
    },
    "node_modules/sort-keys": {
      version: "5.1.0",
      resolved: "https://registry.npmjs.org/sort-keys/-/sort-keys-5.1.0.tgz",
      integrity: "sha512-aSbHV0DaBcr7u0PVHXzM6NbZNAtrr9sF6+Qfs9UUVG7Ll3jQ6hHi8F/xqIIcn2rvIVbr0v/2zyjSdwSV47AgLQ==",
      license: "MIT",
      dependencies: {
        "is-plain-obj": "^4.0.0"
      },
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/spdx-correct": {
      version: "3.2.0",
      resolved: "https://registry.npmjs.org/spdx-correct/-/spdx-correct-3.2.0.tgz",
      integrity: "sha512-kN9dJbvnySHULIluDHy32WHRUu3Og7B9sbY7tsFLctQkIqnMh3hErYgdMjTYuqmcXX+lK5T1lnUt3G7zNswmZA==",
      license: "Apache-2.0",
      dependencies: {
        "spdx-expression-parse": "^3.0.0",
        "spdx-license-ids": "^3.0.0"
      }
    },
    "node_modules/spdx-correct/node_modules/spdx-expression-parse": {
      version: "3.0.1",
      resolved: "https://registry.npmjs.org/spdx-expression-parse/-/spdx-expression-parse-3.0.1.tgz",
      integrity: "sha512-cbqHunsQWnJNE6KhVSMsMeH5H/L9EpymbzqTQ3uLwNCLZ1Q481oWaofqH7nO6V07xlXwY6PhQdQ2IedWx/ZK4Q==",
      license: "MIT",
      dependencies: {
        "spdx-exceptions": "^2.1.0",
        "spdx-license-ids": "^3.0.0"
      }
    },
    "node_modules/spdx-exceptions": {
      version: "2.5.0",
      resolved: "https://registry.npmjs.org/spdx-exceptions/-/spdx-exceptions-2.5.0.tgz",
      integrity: "sha512-PiU42r+xO4UbUS1buo3LPJkjlO7430Xn5SVAhdpzzsPHsjbYVflnnFdATgabnLude+Cqu25p6N+g2lw/PFsa4w==",
      license: "CC-BY-3.0"
    },
    "node_modules/spdx-expression-parse": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/spdx-expression-parse/-/spdx-expression-parse-4.0.0.tgz",
      integrity: "sha512-Clya5JIij/7C6bRR22+tnGXbc4VKlibKSVj2iHvVeX5iMW7s1SIQlqu699JkODJJIhh/pUu8L0/VLh8xflD+LQ==",
      license: "MIT",
      dependencies: {
        "spdx-exceptions": "^2.1.0",
        "spdx-license-ids": "^3.0.0"
      }
    },
    "node_modules/spdx-license-ids": {
      version: "3.0.23",
      resolved: "https://registry.npmjs.org/spdx-license-ids/-/spdx-license-ids-3.0.23.tgz",
      integrity: "sha512-CWLcCCH7VLu13TgOH+r8p1O/Znwhqv/dbb6lqWy67G+pT1kHmeD/+V36AVb/vq8QMIQwVShJ6Ssl5FPh0fuSdw==",
      license: "CC0-1.0"
    },
    "node_modules/ssri": {
      version: "13.0.1",
      resolved: "https://registry.npmjs.org/ssri/-/ssri-13.0.1.tgz",
      integrity: "sha512-QUiRf1+u9wPTL/76GTYlKttDEBWV1ga9ZXW8BG6kfdeyyM8LGPix9gROyg9V2+P0xNyF3X2Go526xKFdMZrHSQ==",
      license: "ISC",
      dependencies: {
        minipass: "^7.0.3"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/statuses": {
      version: "2.0.2",
      resolved: "https://registry.npmjs.org/statuses/-/statuses-2.0.2.tgz",
      integrity: "sha512-DvEy55V3DB7uknRo+4iOGT5fP1slR8wQohVdknigZPMpMstaKJQWhwiYBACJE3Ul2pTnATihhBYnRhZQHGBiRw==",
      license: "MIT",
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/stdin-discarder": {
      version: "0.3.2",
      resolved: "https://registry.npmjs.org/stdin-discarder/-/stdin-discarder-0.3.2.tgz",
      integrity: "sha512-eCPu1qRxPVkl5605OTWF8Wz40b4Mf45NY5LQmVPQ599knfs5QhASUm9GbJ5BDMDOXgrnh0wyEdvzmL//YMlw0A==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/streamsearch": {
      version: "1.1.0",
      resolved: "https://registry.npmjs.org/streamsearch/-/streamsearch-1.1.0.tgz",
      integrity: "sha512-Mcc5wHehp9aXz1ax6bZUyY5afg9u2rv5cqQI3mRrYkGC8rW2hM02jWuwjtL++LS5qinSyhj2QfLyNsuc+VsExg==",
      engines: {
        node: ">=10.0.0"
      }
    },
    "node_modules/streamx": {
      version: "2.28.0",
      resolved: "https://registry.npmjs.org/streamx/-/streamx-2.28.0.tgz",
      integrity: "sha512-1Yowhzjf0ivGMrTIkY9hav5TxobO9qIVqUE41fiCGMGgc3CLlf4MY+9AHmZqBWgDTue0fY9zWjYFVyf6Diuobw==",
      license: "MIT",
      dependencies: {
        "events-universal": "^1.0.0",
        "fast-fifo": "^1.3.2",
        "text-decoder": "^1.1.0"
      }
    },
    "node_modules/string_decoder": {
      version: "1.3.0",
      resolved: "https://registry.npmjs.org/string_decoder/-/string_decoder-1.3.0.tgz",
      integrity: "sha512-hkRX8U1WjJFd8LsDJ2yQ/wWWxaopEsABU1XfkM8A+j0+85JAGppt16cr1Whg6KIbb4okU6Mql6BOj+uup/wKeA==",
      license: "MIT",
      dependencies: {
        "safe-buffer": "~5.2.0"
      }
    },
    "node_modules/string-width": {
      version: "8.2.2",
      resolved: "https://registry.npmjs.org/string-width/-/string-width-8.2.2.tgz",
      integrity: "sha512-GaPUh5gfdrYzqeVNZvUfT23vYYxXzKYidUcnMtJg/3rxRV63EFZy3k6xfKlmfeJD0176lnUV/Usr3XcwSvFzpg==",
      license: "MIT",
      dependencies: {
        "get-east-asian-width": "^1.5.0",
        "strip-ansi": "^7.1.2"
      },
      engines: {
        node: ">=20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/strip-ansi": {
      version: "7.2.0",
      resolved: "https://registry.npmjs.org/strip-ansi/-/strip-ansi-7.2.0.tgz",
      integrity: "sha512-yDPMNjp4WyfYBkHnjIRLfca1i6KMyGCtsVgoKe/z1+6vukgaENdgGBZt+ZmKPc4gavvEZ5OgHfHdrazhgNyG7w==",
      license: "MIT",
      dependencies: {
        "ansi-regex": "^6.2.2"
      },
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/chalk/strip-ansi?sponsor=1"
      }
    },
    "node_modules/strip-bom-buf": {
      version: "3.0.1",
      resolved: "https://registry.npmjs.org/strip-bom-buf/-/strip-bom-buf-3.0.1.tgz",
      integrity: "sha512-iJaWw2WroigLHzQysdc5WWeUc99p7ea7AEgB6JkY8CMyiO1yTVAA1gIlJJgORElUIR+lcZJkNl1OGChMhvc2Cw==",
      license: "MIT",
      dependencies: {
        "is-utf8": "^0.2.1"
      },
      engines: {
        node: "^12.20.0 || ^14.13.1 || >=16.0.0"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/strip-bom-stream": {
      version: "5.0.0",
      resolved: "https://registry.npmjs.org/strip-bom-stream/-/strip-bom-stream-5.0.0.tgz",
      integrity: "sha512-Yo472mU+3smhzqeKlIxClre4s4pwtYZEvDNQvY/sJpnChdaxmKuwU28UVx/v1ORKNMxkmj1GBuvxJQyBk6wYMQ==",
      license: "MIT",
      dependencies: {
        "first-chunk-stream": "^5.0.0",
        "strip-bom-buf": "^3.0.0"
      },
      engines: {
        node: "^12.20.0 || ^14.13.1 || >=16.0.0"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/strip-final-newline": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/strip-final-newline/-/strip-final-newline-4.0.0.tgz",
      integrity: "sha512-aulFJcD6YK8V1G7iRB5tigAP4TsHBZZrOV8pjV++zdUwmeV8uzbY7yn6h9MswN62adStNZFuCIx4haBnRuMDaw==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/strip-json-comments": {
      version: "2.0.1",
      resolved: "https://registry.npmjs.org/strip-json-comments/-/strip-json-comments-2.0.1.tgz",
      integrity: "sha512-4gB8na07fecVVkOI6Rs4e7T6NOTki5EmL7TUduTs6bu3EdnSycntVJ4re8kgZA+wx9IueI2Y11bfbgwtzuE0KQ==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/stubborn-fs": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/stubborn-fs/-/stubborn-fs-2.0.0.tgz",
      integrity: "sha512-Y0AvSwDw8y+nlSNFXMm2g6L51rBGdAQT20J3YSOqxC53Lo3bjWRtr2BKcfYoAf352WYpsZSTURrA0tqhfgudPA==",
      license: "MIT",
      dependencies: {
        "stubborn-utils": "^1.0.1"
      }
    },
    "node_modules/stubborn-utils": {
      version: "1.0.2",
      resolved: "https://registry.npmjs.org/stubborn-utils/-/stubborn-utils-1.0.2.tgz",
      integrity: "sha512-zOh9jPYI+xrNOyisSelgym4tolKTJCQd5GBhK0+0xJvcYDcwlOoxF/rnFKQ2KRZknXSG9jWAp66fwP6AxN9STg==",
      license: "MIT"
    },
    "node_modules/tar": {
      version: "7.5.20",
      resolved: "https://registry.npmjs.org/tar/-/tar-7.5.20.tgz",
      integrity: "sha512-9FcyK4PA6+WbzlTM9WhQm6vB5W7cP7dUiPsv1g7YDwEQnQ1CGpK3MGlKk/ITVWMk05kHZuBhmVhiv8LZoy/PFQ==",
      license: "BlueOak-1.0.0",
      dependencies: {
        "@isaacs/fs-minipass": "^4.0.0",
        chownr: "^3.0.0",
        minipass: "^7.1.2",
        minizlib: "^3.1.0",
        yallist: "^5.0.0"
      },
      engines: {
        node: ">=18"
      }
    },
    "node_modules/teex": {
      version: "1.0.1",
      resolved: "https://registry.npmjs.org/teex/-/teex-1.0.1.tgz",
      integrity: "sha512-eYE6iEI62Ni1H8oIa7KlDU6uQBtqr4Eajni3wX7rpfXD8ysFx8z0+dri+KWEPWpBsxXfxu58x/0jvTVT1ekOSg==",
      license: "MIT",
      dependencies: {
        streamx: "^2.12.5"
      }
    },
    "node_modules/text-decoder": {
      version: "1.2.7",
      resolved: "https://registry.npmjs.org/text-decoder/-/text-decoder-1.2.7.tgz",
      integrity: "sha512-vlLytXkeP4xvEq2otHeJfSQIRyWxo/oZGEbXrtEEF9Hnmrdly59sUbzZ/QgyWuLYHctCHxFF4tRQZNQ9k60ExQ==",
      license: "Apache-2.0",
      dependencies: {
        b4a: "^1.6.4"
      }
    },
    "node_modules/text-table": {
      version: "0.2.0",
      resolved: "https://registry.npmjs.org/text-table/-/text-table-0.2.0.tgz",
      integrity: "sha512-N+8UisAXDGk8PFXP4HAzVR9nbfmVJ3zYLAWiTIoqC5v5isinhr+r5uaO8+7r3BMfuNIufIsA7RdpVgacC2cSpw==",
      license: "MIT"
    },
    "node_modules/textextensions": {
      version: "6.11.0",
      resolved: "https://registry.npmjs.org/textextensions/-/textextensions-6.11.0.tgz",
      integrity: "sha512-tXJwSr9355kFJI3lbCkPpUH5cP8/M0GGy2xLO34aZCjMXBaK3SoPnZwr/oWmo1FdCnELcs4npdCIOFtq9W3ruQ==",
      license: "Artistic-2.0",
      dependencies: {
        editions: "^6.21.0"
      },
      engines: {
        node: ">=4"
      },
      funding: {
        url: "https://bevry.me/fund"
      }
    },
    "node_modules/tinyglobby": {
      version: "0.2.17",
      resolved: "https://registry.npmjs.org/tinyglobby/-/tinyglobby-0.2.17.tgz",
      integrity: "sha512-wXR/dYpcqKmfWpEdZjiKJOwCNFndD0DMnrW/cYjVGttEkBfVgcLFHoNrlj47mjOVic9yyNu65alsgF4NQyTa2g==",
      license: "MIT",
      dependencies: {
        fdir: "^6.5.0",
        picomatch: "^4.0.4"
      },
      engines: {
        node: ">=12.0.0"
      },
      funding: {
        url: "https://github.com/sponsors/SuperchupuDev"
      }
    },
    "node_modules/tinyglobby/node_modules/fdir": {
      version: "6.5.0",
      resolved: "https://registry.npmjs.org/fdir/-/fdir-6.5.0.tgz",
      integrity: "sha512-tIbYtZbucOs0BRGqPJkshJUYdL+SDH7dVM8gjy+ERp3WAUjLEFJE+02kanyHtwjWOnwrKYBiwAmM0p4kLJAnXg==",
      license: "MIT",
      engines: {
        node: ">=12.0.0"
      },
      peerDependencies: {
        picomatch: "^3 || ^4"
      },
      peerDependenciesMeta: {
        picomatch: {
          optional: true
        }
      }
    },
    "node_modules/tinyglobby/node_modules/picomatch": {
      version: "4.0.5",
      resolved: "https://registry.npmjs.org/picomatch/-/picomatch-4.0.5.tgz",
      integrity: "sha512-RvwwcruNjI1ncT5xRakeyS9Lf8lcItv34KD+aif+VH9kduAyfYBipGh12274xtenIPZ119/R9BdTBa8gAwSh0A==",
      license: "MIT",
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/sponsors/jonschlinkert"
      }
    },
    "node_modules/to-regex-range": {
      version: "5.0.1",
      resolved: "https://registry.npmjs.org/to-regex-range/-/to-regex-range-5.0.1.tgz",
      integrity: "sha512-65P7iz6X5yEr1cwcgvQxbbIw7Uk3gOy5dIdtZ4rDveLqhrdJP+Li/Hx6tyK0NEb+2GCyneCMJiGqrADCSNk8sQ==",
      inBundle: true,
      license: "MIT",
      dependencies: {
        "is-number": "^7.0.0"
      },
      engines: {
        node: ">=8.0"
      }
    },
    "node_modules/toasted-notifier": {
      version: "10.1.0",
      resolved: "https://registry.npmjs.org/toasted-notifier/-/toasted-notifier-10.1.0.tgz",
      integrity: "sha512-SvAufC4t75lRqwQtComPeDC93j8Toy3BRsD1cMIZ+YdfxTnIyxQb+YCuhXohNFDGJPI+RgOYImkDX76fTo1YDA==",
      funding: [
        {
          type: "individual",
          url: "https://buymeacoffee.com/aetherinox"
        }
      ],
      license: "MIT",
      dependencies: {
        growly: "^1.3.0",
        "is-wsl": "^2.2.0",
        semver: "^7.7.2",
        shellwords: "^0.1.1",
        which: "^2.0.2"
      }
    },
    "node_modules/toidentifier": {
      version: "1.0.1",
      resolved: "https://registry.npmjs.org/toidentifier/-/toidentifier-1.0.1.tgz",
      integrity: "sha512-o5sSPKEkg/DIQNmH43V0/uerLrpzVedkUh8tGNvaeXpfpuwjKenlSox/2O/BTlZUtEe+JG7s5YhEz608PlAHRA==",
      license: "MIT",
      engines: {
        node: ">=0.6"
      }
    },
    "node_modules/treeverse": {
      version: "3.0.0",
      resolved: "https://registry.npmjs.org/treeverse/-/treeverse-3.0.0.tgz",
      integrity: "sha512-gcANaAnd2QDZFmHFEOF4k7uc1J/6a6z3DJMd/QwEyxLoKGiptJRwid582r7QIsFlFMIZ3SnxfS52S4hm2DHkuQ==",
      license: "ISC",
      engines: {
        node: "^14.17.0 || ^16.13.0 || >=18.0.0"
      }
    },
    "node_modules/tslib": {
      version: "2.8.1",
      resolved: "https://registry.npmjs.org/tslib/-/tslib-2.8.1.tgz",
      integrity: "sha512-oJFu94HQb+KVduSUQL7wnpmqnfmLsOA/nAh6b6EH0wCEoK0/mPeXU6c3wKDV83MkOuHPRHtSXKKU99IBazS/2w==",
      license: "0BSD"
    },
    "node_modules/tuf-js": {
      version: "4.1.0",
      resolved: "https://registry.npmjs.org/tuf-js/-/tuf-js-4.1.0.tgz",
      integrity: "sha512-50QV99kCKH5P/Vs4E2Gzp7BopNV+KzTXqWeaxrfu5IQJBOULRsTIS9seSsOVT8ZnGXzCyx55nYWAi4qJzpZKEQ==",
      license: "MIT",
      dependencies: {
        "@tufjs/models": "4.1.0",
        debug: "^4.4.3",
        "make-fetch-happen": "^15.0.1"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/type-fest": {
      version: "4.41.0",
      resolved: "https://registry.npmjs.org/type-fest/-/type-fest-4.41.0.tgz",
      integrity: "sha512-TeTSQ6H5YHvpqVwBRcnLDCBnDOHWYu7IvGbHT6N8AOymcr9PJGjc1GTtiWZTYg0NCgYwvnYWEkVChQAr9bjfwA==",
      license: "(MIT OR CC0-1.0)",
      engines: {
        node: ">=16"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/type-is": {
      version: "2.1.0",
      resolved: "https://registry.npmjs.org/type-is/-/type-is-2.1.0.tgz",
      integrity: "sha512-faYHw0anBbc/kWF3zFTEnxSFOAGUX9GFbOBthvDdLsIlEoWOFOtS0zgCiQYwIskL9iGXZL3kAXD8OoZ4GmMATA==",
      license: "MIT",
      dependencies: {
        "content-type": "^2.0.0",
        "media-typer": "^1.1.0",
        "mime-types": "^3.0.0"
      },
      engines: {
        node: ">= 18"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/express"
      }
    },
    "node_modules/type-is/node_modules/content-type": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/content-type/-/content-type-2.0.0.tgz",
      integrity: "sha512-j/O/d7GcZCyNl7/hwZAb606rzqkyvaDctLmckbxLzHvFBzTJHuGEdodATcP3yIRoDrLHkIATJuvzbFlp/ki2cQ==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/express"
      }
    },
    "node_modules/typedarray": {
      version: "0.0.6",
      resolved: "https://registry.npmjs.org/typedarray/-/typedarray-0.0.6.tgz",
      integrity: "sha512-/aCDEGatGvZ2BIk+HmLf4ifCJFwvKFNb9/JeZPMulfgFracn9QFcAf5GO8B/mweUjSoblS5In0cWhqpfs/5PQA==",
      license: "MIT"
    },
    "node_modules/undici": {
      version: "6.27.0",
      resolved: "https://registry.npmjs.org/undici/-/undici-6.27.0.tgz",
      integrity: "sha512-YmfV3YnEDzXRC5lZ2jWtWWHKGUm1zIt8AhesR1tens+HTNv+YZlN/dp6G727LOvMJ8xjP9Be7Y2Sdr96LDm+pg==",
      license: "MIT",
      engines: {
        node: ">=18.17"
      }
    },
    "node_modules/undici-types": {
      version: "8.3.0",
      resolved: "https://registry.npmjs.org/undici-types/-/undici-types-8.3.0.tgz",
      integrity: "sha512-j375ScV60dom+YkPFIfTLcOiPxkN/buHz5GobjLhixFuANaNs3C9l4GmrWqejgXWJ7BbJcFYpTEUkS1Ge8bpZQ==",
      license: "MIT"
    },
    "node_modules/unicorn-magic": {
      version: "0.3.0",
      resolved: "https://registry.npmjs.org/unicorn-magic/-/unicorn-magic-0.3.0.tgz",
      integrity: "sha512-+QBBXBCvifc56fsbuxZQ6Sic3wqqc3WWaqxs58gvJrcOuN83HGTCwz3oS5phzU9LthRNE9VrJCFCLUgHeeFnfA==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/universal-user-agent": {
      version: "7.0.3",
      resolved: "https://registry.npmjs.org/universal-user-agent/-/universal-user-agent-7.0.3.tgz",
      integrity: "sha512-TmnEAEAsBJVZM/AADELsK76llnwcf9vMKuPz8JflO1frO8Lchitr0fNaN9d+Ap0BjKtqWqd/J17qeDnXh8CL2A==",
      license: "ISC"
    },
    "node_modules/universalify": {
      version: "2.0.1",
      resolved: "https://registry.npmjs.org/universalify/-/universalify-2.0.1.tgz",
      integrity: "sha512-gptHNQghINnc/vTGIk0SOFGFNXw7JVrlRUtConJRlvaw6DuX0wO5Jeko9sWrMBhh+PsYAZ7oXAiOnf/UKogyiw==",
      license: "MIT",
      engines: {
        node: ">= 10.0.0"
      }
    },
    "node_modules/unpipe": {
      version: "1.0.0",
      resolved: "https://registry.npmjs.org/unpipe/-/unpipe-1.0.0.tgz",
      integrity: "sha512-pjy2bYhSsufwWlKwPc+l3cN7+wuJlK6uz0YdJEOlQDbl6jo/YlPi4mb8agUkVC8BF7V8NuzeyPNqRksA3hztKQ==",
      license: "MIT",
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/untildify": {
      version: "6.0.0",
      resolved: "https://registry.npmjs.org/untildify/-/untildify-6.0.0.tgz",
      integrity: "sha512-sA2YTBvW2F463GvSbiZtso+dpuQV+B7xX9saX30SGrR5Fyx4AUcvA/zN+ShAkABKUKVyDaHECsJrHv5ToTuHsQ==",
      license: "MIT",
      engines: {
        node: ">=20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/unzipper": {
      version: "0.12.5",
      resolved: "https://registry.npmjs.org/unzipper/-/unzipper-0.12.5.tgz",
      integrity: "sha512-tXYOi9R57Uj/2Z25SOs5RRSzq886MBQj2gY8dPL+xl/kv6s6SvByoKfAtvfVeEuhntWDgjd2o9p2lb4TVPAz0A==",
      license: "MIT",
      dependencies: {
        bluebird: "~3.7.2",
        duplexer2: "~0.1.4",
        "fs-extra": "11.3.1",
        "graceful-fs": "^4.2.2",
        "node-int64": "^0.4.0"
      }
    },
    "node_modules/update-notifier": {
      version: "7.3.1",
      resolved: "https://registry.npmjs.org/update-notifier/-/update-notifier-7.3.1.tgz",
      integrity: "sha512-+dwUY4L35XFYEzE+OAL3sarJdUioVovq+8f7lcIJ7wnmnYQV5UD1Y/lcwaMSyaQ6Bj3JMj1XSTjZbNLHn/19yA==",
      license: "BSD-2-Clause",
      dependencies: {
        boxen: "^8.0.1",
        chalk: "^5.3.0",
        configstore: "^7.0.0",
        "is-in-ci": "^1.0.0",
        "is-installed-globally": "^1.0.0",
        "is-npm": "^6.0.0",
        "latest-version": "^9.0.0",
        pupa: "^3.1.0",
        semver: "^7.6.3",
        "xdg-basedir": "^5.1.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/yeoman/update-notifier?sponsor=1"
      }
    },
    "node_modules/util-deprecate": {
      version: "1.0.2",
      resolved: "https://registry.npmjs.org/util-deprecate/-/util-deprecate-1.0.2.tgz",
      integrity: "sha512-EPD5q1uXyFxJpCrLnCc1nHnq3gOa6DZBocAIiI2TaSCA7VCJ1UJDMagCzIkXNsUYfD1daK//LTEQ8xiIbrHtcw==",
      license: "MIT"
    },
    "node_modules/validate-npm-package-license": {
      version: "3.0.4",
      resolved: "https://registry.npmjs.org/validate-npm-package-license/-/validate-npm-package-license-3.0.4.tgz",
      integrity: "sha512-DpKm2Ui/xN7/HQKCtpZxoRWBhZ9Z0kqtygG8XCgNQ8ZlDnxuQmWhj566j8fN4Cu3/JmbhsDo7fcAJq4s9h27Ew==",
      license: "Apache-2.0",
      dependencies: {
        "spdx-correct": "^3.0.0",
        "spdx-expression-parse": "^3.0.0"
      }
    },
    "node_modules/validate-npm-package-license/node_modules/spdx-expression-parse": {
      version: "3.0.1",
      resolved: "https://registry.npmjs.org/spdx-expression-parse/-/spdx-expression-parse-3.0.1.tgz",
      integrity: "sha512-cbqHunsQWnJNE6KhVSMsMeH5H/L9EpymbzqTQ3uLwNCLZ1Q481oWaofqH7nO6V07xlXwY6PhQdQ2IedWx/ZK4Q==",
      license: "MIT",
      dependencies: {
        "spdx-exceptions": "^2.1.0",
        "spdx-license-ids": "^3.0.0"
      }
    },
    "node_modules/validate-npm-package-name": {
      version: "7.0.2",
      resolved: "https://registry.npmjs.org/validate-npm-package-name/-/validate-npm-package-name-7.0.2.tgz",
      integrity: "sha512-hVDIBwsRruT73PbK7uP5ebUt+ezEtCmzZz3F59BSr2F6OVFnJ/6h8liuvdLrQ88Xmnk6/+xGGuq+pG9WwTuy3A==",
      license: "ISC",
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/vary": {
      version: "1.1.2",
      resolved: "https://registry.npmjs.org/vary/-/vary-1.1.2.tgz",
      integrity: "sha512-BNGbWLfd0eUPabhkXUVm0j8uuvREyTh5ovRa/dyow/BqAbZJyC+5fU+IzQOzmAKzYqYRAISoRhdQr3eIZ/PXqg==",
      license: "MIT",
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/version-range": {
      version: "4.15.0",
      resolved: "https://registry.npmjs.org/version-range/-/version-range-4.15.0.tgz",
      integrity: "sha512-Ck0EJbAGxHwprkzFO966t4/5QkRuzh+/I1RxhLgUKKwEn+Cd8NwM60mE3AqBZg5gYODoXW0EFsQvbZjRlvdqbg==",
      license: "Artistic-2.0",
      engines: {
        node: ">=4"
      },
      funding: {
        url: "https://bevry.me/fund"
      }
    },
    "node_modules/vinyl": {
      version: "3.0.1",
      resolved: "https://registry.npmjs.org/vinyl/-/vinyl-3.0.1.tgz",
      integrity: "sha512-0QwqXteBNXgnLCdWdvPQBX6FXRHtIH3VhJPTd5Lwn28tJXc34YqSCWUmkOvtJHBmB3gGoPtrOKk3Ts8/kEZ9aA==",
      license: "MIT",
      dependencies: {
        clone: "^2.1.2",
        "remove-trailing-separator": "^1.1.0",
        "replace-ext": "^2.0.0",
        teex: "^1.0.1"
      },
      engines: {
        node: ">=10.13.0"
      }
    },
    "node_modules/vinyl-file": {
      version: "5.0.0",
      resolved: "https://registry.npmjs.org/vinyl-file/-/vinyl-file-5.0.0.tgz",
      integrity: "sha512-MvkPF/yA1EX7c6p+juVIvp9+Lxp70YUfNKzEWeHMKpUNVSnTZh2coaOqLxI0pmOe2V9nB+OkgFaMDkodaJUyGw==",
      license: "MIT",
      dependencies: {
        "@types/vinyl": "^2.0.7",
        "strip-bom-buf": "^3.0.1",
        "strip-bom-stream": "^5.0.0",
        vinyl: "^3.0.0"
      },
      engines: {
        node: ">=14.16"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/vscode-css-languageservice": {
      version: "6.3.10",
      resolved: "https://registry.npmjs.org/vscode-css-languageservice/-/vscode-css-languageservice-6.3.10.tgz",
      integrity: "sha512-eq5N9Er3fC4vA9zd9EFhyBG90wtCCuXgRSpAndaOgXMh1Wgep5lBgRIeDgjZBW9pa+332yC9+49cZMW8jcL3MA==",
      license: "MIT",
      dependencies: {
        "@vscode/l10n": "^0.0.18",
        "vscode-languageserver-textdocument": "^1.0.12",
        "vscode-languageserver-types": "3.17.5",
        "vscode-uri": "^3.1.0"
      }
    },
    "node_modules/vscode-css-languageservice/node_modules/vscode-languageserver-types": {
      version: "3.17.5",
      resolved: "https://registry.npmjs.org/vscode-languageserver-types/-/vscode-languageserver-types-3.17.5.tgz",
      integrity: "sha512-Ld1VelNuX9pdF39h2Hgaeb5hEZM2Z3jUrrMgWQAu82jMtZp7p3vJT3BzToKtZI7NgQssZje5o0zryOrhQvzQAg==",
      license: "MIT"
    },
    "node_modules/vscode-json-languageservice": {
      version: "5.7.2",
      resolved: "https://registry.npmjs.org/vscode-json-languageservice/-/vscode-json-languageservice-5.7.2.tgz",
      integrity: "sha512-WtKRDtJfFEmLrgtu+ODexOHm/6/krRF0k6t+uvkKIKW1Jh9ZIyxZQwJJwB3qhrEgvAxa37zbUg+vn+UyUK/U2w==",
      license: "MIT",
      dependencies: {
        "@vscode/l10n": "^0.0.18",
        "jsonc-parser": "^3.3.1",
        "vscode-languageserver-textdocument": "^1.0.12",
        "vscode-languageserver-types": "^3.17.5",
        "vscode-uri": "^3.1.0"
      }
    },
    "node_modules/vscode-jsonrpc": {
      version: "8.2.0",
      resolved: "https://registry.npmjs.org/vscode-jsonrpc/-/vscode-jsonrpc-8.2.0.tgz",
      integrity: "sha512-C+r0eKJUIfiDIfwJhria30+TYWPtuHJXHtI7J0YlOmKAo7ogxP20T0zxB7HZQIFhIyvoBPwWskjxrvAtfjyZfA==",
      license: "MIT",
      engines: {
        node: ">=14.0.0"
      }
    },
    "node_modules/vscode-languageserver": {
      version: "9.0.1",
      resolved: "https://registry.npmjs.org/vscode-languageserver/-/vscode-languageserver-9.0.1.tgz",
      integrity: "sha512-woByF3PDpkHFUreUa7Hos7+pUWdeWMXRd26+ZX2A8cFx6v/JPTtd4/uN0/jB6XQHYaOlHbio03NTHCqrgG5n7g==",
      license: "MIT",
      dependencies: {
        "vscode-languageserver-protocol": "3.17.5"
      },
      bin: {
        installServerIntoExtension: "bin/installServerIntoExtension"
      }
    },
    "node_modules/vscode-languageserver-protocol": {
      version: "3.17.5",
      resolved: "https://registry.npmjs.org/vscode-languageserver-protocol/-/vscode-languageserver-protocol-3.17.5.tgz",
      integrity: "sha512-mb1bvRJN8SVznADSGWM9u/b07H7Ecg0I3OgXDuLdn307rl/J3A9YD6/eYOssqhecL27hK1IPZAsaqh00i/Jljg==",
      license: "MIT",
      dependencies: {
        "vscode-jsonrpc": "8.2.0",
        "vscode-languageserver-types": "3.17.5"
      }
    },
    "node_modules/vscode-languageserver-protocol/node_modules/vscode-languageserver-types": {
      version: "3.17.5",
      resolved: "https://registry.npmjs.org/vscode-languageserver-types/-/vscode-languageserver-types-3.17.5.tgz",
      integrity: "sha512-Ld1VelNuX9pdF39h2Hgaeb5hEZM2Z3jUrrMgWQAu82jMtZp7p3vJT3BzToKtZI7NgQssZje5o0zryOrhQvzQAg==",
      license: "MIT"
    },
    "node_modules/vscode-languageserver-textdocument": {
      version: "1.0.12",
      resolved: "https://registry.npmjs.org/vscode-languageserver-textdocument/-/vscode-languageserver-textdocument-1.0.12.tgz",
      integrity: "sha512-cxWNPesCnQCcMPeenjKKsOCKQZ/L6Tv19DTRIGuLWe32lyzWhihGVJ/rcckZXJxfdKCFvRLS3fpBIsV/ZGX4zA==",
      license: "MIT"
    },
    "node_modules/vscode-languageserver-types": {
      version: "3.18.0",
      resolved: "https://registry.npmjs.org/vscode-languageserver-types/-/vscode-languageserver-types-3.18.0.tgz",
      integrity: "sha512-8TsGPNMIMiiBdkORgRSvLjuiEIiAFtO+KssmYWxQ+uSVvlf7RjK8YKCOjPzZ+YA04jXEV7+7LvkSmHkhpNS99g==",
      license: "MIT"
    },
    "node_modules/vscode-uri": {
      version: "3.1.0",
      resolved: "https://registry.npmjs.org/vscode-uri/-/vscode-uri-3.1.0.tgz",
      integrity: "sha512-/BpdSx+yCQGnCvecbyXdxHDkuk55/G3xwnC0GqY4gmQ3j+A+g8kzzgB4Nk/SINjqn6+waqw3EgbVF2QKExkRxQ==",
      license: "MIT"
    },
    "node_modules/walk-up-path": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/walk-up-path/-/walk-up-path-4.0.0.tgz",
      integrity: "sha512-3hu+tD8YzSLGuFYtPRb48vdhKMi0KQV5sn+uWr8+7dMEq/2G/dtLrdDinkLjqq5TIbIBjYJ4Ax/n3YiaW7QM8A==",
      license: "ISC",
      engines: {
        node: "20 || >=22"
      }
    },
    "node_modules/when-exit": {
      version: "2.1.5",
      resolved: "https://registry.npmjs.org/when-exit/-/when-exit-2.1.5.tgz",
      integrity: "sha512-VGkKJ564kzt6Ms1dbgPP/yuIoQCrsFAnRbptpC5wOEsDaNsbCB2bnfnaA8i/vRs5tjUSEOtIuvl9/MyVsvQZCg==",
      license: "MIT"
    },
    "node_modules/which": {
      version: "2.0.2",
      resolved: "https://registry.npmjs.org/which/-/which-2.0.2.tgz",
      integrity: "sha512-BLI3Tl1TW3Pvl70l3yq3Y64i+awpwXqsGBYWkkqMtnbXgrMD+yj7rhW0kuEDxzJaYXGjEW5ogapKNMEKNMjibA==",
      inBundle: true,
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
    "node_modules/which-package-manager": {
      version: "1.0.1",
      resolved: "https://registry.npmjs.org/which-package-manager/-/which-package-manager-1.0.1.tgz",
      integrity: "sha512-Nse2rVsL302dkEhCyyS1U3iEQ9FRYPPkWJNk188xUVkKIGXjMmDPlA3L1VettE+T2z7SGLsJiDaZw//8CHUQwQ==",
      license: "MIT",
      dependencies: {
        "find-up": "^7.0.0",
        micromatch: "^4.0.8"
      },
      engines: {
        node: ">=18"
      }
    },
    "node_modules/widest-line": {
      version: "5.0.0",
      resolved: "https://registry.npmjs.org/widest-line/-/widest-line-5.0.0.tgz",
      integrity: "sha512-c9bZp7b5YtRj2wOe6dlj32MK+Bx/M/d+9VB2SHM1OtsUHR0aV0tdP6DWh/iMt0kWi1t5g1Iudu6hQRNd1A4PVA==",
      license: "MIT",
      dependencies: {
        "string-width": "^7.0.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/widest-line/node_modules/emoji-regex": {
      version: "10.6.0",
      resolved: "https://registry.npmjs.org/emoji-regex/-/emoji-regex-10.6.0.tgz",
      integrity: "sha512-toUI84YS5YmxW219erniWD0CIVOo46xGKColeNQRgOzDorgBi1v4D71/OFzgD9GO2UGKIv1C3Sp8DAn0+j5w7A==",
      license: "MIT"
    },
    "node_modules/widest-line/node_modules/string-width": {
      version: "7.2.0",
      resolved: "https://registry.npmjs.org/string-width/-/string-width-7.2.0.tgz",
      integrity: "sha512-tsaTIkKW9b4N+AEj+SVA+WhJzV7/zMhcSu78mLKWSk7cXMOSHsBKFWUs0fWwq8QyK3MgJBQRX6Gbi4kYbdvGkQ==",
      license: "MIT",
      dependencies: {
        "emoji-regex": "^10.3.0",
        "get-east-asian-width": "^1.0.0",
        "strip-ansi": "^7.1.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/wrap-ansi": {
      version: "9.0.2",
      resolved: "https://registry.npmjs.org/wrap-ansi/-/wrap-ansi-9.0.2.tgz",
      integrity: "sha512-42AtmgqjV+X1VpdOfyTGOYRi0/zsoLqtXQckTmqTeybT+BDIbM/Guxo7x3pE2vtpr1ok6xRqM9OpBe+Jyoqyww==",
      license: "MIT",
      dependencies: {
        "ansi-styles": "^6.2.1",
        "string-width": "^7.0.0",
        "strip-ansi": "^7.1.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/chalk/wrap-ansi?sponsor=1"
      }
    },
    "node_modules/wrap-ansi/node_modules/emoji-regex": {
      version: "10.6.0",
      resolved: "https://registry.npmjs.org/emoji-regex/-/emoji-regex-10.6.0.tgz",
      integrity: "sha512-toUI84YS5YmxW219erniWD0CIVOo46xGKColeNQRgOzDorgBi1v4D71/OFzgD9GO2UGKIv1C3Sp8DAn0+j5w7A==",
      license: "MIT"
    },
    "node_modules/wrap-ansi/node_modules/string-width": {
      version: "7.2.0",
      resolved: "https://registry.npmjs.org/string-width/-/string-width-7.2.0.tgz",
      integrity: "sha512-tsaTIkKW9b4N+AEj+SVA+WhJzV7/zMhcSu78mLKWSk7cXMOSHsBKFWUs0fWwq8QyK3MgJBQRX6Gbi4kYbdvGkQ==",
      license: "MIT",
      dependencies: {
        "emoji-regex": "^10.3.0",
        "get-east-asian-width": "^1.0.0",
        "strip-ansi": "^7.1.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/wrappy": {
      version: "1.0.2",
      resolved: "https://registry.npmjs.org/wrappy/-/wrappy-1.0.2.tgz",
      integrity: "sha512-l4Sp/DRseor9wL6EvV2+TuQn63dMkPjZ/sp9XkghTEbV9KlPS1xUsZ3u7/IQO4wxtcFB4bgpQPRcR3QCvezPcQ==",
      license: "ISC"
    },
    "node_modules/write-file-atomic": {
      version: "7.0.1",
      resolved: "https://registry.npmjs.org/write-file-atomic/-/write-file-atomic-7.0.1.tgz",
      integrity: "sha512-OTIk8iR8/aCRWBqvxrzxR0hgxWpnYBblY1S5hDWBQfk/VFmJwzmJgQFN3WsoUKHISv2eAwe+PpbUzyL1CKTLXg==",
      license: "ISC",
      dependencies: {
        "signal-exit": "^4.0.1"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/ws": {
      version: "8.21.1",
      resolved: "https://registry.npmjs.org/ws/-/ws-8.21.1.tgz",
      integrity: "sha512-+0NTnW77fFN/DjQi6k/Sq/Yvk4Sgajw7urW8V+asjXnRgDs9gyGkdb7EzgfhA4goXsRIZKE28fzIXBHEzhuiWw==",
      license: "MIT",
      engines: {
        node: ">=10.0.0"
      },
      peerDependencies: {
        bufferutil: "^4.0.1",
        "utf-8-validate": ">=5.0.2"
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
    "node_modules/wsl-utils": {
      version: "0.3.1",
      resolved: "https://registry.npmjs.org/wsl-utils/-/wsl-utils-0.3.1.tgz",
      integrity: "sha512-g/eziiSUNBSsdDJtCLB8bdYEUMj4jR7AGeUo96p/3dTafgjHhpF4RiCFPiRILwjQoDXx5MqkBr4fwWtR3Ky4Wg==",
      license: "MIT",
      dependencies: {
        "is-wsl": "^3.1.0",
        "powershell-utils": "^0.1.0"
      },
      engines: {
        node: ">=20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/wsl-utils/node_modules/is-wsl": {
      version: "3.1.1",
      resolved: "https://registry.npmjs.org/is-wsl/-/is-wsl-3.1.1.tgz",
      integrity: "sha512-e6rvdUCiQCAuumZslxRJWR/Doq4VpPR82kqclvcS0efgt430SlGIk05vdCN58+VrzgtIcfNODjozVielycD4Sw==",
      license: "MIT",
      dependencies: {
        "is-inside-container": "^1.0.0"
      },
      engines: {
        node: ">=16"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/xdg-basedir": {
      version: "5.1.0",
      resolved: "https://registry.npmjs.org/xdg-basedir/-/xdg-basedir-5.1.0.tgz",
      integrity: "sha512-GCPAHLvrIH13+c0SuacwvRYj2SxJXQ4kaVTT5xgL3kPrz56XxkF21IGhjSE1+W0aw7gpBWRGXLCPnPby6lSpmQ==",
      license: "MIT",
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/yallist": {
      version: "5.0.0",
      resolved: "https://registry.npmjs.org/yallist/-/yallist-5.0.0.tgz",
      integrity: "sha512-YgvUTfwqyc7UXVMrB+SImsVYSmTS8X/tSrtdNZMImM+n7+QTriRXyXim0mBrTXNeqzVF0KWGgHPeiyViFFrNDw==",
      license: "BlueOak-1.0.0",
      engines: {
        node: ">=18"
      }
    },
    "node_modules/yaml": {
      version: "2.9.0",
      resolved: "https://registry.npmjs.org/yaml/-/yaml-2.9.0.tgz",
      integrity: "sha512-2AvhNX3mb8zd6Zy7INTtSpl1F15HW6Wnqj0srWlkKLcpYl/gMIMJiyuGq2KeI2YFxUPjdlB+3Lc10seMLtL4cA==",
      license: "ISC",
      bin: {
        yaml: "bin.mjs"
      },
      engines: {
        node: ">= 14.6"
      },
      funding: {
        url: "https://github.com/sponsors/eemeli"
      }
    },
    "node_modules/yazl": {
      version: "3.3.1",
      resolved: "https://registry.npmjs.org/yazl/-/yazl-3.3.1.tgz",
      integrity: "sha512-BbETDVWG+VcMUle37k5Fqp//7SDOK2/1+T7X8TD96M3D9G8jK5VLUdQVdVjGi8im7FGkazX7kk5hkU8X4L5Bng==",
      license: "MIT",
      dependencies: {
        "buffer-crc32": "^1.0.0"
      }
    },
    "node_modules/yeoman-environment": {
      version: "6.1.0",
      resolved: "https://registry.npmjs.org/yeoman-environment/-/yeoman-environment-6.1.0.tgz",
      integrity: "sha512-QSKMfrSx3js9fxbMDBa+sZG0ctF0NDxcO6VA5BnrWdo6wqhdalT2IUU/ZrNakQLZQ76E3B6b0lXHKEA7ivsWxA==",
      license: "BSD-2-Clause",
      dependencies: {
        "@yeoman/adapter": "^4.0.2",
        "@yeoman/conflicter": "^4.1.0",
        "@yeoman/namespace": "^2.1.0",
        "@yeoman/transform": "^2.1.1",
        "@yeoman/types": "^1.11.0",
        arrify: "^3.0.0",
        chalk: "^5.6.2",
        commander: "^14.0.3",
        debug: "^4.4.3",
        execa: "^9.6.1",
        "fly-import": "^1.0.0",
        globby: "^16.2.0",
        "grouped-queue": "^2.1.0",
        "locate-path": "^8.0.0",
        "lodash-es": "^4.18.1",
        "mem-fs": "^4.1.4",
        "mem-fs-editor": "^12.0.4",
        semver: "^7.7.4",
        slash: "^5.1.0",
        untildify: "^6.0.0",
        "which-package-manager": "^1.0.1"
      },
      acceptDependencies: {
        "@yeoman/adapter": ">=4.0.2"
      },
      bin: {
        yoe: "bin/bin.cjs"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      },
      peerDependencies: {
        "@yeoman/adapter": "^4.0.2",
        "@yeoman/types": "^1.10.3",
        "mem-fs": "^4.1.4"
      }
    },
    "node_modules/yeoman-environment/node_modules/@yeoman/namespace": {
      version: "2.1.0",
      resolved: "https://registry.npmjs.org/@yeoman/namespace/-/namespace-2.1.0.tgz",
      integrity: "sha512-/BxsZlALPRp34juAzzh9QUr2hR9w9o+dBSw8sF/iv7NfUU/A/QI0xOyVtQJz2uCPuvtY6nkGDxYxZoKI/lnFQg==",
      license: "MIT",
      engines: {
        node: "^16.13.0 || >=18.12.0"
      }
    },
    "node_modules/yeoman-environment/node_modules/ejs": {
      version: "6.0.1",
      resolved: "https://registry.npmjs.org/ejs/-/ejs-6.0.1.tgz",
      integrity: "sha512-UaaM14yby8U3k02ihS1Bmj5Kz2d7CCQM1scxpgs4Mhkq8F1wR2gl3+Ts4h5Ne4Mnt7M9m4Dw7jsuMr3+xO4vZA==",
      license: "Apache-2.0",
      bin: {
        ejs: "bin/cli.js"
      },
      engines: {
        node: ">=0.12.18"
      }
    },
    "node_modules/yeoman-environment/node_modules/mem-fs-editor": {
      version: "12.0.6",
      resolved: "https://registry.npmjs.org/mem-fs-editor/-/mem-fs-editor-12.0.6.tgz",
      integrity: "sha512-I8SCe5xl6kVaoiJTJg33aW/s5wsvjG61kXy3TzH17tr8ZfgkBZFDTBQqwcZMSKx7VBAYgQFJEj3f38qXIWE44Q==",
      license: "MIT",
      dependencies: {
        "@types/ejs": "^3.1.5",
        "@types/picomatch": "^4.0.2",
        binaryextensions: "^6.11.0",
        commondir: "^1.0.0",
        debug: "^4.4.3",
        "deep-extend": "^0.6.0",
        ejs: "^6.0.1",
        isbinaryfile: "5.0.7",
        minimatch: "^10.2.5",
        multimatch: "^8.0.0",
        "normalize-path": "^3.0.0",
        textextensions: "^6.11.0",
        tinyglobby: "^0.2.15",
        vinyl: "^3.0.1"
      },
      engines: {
        node: "20 || >=22"
      },
      peerDependencies: {
        "@types/node": ">=20",
        "mem-fs": "^4.0.0"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/yeoman-environment/node_modules/multimatch": {
      version: "8.0.0",
      resolved: "https://registry.npmjs.org/multimatch/-/multimatch-8.0.0.tgz",
      integrity: "sha512-0D10M2/MnEyvoog7tmozlpSqL3HEU1evxUFa3v1dsKYmBDFSP1dLSX4CH2rNjpQ+4Fps8GKmUkCwiKryaKqd9A==",
      license: "MIT",
      dependencies: {
        "array-differ": "^4.0.0",
        "array-union": "^3.0.1",
        minimatch: "^10.2.2"
      },
      engines: {
        node: ">=20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/yeoman-generator": {
      version: "7.5.1",
      resolved: "https://registry.npmjs.org/yeoman-generator/-/yeoman-generator-7.5.1.tgz",
      integrity: "sha512-MYncRvzSTd71BMwiUMAVhfX00sDD8DZDrmPzRxQkWuWQ0V1Qt4Rd0gS/Nee2QDTWvRjvCa+KBfiAVrtOySq+JA==",
      license: "BSD-2-Clause",
      dependencies: {
        "@types/lodash-es": "^4.17.9",
        "@yeoman/namespace": "^1.0.0",
        chalk: "^5.3.0",
        debug: "^4.1.1",
        execa: "^8.0.1",
        "github-username": "^9.0.0",
        "json-schema": "^0.4.0",
        "latest-version": "^9.0.0",
        "lodash-es": "^4.17.21",
        "mem-fs-editor": "^11.0.1",
        minimist: "^1.2.8",
        "read-package-up": "^11.0.0",
        semver: "^7.5.4",
        "simple-git": "^3.20.0",
        "sort-keys": "^5.0.0",
        "text-table": "^0.2.0"
      },
      engines: {
        node: "^18.17.0 || >=20.5.0"
      },
      peerDependencies: {
        "@types/node": ">=18.18.5",
        "@yeoman/types": "^1.1.1",
        "mem-fs": "^4.0.0"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/yeoman-generator/node_modules/execa": {
      version: "8.0.1",
      resolved: "https://registry.npmjs.org/execa/-/execa-8.0.1.tgz",
      integrity: "sha512-VyhnebXciFV2DESc+p6B+y0LjSm0krU4OgJN44qFAhBY0TJ+1V61tYD2+wHusZ6F9n5K+vl8k0sTy7PEfV4qpg==",
      license: "MIT",
      dependencies: {
        "cross-spawn": "^7.0.3",
        "get-stream": "^8.0.1",
        "human-signals": "^5.0.0",
        "is-stream": "^3.0.0",
        "merge-stream": "^2.0.0",
        "npm-run-path": "^5.1.0",
        onetime: "^6.0.0",
        "signal-exit": "^4.1.0",
        "strip-final-newline": "^3.0.0"
      },
      engines: {
        node: ">=16.17"
      },
      funding: {
        url: "https://github.com/sindresorhus/execa?sponsor=1"
      }
    },
    "node_modules/yeoman-generator/node_modules/get-stream": {
      version: "8.0.1",
      resolved: "https://registry.npmjs.org/get-stream/-/get-stream-8.0.1.tgz",
      integrity: "sha512-VaUJspBffn/LMCJVoMvSAdmscJyS1auj5Zulnn5UoYcY531UWmdwhRWkcGKnGU93m5HSXP9LP2usOryrBtQowA==",
      license: "MIT",
      engines: {
        node: ">=16"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/yeoman-generator/node_modules/human-signals": {
      version: "5.0.0",
      resolved: "https://registry.npmjs.org/human-signals/-/human-signals-5.0.0.tgz",
      integrity: "sha512-AXcZb6vzzrFAUE61HnN4mpLqd/cSIwNQjtNWR0euPm6y0iqx3G4gOXaIDdtdDwZmhwe82LA6+zinmW4UBWVePQ==",
      license: "Apache-2.0",
      engines: {
        node: ">=16.17.0"
      }
    },
    "node_modules/yeoman-generator/node_modules/is-stream": {
      version: "3.0.0",
      resolved: "https://registry.npmjs.org/is-stream/-/is-stream-3.0.0.tgz",
      integrity: "sha512-LnQR4bZ9IADDRSkvpqMGvt/tEJWclzklNgSw48V5EAaAeDd6qGvN8ei6k5p0tvxSR171VmGyHuTiAOfxAbr8kA==",
      license: "MIT",
      engines: {
        node: "^12.20.0 || ^14.13.1 || >=16.0.0"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/yeoman-generator/node_modules/mimic-fn": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/mimic-fn/-/mimic-fn-4.0.0.tgz",
      integrity: "sha512-vqiC06CuhBTUdZH+RYl8sFrL096vA45Ok5ISO6sE/Mr1jRbGH4Csnhi8f3wKVl7x8mO4Au7Ir9D3Oyv1VYMFJw==",
      license: "MIT",
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/yeoman-generator/node_modules/npm-run-path": {
      version: "5.3.0",
      resolved: "https://registry.npmjs.org/npm-run-path/-/npm-run-path-5.3.0.tgz",
      integrity: "sha512-ppwTtiJZq0O/ai0z7yfudtBpWIoxM8yE6nHi1X47eFR2EWORqfbu6CnPlNsjeN683eT0qG6H/Pyf9fCcvjnnnQ==",
      license: "MIT",
      dependencies: {
        "path-key": "^4.0.0"
      },
      engines: {
        node: "^12.20.0 || ^14.13.1 || >=16.0.0"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/yeoman-generator/node_modules/onetime": {
      version: "6.0.0",
      resolved: "https://registry.npmjs.org/onetime/-/onetime-6.0.0.tgz",
      integrity: "sha512-1FlR+gjXK7X+AsAHso35MnyN5KqGwJRi/31ft6x0M194ht7S+rWAvd7PHss9xSKMzE0asv1pyIHaJYq+BbacAQ==",
      license: "MIT",
      dependencies: {
        "mimic-fn": "^4.0.0"
      },
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/yeoman-generator/node_modules/path-key": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/path-key/-/path-key-4.0.0.tgz",
      integrity: "sha512-haREypq7xkM7ErfgIyA0z+Bj4AGKlMSdlQE2jvJo6huWD1EdkKYV+G/T4nq0YEF2vgTT8kqMFKo1uHn950r4SQ==",
      license: "MIT",
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/yeoman-generator/node_modules/strip-final-newline": {
      version: "3.0.0",
      resolved: "https://registry.npmjs.org/strip-final-newline/-/strip-final-newline-3.0.0.tgz",
      integrity: "sha512-dOESqjYr96iWYylGObzd39EuNTa5VJxyvVAEm5Jnh7KGo75V43Hk1odPQkNDyXNmUR6k+gEiDVXnjB8HJ3crXw==",
      license: "MIT",
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/yocto-queue": {
      version: "1.2.2",
      resolved: "https://registry.npmjs.org/yocto-queue/-/yocto-queue-1.2.2.tgz",
      integrity: "sha512-4LCcse/U2MHZ63HAJVE+v71o7yOdIe4cZ70Wpf8D/IyjDKYQLV5GD46B+hSTjJsvV5PztjvHoU580EftxjDZFQ==",
      license: "MIT",
      engines: {
        node: ">=12.20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/yoctocolors": {
      version: "2.1.2",
      resolved: "https://registry.npmjs.org/yoctocolors/-/yoctocolors-2.1.2.tgz",
      integrity: "sha512-CzhO+pFNo8ajLM2d2IW/R93ipy99LWjtwblvC1RsoSUMZgyLbYFr221TnSNT7GjGdYui6P459mw9JH/g/zW2ug==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/zod": {
      version: "3.25.76",
      resolved: "https://registry.npmjs.org/zod/-/zod-3.25.76.tgz",
      integrity: "sha512-gzUt/qt81nXsFGKIFcC3YnfEAx5NkunCfnDlvuBSSFS02bcXu4Lmea0AFIUwbLWxWPx3d9p8S5QoaujKcNQxcQ==",
      license: "MIT",
      funding: {
        url: "https://github.com/sponsors/colinhacks"
      }
    },
    "node_modules/zod-to-json-schema": {
      version: "3.25.2",
      resolved: "https://registry.npmjs.org/zod-to-json-schema/-/zod-to-json-schema-3.25.2.tgz",
      integrity: "sha512-O/PgfnpT1xKSDeQYSCfRI5Gy3hPf91mKVDuYLUHZJMiDFptvP41MSnWofm8dnCm0256ZNfZIM7DSzuSMAFnjHA==",
      license: "ISC",
      peerDependencies: {
        zod: "^3.25.28 || ^4"
      }
    }
  }
};
export {
  package_lock_default as default
};
