/// <reference types="electron-vite/node" />
// Types for electron-vite's import suffixes (`?modulePath`, `?nodeWorker`, `?asset`).
