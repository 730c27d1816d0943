// The entry point: start the kernel worker first, so saessak.wasm downloads and compiles while
// the editor and the rest of the page (a separate chunk) load.

import './style.css';
import { KernelClient } from './kernel/client';

const kernel = new KernelClient();
void import('./app').then(({ startApp }) => startApp(kernel));
