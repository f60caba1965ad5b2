import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import "./chunk-BB3JDYVJ.js";

// src/platforms/locks/@upsun/cli-linux-x64@5.11.1/package-lock.json
var package_lock_default = {
  name: "site-backup-cli",
  lockfileVersion: 3,
  requires: true,
  packages: {
    "": {
      name: "site-backup-cli",
      dependencies: {
        "@upsun/cli-linux-x64": "5.11.1"
      }
    },
    "node_modules/@upsun/cli-linux-x64": {
      version: "5.11.1",
      integrity: "sha512-I/+Vit/F3pd04vbYNLltceu0Ejuy0dqQ3Zz1AZGXWtxSOhRKi60H8qbAlg7fK1WnhHCLhgQAnHtIXlP9/nTQ3w==",
      cpu: [
        "x64"
      ],
      license: "MIT",
      os: [
        "linux"
      ]
    }
  }
};
export {
  package_lock_default as default
};
