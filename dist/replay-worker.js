import { createRequire as __pgmrCreateRequire } from 'node:module';
import { fileURLToPath as __pgmrFileURLToPath } from 'node:url';
import { dirname as __pgmrDirname } from 'node:path';
const require = __pgmrCreateRequire(import.meta.url);
const __filename = __pgmrFileURLToPath(import.meta.url);
const __dirname = __pgmrDirname(__filename);
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn2, res, err2) => function __init() {
  if (err2) throw err2[0];
  try {
    return fn2 && (res = (0, fn2[__getOwnPropNames(fn2)[0]])(fn2 = 0)), res;
  } catch (e4) {
    throw err2 = [e4], e4;
  }
};
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
};

// node_modules/@electric-sql/pglite/dist/chunk-ZSOCVAT7.js
var p, i, c, f, l, s, a, _, d, D, F, g, L, P, n, h, R, x, T, U, u;
var init_chunk_ZSOCVAT7 = __esm({
  "node_modules/@electric-sql/pglite/dist/chunk-ZSOCVAT7.js"() {
    p = Object.create;
    i = Object.defineProperty;
    c = Object.getOwnPropertyDescriptor;
    f = Object.getOwnPropertyNames;
    l = Object.getPrototypeOf;
    s = Object.prototype.hasOwnProperty;
    a = (t33) => {
      throw TypeError(t33);
    };
    _ = (t33, e4, o9) => e4 in t33 ? i(t33, e4, { enumerable: true, configurable: true, writable: true, value: o9 }) : t33[e4] = o9;
    d = (t33, e4) => () => (t33 && (e4 = t33(t33 = 0)), e4);
    D = (t33, e4) => () => (e4 || t33((e4 = { exports: {} }).exports, e4), e4.exports);
    F = (t33, e4) => {
      for (var o9 in e4) i(t33, o9, { get: e4[o9], enumerable: true });
    };
    g = (t33, e4, o9, m7) => {
      if (e4 && typeof e4 == "object" || typeof e4 == "function") for (let r11 of f(e4)) !s.call(t33, r11) && r11 !== o9 && i(t33, r11, { get: () => e4[r11], enumerable: !(m7 = c(e4, r11)) || m7.enumerable });
      return t33;
    };
    L = (t33, e4, o9) => (o9 = t33 != null ? p(l(t33)) : {}, g(e4 || !t33 || !t33.__esModule ? i(o9, "default", { value: t33, enumerable: true }) : o9, t33));
    P = (t33, e4, o9) => _(t33, typeof e4 != "symbol" ? e4 + "" : e4, o9);
    n = (t33, e4, o9) => e4.has(t33) || a("Cannot " + o9);
    h = (t33, e4, o9) => (n(t33, e4, "read from private field"), o9 ? o9.call(t33) : e4.get(t33));
    R = (t33, e4, o9) => e4.has(t33) ? a("Cannot add the same private member more than once") : e4 instanceof WeakSet ? e4.add(t33) : e4.set(t33, o9);
    x = (t33, e4, o9, m7) => (n(t33, e4, "write to private field"), m7 ? m7.call(t33, o9) : e4.set(t33, o9), o9);
    T = (t33, e4, o9) => (n(t33, e4, "access private method"), o9);
    U = (t33, e4, o9, m7) => ({ set _(r11) {
      x(t33, e4, r11, o9);
    }, get _() {
      return h(t33, e4, m7);
    } });
    u = d(() => {
      "use strict";
    });
  }
});

// node_modules/@electric-sql/pglite/dist/chunk-BD5WXLQO.js
function m2() {
  let t33 = process.type;
  return t33 === "renderer" || t33 === "worker" || t33 === "service-worker";
}
async function c3(t33) {
  s3 || a2.has(t33.toString()) || a2.set(t33.toString(), fetch(t33));
}
async function b2(t33, e4) {
  if (typeof e4 != "function") return { instance: await WebAssembly.instantiate(e4, t33), module: e4 };
  let r11 = e4();
  if (o3.has(r11.toString())) {
    let i7 = o3.get(r11.toString());
    return { instance: await WebAssembly.instantiate(i7, t33), module: i7 };
  }
  if (s3) {
    let i7 = await (await import("fs/promises")).readFile(r11), { module: n3, instance: l2 } = await WebAssembly.instantiate(i7, t33);
    return o3.set(r11.toString(), n3), { instance: l2, module: n3 };
  } else {
    a2.has(r11.toString()) || c3(r11);
    let i7 = await a2.get(r11.toString()), { module: n3, instance: l2 } = await WebAssembly.instantiateStreaming(i7.clone(), t33);
    return o3.set(r11.toString(), n3), { instance: l2, module: n3 };
  }
}
async function w2(t33) {
  return s3 ? (await (await import("fs/promises")).readFile(t33)).buffer : (c3(t33), (await a2.get(t33.toString())).clone().arrayBuffer());
}
function v2(t33) {
  let e4;
  return t33.startsWith('"') && t33.endsWith('"') ? e4 = t33.substring(1, t33.length - 1) : e4 = t33.toLowerCase(), e4;
}
function g4(t33, e4) {
  try {
    let r11 = t33.readdir(e4).filter((i7) => i7 !== "." && i7 !== "..");
    for (let i7 of r11) {
      let n3 = e4 + "/" + i7;
      try {
        t33.readdir(n3), g4(t33, n3);
      } catch {
        t33.unlink(n3);
      }
    }
    t33.rmdir(e4);
  } catch {
    try {
      t33.unlink(e4);
    } catch {
    }
  }
}
var f3, d2, p3, s3, y2, h2, a2, o3, S2;
var init_chunk_BD5WXLQO = __esm({
  "node_modules/@electric-sql/pglite/dist/chunk-BD5WXLQO.js"() {
    init_chunk_ZSOCVAT7();
    u();
    f3 = Object.defineProperty;
    d2 = (t33, e4) => {
      for (var r11 in e4) f3(t33, r11, { get: e4[r11], enumerable: true });
    };
    p3 = {};
    d2(p3, { IN_NODE: () => s3, WASM_PREFIX: () => y2, getFsBundle: () => w2, instantiateWasm: () => b2, pgliteProc: () => h2, rmdirRecursive: () => g4, startArtifactDownload: () => c3, toPostgresName: () => v2, uuid: () => S2 });
    s3 = typeof process == "object" && typeof process.versions == "object" && typeof process.versions.node == "string" && !m2();
    y2 = "/pglite";
    h2 = globalThis && typeof globalThis.process < "u" ? globalThis.process : { exitCode: void 0 };
    a2 = /* @__PURE__ */ new Map();
    o3 = /* @__PURE__ */ new Map();
    S2 = () => {
      if (globalThis.crypto?.randomUUID) return globalThis.crypto.randomUUID();
      let t33 = new Uint8Array(16);
      if (globalThis.crypto?.getRandomValues) globalThis.crypto.getRandomValues(t33);
      else for (let r11 = 0; r11 < t33.length; r11++) t33[r11] = Math.floor(Math.random() * 256);
      t33[6] = t33[6] & 15 | 64, t33[8] = t33[8] & 63 | 128;
      let e4 = [];
      return t33.forEach((r11) => {
        e4.push(r11.toString(16).padStart(2, "0"));
      }), e4.slice(0, 4).join("") + "-" + e4.slice(4, 6).join("") + "-" + e4.slice(6, 8).join("") + "-" + e4.slice(8, 10).join("") + "-" + e4.slice(10).join("");
    };
  }
});

// node_modules/@electric-sql/pglite/dist/chunk-N66TTF7B.js
async function ie2(e4, r11, t33 = "pgdata", n3 = "auto") {
  let i7 = vr(e4, r11), [o9, a16] = await Er(i7, n3), s4 = t33 + (a16 ? ".tar.gz" : ".tar"), l2 = a16 ? "application/x-gzip" : "application/x-tar";
  return typeof File < "u" ? new File([o9], s4, { type: l2 }) : new Blob([o9], { type: l2 });
}
async function Jr(e4, r11, t33) {
  let n3 = new Uint8Array(await r11.arrayBuffer()), i7 = typeof File < "u" && r11 instanceof File ? r11.name : void 0;
  (Sr.includes(r11.type) || i7?.endsWith(".tgz") || i7?.endsWith(".tar.gz")) && (n3 = await Te2(n3));
  let a16;
  try {
    a16 = (0, O2.untar)(n3);
  } catch (s4) {
    if (s4 instanceof Error && s4.message.includes("File is corrupted")) n3 = await Te2(n3), a16 = (0, O2.untar)(n3);
    else throw s4;
  }
  for (let s4 of a16) {
    let l2 = `${t33}/${s4.name}`, u3 = l2.split("/").slice(0, -1);
    for (let c6 = 1; c6 <= u3.length; c6++) {
      let _3 = u3.slice(0, c6).join("/");
      _3.length && !e4.analyzePath(_3).exists && e4.mkdirTree(_3);
    }
    if (s4.type === O2.REGTYPE) {
      e4.writeFile(l2, s4.data);
      let c6 = Ar(s4.modifyTime);
      e4.utime(l2, c6, c6);
    } else s4.type === O2.DIRTYPE && (e4.analyzePath(l2).exists || e4.mkdir(l2));
  }
}
function gr(e4, r11) {
  let t33 = [], n3 = (i7) => {
    e4.readdir(i7).forEach((a16) => {
      if (a16 === "." || a16 === "..") return;
      let s4 = i7 + "/" + a16, l2 = e4.stat(s4), u3 = e4.isFile(l2.mode) ? e4.readFile(s4, { encoding: "binary" }) : new Uint8Array(0);
      t33.push({ name: s4.substring(r11.length), mode: l2.mode, size: l2.size, type: e4.isFile(l2.mode) ? O2.REGTYPE : O2.DIRTYPE, modifyTime: l2.mtime, data: u3 }), e4.isDir(l2.mode) && n3(s4);
    });
  };
  return n3(r11), t33;
}
function vr(e4, r11) {
  let t33 = gr(e4, r11);
  return (0, O2.tar)(t33);
}
async function Er(e4, r11 = "auto") {
  if (r11 === "none") return [e4, false];
  if (typeof CompressionStream < "u") return [await Fr(e4), true];
  if (typeof process < "u" && process.versions && process.versions.node) return [await yr(e4), true];
  if (r11 === "auto") return [e4, false];
  throw new Error("Compression not supported in this environment");
}
async function Fr(e4) {
  let r11 = new CompressionStream("gzip"), t33 = r11.writable.getWriter(), n3 = r11.readable.getReader();
  t33.write(e4), t33.close();
  let i7 = [];
  for (; ; ) {
    let { value: s4, done: l2 } = await n3.read();
    if (l2) break;
    s4 && i7.push(s4);
  }
  let o9 = new Uint8Array(i7.reduce((s4, l2) => s4 + l2.length, 0)), a16 = 0;
  return i7.forEach((s4) => {
    o9.set(s4, a16), a16 += s4.length;
  }), o9;
}
async function yr(e4) {
  let { promisify: r11 } = await import("util"), { gzip: t33 } = await import("zlib");
  return await r11(t33)(e4);
}
async function Te2(e4) {
  if (typeof CompressionStream < "u") return await hr(e4);
  if (typeof process < "u" && process.versions && process.versions.node) return await wr(e4);
  throw new Error("Unsupported environment for decompression");
}
async function hr(e4) {
  let r11 = new DecompressionStream("gzip"), t33 = r11.writable.getWriter(), n3 = r11.readable.getReader();
  t33.write(e4), t33.close();
  let i7 = [];
  for (; ; ) {
    let { value: s4, done: l2 } = await n3.read();
    if (l2) break;
    s4 && i7.push(s4);
  }
  let o9 = new Uint8Array(i7.reduce((s4, l2) => s4 + l2.length, 0)), a16 = 0;
  return i7.forEach((s4) => {
    o9.set(s4, a16), a16 += s4.length;
  }), o9;
}
async function wr(e4) {
  let { promisify: r11 } = await import("util"), { gunzip: t33 } = await import("zlib");
  return await r11(t33)(e4);
}
function Ar(e4) {
  return e4 ? typeof e4 == "number" ? e4 * 1e3 : e4.getTime() : Date.now();
}
async function br(moduleArg = {}) {
  var Module = moduleArg, ENVIRONMENT_IS_WEB = !!globalThis.window, ENVIRONMENT_IS_WORKER = !!globalThis.WorkerGlobalScope, ENVIRONMENT_IS_NODE = globalThis.process?.versions?.node && globalThis.process?.type != "renderer";
  if (ENVIRONMENT_IS_NODE) {
    let { createRequire: e4 } = await import("node:module");
    var require = e4(import.meta.url);
  }
  var programArgs = [], thisProgram = "./this.program", quit_ = (e4, r11) => {
    throw r11;
  }, _scriptName = import.meta.url, scriptDirectory = "";
  function locateFile(e4) {
    return Module.locateFile ? Module.locateFile(e4, scriptDirectory) : scriptDirectory + e4;
  }
  var readAsync, readBinary;
  if (ENVIRONMENT_IS_NODE) {
    var fs = require("node:fs");
    _scriptName.startsWith("file:") && (scriptDirectory = require("node:path").dirname(require("node:url").fileURLToPath(_scriptName)) + "/"), readBinary = (e4) => {
      e4 = isFileURI(e4) ? new URL(e4) : e4;
      var r11 = fs.readFileSync(e4);
      return r11;
    }, readAsync = async (e4, r11 = true) => {
      e4 = isFileURI(e4) ? new URL(e4) : e4;
      var t33 = fs.readFileSync(e4, r11 ? void 0 : "utf8");
      return t33;
    }, process.argv.length > 1 && (thisProgram = process.argv[1].replace(/\\/g, "/")), programArgs = process.argv.slice(2), quit_ = (e4, r11) => {
      throw process.exitCode = e4, r11;
    };
  } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
    try {
      scriptDirectory = new URL(".", _scriptName).href;
    } catch {
    }
    ENVIRONMENT_IS_WORKER && (readBinary = (e4) => {
      var r11 = new XMLHttpRequest();
      return r11.open("GET", e4, false), r11.responseType = "arraybuffer", r11.send(null), new Uint8Array(r11.response);
    }), readAsync = async (e4) => {
      var r11 = await fetch(e4, { credentials: "same-origin" });
      if (r11.ok) return r11.arrayBuffer();
      throw new Error(r11.status + " : " + r11.url);
    };
  }
  var out = console.log.bind(console), err = console.error.bind(console), dynamicLibraries = [], wasmBinary, ABORT = false, EXITSTATUS, isFileURI = (e4) => e4.startsWith("file://");
  class EmscriptenEH {
  }
  class EmscriptenSjLj extends EmscriptenEH {
  }
  var runtimeInitialized = false, runtimeExited = false;
  function getMemoryBuffer() {
    return wasmMemory.buffer;
  }
  function updateMemoryViews() {
    if (!HEAP8?.buffer?.resizable) {
      var e4 = getMemoryBuffer();
      HEAP8 = new Int8Array(e4), HEAP16 = new Int16Array(e4), Module.HEAPU8 = HEAPU8 = new Uint8Array(e4), HEAPU16 = new Uint16Array(e4), HEAP32 = new Int32Array(e4), HEAPU32 = new Uint32Array(e4), HEAPF32 = new Float32Array(e4), HEAPF64 = new Float64Array(e4), HEAP64 = new BigInt64Array(e4), HEAPU64 = new BigUint64Array(e4);
    }
  }
  var __RELOC_FUNCS__ = [];
  function preRun() {
    var e4 = Module.preRun;
    e4 && (typeof e4 == "function" && (e4 = [e4]), onPreRuns.push(...e4)), callRuntimeCallbacks(onPreRuns);
  }
  function initRuntime() {
    runtimeInitialized = true, callRuntimeCallbacks(__RELOC_FUNCS__), !Module.noFSInit && !FS.initialized && FS.init(), TTY.init(), wasmExports.__wasm_call_ctors(), callRuntimeCallbacks(onPostCtors), FS.ignorePermissions = false;
  }
  function exitRuntime() {
    ___funcs_on_exit(), FS.quit(), TTY.shutdown(), clearTimers(), runtimeExited = true;
  }
  function postRun() {
    var e4 = Module.postRun;
    e4 && (typeof e4 == "function" && (e4 = [e4]), onPostRuns.push(...e4)), callRuntimeCallbacks(onPostRuns);
  }
  function abort(e4) {
    throw Module.onAbort?.(e4), e4 = `Aborted(${e4})`, err(e4), ABORT = true, e4 += ". Build with -sASSERTIONS for more info.", new WebAssembly.RuntimeError(e4);
  }
  var wasmBinaryFile;
  function findWasmBinary() {
    return Module.locateFile ? locateFile("initdb.wasm") : new URL("initdb.wasm", import.meta.url).href;
  }
  function getBinarySync(e4) {
    if (readBinary) return readBinary(e4);
    throw "both async and sync fetching of the wasm failed";
  }
  async function getWasmBinary(e4) {
    if (!wasmBinary) try {
      var r11 = await readAsync(e4);
      return new Uint8Array(r11);
    } catch {
    }
    return getBinarySync(e4);
  }
  async function instantiateArrayBuffer(e4, r11) {
    try {
      var t33 = await getWasmBinary(e4), n3 = await WebAssembly.instantiate(t33, r11);
      return n3;
    } catch (i7) {
      err(`failed to asynchronously prepare wasm: ${i7}`), abort(i7);
    }
  }
  async function instantiateAsync(e4, r11, t33) {
    if (!e4 && !ENVIRONMENT_IS_NODE) try {
      var n3 = fetch(r11, { credentials: "same-origin" }), i7 = await WebAssembly.instantiateStreaming(n3, t33);
      return i7;
    } catch (o9) {
      err(`wasm streaming compile failed: ${o9}`), err("falling back to ArrayBuffer instantiation");
    }
    return instantiateArrayBuffer(r11, t33);
  }
  function getWasmImports() {
    var e4 = new Proxy(/* @__PURE__ */ new Set([]), GOTHandler), r11 = { env: wasmImports, wasi_snapshot_preview1: wasmImports, "GOT.mem": e4, "GOT.func": e4 };
    return r11;
  }
  async function createWasm() {
    async function e4(o9, a16) {
      wasmExports = o9.exports;
      var s4 = wasmExports;
      mergeLibSymbols(wasmExports, "main");
      var l2 = getDylinkMetadata(a16);
      return l2.neededDynlibs && (dynamicLibraries = l2.neededDynlibs.concat(dynamicLibraries)), assignWasmExports(wasmExports), updateGOT(s4), updateMemoryViews(), LDSO.init(), await loadDylibs(), wasmExports;
    }
    var r11 = getWasmImports(), t33 = Module.instantiateWasm;
    if (t33) return new Promise((o9) => {
      t33(r11, (a16, s4) => o9(e4(a16, s4)));
    });
    wasmBinaryFile ?? (wasmBinaryFile = findWasmBinary());
    var n3 = await instantiateAsync(wasmBinary, wasmBinaryFile, r11), i7 = await (function(o9) {
      return e4(o9.instance, o9.module);
    })(n3);
    return i7;
  }
  class ExitStatus {
    constructor(r11) {
      P(this, "name", "ExitStatus");
      this.message = `Program terminated with exit(${r11})`, this.status = r11;
    }
  }
  var GOT = {}, GOTHandler = { get(e4, r11) {
    var t33 = GOT[r11];
    return t33 || (t33 = GOT[r11] = new WebAssembly.Global({ value: "i32", mutable: true }, -1)), e4.has(r11) || (t33.required = true), t33;
  } }, HEAP16, HEAP32, HEAP64, HEAP8, HEAPF32, HEAPF64, HEAPU16, HEAPU32, HEAPU64, HEAPU8, callRuntimeCallbacks = (e4) => {
    for (; e4.length > 0; ) e4.shift()(Module);
  }, onPostRuns = [], onPreRuns = [], UTF8Decoder = globalThis.TextDecoder && new TextDecoder(), findStringEnd = (e4, r11, t33, n3) => {
    var i7 = r11 + t33;
    if (n3) return i7;
    for (; e4[r11] && !(r11 >= i7); ) ++r11;
    return r11;
  }, UTF8ArrayToString = (e4, r11 = 0, t33, n3) => {
    var i7 = findStringEnd(e4, r11, t33, n3);
    if (i7 - r11 > 16 && e4.buffer && UTF8Decoder) return UTF8Decoder.decode(e4.subarray(r11, i7));
    for (var o9 = ""; r11 < i7; ) {
      var a16 = e4[r11++];
      if (!(a16 & 128)) {
        o9 += String.fromCharCode(a16);
        continue;
      }
      var s4 = e4[r11++] & 63;
      if ((a16 & 224) == 192) {
        o9 += String.fromCharCode((a16 & 31) << 6 | s4);
        continue;
      }
      var l2 = e4[r11++] & 63;
      if ((a16 & 240) == 224 ? a16 = (a16 & 15) << 12 | s4 << 6 | l2 : a16 = (a16 & 7) << 18 | s4 << 12 | l2 << 6 | e4[r11++] & 63, a16 < 65536) o9 += String.fromCharCode(a16);
      else {
        var u3 = a16 - 65536;
        o9 += String.fromCharCode(55296 | u3 >> 10, 56320 | u3 & 1023);
      }
    }
    return o9;
  }, getDylinkMetadata = (e4) => {
    var r11 = 0, t33 = 0;
    function n3() {
      return e4[r11++];
    }
    function i7() {
      for (var d5 = 0, g7 = 1; ; ) {
        var v5 = e4[r11++];
        if (d5 += (v5 & 127) * g7, g7 *= 128, !(v5 & 128)) break;
      }
      return d5;
    }
    function o9() {
      var d5 = i7();
      return r11 += d5, UTF8ArrayToString(e4, r11 - d5, d5);
    }
    function a16() {
      for (var d5 = i7(), g7 = []; d5--; ) g7.push(o9());
      return g7;
    }
    function s4(d5, g7) {
      if (d5) throw new Error(g7);
    }
    if (e4 instanceof WebAssembly.Module) {
      var l2 = WebAssembly.Module.customSections(e4, "dylink.0");
      s4(!l2.length, "need dylink section"), e4 = new Uint8Array(l2[0]), t33 = e4.length;
    } else {
      var u3 = new Uint32Array(new Uint8Array(e4.subarray(0, 24)).buffer), c6 = u3[0] == 1836278016;
      s4(!c6, "need to see wasm magic number"), s4(e4[8], "need the dylink section to be first"), r11 = 9;
      var _3 = i7();
      t33 = r11 + _3;
      var m7 = o9();
      s4(m7 !== "dylink.0");
    }
    for (var f5 = { neededDynlibs: [], tlsExports: /* @__PURE__ */ new Set(), weakImports: /* @__PURE__ */ new Set(), runtimePaths: [] }; r11 < t33; ) {
      var p7 = n3(), F6 = i7();
      if (p7 === 1) f5.memorySize = i7(), f5.memoryAlign = i7(), f5.tableSize = i7(), f5.tableAlign = i7();
      else if (p7 === 2) f5.neededDynlibs = a16();
      else if (p7 === 3) for (var S5 = i7(); S5--; ) {
        var E5 = o9(), y6 = i7();
        y6 & 256 && f5.tlsExports.add(E5);
      }
      else if (p7 === 4) for (S5 = i7(); S5--; ) o9(), E5 = o9(), y6 = i7(), (y6 & 3) == 1 && f5.weakImports.add(E5);
      else if (p7 === 5) f5.runtimePaths = a16();
      else if (p7 === 6) {
        var A5 = o9();
        s4(A5 !== "wasm32", `incorrect architecture (${A5} vs wasm32)`);
      } else r11 += F6;
    }
    return f5;
  }, newDSO = (e4, r11, t33) => {
    var n3 = { refcount: 1 / 0, name: e4, exports: t33, global: true };
    return LDSO.loadedLibsByName[e4] = n3, r11 != null && (LDSO.loadedLibsByHandle[r11] = n3), n3;
  }, LDSO = { loadedLibsByName: {}, loadedLibsByHandle: {}, init() {
    newDSO("__main__", 0, wasmImports);
  } }, alignMemory = (e4, r11) => Math.ceil(e4 / r11) * r11, getMemory = (e4) => {
    if (runtimeInitialized) return _calloc(e4, 1);
    var r11 = ___heap_base, t33 = r11 + alignMemory(e4, 16);
    ___heap_base = t33;
    var n3 = _emscripten_get_sbrk_ptr();
    return HEAPU32[n3 >> 2] = t33, r11;
  }, isInternalSym = (e4) => ["memory", "__memory_base", "__table_base", "__stack_pointer", "__indirect_function_table", "__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(e4) || e4.startsWith("__em_js__"), wasmTableMirror = [], getWasmTableEntry = (e4) => {
    var r11 = wasmTableMirror[e4];
    return r11 || (wasmTableMirror[e4] = r11 = wasmTable.get(e4)), r11;
  }, updateTableMap = (e4, r11) => {
    if (functionsInTableMap) for (var t33 = e4; t33 < e4 + r11; t33++) {
      var n3 = getWasmTableEntry(t33);
      n3 && functionsInTableMap.set(n3, t33);
    }
  }, functionsInTableMap, getFunctionAddress = (e4) => (functionsInTableMap || (functionsInTableMap = /* @__PURE__ */ new WeakMap(), updateTableMap(0, wasmTable.length)), functionsInTableMap.get(e4) || 0), freeTableIndexes = [], getEmptyTableSlot = () => freeTableIndexes.length ? freeTableIndexes.pop() : wasmTable.grow(1), setWasmTableEntry = (e4, r11) => {
    wasmTable.set(e4, r11), wasmTableMirror[e4] = wasmTable.get(e4);
  }, uleb128EncodeWithLen = (e4) => {
    let r11 = e4.length;
    return [r11 % 128 | 128, r11 >> 7, ...e4];
  }, wasmTypeCodes = { i: 127, p: 127, j: 126, f: 125, d: 124, e: 111 }, generateTypePack = (e4) => uleb128EncodeWithLen(Array.from(e4, (r11) => {
    var t33 = wasmTypeCodes[r11];
    return t33;
  })), convertJsFunctionToWasm = (e4, r11) => {
    var t33 = Uint8Array.of(0, 97, 115, 109, 1, 0, 0, 0, 1, ...uleb128EncodeWithLen([1, 96, ...generateTypePack(r11.slice(1)), ...generateTypePack(r11[0] === "v" ? "" : r11[0])]), 2, 7, 1, 1, 101, 1, 102, 0, 0, 7, 5, 1, 1, 102, 0, 0), n3 = new WebAssembly.Module(t33), i7 = new WebAssembly.Instance(n3, { e: { f: e4 } }), o9 = i7.exports.f;
    return o9;
  }, addFunction = (e4, r11) => {
    var t33 = getFunctionAddress(e4);
    if (t33) return t33;
    var n3 = getEmptyTableSlot();
    try {
      setWasmTableEntry(n3, e4);
    } catch (o9) {
      if (!(o9 instanceof TypeError)) throw o9;
      var i7 = convertJsFunctionToWasm(e4, r11);
      setWasmTableEntry(n3, i7);
    }
    return functionsInTableMap.set(e4, n3), n3;
  }, updateGOT = (e4, r11) => {
    for (var t33 in e4) if (!isInternalSym(t33)) {
      var n3 = e4[t33], i7 = GOT[t33] && GOT[t33].value != -1;
      if (r11 || !i7) {
        var o9;
        if (typeof n3 == "function") o9 = addFunction(n3);
        else if (typeof n3.value == "number") o9 = n3;
        else continue;
        GOT[t33] ?? (GOT[t33] = new WebAssembly.Global({ value: "i32", mutable: true })), GOT[t33].value = o9;
      }
    }
  }, isImmutableGlobal = (e4) => {
    if (e4 instanceof WebAssembly.Global) try {
      e4.value = e4.value;
    } catch {
      return true;
    }
    return false;
  }, relocateExports = (e4, r11 = 0) => {
    function t33(o9, a16) {
      return isImmutableGlobal(a16) ? new WebAssembly.Global({ value: "i32" }, a16.value + r11) : a16;
    }
    var n3 = {};
    for (var i7 in e4) n3[i7] = t33(0, e4[i7]);
    return n3;
  }, isSymbolDefined = (e4) => {
    var r11 = wasmImports[e4];
    return !(!r11 || r11.stub);
  }, createNamedFunction = (e4, r11) => Object.defineProperty(r11, "name", { value: e4 }), dynCall = (e4, r11, t33 = []) => {
    var n3 = getWasmTableEntry(r11), i7 = n3(...t33);
    return /* @__PURE__ */ (function(o9) {
      return o9;
    })(i7);
  }, stackSave = () => _emscripten_stack_get_current(), stackRestore = (e4) => __emscripten_stack_restore(e4), createInvokeFunction = (e4) => (r11, ...t33) => {
    var n3 = stackSave();
    try {
      return dynCall(e4, r11, t33);
    } catch (i7) {
      if (stackRestore(n3), !(i7 instanceof EmscriptenEH)) throw i7;
      if (_setThrew(1, 0), e4[0] == "j") return 0n;
    }
  }, resolveGlobalSymbol = (e4) => {
    var r11;
    return isSymbolDefined(e4) ? r11 = wasmImports[e4] : e4.startsWith("invoke_") && (r11 = wasmImports[e4] = createNamedFunction(e4, createInvokeFunction(e4.split("_")[1]))), { sym: r11, name: e4 };
  }, onPostCtors = [], addOnPostCtor = (e4) => {
    onPostCtors.push(e4);
  }, UTF8ToString = (e4, r11, t33) => e4 ? UTF8ArrayToString(HEAPU8, e4, r11, t33) : "", loadWebAssemblyModule = (binary, flags, libName, localScope, handle) => {
    var metadata = getDylinkMetadata(binary);
    function loadModule() {
      var memAlign = Math.pow(2, metadata.memoryAlign), memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0, tableBase = metadata.tableSize ? wasmTable.length : 0;
      handle && (HEAP8[handle + 8] = 1, HEAPU32[handle + 12 >> 2] = memoryBase, HEAP32[handle + 16 >> 2] = metadata.memorySize, HEAPU32[handle + 20 >> 2] = tableBase, HEAP32[handle + 24 >> 2] = metadata.tableSize), metadata.tableSize && wasmTable.grow(metadata.tableSize);
      var moduleExports;
      function resolveSymbol(e4) {
        var r11 = resolveGlobalSymbol(e4).sym;
        return !r11 && localScope && (r11 = localScope[e4]), r11 || (r11 = moduleExports[e4]), r11;
      }
      var proxyHandler = { get(e4, r11) {
        switch (r11) {
          case "__memory_base":
            return memoryBase;
          case "__table_base":
            return tableBase;
        }
        if (r11 in wasmImports && !wasmImports[r11].stub) {
          var t33 = wasmImports[r11];
          return t33;
        }
        if (!(r11 in e4)) {
          var n3;
          e4[r11] = (...i7) => (n3 || (n3 = resolveSymbol(r11)), n3(...i7));
        }
        return e4[r11];
      } }, proxy = new Proxy({}, proxyHandler), GOTProxy = new Proxy(metadata.weakImports, GOTHandler), info = { "GOT.mem": GOTProxy, "GOT.func": GOTProxy, env: proxy, wasi_snapshot_preview1: proxy };
      function postInstantiation(module, instance) {
        updateTableMap(tableBase, metadata.tableSize), moduleExports = relocateExports(instance.exports, memoryBase), updateGOT(moduleExports), flags.allowUndefined || reportUndefinedSymbols();
        function addEmAsm(addr, body) {
          for (var args = [], arity = 0; ; arity++) {
            var argName = "$" + arity;
            if (!body.includes(argName)) break;
            args.push(argName);
          }
          args = args.join();
          var func = `(${args}) => { ${body} };`;
          ASM_CONSTS[start] = eval(func);
        }
        if ("__start_em_asm" in moduleExports) for (var start = moduleExports.__start_em_asm.value, stop = moduleExports.__stop_em_asm.value; start < stop; ) {
          var jsString = UTF8ToString(start);
          addEmAsm(start, jsString), start = HEAPU8.indexOf(0, start) + 1;
        }
        function addEmJs(name, cSig, body) {
          var jsArgs = [];
          if (cSig = cSig.slice(1, -1), cSig != "void") {
            cSig = cSig.split(",");
            for (var arg of cSig) {
              var jsArg = arg.split(" ").pop();
              jsArgs.push(jsArg.replaceAll("*", ""));
            }
          }
          var func = `(${jsArgs}) => ${body};`;
          moduleExports[name] = eval(func);
        }
        for (var name in moduleExports) if (name.startsWith("__em_js__")) {
          var start = moduleExports[name].value, jsString = UTF8ToString(start), [sig, body] = jsString.split("<::>");
          addEmJs(name.replace("__em_js__", ""), sig, body), delete moduleExports[name];
        }
        var applyRelocs = moduleExports.__wasm_apply_data_relocs;
        applyRelocs && (runtimeInitialized ? applyRelocs() : __RELOC_FUNCS__.push(applyRelocs));
        var init = moduleExports.__wasm_call_ctors;
        return init && (runtimeInitialized ? init() : addOnPostCtor(init)), moduleExports;
      }
      if (flags.loadAsync) return (async () => {
        var e4;
        return binary instanceof WebAssembly.Module ? e4 = new WebAssembly.Instance(binary, info) : { module: binary, instance: e4 } = await WebAssembly.instantiate(binary, info), postInstantiation(binary, e4);
      })();
      var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary), instance = new WebAssembly.Instance(module, info);
      return postInstantiation(module, instance);
    }
    if (flags = { ...flags, rpath: { parentLibPath: libName, paths: metadata.runtimePaths } }, flags.loadAsync) return metadata.neededDynlibs.reduce((e4, r11) => e4.then(() => (r11 = findLibraryFS(r11, flags.rpath) ?? r11, loadDynamicLibrary(r11, flags, localScope))), Promise.resolve()).then(loadModule);
    for (var needed of metadata.neededDynlibs) needed = findLibraryFS(needed, flags.rpath) ?? needed, loadDynamicLibrary(needed, flags, localScope);
    return loadModule();
  }, mergeLibSymbols = (e4) => {
    for (var [r11, t33] of Object.entries(e4)) {
      let n3 = (o9) => {
        isSymbolDefined(o9) || (wasmImports[o9] = t33);
      };
      n3(r11);
      let i7 = "__main_argc_argv";
      r11 == "main" && n3(i7), r11 == i7 && n3("main");
    }
  }, asyncLoad = async (e4) => {
    var r11 = await readAsync(e4);
    return new Uint8Array(r11);
  }, preloadPlugins = [], registerWasmPlugin = () => {
    var e4 = { canHandle: (r11) => !Module.noWasmDecoding && r11.endsWith(".so"), handle: async (r11, t33) => {
      try {
        var n3 = await loadWebAssemblyModule(r11, { loadAsync: true, nodelete: true }, t33, {});
      } catch (i7) {
        throw new Error(`failed to instantiate wasm: ${t33}: ${i7}`);
      }
      return preloadedWasm[t33] = n3, r11;
    } };
    preloadPlugins.push(e4);
  }, preloadedWasm = {}, PATH = { isAbs: (e4) => e4.charAt(0) === "/", splitPath: (e4) => /^(\/?|)([\s\S]*?)((?:\.{1,2}|[^\/]+?|)(\.[^.\/]*|))(?:[\/]*)$/.exec(e4).slice(1), normalizeArray: (e4, r11) => {
    for (var t33 = 0, n3 = e4.length - 1; n3 >= 0; n3--) {
      var i7 = e4[n3];
      i7 === "." ? e4.splice(n3, 1) : i7 === ".." ? (e4.splice(n3, 1), t33++) : t33 && (e4.splice(n3, 1), t33--);
    }
    if (r11) for (; t33; t33--) e4.unshift("..");
    return e4;
  }, normalize: (e4) => {
    var r11 = PATH.isAbs(e4), t33 = e4.slice(-1) === "/";
    return e4 = PATH.normalizeArray(e4.split("/").filter((n3) => !!n3), !r11).join("/"), !e4 && !r11 && (e4 = "."), e4 && t33 && (e4 += "/"), (r11 ? "/" : "") + e4;
  }, dirname: (e4) => {
    var r11 = PATH.splitPath(e4), t33 = r11[0], n3 = r11[1];
    return !t33 && !n3 ? "." : (n3 && (n3 = n3.slice(0, -1)), t33 + n3);
  }, basename: (e4) => e4 && e4.match(/([^\/]+|\/)\/*$/)[1], join: (...e4) => PATH.normalize(e4.join("/")), join2: (e4, r11) => PATH.normalize(e4 + "/" + r11) }, replaceORIGIN = (e4, r11) => {
    if (r11.startsWith("$ORIGIN")) {
      var t33 = PATH.dirname(e4);
      return r11.replace("$ORIGIN", t33);
    }
    return r11;
  }, withStackSave = (e4) => {
    var r11 = stackSave(), t33 = e4();
    return stackRestore(r11), t33;
  }, stackAlloc = (e4) => __emscripten_stack_alloc(e4), lengthBytesUTF8 = (e4) => {
    for (var r11 = 0, t33 = 0; t33 < e4.length; ++t33) {
      var n3 = e4.charCodeAt(t33);
      n3 <= 127 ? r11++ : n3 <= 2047 ? r11 += 2 : n3 >= 55296 && n3 <= 57343 ? (r11 += 4, ++t33) : r11 += 3;
    }
    return r11;
  }, stringToUTF8Array = (e4, r11, t33, n3) => {
    if (!(n3 > 0)) return 0;
    for (var i7 = t33, o9 = t33 + n3 - 1, a16 = 0; a16 < e4.length; ++a16) {
      var s4 = e4.codePointAt(a16);
      if (s4 <= 127) {
        if (t33 >= o9) break;
        r11[t33++] = s4;
      } else if (s4 <= 2047) {
        if (t33 + 1 >= o9) break;
        r11[t33++] = 192 | s4 >> 6, r11[t33++] = 128 | s4 & 63;
      } else if (s4 <= 65535) {
        if (t33 + 2 >= o9) break;
        r11[t33++] = 224 | s4 >> 12, r11[t33++] = 128 | s4 >> 6 & 63, r11[t33++] = 128 | s4 & 63;
      } else {
        if (t33 + 3 >= o9) break;
        r11[t33++] = 240 | s4 >> 18, r11[t33++] = 128 | s4 >> 12 & 63, r11[t33++] = 128 | s4 >> 6 & 63, r11[t33++] = 128 | s4 & 63, a16++;
      }
    }
    return r11[t33] = 0, t33 - i7;
  }, stringToUTF8 = (e4, r11, t33) => stringToUTF8Array(e4, HEAPU8, r11, t33), stringToUTF8OnStack = (e4) => {
    var r11 = lengthBytesUTF8(e4) + 1, t33 = stackAlloc(r11);
    return stringToUTF8(e4, t33, r11), t33;
  }, initRandomFill = () => {
    if (ENVIRONMENT_IS_NODE) {
      var e4 = require("node:crypto");
      return (r11) => (e4.randomFillSync(r11), 0);
    }
    return (r11) => (crypto.getRandomValues(r11), 0);
  }, randomFill = (e4) => (randomFill = initRandomFill())(e4), PATH_FS = { resolve: (...e4) => {
    for (var r11 = "", t33 = false, n3 = e4.length - 1; n3 >= -1 && !t33; n3--) {
      var i7 = n3 >= 0 ? e4[n3] : FS.cwd();
      if (typeof i7 != "string") throw new TypeError("Arguments to path.resolve must be strings");
      if (!i7) return "";
      r11 = i7 + "/" + r11, t33 = PATH.isAbs(i7);
    }
    return r11 = PATH.normalizeArray(r11.split("/").filter((o9) => !!o9), !t33).join("/"), (t33 ? "/" : "") + r11 || ".";
  }, relative: (e4, r11) => {
    e4 = PATH_FS.resolve(e4).slice(1), r11 = PATH_FS.resolve(r11).slice(1);
    function t33(u3) {
      for (var c6 = 0; c6 < u3.length && u3[c6] === ""; c6++) ;
      for (var _3 = u3.length - 1; _3 >= 0 && u3[_3] === ""; _3--) ;
      return c6 > _3 ? [] : u3.slice(c6, _3 - c6 + 1);
    }
    for (var n3 = t33(e4.split("/")), i7 = t33(r11.split("/")), o9 = Math.min(n3.length, i7.length), a16 = o9, s4 = 0; s4 < o9; s4++) if (n3[s4] !== i7[s4]) {
      a16 = s4;
      break;
    }
    var l2 = [];
    for (s4 = a16; s4 < n3.length; s4++) l2.push("..");
    return l2 = l2.concat(i7.slice(a16)), l2.join("/");
  } }, FS_stdin_getChar_buffer = [], intArrayFromString = (e4, r11, t33) => {
    var n3 = t33 > 0 ? t33 : lengthBytesUTF8(e4) + 1, i7 = new Array(n3), o9 = stringToUTF8Array(e4, i7, 0, i7.length);
    return r11 && (i7.length = o9), i7;
  }, FS_stdin_getChar = () => {
    if (!FS_stdin_getChar_buffer.length) {
      var e4 = null;
      if (ENVIRONMENT_IS_NODE) {
        var r11 = Buffer.alloc(256), t33 = 0;
        try {
          t33 = fs.readSync(process.stdin.fd, r11, 0, 256);
        } catch (n3) {
          if (n3.toString().includes("EOF")) t33 = 0;
          else throw n3;
        }
        t33 > 0 && (e4 = r11.toString("utf-8", 0, t33));
      } else globalThis.window?.prompt && (e4 = window.prompt("Input: "), e4 !== null && (e4 += `
`));
      if (!e4) return null;
      FS_stdin_getChar_buffer = intArrayFromString(e4, true);
    }
    return FS_stdin_getChar_buffer.shift();
  }, TTY = { ttys: [], init() {
  }, shutdown() {
  }, register(e4, r11) {
    TTY.ttys[e4] = { input: [], output: [], ops: r11 }, FS.registerDevice(e4, TTY.stream_ops);
  }, stream_ops: { open(e4) {
    var r11 = TTY.ttys[e4.node.rdev];
    if (!r11) throw new FS.ErrnoError(43);
    e4.tty = r11, e4.seekable = false;
  }, close(e4) {
    e4.tty.ops.fsync(e4.tty);
  }, fsync(e4) {
    e4.tty.ops.fsync(e4.tty);
  }, read(e4, r11, t33, n3, i7) {
    if (!e4.tty || !e4.tty.ops.get_char) throw new FS.ErrnoError(60);
    for (var o9 = 0, a16 = 0; a16 < n3; a16++) {
      var s4;
      try {
        s4 = e4.tty.ops.get_char(e4.tty);
      } catch {
        throw new FS.ErrnoError(29);
      }
      if (s4 === void 0 && !o9) throw new FS.ErrnoError(6);
      if (s4 == null || (o9++, r11[t33 + a16] = s4, s4 === 10)) break;
    }
    return o9 && (e4.node.atime = Date.now()), o9;
  }, write(e4, r11, t33, n3, i7) {
    if (!e4.tty || !e4.tty.ops.put_char) throw new FS.ErrnoError(60);
    try {
      for (var o9 = 0; o9 < n3; o9++) e4.tty.ops.put_char(e4.tty, r11[t33 + o9]);
    } catch {
      throw new FS.ErrnoError(29);
    }
    return n3 && (e4.node.mtime = e4.node.ctime = Date.now()), o9;
  } }, default_tty_ops: { get_char(e4) {
    return FS_stdin_getChar();
  }, put_char(e4, r11) {
    r11 === null || r11 === 10 ? (out(UTF8ArrayToString(e4.output)), e4.output = []) : r11 != 0 && e4.output.push(r11);
  }, fsync(e4) {
    e4.output?.length > 0 && (out(UTF8ArrayToString(e4.output)), e4.output = []);
  }, ioctl_tcgets(e4) {
    return { c_iflag: 25856, c_oflag: 5, c_cflag: 191, c_lflag: 35387, c_cc: [3, 28, 127, 21, 4, 0, 1, 0, 17, 19, 26, 0, 18, 15, 23, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] };
  }, ioctl_tcsets(e4, r11, t33) {
    return 0;
  }, ioctl_tiocgwinsz(e4) {
    return [24, 80];
  } }, default_tty1_ops: { put_char(e4, r11) {
    r11 === null || r11 === 10 ? (err(UTF8ArrayToString(e4.output)), e4.output = []) : r11 != 0 && e4.output.push(r11);
  }, fsync(e4) {
    e4.output?.length > 0 && (err(UTF8ArrayToString(e4.output)), e4.output = []);
  } } }, zeroMemory = (e4, r11) => HEAPU8.fill(0, e4, e4 + r11), mmapAlloc = (e4) => {
    e4 = alignMemory(e4, 65536);
    var r11 = _emscripten_builtin_memalign(65536, e4);
    return r11 && zeroMemory(r11, e4), r11;
  }, MEMFS = { ops_table: null, mount(e4) {
    return MEMFS.createNode(null, "/", 16895, 0);
  }, createNode(e4, r11, t33, n3) {
    if (FS.isBlkdev(t33) || FS.isFIFO(t33)) throw new FS.ErrnoError(63);
    MEMFS.ops_table || (MEMFS.ops_table = { dir: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, lookup: MEMFS.node_ops.lookup, mknod: MEMFS.node_ops.mknod, rename: MEMFS.node_ops.rename, unlink: MEMFS.node_ops.unlink, rmdir: MEMFS.node_ops.rmdir, readdir: MEMFS.node_ops.readdir, symlink: MEMFS.node_ops.symlink }, stream: { llseek: MEMFS.stream_ops.llseek } }, file: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: { llseek: MEMFS.stream_ops.llseek, read: MEMFS.stream_ops.read, write: MEMFS.stream_ops.write, mmap: MEMFS.stream_ops.mmap, msync: MEMFS.stream_ops.msync } }, link: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, readlink: MEMFS.node_ops.readlink }, stream: {} }, chrdev: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: FS.chrdev_stream_ops } });
    var i7 = FS.createNode(e4, r11, t33, n3);
    return FS.isDir(i7.mode) ? (i7.node_ops = MEMFS.ops_table.dir.node, i7.stream_ops = MEMFS.ops_table.dir.stream, i7.contents = {}) : FS.isFile(i7.mode) ? (i7.node_ops = MEMFS.ops_table.file.node, i7.stream_ops = MEMFS.ops_table.file.stream, i7.usedBytes = 0, i7.contents = MEMFS.emptyFileContents ?? (MEMFS.emptyFileContents = new Uint8Array(0))) : FS.isLink(i7.mode) ? (i7.node_ops = MEMFS.ops_table.link.node, i7.stream_ops = MEMFS.ops_table.link.stream) : FS.isChrdev(i7.mode) && (i7.node_ops = MEMFS.ops_table.chrdev.node, i7.stream_ops = MEMFS.ops_table.chrdev.stream), i7.atime = i7.mtime = i7.ctime = Date.now(), e4 && (e4.contents[r11] = i7, e4.atime = e4.mtime = e4.ctime = i7.atime), i7;
  }, getFileDataAsTypedArray(e4) {
    return e4.contents.subarray(0, e4.usedBytes);
  }, expandFileStorage(e4, r11) {
    var t33 = e4.contents.length;
    if (!(t33 >= r11)) {
      r11 = Math.max(r11, t33 * (t33 < 1048576 ? 2 : 1.125) >>> 0), t33 && (r11 = Math.max(r11, 256));
      var n3 = MEMFS.getFileDataAsTypedArray(e4);
      e4.contents = new Uint8Array(r11), e4.contents.set(n3);
    }
  }, resizeFileStorage(e4, r11) {
    if (e4.usedBytes != r11) {
      var t33 = e4.contents;
      e4.contents = new Uint8Array(r11), e4.contents.set(t33.subarray(0, Math.min(r11, e4.usedBytes))), e4.usedBytes = r11;
    }
  }, node_ops: { getattr(e4) {
    var r11 = {};
    return r11.dev = FS.isChrdev(e4.mode) ? e4.id : 1, r11.ino = e4.id, r11.mode = e4.mode, r11.nlink = 1, r11.uid = 0, r11.gid = 0, r11.rdev = e4.rdev, FS.isDir(e4.mode) ? r11.size = 4096 : FS.isFile(e4.mode) ? r11.size = e4.usedBytes : FS.isLink(e4.mode) ? r11.size = e4.link.length : r11.size = 0, r11.atime = new Date(e4.atime), r11.mtime = new Date(e4.mtime), r11.ctime = new Date(e4.ctime), r11.blksize = 4096, r11.blocks = Math.ceil(r11.size / r11.blksize), r11;
  }, setattr(e4, r11) {
    for (let t33 of ["mode", "atime", "mtime", "ctime"]) r11[t33] != null && (e4[t33] = r11[t33]);
    r11.size !== void 0 && MEMFS.resizeFileStorage(e4, r11.size);
  }, lookup(e4, r11) {
    throw MEMFS.doesNotExistError || (MEMFS.doesNotExistError = new FS.ErrnoError(44), MEMFS.doesNotExistError.stack = "<generic error, no stack>"), MEMFS.doesNotExistError;
  }, mknod(e4, r11, t33, n3) {
    return MEMFS.createNode(e4, r11, t33, n3);
  }, rename(e4, r11, t33) {
    var n3;
    try {
      n3 = FS.lookupNode(r11, t33);
    } catch {
    }
    if (n3 && FS.isDir(e4.mode)) for (var i7 in n3.contents) throw new FS.ErrnoError(55);
    delete e4.parent.contents[e4.name], r11.contents[t33] = e4, e4.name = t33, r11.ctime = r11.mtime = e4.parent.ctime = e4.parent.mtime = Date.now();
  }, unlink(e4, r11) {
    delete e4.contents[r11], e4.ctime = e4.mtime = Date.now();
  }, rmdir(e4, r11) {
    var t33 = FS.lookupNode(e4, r11);
    for (var n3 in t33.contents) throw new FS.ErrnoError(55);
    delete e4.contents[r11], e4.ctime = e4.mtime = Date.now();
  }, readdir(e4) {
    return [".", "..", ...Object.keys(e4.contents)];
  }, symlink(e4, r11, t33) {
    var n3 = MEMFS.createNode(e4, r11, 41471, 0);
    return n3.link = t33, n3;
  }, readlink(e4) {
    if (!FS.isLink(e4.mode)) throw new FS.ErrnoError(28);
    return e4.link;
  } }, stream_ops: { read(e4, r11, t33, n3, i7) {
    var o9 = e4.node.contents;
    if (i7 >= e4.node.usedBytes) return 0;
    var a16 = Math.min(e4.node.usedBytes - i7, n3);
    return r11.set(o9.subarray(i7, i7 + a16), t33), a16;
  }, write(e4, r11, t33, n3, i7, o9) {
    if (r11.buffer === HEAP8.buffer && (o9 = false), !n3) return 0;
    var a16 = e4.node;
    return a16.mtime = a16.ctime = Date.now(), o9 ? (a16.contents = r11.subarray(t33, t33 + n3), a16.usedBytes = n3) : !a16.usedBytes && !i7 ? (a16.contents = r11.slice(t33, t33 + n3), a16.usedBytes = n3) : (MEMFS.expandFileStorage(a16, i7 + n3), a16.contents.set(r11.subarray(t33, t33 + n3), i7), a16.usedBytes = Math.max(a16.usedBytes, i7 + n3)), n3;
  }, llseek(e4, r11, t33) {
    var n3 = r11;
    if (t33 === 1 ? n3 += e4.position : t33 === 2 && FS.isFile(e4.node.mode) && (n3 += e4.node.usedBytes), n3 < 0) throw new FS.ErrnoError(28);
    return n3;
  }, mmap(e4, r11, t33, n3, i7) {
    if (!FS.isFile(e4.node.mode)) throw new FS.ErrnoError(43);
    var o9, a16, s4 = e4.node.contents;
    if (!(i7 & 2) && s4.buffer === HEAP8.buffer) a16 = false, o9 = s4.byteOffset;
    else {
      if (a16 = true, o9 = mmapAlloc(r11), !o9) throw new FS.ErrnoError(48);
      s4 && ((t33 > 0 || t33 + r11 < s4.length) && (s4.subarray ? s4 = s4.subarray(t33, t33 + r11) : s4 = Array.prototype.slice.call(s4, t33, t33 + r11)), HEAP8.set(s4, o9));
    }
    return { ptr: o9, allocated: a16 };
  }, msync(e4, r11, t33, n3, i7) {
    return MEMFS.stream_ops.write(e4, r11, 0, n3, t33, false), 0;
  } } }, FS_modeStringToFlags = (e4) => {
    if (typeof e4 != "string") return e4;
    var r11 = { r: 0, "r+": 2, w: 577, "w+": 578, a: 1089, "a+": 1090 }[e4];
    if (typeof r11 > "u") throw new Error(`Unknown file open mode: ${e4}`);
    return r11;
  }, FS_fileDataToTypedArray = (e4) => (typeof e4 == "string" && (e4 = intArrayFromString(e4, true)), e4.subarray || (e4 = new Uint8Array(e4)), e4), FS_getMode = (e4, r11) => {
    var t33 = 0;
    return e4 && (t33 |= 365), r11 && (t33 |= 146), t33;
  }, ERRNO_CODES = { EPERM: 63, ENOENT: 44, ESRCH: 71, EINTR: 27, EIO: 29, ENXIO: 60, E2BIG: 1, ENOEXEC: 45, EBADF: 8, ECHILD: 12, EAGAIN: 6, EWOULDBLOCK: 6, ENOMEM: 48, EACCES: 2, EFAULT: 21, ENOTBLK: 105, EBUSY: 10, EEXIST: 20, EXDEV: 75, ENODEV: 43, ENOTDIR: 54, EISDIR: 31, EINVAL: 28, ENFILE: 41, EMFILE: 33, ENOTTY: 59, ETXTBSY: 74, EFBIG: 22, ENOSPC: 51, ESPIPE: 70, EROFS: 69, EMLINK: 34, EPIPE: 64, EDOM: 18, ERANGE: 68, ENOMSG: 49, EIDRM: 24, ECHRNG: 106, EL2NSYNC: 156, EL3HLT: 107, EL3RST: 108, ELNRNG: 109, EUNATCH: 110, ENOCSI: 111, EL2HLT: 112, EDEADLK: 16, ENOLCK: 46, EBADE: 113, EBADR: 114, EXFULL: 115, ENOANO: 104, EBADRQC: 103, EBADSLT: 102, EDEADLOCK: 16, EBFONT: 101, ENOSTR: 100, ENODATA: 116, ETIME: 117, ENOSR: 118, ENONET: 119, ENOPKG: 120, EREMOTE: 121, ENOLINK: 47, EADV: 122, ESRMNT: 123, ECOMM: 124, EPROTO: 65, EMULTIHOP: 36, EDOTDOT: 125, EBADMSG: 9, ENOTUNIQ: 126, EBADFD: 127, EREMCHG: 128, ELIBACC: 129, ELIBBAD: 130, ELIBSCN: 131, ELIBMAX: 132, ELIBEXEC: 133, ENOSYS: 52, ENOTEMPTY: 55, ENAMETOOLONG: 37, ELOOP: 32, EOPNOTSUPP: 138, EPFNOSUPPORT: 139, ECONNRESET: 15, ENOBUFS: 42, EAFNOSUPPORT: 5, EPROTOTYPE: 67, ENOTSOCK: 57, ENOPROTOOPT: 50, ESHUTDOWN: 140, ECONNREFUSED: 14, EADDRINUSE: 3, ECONNABORTED: 13, ENETUNREACH: 40, ENETDOWN: 38, ETIMEDOUT: 73, EHOSTDOWN: 142, EHOSTUNREACH: 23, EINPROGRESS: 26, EALREADY: 7, EDESTADDRREQ: 17, EMSGSIZE: 35, EPROTONOSUPPORT: 66, ESOCKTNOSUPPORT: 137, EADDRNOTAVAIL: 4, ENETRESET: 39, EISCONN: 30, ENOTCONN: 53, ETOOMANYREFS: 141, EUSERS: 136, EDQUOT: 19, ESTALE: 72, ENOTSUP: 138, ENOMEDIUM: 148, EILSEQ: 25, EOVERFLOW: 61, ECANCELED: 11, ENOTRECOVERABLE: 56, EOWNERDEAD: 62, ESTRPIPE: 135 }, PROXYFS = { mount(e4) {
    return PROXYFS.createNode(null, "/", e4.opts.fs.lstat(e4.opts.root).mode, 0);
  }, createNode(e4, r11, t33, n3) {
    if (!FS.isDir(t33) && !FS.isFile(t33) && !FS.isLink(t33)) throw new FS.ErrnoError(ERRNO_CODES.EINVAL);
    var i7 = FS.createNode(e4, r11, t33);
    return i7.node_ops = PROXYFS.node_ops, i7.stream_ops = PROXYFS.stream_ops, i7;
  }, realPath(e4) {
    for (var r11 = []; e4.parent !== e4; ) r11.push(e4.name), e4 = e4.parent;
    return r11.push(e4.mount.opts.root), r11.reverse(), PATH.join(...r11);
  }, node_ops: { getattr(e4) {
    var r11 = PROXYFS.realPath(e4), t33;
    try {
      t33 = e4.mount.opts.fs.lstat(r11);
    } catch (n3) {
      throw n3.code ? new FS.ErrnoError(ERRNO_CODES[n3.code]) : n3;
    }
    return { dev: t33.dev, ino: t33.ino, mode: t33.mode, nlink: t33.nlink, uid: t33.uid, gid: t33.gid, rdev: t33.rdev, size: t33.size, atime: t33.atime, mtime: t33.mtime, ctime: t33.ctime, blksize: t33.blksize, blocks: t33.blocks };
  }, setattr(e4, r11) {
    var t33 = PROXYFS.realPath(e4);
    try {
      if (r11.mode !== void 0 && (e4.mount.opts.fs.chmod(t33, r11.mode), e4.mode = r11.mode), r11.atime || r11.mtime) {
        var n3 = new Date(r11.atime || r11.mtime), i7 = new Date(r11.mtime || r11.atime);
        e4.mount.opts.fs.utime(t33, n3, i7);
      }
      r11.size !== void 0 && e4.mount.opts.fs.truncate(t33, r11.size);
    } catch (o9) {
      throw o9.code ? new FS.ErrnoError(ERRNO_CODES[o9.code]) : o9;
    }
  }, lookup(e4, r11) {
    try {
      var t33 = PATH.join2(PROXYFS.realPath(e4), r11), n3 = e4.mount.opts.fs.lstat(t33).mode, i7 = PROXYFS.createNode(e4, r11, n3);
      return i7;
    } catch (o9) {
      throw o9.code ? new FS.ErrnoError(ERRNO_CODES[o9.code]) : o9;
    }
  }, mknod(e4, r11, t33, n3) {
    var i7 = PROXYFS.createNode(e4, r11, t33, n3), o9 = PROXYFS.realPath(i7);
    try {
      FS.isDir(i7.mode) ? i7.mount.opts.fs.mkdir(o9, i7.mode) : i7.mount.opts.fs.writeFile(o9, "", { mode: i7.mode });
    } catch (a16) {
      throw a16.code ? new FS.ErrnoError(ERRNO_CODES[a16.code]) : a16;
    }
    return i7;
  }, rename(e4, r11, t33) {
    var n3 = PROXYFS.realPath(e4), i7 = PATH.join2(PROXYFS.realPath(r11), t33);
    try {
      e4.mount.opts.fs.rename(n3, i7), e4.name = t33;
    } catch (o9) {
      throw o9.code ? new FS.ErrnoError(ERRNO_CODES[o9.code]) : o9;
    }
  }, unlink(e4, r11) {
    var t33 = PATH.join2(PROXYFS.realPath(e4), r11);
    try {
      e4.mount.opts.fs.unlink(t33);
    } catch (n3) {
      throw n3.code ? new FS.ErrnoError(ERRNO_CODES[n3.code]) : n3;
    }
  }, rmdir(e4, r11) {
    var t33 = PATH.join2(PROXYFS.realPath(e4), r11);
    try {
      e4.mount.opts.fs.rmdir(t33);
    } catch (n3) {
      throw n3.code ? new FS.ErrnoError(ERRNO_CODES[n3.code]) : n3;
    }
  }, readdir(e4) {
    var r11 = PROXYFS.realPath(e4);
    try {
      return e4.mount.opts.fs.readdir(r11);
    } catch (t33) {
      throw t33.code ? new FS.ErrnoError(ERRNO_CODES[t33.code]) : t33;
    }
  }, symlink(e4, r11, t33) {
    var n3 = PATH.join2(PROXYFS.realPath(e4), r11);
    try {
      e4.mount.opts.fs.symlink(t33, n3);
    } catch (i7) {
      throw i7.code ? new FS.ErrnoError(ERRNO_CODES[i7.code]) : i7;
    }
  }, readlink(e4) {
    var r11 = PROXYFS.realPath(e4);
    try {
      return e4.mount.opts.fs.readlink(r11);
    } catch (t33) {
      throw t33.code ? new FS.ErrnoError(ERRNO_CODES[t33.code]) : t33;
    }
  } }, stream_ops: { open(e4) {
    var r11 = PROXYFS.realPath(e4.node);
    try {
      e4.nfd = e4.node.mount.opts.fs.open(r11, e4.flags);
    } catch (t33) {
      throw t33.code ? new FS.ErrnoError(ERRNO_CODES[t33.code]) : t33;
    }
  }, close(e4) {
    try {
      e4.node.mount.opts.fs.close(e4.nfd);
    } catch (r11) {
      throw r11.code ? new FS.ErrnoError(ERRNO_CODES[r11.code]) : r11;
    }
  }, read(e4, r11, t33, n3, i7) {
    try {
      return e4.node.mount.opts.fs.read(e4.nfd, r11, t33, n3, i7);
    } catch (o9) {
      throw o9.code ? new FS.ErrnoError(ERRNO_CODES[o9.code]) : o9;
    }
  }, write(e4, r11, t33, n3, i7) {
    try {
      return e4.node.mount.opts.fs.write(e4.nfd, r11, t33, n3, i7);
    } catch (o9) {
      throw o9.code ? new FS.ErrnoError(ERRNO_CODES[o9.code]) : o9;
    }
  }, llseek(e4, r11, t33) {
    var n3 = r11;
    if (t33 === 1) n3 += e4.position;
    else if (t33 === 2 && FS.isFile(e4.node.mode)) try {
      var i7 = e4.node.node_ops.getattr(e4.node);
      n3 += i7.size;
    } catch (o9) {
      throw new FS.ErrnoError(ERRNO_CODES[o9.code]);
    }
    if (n3 < 0) throw new FS.ErrnoError(ERRNO_CODES.EINVAL);
    return n3;
  } } }, FS_createDataFile = (...e4) => FS.createDataFile(...e4), getUniqueRunDependency = (e4) => e4, dependenciesPromise = null, resolveRunDependencies = async () => dependenciesPromise, runDependencies = 0, dependenciesPromiseResolve = null, removeRunDependency = () => {
    runDependencies--, Module.monitorRunDependencies?.(runDependencies), runDependencies || dependenciesPromiseResolve();
  }, addRunDependency = () => {
    runDependencies || (dependenciesPromise = new Promise((e4) => dependenciesPromiseResolve = e4)), runDependencies++, Module.monitorRunDependencies?.(runDependencies);
  }, FS_handledByPreloadPlugin = async (e4, r11) => {
    typeof Browser < "u" && Browser.init();
    for (var t33 of preloadPlugins) if (t33.canHandle(r11)) return t33.handle(e4, r11);
    return e4;
  }, FS_preloadFile = async (e4, r11, t33, n3, i7, o9, a16, s4) => {
    var l2 = r11 ? PATH_FS.resolve(PATH.join2(e4, r11)) : e4, u3 = getUniqueRunDependency(`cp ${l2}`);
    addRunDependency(u3);
    try {
      var c6 = t33;
      typeof t33 == "string" && (c6 = await asyncLoad(t33)), c6 = await FS_handledByPreloadPlugin(c6, l2), s4?.(), o9 || FS_createDataFile(e4, r11, c6, n3, i7, a16);
    } finally {
      removeRunDependency(u3);
    }
  }, FS_createPreloadedFile = (e4, r11, t33, n3, i7, o9, a16, s4, l2, u3) => {
    FS_preloadFile(e4, r11, t33, n3, i7, s4, l2, u3).then(o9).catch(a16);
  }, FS = { root: null, mounts: [], devices: {}, streams: [], nextInode: 1, nameTable: [], currentPath: "/", initialized: false, ignorePermissions: true, syncFSRequests: 0, ErrnoError: class {
    constructor(e4) {
      P(this, "name", "ErrnoError");
      this.errno = e4;
    }
  }, FSStream: class {
    constructor() {
      P(this, "shared", {});
    }
    get object() {
      return this.node;
    }
    set object(e4) {
      this.node = e4;
    }
    get isRead() {
      return (this.flags & 2097155) !== 1;
    }
    get isWrite() {
      return (this.flags & 2097155) !== 0;
    }
    get isAppend() {
      return this.flags & 1024;
    }
    get flags() {
      return this.shared.flags;
    }
    set flags(e4) {
      this.shared.flags = e4;
    }
    get position() {
      return this.shared.position;
    }
    set position(e4) {
      this.shared.position = e4;
    }
  }, FSNode: class {
    constructor(e4, r11, t33, n3) {
      P(this, "node_ops", {});
      P(this, "stream_ops", {});
      P(this, "readMode", 365);
      P(this, "writeMode", 146);
      P(this, "mounted", null);
      e4 || (e4 = this), this.parent = e4, this.mount = e4.mount, this.id = FS.nextInode++, this.name = r11, this.mode = t33, this.rdev = n3, this.atime = this.mtime = this.ctime = Date.now();
    }
    get read() {
      return (this.mode & this.readMode) === this.readMode;
    }
    set read(e4) {
      e4 ? this.mode |= this.readMode : this.mode &= ~this.readMode;
    }
    get write() {
      return (this.mode & this.writeMode) === this.writeMode;
    }
    set write(e4) {
      e4 ? this.mode |= this.writeMode : this.mode &= ~this.writeMode;
    }
    get isFolder() {
      return FS.isDir(this.mode);
    }
    get isDevice() {
      return FS.isChrdev(this.mode);
    }
    addListener(e4, r11 = false) {
      var t33 = { cb: e4, exclusive: r11 }, n3 = this.listeners ?? (this.listeners = /* @__PURE__ */ new Set());
      return n3.add(t33), { listeners: n3, entry: t33 };
    }
    notifyListeners(e4) {
      if (this.listeners) {
        var r11;
        for (var t33 of this.listeners) t33.exclusive ? (r11 || (r11 = [])).push(t33) : t33.cb(e4);
        if (r11) {
          var n3 = (this.exclTurn || 0) % r11.length;
          this.exclTurn = n3 + 1, r11[n3].cb(e4);
        }
      }
    }
  }, lookupPath(e4, r11 = {}) {
    if (!e4) throw new FS.ErrnoError(44);
    r11.follow_mount ?? (r11.follow_mount = true), PATH.isAbs(e4) || (e4 = FS.cwd() + "/" + e4);
    e: for (var t33 = 0; t33 < 40; t33++) {
      for (var n3 = e4.split("/").filter((u3) => !!u3), i7 = FS.root, o9 = "/", a16 = 0; a16 < n3.length; a16++) {
        var s4 = a16 === n3.length - 1;
        if (s4 && r11.parent) break;
        if (n3[a16] !== ".") {
          if (n3[a16] === "..") {
            if (o9 = PATH.dirname(o9), FS.isRoot(i7)) {
              e4 = o9 + "/" + n3.slice(a16 + 1).join("/"), t33--;
              continue e;
            } else i7 = i7.parent;
            continue;
          }
          o9 = PATH.join2(o9, n3[a16]);
          try {
            i7 = FS.lookupNode(i7, n3[a16]);
          } catch (u3) {
            if (u3?.errno === 44 && s4 && r11.noent_okay) return { path: o9 };
            throw u3;
          }
          if (FS.isMountpoint(i7) && (!s4 || r11.follow_mount) && (i7 = i7.mounted.root), FS.isLink(i7.mode) && (!s4 || r11.follow)) {
            if (!i7.node_ops.readlink) throw new FS.ErrnoError(52);
            var l2 = i7.node_ops.readlink(i7);
            PATH.isAbs(l2) || (l2 = PATH.dirname(o9) + "/" + l2), e4 = l2 + "/" + n3.slice(a16 + 1).join("/");
            continue e;
          }
        }
      }
      return { path: o9, node: i7 };
    }
    throw new FS.ErrnoError(32);
  }, getPath(e4) {
    for (var r11; ; ) {
      if (FS.isRoot(e4)) {
        var t33 = e4.mount.mountpoint;
        return r11 ? t33[t33.length - 1] !== "/" ? `${t33}/${r11}` : t33 + r11 : t33;
      }
      r11 = r11 ? `${e4.name}/${r11}` : e4.name, e4 = e4.parent;
    }
  }, hashName(e4, r11) {
    for (var t33 = 0, n3 = 0; n3 < r11.length; n3++) t33 = (t33 << 5) - t33 + r11.charCodeAt(n3) | 0;
    return (e4 + t33 >>> 0) % FS.nameTable.length;
  }, hashAddNode(e4) {
    var r11 = FS.hashName(e4.parent.id, e4.name);
    e4.name_next = FS.nameTable[r11], FS.nameTable[r11] = e4;
  }, hashRemoveNode(e4) {
    var r11 = FS.hashName(e4.parent.id, e4.name);
    if (FS.nameTable[r11] === e4) FS.nameTable[r11] = e4.name_next;
    else for (var t33 = FS.nameTable[r11]; t33; ) {
      if (t33.name_next === e4) {
        t33.name_next = e4.name_next;
        break;
      }
      t33 = t33.name_next;
    }
  }, lookupNode(e4, r11) {
    var t33 = FS.mayLookup(e4);
    if (t33) throw new FS.ErrnoError(t33);
    for (var n3 = FS.hashName(e4.id, r11), i7 = FS.nameTable[n3]; i7; i7 = i7.name_next) {
      var o9 = i7.name;
      if (i7.parent.id === e4.id && o9 === r11) return i7;
    }
    return FS.lookup(e4, r11);
  }, createNode(e4, r11, t33, n3) {
    var i7 = new FS.FSNode(e4, r11, t33, n3);
    return FS.hashAddNode(i7), i7;
  }, destroyNode(e4) {
    FS.hashRemoveNode(e4);
  }, isRoot(e4) {
    return e4 === e4.parent;
  }, isMountpoint(e4) {
    return !!e4.mounted;
  }, isFile(e4) {
    return (e4 & 61440) === 32768;
  }, isDir(e4) {
    return (e4 & 61440) === 16384;
  }, isLink(e4) {
    return (e4 & 61440) === 40960;
  }, isChrdev(e4) {
    return (e4 & 61440) === 8192;
  }, isBlkdev(e4) {
    return (e4 & 61440) === 24576;
  }, isFIFO(e4) {
    return (e4 & 61440) === 4096;
  }, isSocket(e4) {
    return (e4 & 49152) === 49152;
  }, flagsToPermissionString(e4) {
    var r11 = ["r", "w", "rw"][e4 & 3];
    return e4 & 512 && (r11 += "w"), r11;
  }, nodePermissions(e4, r11) {
    return FS.ignorePermissions ? 0 : r11.includes("r") && !(e4.mode & 292) || r11.includes("w") && !(e4.mode & 146) || r11.includes("x") && !(e4.mode & 73) ? 2 : 0;
  }, mayLookup(e4) {
    if (!FS.isDir(e4.mode)) return 54;
    var r11 = FS.nodePermissions(e4, "x");
    return r11 || (e4.node_ops.lookup ? 0 : 2);
  }, mayCreate(e4, r11) {
    if (!FS.isDir(e4.mode)) return 54;
    try {
      return FS.lookupNode(e4, r11), 20;
    } catch {
    }
    return FS.nodePermissions(e4, "wx");
  }, mayDelete(e4, r11, t33) {
    var n3;
    try {
      n3 = FS.lookupNode(e4, r11);
    } catch (o9) {
      return o9.errno;
    }
    var i7 = FS.nodePermissions(e4, "wx");
    if (i7) return i7;
    if (t33) {
      if (!FS.isDir(n3.mode)) return 54;
      if (FS.isRoot(n3) || FS.getPath(n3) === FS.cwd()) return 10;
    } else if (FS.isDir(n3.mode)) return 31;
    return 0;
  }, mayOpen(e4, r11) {
    if (!e4) return 44;
    if (FS.isLink(e4.mode)) return 32;
    var t33 = FS.flagsToPermissionString(r11);
    return FS.isDir(e4.mode) && (t33 !== "r" || r11 & 576) ? 31 : FS.nodePermissions(e4, t33);
  }, checkOpExists(e4, r11) {
    if (!e4) throw new FS.ErrnoError(r11);
    return e4;
  }, MAX_OPEN_FDS: 4096, nextfd() {
    for (var e4 = 0; e4 <= FS.MAX_OPEN_FDS; e4++) if (!FS.streams[e4]) return e4;
    throw new FS.ErrnoError(33);
  }, getStreamChecked(e4) {
    var r11 = FS.getStream(e4);
    if (!r11) throw new FS.ErrnoError(8);
    return r11;
  }, getStream: (e4) => FS.streams[e4], createStream(e4, r11 = -1) {
    return e4 = Object.assign(new FS.FSStream(), e4), r11 == -1 && (r11 = FS.nextfd()), e4.fd = r11, FS.streams[r11] = e4, e4;
  }, closeStream(e4) {
    FS.streams[e4] = null;
  }, dupStream(e4, r11 = -1) {
    var t33 = FS.createStream(e4, r11);
    return t33.stream_ops?.dup?.(t33), t33;
  }, doSetAttr(e4, r11, t33) {
    var n3 = e4?.stream_ops.setattr, i7 = n3 ? e4 : r11;
    n3 ?? (n3 = r11.node_ops.setattr), FS.checkOpExists(n3, 63);
    try {
      n3(i7, t33);
    } catch (o9) {
      throw o9 instanceof RangeError ? new FS.ErrnoError(22) : o9;
    }
  }, chrdev_stream_ops: { open(e4) {
    var r11 = FS.getDevice(e4.node.rdev);
    e4.stream_ops = r11.stream_ops, e4.stream_ops.open?.(e4);
  }, llseek() {
    throw new FS.ErrnoError(70);
  } }, major: (e4) => e4 >> 8, minor: (e4) => e4 & 255, makedev: (e4, r11) => e4 << 8 | r11, registerDevice(e4, r11) {
    FS.devices[e4] = { stream_ops: r11 };
  }, getDevice: (e4) => FS.devices[e4], getMounts(e4) {
    for (var r11 = [], t33 = [e4]; t33.length; ) {
      var n3 = t33.pop();
      r11.push(n3), t33.push(...n3.mounts);
    }
    return r11;
  }, syncfs(e4, r11) {
    typeof e4 == "function" && (r11 = e4, e4 = false), FS.syncFSRequests++, FS.syncFSRequests > 1 && err(`warning: ${FS.syncFSRequests} FS.syncfs operations in flight at once, probably just doing extra work`);
    var t33 = FS.getMounts(FS.root.mount), n3 = 0;
    function i7(s4) {
      return FS.syncFSRequests--, r11(s4);
    }
    function o9(s4) {
      if (s4) return o9.errored ? void 0 : (o9.errored = true, i7(s4));
      ++n3 >= t33.length && i7(null);
    }
    for (var a16 of t33) a16.type.syncfs ? a16.type.syncfs(a16, e4, o9) : o9(null);
  }, mount(e4, r11, t33) {
    var n3 = t33 === "/", i7 = !t33, o9;
    if (n3 && FS.root) throw new FS.ErrnoError(10);
    if (!n3 && !i7) {
      var a16 = FS.lookupPath(t33, { follow_mount: false });
      if (t33 = a16.path, o9 = a16.node, FS.isMountpoint(o9)) throw new FS.ErrnoError(10);
      if (!FS.isDir(o9.mode)) throw new FS.ErrnoError(54);
    }
    var s4 = { type: e4, opts: r11, mountpoint: t33, mounts: [] }, l2 = e4.mount(s4);
    return l2.mount = s4, s4.root = l2, n3 ? FS.root = l2 : o9 && (o9.mounted = s4, o9.mount && o9.mount.mounts.push(s4)), l2;
  }, unmount(e4) {
    var r11 = FS.lookupPath(e4, { follow_mount: false });
    if (!FS.isMountpoint(r11.node)) throw new FS.ErrnoError(28);
    var t33 = r11.node, n3 = t33.mounted, i7 = FS.getMounts(n3);
    for (var [o9, a16] of Object.entries(FS.nameTable)) for (; a16; ) {
      var s4 = a16.name_next;
      i7.includes(a16.mount) && FS.destroyNode(a16), a16 = s4;
    }
    t33.mounted = null;
    var l2 = t33.mount.mounts.indexOf(n3);
    t33.mount.mounts.splice(l2, 1);
  }, lookup(e4, r11) {
    return e4.node_ops.lookup(e4, r11);
  }, mknod(e4, r11, t33) {
    var n3 = FS.lookupPath(e4, { parent: true }), i7 = n3.node, o9 = PATH.basename(e4);
    if (!o9) throw new FS.ErrnoError(28);
    if (o9 === "." || o9 === "..") throw new FS.ErrnoError(20);
    var a16 = FS.mayCreate(i7, o9);
    if (a16) throw new FS.ErrnoError(a16);
    if (!i7.node_ops.mknod) throw new FS.ErrnoError(63);
    return i7.node_ops.mknod(i7, o9, r11, t33);
  }, statfs(e4) {
    return FS.statfsNode(FS.lookupPath(e4, { follow: true }).node);
  }, statfsStream(e4) {
    return FS.statfsNode(e4.node);
  }, statfsNode(e4) {
    var r11 = { bsize: 4096, frsize: 4096, blocks: 1e6, bfree: 5e5, bavail: 5e5, files: FS.nextInode, ffree: FS.nextInode - 1, fsid: 42, flags: 2, namelen: 255 };
    return e4.node_ops.statfs && Object.assign(r11, e4.node_ops.statfs(e4.mount.opts.root)), r11;
  }, create(e4, r11 = 438) {
    return r11 &= 4095, r11 |= 32768, FS.mknod(e4, r11, 0);
  }, mkdir(e4, r11 = 511) {
    return r11 &= 1023, r11 |= 16384, FS.mknod(e4, r11, 0);
  }, mkdirTree(e4, r11 = 511) {
    var t33 = e4.split("/"), n3 = "";
    for (var i7 of t33) if (i7) {
      (n3 || PATH.isAbs(e4)) && (n3 += "/"), n3 += i7;
      try {
        FS.mkdir(n3, r11);
      } catch (o9) {
        if (o9.errno != 20) throw o9;
      }
    }
  }, mkdev(e4, r11, t33) {
    return typeof t33 > "u" && (t33 = r11, r11 = 438), r11 |= 8192, FS.mknod(e4, r11, t33);
  }, symlink(e4, r11) {
    if (!PATH_FS.resolve(e4)) throw new FS.ErrnoError(44);
    var t33 = FS.lookupPath(r11, { parent: true }), n3 = t33.node;
    if (!n3) throw new FS.ErrnoError(44);
    var i7 = PATH.basename(r11), o9 = FS.mayCreate(n3, i7);
    if (o9) throw new FS.ErrnoError(o9);
    if (!n3.node_ops.symlink) throw new FS.ErrnoError(63);
    return n3.node_ops.symlink(n3, i7, e4);
  }, link(e4, r11, t33) {
    var n3 = FS.lookupPath(r11, { parent: true }), i7 = n3.node;
    if (!i7) throw new FS.ErrnoError(44);
    var o9 = PATH.basename(r11), a16 = FS.mayCreate(i7, o9);
    if (a16) throw new FS.ErrnoError(a16);
    if (!i7.node_ops.link) throw new FS.ErrnoError(34);
    return i7.node_ops.link(i7, o9, e4, t33);
  }, rename(e4, r11) {
    var t33 = PATH.dirname(e4), n3 = PATH.dirname(r11), i7 = PATH.basename(e4), o9 = PATH.basename(r11), a16, s4, l2;
    if (a16 = FS.lookupPath(e4, { parent: true }), s4 = a16.node, a16 = FS.lookupPath(r11, { parent: true }), l2 = a16.node, !s4 || !l2) throw new FS.ErrnoError(44);
    if (s4.mount !== l2.mount) throw new FS.ErrnoError(75);
    var u3 = FS.lookupNode(s4, i7), c6 = PATH_FS.relative(e4, n3);
    if (c6.charAt(0) !== ".") throw new FS.ErrnoError(28);
    if (c6 = PATH_FS.relative(r11, t33), c6.charAt(0) !== ".") throw new FS.ErrnoError(55);
    var _3;
    try {
      _3 = FS.lookupNode(l2, o9);
    } catch {
    }
    if (u3 !== _3) {
      var m7 = FS.isDir(u3.mode), f5 = FS.mayDelete(s4, i7, m7);
      if (f5) throw new FS.ErrnoError(f5);
      if (f5 = _3 ? FS.mayDelete(l2, o9, m7) : FS.mayCreate(l2, o9), f5) throw new FS.ErrnoError(f5);
      if (!s4.node_ops.rename) throw new FS.ErrnoError(63);
      if (FS.isMountpoint(u3) || _3 && FS.isMountpoint(_3)) throw new FS.ErrnoError(10);
      if (l2 !== s4 && (f5 = FS.nodePermissions(s4, "w"), f5)) throw new FS.ErrnoError(f5);
      FS.hashRemoveNode(u3);
      try {
        s4.node_ops.rename(u3, l2, o9), _3 && FS.hashRemoveNode(_3), u3.parent = l2;
      } catch (p7) {
        throw p7;
      } finally {
        FS.hashAddNode(u3);
      }
    }
  }, rmdir(e4) {
    var r11 = FS.lookupPath(e4, { parent: true }), t33 = r11.node, n3 = PATH.basename(e4), i7 = FS.lookupNode(t33, n3), o9 = FS.mayDelete(t33, n3, true);
    if (o9) throw new FS.ErrnoError(o9);
    if (!t33.node_ops.rmdir) throw new FS.ErrnoError(63);
    if (FS.isMountpoint(i7)) throw new FS.ErrnoError(10);
    t33.node_ops.rmdir(t33, n3), FS.destroyNode(i7);
  }, readdir(e4) {
    var r11 = FS.lookupPath(e4, { follow: true }), t33 = r11.node, n3 = FS.checkOpExists(t33.node_ops.readdir, 54);
    return n3(t33);
  }, unlink(e4) {
    var r11 = FS.lookupPath(e4, { parent: true }), t33 = r11.node;
    if (!t33) throw new FS.ErrnoError(44);
    var n3 = PATH.basename(e4), i7 = FS.lookupNode(t33, n3), o9 = FS.mayDelete(t33, n3, false);
    if (o9) throw new FS.ErrnoError(o9);
    if (!t33.node_ops.unlink) throw new FS.ErrnoError(63);
    if (FS.isMountpoint(i7)) throw new FS.ErrnoError(10);
    t33.node_ops.unlink(t33, n3), FS.destroyNode(i7);
  }, readlink(e4) {
    var r11 = FS.lookupPath(e4), t33 = r11.node;
    if (!t33) throw new FS.ErrnoError(44);
    if (!t33.node_ops.readlink) throw new FS.ErrnoError(28);
    return t33.node_ops.readlink(t33);
  }, stat(e4, r11 = false) {
    var t33 = FS.lookupPath(e4, { follow: !r11 }), n3 = t33.node, i7 = FS.checkOpExists(n3.node_ops.getattr, 63);
    return i7(n3);
  }, fstat(e4) {
    var r11 = FS.getStreamChecked(e4), t33 = r11.node, n3 = r11.stream_ops.getattr, i7 = n3 ? r11 : t33;
    return n3 ?? (n3 = t33.node_ops.getattr), FS.checkOpExists(n3, 63), n3(i7);
  }, lstat(e4) {
    return FS.stat(e4, true);
  }, doChmod(e4, r11, t33, n3 = false) {
    FS.doSetAttr(e4, r11, { mode: t33 & 4095 | r11.mode & -4096, ctime: Date.now(), dontFollow: n3 });
  }, chmod(e4, r11, t33 = false) {
    var n3;
    if (typeof e4 == "string") {
      var i7 = FS.lookupPath(e4, { follow: !t33 });
      n3 = i7.node;
    } else n3 = e4;
    FS.doChmod(null, n3, r11, t33);
  }, lchmod(e4, r11) {
    FS.chmod(e4, r11, true);
  }, fchmod(e4, r11) {
    var t33 = FS.getStreamChecked(e4);
    FS.doChmod(t33, t33.node, r11, false);
  }, doChown(e4, r11, t33 = false) {
    FS.doSetAttr(e4, r11, { timestamp: Date.now(), dontFollow: t33 });
  }, chown(e4, r11, t33, n3 = false) {
    var i7;
    if (typeof e4 == "string") {
      var o9 = FS.lookupPath(e4, { follow: !n3 });
      i7 = o9.node;
    } else i7 = e4;
    FS.doChown(null, i7, n3);
  }, lchown(e4, r11, t33) {
    FS.chown(e4, r11, t33, true);
  }, fchown(e4, r11, t33) {
    var n3 = FS.getStreamChecked(e4);
    FS.doChown(n3, n3.node, false);
  }, doTruncate(e4, r11, t33) {
    if (FS.isDir(r11.mode)) throw new FS.ErrnoError(31);
    if (!FS.isFile(r11.mode)) throw new FS.ErrnoError(28);
    var n3 = FS.nodePermissions(r11, "w");
    if (n3) throw new FS.ErrnoError(n3);
    FS.doSetAttr(e4, r11, { size: t33, timestamp: Date.now() });
  }, truncate(e4, r11) {
    if (r11 < 0) throw new FS.ErrnoError(28);
    var t33;
    if (typeof e4 == "string") {
      var n3 = FS.lookupPath(e4, { follow: true });
      t33 = n3.node;
    } else t33 = e4;
    FS.doTruncate(null, t33, r11);
  }, ftruncate(e4, r11) {
    var t33 = FS.getStreamChecked(e4);
    if (r11 < 0 || (t33.flags & 2097155) === 0) throw new FS.ErrnoError(28);
    FS.doTruncate(t33, t33.node, r11);
  }, utime(e4, r11, t33, n3 = false) {
    var i7 = FS.lookupPath(e4, { follow: !n3 });
    FS.doSetAttr(null, i7.node, { atime: r11, mtime: t33, dontFollow: n3 });
  }, open(e4, r11, t33 = 438) {
    if (e4 === "") throw new FS.ErrnoError(44);
    r11 = FS_modeStringToFlags(r11), r11 & 64 ? t33 = t33 & 4095 | 32768 : t33 = 0;
    var n3, i7;
    if (typeof e4 == "object") n3 = e4;
    else {
      i7 = e4.endsWith("/");
      var o9 = FS.lookupPath(e4, { follow: !(r11 & 131072), noent_okay: true });
      n3 = o9.node, e4 = o9.path;
    }
    var a16 = false;
    if (r11 & 64) if (n3) {
      if (r11 & 128) throw new FS.ErrnoError(20);
    } else {
      if (i7) throw new FS.ErrnoError(31);
      n3 = FS.mknod(e4, t33 | 511, 0), a16 = true;
    }
    if (!n3) throw new FS.ErrnoError(44);
    if (FS.isChrdev(n3.mode) && (r11 &= -513), r11 & 65536 && !FS.isDir(n3.mode)) throw new FS.ErrnoError(54);
    if (!a16) {
      var s4 = FS.mayOpen(n3, r11);
      if (s4) throw new FS.ErrnoError(s4);
    }
    r11 & 512 && !a16 && FS.truncate(n3, 0), r11 &= -131713;
    var l2 = FS.createStream({ node: n3, path: FS.getPath(n3), flags: r11, seekable: true, position: 0, stream_ops: n3.stream_ops, ungotten: [], error: false });
    return l2.stream_ops.open && l2.stream_ops.open(l2), a16 && FS.chmod(n3, t33 & 511), l2;
  }, close(e4) {
    if (FS.isClosed(e4)) throw new FS.ErrnoError(8);
    e4.getdents && (e4.getdents = null), e4.node?.notifyListeners(32);
    try {
      e4.stream_ops.close && e4.stream_ops.close(e4);
    } catch (r11) {
      throw r11;
    } finally {
      FS.closeStream(e4.fd);
    }
    e4.fd = null;
  }, isClosed(e4) {
    return e4.fd === null;
  }, llseek(e4, r11, t33) {
    if (FS.isClosed(e4)) throw new FS.ErrnoError(8);
    if (!e4.seekable || !e4.stream_ops.llseek) throw new FS.ErrnoError(70);
    if (t33 != 0 && t33 != 1 && t33 != 2) throw new FS.ErrnoError(28);
    return e4.position = e4.stream_ops.llseek(e4, r11, t33), e4.ungotten = [], e4.position;
  }, read(e4, r11, t33, n3, i7) {
    if (n3 < 0 || i7 < 0) throw new FS.ErrnoError(28);
    if (FS.isClosed(e4)) throw new FS.ErrnoError(8);
    if ((e4.flags & 2097155) === 1) throw new FS.ErrnoError(8);
    if (FS.isDir(e4.node.mode)) throw new FS.ErrnoError(31);
    if (!e4.stream_ops.read) throw new FS.ErrnoError(28);
    var o9 = typeof i7 < "u";
    if (!o9) i7 = e4.position;
    else if (!e4.seekable) throw new FS.ErrnoError(70);
    var a16 = e4.stream_ops.read(e4, r11, t33, n3, i7);
    return o9 || (e4.position += a16), a16;
  }, write(e4, r11, t33, n3, i7, o9) {
    if (n3 < 0 || i7 < 0) throw new FS.ErrnoError(28);
    if (FS.isClosed(e4)) throw new FS.ErrnoError(8);
    if ((e4.flags & 2097155) === 0) throw new FS.ErrnoError(8);
    if (FS.isDir(e4.node.mode)) throw new FS.ErrnoError(31);
    if (!e4.stream_ops.write) throw new FS.ErrnoError(28);
    e4.seekable && e4.flags & 1024 && FS.llseek(e4, 0, 2);
    var a16 = typeof i7 < "u";
    if (!a16) i7 = e4.position;
    else if (!e4.seekable) throw new FS.ErrnoError(70);
    var s4 = e4.stream_ops.write(e4, r11, t33, n3, i7, o9);
    return a16 || (e4.position += s4), s4;
  }, mmap(e4, r11, t33, n3, i7) {
    if (n3 & 2 && !(i7 & 2) && (e4.flags & 2097155) !== 2) throw new FS.ErrnoError(2);
    if ((e4.flags & 2097155) === 1) throw new FS.ErrnoError(2);
    if (!e4.stream_ops.mmap) throw new FS.ErrnoError(43);
    if (!r11) throw new FS.ErrnoError(28);
    return e4.stream_ops.mmap(e4, r11, t33, n3, i7);
  }, msync(e4, r11, t33, n3, i7) {
    return e4.stream_ops.msync ? e4.stream_ops.msync(e4, r11, t33, n3, i7) : 0;
  }, ioctl(e4, r11, t33) {
    if (!e4.stream_ops.ioctl) throw new FS.ErrnoError(59);
    return e4.stream_ops.ioctl(e4, r11, t33);
  }, readFile(e4, r11 = {}) {
    r11.flags ?? (r11.flags = 0), r11.encoding ?? (r11.encoding = "binary"), r11.encoding !== "utf8" && r11.encoding !== "binary" && abort(`Invalid encoding type "${r11.encoding}"`);
    var t33 = FS.open(e4, r11.flags), n3 = FS.stat(e4), i7 = n3.size, o9 = new Uint8Array(i7);
    return FS.read(t33, o9, 0, i7, 0), r11.encoding === "utf8" && (o9 = UTF8ArrayToString(o9)), FS.close(t33), o9;
  }, writeFile(e4, r11, t33 = {}) {
    t33.flags ?? (t33.flags = 577);
    var n3 = FS.open(e4, t33.flags, t33.mode);
    r11 = FS_fileDataToTypedArray(r11), FS.write(n3, r11, 0, r11.byteLength, void 0, t33.canOwn), FS.close(n3);
  }, cwd: () => FS.currentPath, chdir(e4) {
    var r11 = FS.lookupPath(e4, { follow: true });
    if (r11.node === null) throw new FS.ErrnoError(44);
    if (!FS.isDir(r11.node.mode)) throw new FS.ErrnoError(54);
    var t33 = FS.nodePermissions(r11.node, "x");
    if (t33) throw new FS.ErrnoError(t33);
    FS.currentPath = r11.path;
  }, createDefaultDirectories() {
    FS.mkdir("/tmp"), FS.mkdir("/home"), FS.mkdir("/home/web_user");
  }, createDefaultDevices() {
    FS.mkdir("/dev"), FS.registerDevice(FS.makedev(1, 3), { read: () => 0, write: (n3, i7, o9, a16) => a16, llseek: () => 0 }), FS.mkdev("/dev/null", FS.makedev(1, 3)), TTY.register(FS.makedev(5, 0), TTY.default_tty_ops), TTY.register(FS.makedev(6, 0), TTY.default_tty1_ops), FS.mkdev("/dev/tty", FS.makedev(5, 0)), FS.mkdev("/dev/tty1", FS.makedev(6, 0));
    var e4 = new Uint8Array(1024), r11 = 0, t33 = () => (r11 || (randomFill(e4), r11 = e4.byteLength), e4[--r11]);
    FS.createDevice("/dev", "random", t33), FS.createDevice("/dev", "urandom", t33), FS.mkdir("/dev/shm"), FS.mkdir("/dev/shm/tmp");
  }, createSpecialDirectories() {
    FS.mkdir("/proc");
    var e4 = FS.mkdir("/proc/self");
    FS.mkdir("/proc/self/fd"), FS.mount({ mount() {
      var r11 = FS.createNode(e4, "fd", 16895, 73);
      return r11.stream_ops = { llseek: MEMFS.stream_ops.llseek }, r11.node_ops = { lookup(t33, n3) {
        var i7 = +n3, o9 = FS.getStreamChecked(i7), a16 = { parent: null, mount: { mountpoint: "fake" }, node_ops: { readlink: () => o9.path }, id: i7 + 1 };
        return a16.parent = a16, a16;
      }, readdir() {
        return Array.from(FS.streams.entries()).filter(([t33, n3]) => n3).map(([t33, n3]) => t33.toString());
      } }, r11;
    } }, {}, "/proc/self/fd");
  }, createStandardStreams(e4, r11, t33) {
    e4 ? FS.createDevice("/dev", "stdin", e4) : FS.symlink("/dev/tty", "/dev/stdin"), r11 ? FS.createDevice("/dev", "stdout", null, r11) : FS.symlink("/dev/tty", "/dev/stdout"), t33 ? FS.createDevice("/dev", "stderr", null, t33) : FS.symlink("/dev/tty1", "/dev/stderr"), FS.open("/dev/stdin", 0), FS.open("/dev/stdout", 1), FS.open("/dev/stderr", 1);
  }, staticInit() {
    FS.nameTable.length = 4096, FS.mount(MEMFS, {}, "/"), FS.createDefaultDirectories(), FS.createDefaultDevices(), FS.createSpecialDirectories();
  }, init(e4, r11, t33) {
    FS.initialized = true, e4 ?? (e4 = Module.stdin), r11 ?? (r11 = Module.stdout), t33 ?? (t33 = Module.stderr), FS.createStandardStreams(e4, r11, t33);
  }, quit() {
    FS.initialized = false, _fflush(0);
    for (var e4 of FS.streams) e4 && FS.close(e4);
  }, analyzePath(e4, r11 = false) {
    try {
      var t33 = FS.lookupPath(e4, { follow: !r11 });
      e4 = t33.path;
    } catch {
    }
    var n3 = { isRoot: false, exists: false, error: 0, name: null, path: null, object: null, parentExists: false, parentPath: null, parentObject: null };
    try {
      t33 = FS.lookupPath(e4, { parent: true }), n3.parentExists = true, n3.parentPath = t33.path, n3.parentObject = t33.node, n3.name = PATH.basename(e4), t33 = FS.lookupPath(e4, { follow: !r11 }), n3.exists = true, n3.path = t33.path, n3.object = t33.node, n3.name = t33.node.name, n3.isRoot = t33.path === "/";
    } catch (i7) {
      n3.error = i7.errno;
    }
    return n3;
  }, createPath(e4, r11, t33, n3) {
    e4 = typeof e4 == "string" ? e4 : FS.getPath(e4);
    for (var i7 = r11.split("/").reverse(); i7.length; ) {
      var o9 = i7.pop();
      if (o9) {
        var a16 = PATH.join2(e4, o9);
        try {
          FS.mkdir(a16);
        } catch (s4) {
          if (s4.errno != 20) throw s4;
        }
        e4 = a16;
      }
    }
    return a16;
  }, createFile(e4, r11, t33, n3, i7) {
    var o9 = PATH.join2(typeof e4 == "string" ? e4 : FS.getPath(e4), r11), a16 = FS_getMode(n3, i7);
    return FS.create(o9, a16);
  }, createDataFile(e4, r11, t33, n3, i7, o9) {
    var a16 = r11;
    e4 && (e4 = typeof e4 == "string" ? e4 : FS.getPath(e4), a16 = r11 ? PATH.join2(e4, r11) : e4);
    var s4 = FS_getMode(n3, i7), l2 = FS.create(a16, s4);
    if (t33) {
      t33 = FS_fileDataToTypedArray(t33), FS.chmod(l2, s4 | 146);
      var u3 = FS.open(l2, 577);
      FS.write(u3, t33, 0, t33.length, 0, o9), FS.close(u3), FS.chmod(l2, s4);
    }
  }, createDevice(e4, r11, t33, n3) {
    var s4;
    var i7 = PATH.join2(typeof e4 == "string" ? e4 : FS.getPath(e4), r11), o9 = FS_getMode(!!t33, !!n3);
    (s4 = FS.createDevice).major ?? (s4.major = 64);
    var a16 = FS.makedev(FS.createDevice.major++, 0);
    return FS.registerDevice(a16, { open(l2) {
      l2.seekable = false;
    }, close(l2) {
      n3?.buffer?.length && n3(10);
    }, read(l2, u3, c6, _3, m7) {
      for (var f5 = 0, p7 = 0; p7 < _3; p7++) {
        var F6;
        try {
          F6 = t33();
        } catch {
          throw new FS.ErrnoError(29);
        }
        if (F6 === void 0 && !f5) throw new FS.ErrnoError(6);
        if (F6 == null) break;
        f5++, u3[c6 + p7] = F6;
      }
      return f5 && (l2.node.atime = Date.now()), f5;
    }, write(l2, u3, c6, _3, m7) {
      for (var f5 = 0; f5 < _3; f5++) try {
        n3(u3[c6 + f5]);
      } catch {
        throw new FS.ErrnoError(29);
      }
      return _3 && (l2.node.mtime = l2.node.ctime = Date.now()), f5;
    } }), FS.mkdev(i7, o9, a16);
  }, forceLoadFile(e4) {
    if (e4.isDevice || e4.isFolder || e4.link || e4.contents) return true;
    if (globalThis.XMLHttpRequest) abort("Lazy loading should have been performed (contents set) in createLazyFile, but it was not. Lazy loading only works in web workers. Use --embed-file or --preload-file in emcc on the main thread.");
    else try {
      e4.contents = readBinary(e4.url);
    } catch {
      throw new FS.ErrnoError(29);
    }
  }, createLazyFile(e4, r11, t33, n3, i7) {
    class o9 {
      constructor() {
        P(this, "lengthKnown", false);
        P(this, "chunks", []);
      }
      get(m7) {
        if (!(m7 > this.length - 1 || m7 < 0)) {
          var f5 = m7 % this.chunkSize, p7 = m7 / this.chunkSize | 0;
          return this.getter(p7)[f5];
        }
      }
      setDataGetter(m7) {
        this.getter = m7;
      }
      cacheLength() {
        var m7 = new XMLHttpRequest();
        m7.open("HEAD", t33, false), m7.send(null), m7.status >= 200 && m7.status < 300 || m7.status === 304 || abort(`Couldn't load ${t33}. Status: ${m7.status}`);
        var f5 = Number(m7.getResponseHeader("Content-length")), p7, F6 = (p7 = m7.getResponseHeader("Accept-Ranges")) && p7 === "bytes", S5 = (p7 = m7.getResponseHeader("Content-Encoding")) && p7 === "gzip", E5 = 1048576;
        F6 || (E5 = f5);
        var y6 = (d5, g7) => {
          d5 > g7 && abort(`invalid range (${d5}, ${g7}) or no bytes requested!`), g7 > f5 - 1 && abort(`only ${f5} bytes available! programmer error!`);
          var v5 = new XMLHttpRequest();
          return v5.open("GET", t33, false), f5 !== E5 && v5.setRequestHeader("Range", `bytes=${d5}-${g7}`), v5.responseType = "arraybuffer", v5.overrideMimeType && v5.overrideMimeType("text/plain; charset=x-user-defined"), v5.send(null), v5.status >= 200 && v5.status < 300 || v5.status === 304 || abort(`Couldn't load ${t33}. Status: ${v5.status}`), v5.response !== void 0 ? new Uint8Array(v5.response || []) : intArrayFromString(v5.responseText ?? "", true);
        }, A5 = this;
        A5.setDataGetter((d5) => {
          var g7 = d5 * E5, v5 = (d5 + 1) * E5 - 1;
          return v5 = Math.min(v5, f5 - 1), typeof A5.chunks[d5] > "u" && (A5.chunks[d5] = y6(g7, v5)), typeof A5.chunks[d5] > "u" && abort("doXHR failed!"), A5.chunks[d5];
        }), (S5 || !f5) && (E5 = f5 = 1, f5 = this.getter(0).length, E5 = f5, out("LazyFiles on gzip forces download of the whole file when length is accessed")), this._length = f5, this._chunkSize = E5, this.lengthKnown = true;
      }
      get length() {
        return this.lengthKnown || this.cacheLength(), this._length;
      }
      get chunkSize() {
        return this.lengthKnown || this.cacheLength(), this._chunkSize;
      }
    }
    if (globalThis.XMLHttpRequest) {
      ENVIRONMENT_IS_WORKER || abort("Cannot do synchronous binary XHRs outside webworkers in modern browsers. Use --embed-file or --preload-file in emcc");
      var a16 = new o9(), s4 = { isDevice: false, contents: a16 };
    } else s4 = { isDevice: false, url: t33 };
    var l2 = FS.createFile(e4, r11, s4, n3, i7);
    s4.contents ? l2.contents = s4.contents : s4.url && (l2.contents = null, l2.url = s4.url), Object.defineProperties(l2, { usedBytes: { get: function() {
      return this.contents.length;
    } } });
    var u3 = {};
    for (let [_3, m7] of Object.entries(l2.stream_ops)) u3[_3] = (...f5) => (FS.forceLoadFile(l2), m7(...f5));
    function c6(_3, m7, f5, p7, F6) {
      var S5 = _3.node.contents;
      if (F6 >= S5.length) return 0;
      var E5 = Math.min(S5.length - F6, p7);
      if (S5.slice) for (var y6 = 0; y6 < E5; y6++) m7[f5 + y6] = S5[F6 + y6];
      else for (y6 = 0; y6 < E5; y6++) m7[f5 + y6] = S5.get(F6 + y6);
      return E5;
    }
    return u3.read = (_3, m7, f5, p7, F6) => (FS.forceLoadFile(l2), c6(_3, m7, f5, p7, F6)), u3.mmap = (_3, m7, f5) => {
      FS.forceLoadFile(l2);
      var p7 = mmapAlloc(m7);
      if (!p7) throw new FS.ErrnoError(48);
      return c6(_3, HEAP8, p7, m7, f5), { ptr: p7, allocated: true };
    }, l2.stream_ops = u3, l2;
  } }, findLibraryFS = (e4, r11) => {
    if (runtimeInitialized) {
      if (PATH.isAbs(e4)) try {
        return FS.lookupPath(e4), e4;
      } catch {
        return;
      }
      var t33 = (r11?.paths || []).map((n3) => replaceORIGIN(r11?.parentLibPath, n3));
      return withStackSave(() => {
        var n3 = stackAlloc(512), i7 = stringToUTF8OnStack(t33.join(":")), o9 = stringToUTF8OnStack(e4), a16 = __emscripten_find_dylib(n3, i7, o9, 512);
        return a16 ? UTF8ToString(a16) : void 0;
      });
    }
  };
  function loadDynamicLibrary(e4, r11 = { global: true, nodelete: true }, t33, n3) {
    var i7 = LDSO.loadedLibsByName[e4];
    if (i7) return r11.global ? i7.global || (i7.global = true, mergeLibSymbols(i7.exports, e4)) : t33 && Object.assign(t33, i7.exports), r11.nodelete && i7.refcount !== 1 / 0 && (i7.refcount = 1 / 0), i7.refcount++, n3 && (LDSO.loadedLibsByHandle[n3] = i7), r11.loadAsync ? Promise.resolve(true) : true;
    i7 = newDSO(e4, n3, "loading"), i7.refcount = r11.nodelete ? 1 / 0 : 1, i7.global = r11.global;
    function o9() {
      if (n3) {
        var l2 = HEAPU32[n3 + 28 >> 2], u3 = HEAPU32[n3 + 32 >> 2];
        if (l2 && u3) {
          var c6 = HEAP8.slice(l2, l2 + u3);
          return r11.loadAsync ? Promise.resolve(c6) : c6;
        }
      }
      var _3 = findLibraryFS(e4, r11.rpath);
      if (_3) return c6 = FS.readFile(_3, { encoding: "binary" }), r11.loadAsync ? Promise.resolve(c6) : c6;
      var m7 = locateFile(e4);
      if (r11.loadAsync) return asyncLoad(m7);
      if (!readBinary) throw new Error(`${m7}: file not found, and synchronous loading of external files is not available`);
      return readBinary(m7);
    }
    function a16() {
      var l2 = preloadedWasm[e4];
      return l2 ? r11.loadAsync ? Promise.resolve(l2) : l2 : r11.loadAsync ? o9().then((u3) => loadWebAssemblyModule(u3, r11, e4, t33, n3)) : loadWebAssemblyModule(o9(), r11, e4, t33, n3);
    }
    function s4(l2) {
      i7.global ? mergeLibSymbols(l2, e4) : t33 && Object.assign(t33, l2), i7.exports = l2;
    }
    return r11.loadAsync ? a16().then((l2) => (s4(l2), true)) : (s4(a16()), true);
  }
  var reportUndefinedSymbols = () => {
    for (var [e4, r11] of Object.entries(GOT)) if (r11.value == -1) {
      var t33 = resolveGlobalSymbol(e4, true).sym;
      if (!t33 && !r11.required) {
        r11.value = 0;
        continue;
      }
      if (typeof t33 == "function") r11.value = addFunction(t33, t33.sig);
      else if (typeof t33 == "number") r11.value = t33;
      else if (typeof t33.value == "number") r11.value = t33;
      else throw new Error(`bad export type for '${e4}': ${typeof t33} (${t33})`);
    }
  }, loadDylibs = async () => {
    if (!dynamicLibraries.length) {
      reportUndefinedSymbols();
      return;
    }
    for (var e4 of dynamicLibraries) await loadDynamicLibrary(e4, { loadAsync: true, global: true, nodelete: true, allowUndefined: true });
    reportUndefinedSymbols();
  }, noExitRuntime = false, ___call_sighandler = (e4, r11) => getWasmTableEntry(e4)(r11);
  ___call_sighandler.sig = "vpi";
  var SYSCALLS = { currentUmask: 18, calculateAt(e4, r11, t33 = false) {
    if (PATH.isAbs(r11)) return r11;
    var n3;
    if (e4 === -100) n3 = FS.cwd();
    else {
      var i7 = SYSCALLS.getStreamFromFD(e4);
      n3 = i7.path;
    }
    if (r11.length == 0) {
      if (!t33) throw new FS.ErrnoError(44);
      return n3;
    }
    return n3 + "/" + r11;
  }, writeStat(e4, r11) {
    HEAPU32[e4 >> 2] = r11.dev, HEAPU32[e4 + 4 >> 2] = r11.mode, HEAPU32[e4 + 8 >> 2] = r11.nlink, HEAPU32[e4 + 12 >> 2] = r11.uid, HEAPU32[e4 + 16 >> 2] = r11.gid, HEAPU32[e4 + 20 >> 2] = r11.rdev, HEAP64[e4 + 24 >> 3] = BigInt(r11.size), HEAP32[e4 + 32 >> 2] = 4096, HEAP32[e4 + 36 >> 2] = r11.blocks;
    var t33 = r11.atime.getTime(), n3 = r11.mtime.getTime(), i7 = r11.ctime.getTime();
    return HEAP64[e4 + 40 >> 3] = BigInt(Math.floor(t33 / 1e3)), HEAPU32[e4 + 48 >> 2] = t33 % 1e3 * 1e3 * 1e3, HEAP64[e4 + 56 >> 3] = BigInt(Math.floor(n3 / 1e3)), HEAPU32[e4 + 64 >> 2] = n3 % 1e3 * 1e3 * 1e3, HEAP64[e4 + 72 >> 3] = BigInt(Math.floor(i7 / 1e3)), HEAPU32[e4 + 80 >> 2] = i7 % 1e3 * 1e3 * 1e3, HEAP64[e4 + 88 >> 3] = BigInt(r11.ino), 0;
  }, writeStatFs(e4, r11) {
    HEAPU32[e4 + 4 >> 2] = r11.bsize, HEAPU32[e4 + 60 >> 2] = r11.bsize, HEAP64[e4 + 8 >> 3] = BigInt(r11.blocks), HEAP64[e4 + 16 >> 3] = BigInt(r11.bfree), HEAP64[e4 + 24 >> 3] = BigInt(r11.bavail), HEAP64[e4 + 32 >> 3] = BigInt(r11.files), HEAP64[e4 + 40 >> 3] = BigInt(r11.ffree), HEAPU32[e4 + 48 >> 2] = r11.fsid, HEAPU32[e4 + 64 >> 2] = r11.flags, HEAPU32[e4 + 56 >> 2] = r11.namelen;
  }, doMsync(e4, r11, t33, n3, i7) {
    if (!FS.isFile(r11.node.mode)) throw new FS.ErrnoError(43);
    if (n3 & 2) return 0;
    var o9 = HEAPU8.subarray(e4, e4 + t33);
    FS.msync(r11, o9, i7, t33, n3);
  }, getStreamFromFD(e4) {
    var r11 = FS.getStreamChecked(e4);
    return r11;
  }, varargs: void 0, getStr(e4) {
    var r11 = UTF8ToString(e4);
    return r11;
  } };
  function ___syscall_chmod(e4, r11) {
    try {
      return e4 = SYSCALLS.getStr(e4), FS.chmod(e4, r11), 0;
    } catch (t33) {
      if (typeof FS > "u" || t33.name !== "ErrnoError") throw t33;
      return -t33.errno;
    }
  }
  ___syscall_chmod.sig = "ipi";
  function ___syscall_dup3(e4, r11, t33) {
    try {
      if (e4 === r11 || t33 & -524289) return -28;
      var n3 = SYSCALLS.getStreamFromFD(e4);
      if (r11 < 0 || r11 >= FS.MAX_OPEN_FDS) return -8;
      var i7 = FS.getStream(r11);
      i7 && FS.close(i7);
      var o9 = FS.dupStream(n3, r11);
      return t33 & 524288 && (o9.flags |= 524288), o9.fd;
    } catch (a16) {
      if (typeof FS > "u" || a16.name !== "ErrnoError") throw a16;
      return -a16.errno;
    }
  }
  ___syscall_dup3.sig = "iiii";
  function ___syscall_faccessat(e4, r11, t33) {
    try {
      if (r11 = SYSCALLS.getStr(r11), r11 = SYSCALLS.calculateAt(e4, r11), t33 & -8) return -28;
      var n3 = FS.lookupPath(r11, { follow: true }), i7 = n3.node;
      if (!i7) return -44;
      var o9 = "";
      return t33 & 4 && (o9 += "r"), t33 & 2 && (o9 += "w"), t33 & 1 && (o9 += "x"), o9 && FS.nodePermissions(i7, o9) ? -2 : 0;
    } catch (a16) {
      if (typeof FS > "u" || a16.name !== "ErrnoError") throw a16;
      return -a16.errno;
    }
  }
  ___syscall_faccessat.sig = "iipii";
  var INT53_MAX = 9007199254740992, INT53_MIN = -9007199254740992, bigintToI53Checked = (e4) => e4 < INT53_MIN || e4 > INT53_MAX ? NaN : Number(e4);
  function ___syscall_fadvise64(e4, r11, t33) {
    r11 = bigintToI53Checked(r11), t33 = bigintToI53Checked(t33);
    try {
      return SYSCALLS.getStreamFromFD(e4).seekable ? 0 : -70;
    } catch (n3) {
      if (typeof FS > "u" || n3.name !== "ErrnoError") throw n3;
      return -n3.errno;
    }
  }
  ___syscall_fadvise64.sig = "iijji";
  var syscallGetVarargI = () => {
    var e4 = HEAP32[+SYSCALLS.varargs >> 2];
    return SYSCALLS.varargs += 4, e4;
  }, syscallGetVarargP = syscallGetVarargI;
  function ___syscall_fcntl64(e4, r11, t33) {
    SYSCALLS.varargs = t33;
    try {
      var n3 = SYSCALLS.getStreamFromFD(e4);
      switch (r11) {
        case 0:
          var i7 = syscallGetVarargI();
          if (i7 < 0) return -28;
          for (; FS.streams[i7]; ) i7++;
          var o9;
          return o9 = FS.dupStream(n3, i7), o9.fd;
        case 1:
        case 2:
          return 0;
        case 3:
          return n3.flags;
        case 4:
          return i7 = syscallGetVarargI(), n3.flags = n3.flags & -289793 | i7 & 289792, 0;
        case 12:
          return i7 = syscallGetVarargP(), HEAP16[i7 + 0 >> 1] = 2, 0;
        case 13:
        case 14:
          return 0;
      }
      return -28;
    } catch (a16) {
      if (typeof FS > "u" || a16.name !== "ErrnoError") throw a16;
      return -a16.errno;
    }
  }
  ___syscall_fcntl64.sig = "iiip";
  function ___syscall_fstat64(e4, r11) {
    try {
      return SYSCALLS.writeStat(r11, FS.fstat(e4));
    } catch (t33) {
      if (typeof FS > "u" || t33.name !== "ErrnoError") throw t33;
      return -t33.errno;
    }
  }
  ___syscall_fstat64.sig = "iip";
  function ___syscall_getcwd(e4, r11) {
    try {
      if (!r11) return -28;
      var t33 = FS.cwd(), n3 = lengthBytesUTF8(t33) + 1;
      return r11 < n3 ? -68 : (stringToUTF8(t33, e4, r11), n3);
    } catch (i7) {
      if (typeof FS > "u" || i7.name !== "ErrnoError") throw i7;
      return -i7.errno;
    }
  }
  ___syscall_getcwd.sig = "ipp";
  function ___syscall_getdents64(e4, r11, t33) {
    try {
      var n3 = SYSCALLS.getStreamFromFD(e4);
      n3.getdents || (n3.getdents = FS.readdir(n3.path));
      for (var i7 = 0, o9 = FS.llseek(n3, 0, 1), a16 = Math.floor(o9 / 280), s4 = Math.min(n3.getdents.length, a16 + Math.floor(t33 / 280)), l2 = a16; l2 < s4; l2++) {
        var u3, c6, _3 = n3.getdents[l2];
        if (_3 === ".") u3 = n3.node.id, c6 = 4;
        else if (_3 === "..") {
          var m7 = FS.lookupPath(n3.path, { parent: true });
          u3 = m7.node.id, c6 = 4;
        } else {
          var f5;
          try {
            f5 = FS.lookupNode(n3.node, _3);
          } catch (p7) {
            if (p7?.errno === 28) continue;
            throw p7;
          }
          u3 = f5.id, c6 = FS.isChrdev(f5.mode) ? 2 : FS.isDir(f5.mode) ? 4 : FS.isLink(f5.mode) ? 10 : 8;
        }
        HEAP64[r11 + i7 >> 3] = BigInt(u3), HEAP64[r11 + i7 + 8 >> 3] = BigInt((l2 + 1) * 280), HEAP16[r11 + i7 + 16 >> 1] = 280, HEAP8[r11 + i7 + 18] = c6, stringToUTF8(_3, r11 + i7 + 19, 256), i7 += 280;
      }
      return FS.llseek(n3, l2 * 280, 0), i7;
    } catch (p7) {
      if (typeof FS > "u" || p7.name !== "ErrnoError") throw p7;
      return -p7.errno;
    }
  }
  ___syscall_getdents64.sig = "iipp";
  function ___syscall_ioctl(e4, r11, t33) {
    SYSCALLS.varargs = t33;
    try {
      var n3 = SYSCALLS.getStreamFromFD(e4);
      switch (r11) {
        case 21509:
          return n3.tty ? 0 : -59;
        case 21505:
          if (!n3.tty) return -59;
          if (n3.tty.ops.ioctl_tcgets) {
            var i7 = n3.tty.ops.ioctl_tcgets(n3), o9 = syscallGetVarargP();
            HEAP32[o9 >> 2] = i7.c_iflag || 0, HEAP32[o9 + 4 >> 2] = i7.c_oflag || 0, HEAP32[o9 + 8 >> 2] = i7.c_cflag || 0, HEAP32[o9 + 12 >> 2] = i7.c_lflag || 0;
            for (var a16 = 0; a16 < 32; a16++) HEAP8[o9 + a16 + 17] = i7.c_cc[a16] || 0;
            return 0;
          }
          return 0;
        case 21510:
        case 21511:
        case 21512:
          return n3.tty ? 0 : -59;
        case 21506:
        case 21507:
        case 21508:
          if (!n3.tty) return -59;
          if (n3.tty.ops.ioctl_tcsets) {
            o9 = syscallGetVarargP();
            var s4 = HEAP32[o9 >> 2], l2 = HEAP32[o9 + 4 >> 2], u3 = HEAP32[o9 + 8 >> 2], c6 = HEAP32[o9 + 12 >> 2], _3 = [];
            for (a16 = 0; a16 < 32; a16++) _3.push(HEAP8[o9 + a16 + 17]);
            return n3.tty.ops.ioctl_tcsets(n3.tty, r11, { c_iflag: s4, c_oflag: l2, c_cflag: u3, c_lflag: c6, c_cc: _3 });
          }
          return 0;
        case 21519:
          return n3.tty ? (o9 = syscallGetVarargP(), HEAP32[o9 >> 2] = 0, 0) : -59;
        case 21520:
          return n3.tty ? -28 : -59;
        case 21537:
        case 21531:
          return o9 = syscallGetVarargP(), FS.ioctl(n3, r11, o9);
        case 21523:
          if (!n3.tty) return -59;
          if (n3.tty.ops.ioctl_tiocgwinsz) {
            var m7 = n3.tty.ops.ioctl_tiocgwinsz(n3.tty);
            o9 = syscallGetVarargP(), HEAP16[o9 >> 1] = m7[0], HEAP16[o9 + 2 >> 1] = m7[1];
          }
          return 0;
        case 21524:
          return n3.tty ? 0 : -59;
        case 21515:
          return n3.tty ? 0 : -59;
        default:
          return -28;
      }
    } catch (f5) {
      if (typeof FS > "u" || f5.name !== "ErrnoError") throw f5;
      return -f5.errno;
    }
  }
  ___syscall_ioctl.sig = "iiip";
  function ___syscall_lstat64(e4, r11) {
    try {
      return e4 = SYSCALLS.getStr(e4), SYSCALLS.writeStat(r11, FS.lstat(e4));
    } catch (t33) {
      if (typeof FS > "u" || t33.name !== "ErrnoError") throw t33;
      return -t33.errno;
    }
  }
  ___syscall_lstat64.sig = "ipp";
  function ___syscall_mkdirat(e4, r11, t33) {
    try {
      return r11 = SYSCALLS.getStr(r11), r11 = SYSCALLS.calculateAt(e4, r11), t33 &= ~SYSCALLS.currentUmask, FS.mkdir(r11, t33), 0;
    } catch (n3) {
      if (typeof FS > "u" || n3.name !== "ErrnoError") throw n3;
      return -n3.errno;
    }
  }
  ___syscall_mkdirat.sig = "iipi";
  function ___syscall_newfstatat(e4, r11, t33, n3) {
    try {
      r11 = SYSCALLS.getStr(r11);
      var i7 = n3 & 256, o9 = n3 & 4096;
      return n3 &= -6401, r11 = SYSCALLS.calculateAt(e4, r11, o9), SYSCALLS.writeStat(t33, i7 ? FS.lstat(r11) : FS.stat(r11));
    } catch (a16) {
      if (typeof FS > "u" || a16.name !== "ErrnoError") throw a16;
      return -a16.errno;
    }
  }
  ___syscall_newfstatat.sig = "iippi";
  function ___syscall_openat(e4, r11, t33, n3) {
    SYSCALLS.varargs = n3;
    try {
      r11 = SYSCALLS.getStr(r11), r11 = SYSCALLS.calculateAt(e4, r11);
      var i7 = n3 ? syscallGetVarargI() : 0;
      return t33 & 64 && (i7 &= ~SYSCALLS.currentUmask), FS.open(r11, t33, i7).fd;
    } catch (o9) {
      if (typeof FS > "u" || o9.name !== "ErrnoError") throw o9;
      return -o9.errno;
    }
  }
  ___syscall_openat.sig = "iipip";
  function ___syscall_readlinkat(e4, r11, t33, n3) {
    try {
      if (r11 = SYSCALLS.getStr(r11), r11 = SYSCALLS.calculateAt(e4, r11), n3 <= 0) return -28;
      var i7 = FS.readlink(r11), o9 = Math.min(n3, lengthBytesUTF8(i7)), a16 = HEAP8[t33 + o9];
      return stringToUTF8(i7, t33, n3 + 1), HEAP8[t33 + o9] = a16, o9;
    } catch (s4) {
      if (typeof FS > "u" || s4.name !== "ErrnoError") throw s4;
      return -s4.errno;
    }
  }
  ___syscall_readlinkat.sig = "iippp";
  function ___syscall_rmdir(e4) {
    try {
      return e4 = SYSCALLS.getStr(e4), FS.rmdir(e4), 0;
    } catch (r11) {
      if (typeof FS > "u" || r11.name !== "ErrnoError") throw r11;
      return -r11.errno;
    }
  }
  ___syscall_rmdir.sig = "ip";
  function ___syscall_stat64(e4, r11) {
    try {
      return e4 = SYSCALLS.getStr(e4), SYSCALLS.writeStat(r11, FS.stat(e4));
    } catch (t33) {
      if (typeof FS > "u" || t33.name !== "ErrnoError") throw t33;
      return -t33.errno;
    }
  }
  ___syscall_stat64.sig = "ipp";
  function ___syscall_symlinkat(e4, r11, t33) {
    try {
      return e4 = SYSCALLS.getStr(e4), t33 = SYSCALLS.getStr(t33), t33 = SYSCALLS.calculateAt(r11, t33), FS.symlink(e4, t33), 0;
    } catch (n3) {
      if (typeof FS > "u" || n3.name !== "ErrnoError") throw n3;
      return -n3.errno;
    }
  }
  ___syscall_symlinkat.sig = "ipip";
  function ___syscall_umask(e4) {
    try {
      var r11 = SYSCALLS.currentUmask;
      return SYSCALLS.currentUmask = e4, r11;
    } catch (t33) {
      if (typeof FS > "u" || t33.name !== "ErrnoError") throw t33;
      return -t33.errno;
    }
  }
  ___syscall_umask.sig = "ii";
  function ___syscall_unlinkat(e4, r11, t33) {
    try {
      if (r11 = SYSCALLS.getStr(r11), r11 = SYSCALLS.calculateAt(e4, r11), !t33) FS.unlink(r11);
      else if (t33 === 512) FS.rmdir(r11);
      else return -28;
      return 0;
    } catch (n3) {
      if (typeof FS > "u" || n3.name !== "ErrnoError") throw n3;
      return -n3.errno;
    }
  }
  ___syscall_unlinkat.sig = "iipi";
  var __abort_js = () => abort("");
  __abort_js.sig = "v";
  var runtimeKeepaliveCounter = 0, __emscripten_runtime_keepalive_clear = () => {
    noExitRuntime = false, runtimeKeepaliveCounter = 0;
  };
  __emscripten_runtime_keepalive_clear.sig = "v";
  var __emscripten_throw_longjmp = () => {
    throw new EmscriptenSjLj();
  };
  __emscripten_throw_longjmp.sig = "v";
  var isLeapYear = (e4) => e4 % 4 === 0 && (e4 % 100 !== 0 || e4 % 400 === 0), MONTH_DAYS_LEAP_CUMULATIVE = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335], MONTH_DAYS_REGULAR_CUMULATIVE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334], ydayFromDate = (e4) => {
    var r11 = isLeapYear(e4.getFullYear()), t33 = r11 ? MONTH_DAYS_LEAP_CUMULATIVE : MONTH_DAYS_REGULAR_CUMULATIVE, n3 = t33[e4.getMonth()] + e4.getDate() - 1;
    return n3;
  };
  function __localtime_js(e4, r11) {
    e4 = bigintToI53Checked(e4);
    var t33 = new Date(e4 * 1e3);
    if (isNaN(t33.getTime())) return 1;
    HEAP32[r11 >> 2] = t33.getSeconds(), HEAP32[r11 + 4 >> 2] = t33.getMinutes(), HEAP32[r11 + 8 >> 2] = t33.getHours(), HEAP32[r11 + 12 >> 2] = t33.getDate(), HEAP32[r11 + 16 >> 2] = t33.getMonth(), HEAP32[r11 + 20 >> 2] = t33.getFullYear() - 1900, HEAP32[r11 + 24 >> 2] = t33.getDay();
    var n3 = ydayFromDate(t33) | 0;
    HEAP32[r11 + 28 >> 2] = n3, HEAP32[r11 + 36 >> 2] = -t33.getTimezoneOffset() * 60;
    var i7 = new Date(t33.getFullYear(), 0, 1), o9 = new Date(t33.getFullYear(), 6, 1).getTimezoneOffset(), a16 = i7.getTimezoneOffset(), s4 = (o9 != a16 && t33.getTimezoneOffset() == Math.min(a16, o9)) | 0;
    return HEAP32[r11 + 32 >> 2] = s4, 0;
  }
  __localtime_js.sig = "ijp";
  var __mktime_js = function(e4) {
    var r11 = (() => {
      var t33 = new Date(HEAP32[e4 + 20 >> 2] + 1900, HEAP32[e4 + 16 >> 2], HEAP32[e4 + 12 >> 2], HEAP32[e4 + 8 >> 2], HEAP32[e4 + 4 >> 2], HEAP32[e4 >> 2], 0);
      if (isNaN(t33.getTime())) return -1;
      var n3 = HEAP32[e4 + 32 >> 2], i7 = t33.getTimezoneOffset(), o9 = new Date(t33.getFullYear(), 0, 1), a16 = new Date(t33.getFullYear(), 6, 1).getTimezoneOffset(), s4 = o9.getTimezoneOffset(), l2 = Math.min(s4, a16);
      if (n3 < 0) n3 = +(a16 != s4 && l2 == i7);
      else if (n3 > 0 != (l2 == i7)) {
        var u3 = Math.max(s4, a16), c6 = n3 > 0 ? l2 : u3;
        if (t33.setTime(t33.getTime() + 6e4 * (c6 - i7)), isNaN(t33.getTime())) return -1;
      }
      HEAP32[e4 + 32 >> 2] = n3, HEAP32[e4 + 24 >> 2] = t33.getDay();
      var _3 = ydayFromDate(t33) | 0;
      return HEAP32[e4 + 28 >> 2] = _3, HEAP32[e4 >> 2] = t33.getSeconds(), HEAP32[e4 + 4 >> 2] = t33.getMinutes(), HEAP32[e4 + 8 >> 2] = t33.getHours(), HEAP32[e4 + 12 >> 2] = t33.getDate(), HEAP32[e4 + 16 >> 2] = t33.getMonth(), HEAP32[e4 + 20 >> 2] = t33.getYear(), t33.getTime() / 1e3;
    })();
    return BigInt(r11);
  };
  __mktime_js.sig = "jp";
  function __mmap_js(e4, r11, t33, n3, i7, o9, a16) {
    i7 = bigintToI53Checked(i7);
    try {
      var s4 = SYSCALLS.getStreamFromFD(n3), l2 = FS.mmap(s4, e4, i7, r11, t33), u3 = l2.ptr;
      return HEAP32[o9 >> 2] = l2.allocated, HEAPU32[a16 >> 2] = u3, 0;
    } catch (c6) {
      if (typeof FS > "u" || c6.name !== "ErrnoError") throw c6;
      return -c6.errno;
    }
  }
  __mmap_js.sig = "ipiiijpp";
  function __munmap_js(e4, r11, t33, n3, i7, o9) {
    o9 = bigintToI53Checked(o9);
    try {
      var a16 = SYSCALLS.getStreamFromFD(i7);
      t33 & 2 && SYSCALLS.doMsync(e4, a16, r11, n3, o9);
    } catch (s4) {
      if (typeof FS > "u" || s4.name !== "ErrnoError") throw s4;
      return -s4.errno;
    }
  }
  __munmap_js.sig = "ippiiij";
  var timers = {}, clearTimers = () => {
    for (var e4 of Object.values(timers)) clearTimeout(e4.id);
  }, handleException = (e4) => {
    if (e4 instanceof ExitStatus || e4 == "unwind") return EXITSTATUS;
    quit_(1, e4);
  }, keepRuntimeAlive = () => noExitRuntime || runtimeKeepaliveCounter > 0, _proc_exit = (e4) => {
    EXITSTATUS = e4, keepRuntimeAlive() || (Module.onExit?.(e4), ABORT = true), quit_(e4, new ExitStatus(e4));
  };
  _proc_exit.sig = "vi";
  var exitJS = (e4) => {
    EXITSTATUS = e4, keepRuntimeAlive() || exitRuntime(), _proc_exit(e4);
  }, _exit = exitJS;
  _exit.sig = "vi";
  var maybeExit = () => {
    if (!runtimeExited && !keepRuntimeAlive()) try {
      _exit(EXITSTATUS);
    } catch (e4) {
      handleException(e4);
    }
  }, callUserCallback = (e4, ...r11) => {
    if (!(runtimeExited || ABORT)) try {
      return e4(...r11);
    } catch (t33) {
      handleException(t33);
    } finally {
      maybeExit();
    }
  }, _emscripten_get_now = () => performance.now();
  _emscripten_get_now.sig = "d";
  var __setitimer_js = (e4, r11) => {
    if (timers[e4] && (clearTimeout(timers[e4].id), delete timers[e4]), !r11) return 0;
    var t33 = setTimeout(() => {
      delete timers[e4], callUserCallback(__emscripten_timeout, e4, _emscripten_get_now());
    }, r11);
    return timers[e4] = { id: t33, timeout_ms: r11 }, 0;
  };
  __setitimer_js.sig = "iid";
  var __tzset_js = (e4, r11, t33, n3) => {
    var i7 = (/* @__PURE__ */ new Date()).getFullYear(), o9 = new Date(i7, 0, 1), a16 = new Date(i7, 6, 1), s4 = o9.getTimezoneOffset(), l2 = a16.getTimezoneOffset(), u3 = Math.max(s4, l2);
    HEAPU32[e4 >> 2] = u3 * 60, HEAP32[r11 >> 2] = +(s4 != l2);
    var c6 = (f5) => {
      var p7 = f5 >= 0 ? "-" : "+", F6 = Math.abs(f5), S5 = String(Math.floor(F6 / 60)).padStart(2, "0"), E5 = String(F6 % 60).padStart(2, "0");
      return `UTC${p7}${S5}${E5}`;
    }, _3 = c6(s4), m7 = c6(l2);
    l2 < s4 ? (stringToUTF8(_3, t33, 17), stringToUTF8(m7, n3, 17)) : (stringToUTF8(_3, n3, 17), stringToUTF8(m7, t33, 17));
  };
  __tzset_js.sig = "vpppp";
  var _emscripten_date_now = () => Date.now();
  _emscripten_date_now.sig = "d";
  var getHeapMax = () => 2147483648, growMemory = (e4) => {
    var r11 = wasmMemory.buffer.byteLength, t33 = (e4 - r11 + 65535) / 65536 | 0;
    try {
      return wasmMemory.grow(t33), updateMemoryViews(), 1;
    } catch {
    }
  }, _emscripten_resize_heap = (e4) => {
    var r11 = HEAPU8.length;
    e4 >>>= 0;
    var t33 = getHeapMax();
    if (e4 > t33) return false;
    for (var n3 = 1; n3 <= 4; n3 *= 2) {
      var i7 = r11 * (1 + 0.2 / n3);
      i7 = Math.min(i7, e4 + 100663296);
      var o9 = Math.min(t33, alignMemory(Math.max(e4, i7), 65536)), a16 = growMemory(o9);
      if (a16) return true;
    }
    return false;
  };
  _emscripten_resize_heap.sig = "ip";
  var ENV = {}, getExecutableName = () => thisProgram, getEnvStrings = () => {
    if (!getEnvStrings.strings) {
      var e4 = (globalThis.navigator?.language ?? "C").replace("-", "_") + ".UTF-8", r11 = { USER: "web_user", LOGNAME: "web_user", PATH: "/", PWD: "/", HOME: "/home/web_user", LANG: e4, _: getExecutableName() };
      for (var t33 in ENV) ENV[t33] === void 0 ? delete r11[t33] : r11[t33] = ENV[t33];
      var n3 = [];
      for (var t33 in r11) n3.push(`${t33}=${r11[t33]}`);
      getEnvStrings.strings = n3;
    }
    return getEnvStrings.strings;
  }, _environ_get = (e4, r11) => {
    var t33 = 0, n3 = 0;
    for (var i7 of getEnvStrings()) {
      var o9 = r11 + t33;
      HEAPU32[e4 + n3 >> 2] = o9, t33 += stringToUTF8(i7, o9, 1 / 0) + 1, n3 += 4;
    }
    return 0;
  };
  _environ_get.sig = "ipp";
  var _environ_sizes_get = (e4, r11) => {
    var t33 = getEnvStrings();
    HEAPU32[e4 >> 2] = t33.length;
    var n3 = 0;
    for (var i7 of t33) n3 += lengthBytesUTF8(i7) + 1;
    return HEAPU32[r11 >> 2] = n3, 0;
  };
  _environ_sizes_get.sig = "ipp";
  function _fd_close(e4) {
    try {
      var r11 = SYSCALLS.getStreamFromFD(e4);
      return FS.close(r11), 0;
    } catch (t33) {
      if (typeof FS > "u" || t33.name !== "ErrnoError") throw t33;
      return t33.errno;
    }
  }
  _fd_close.sig = "ii";
  function _fd_fdstat_get(e4, r11) {
    try {
      var t33 = SYSCALLS.getStreamFromFD(e4), n3 = t33.tty ? 2 : FS.isDir(t33.mode) ? 3 : FS.isLink(t33.mode) ? 7 : 4;
      return HEAP8[r11] = n3, HEAP16[r11 + 2 >> 1] = 0, HEAP64[r11 + 8 >> 3] = BigInt(0), HEAP64[r11 + 16 >> 3] = BigInt(0), 0;
    } catch (i7) {
      if (typeof FS > "u" || i7.name !== "ErrnoError") throw i7;
      return i7.errno;
    }
  }
  _fd_fdstat_get.sig = "iip";
  var doReadv = (e4, r11, t33, n3) => {
    for (var i7 = 0, o9 = 0; o9 < t33; o9++) {
      var a16 = HEAPU32[r11 >> 2], s4 = HEAPU32[r11 + 4 >> 2];
      r11 += 8;
      try {
        var l2 = FS.read(e4, HEAP8, a16, s4, n3);
      } catch (u3) {
        if (i7 > 0 && u3 instanceof FS.ErrnoError && (u3.errno == 6 || u3.errno == 6)) break;
        throw u3;
      }
      if (l2 < 0) return -1;
      if (i7 += l2, l2 < s4) break;
      typeof n3 < "u" && (n3 += l2);
    }
    return i7;
  };
  function _fd_read(e4, r11, t33, n3) {
    try {
      var i7 = SYSCALLS.getStreamFromFD(e4), o9 = doReadv(i7, r11, t33);
      return HEAPU32[n3 >> 2] = o9, 0;
    } catch (a16) {
      if (typeof FS > "u" || a16.name !== "ErrnoError") throw a16;
      return a16.errno;
    }
  }
  _fd_read.sig = "iippp";
  function _fd_seek(e4, r11, t33, n3) {
    r11 = bigintToI53Checked(r11);
    try {
      if (isNaN(r11)) return 22;
      var i7 = SYSCALLS.getStreamFromFD(e4);
      return FS.llseek(i7, r11, t33), HEAP64[n3 >> 3] = BigInt(i7.position), i7.getdents && !r11 && t33 === 0 && (i7.getdents = null), 0;
    } catch (o9) {
      if (typeof FS > "u" || o9.name !== "ErrnoError") throw o9;
      return o9.errno;
    }
  }
  _fd_seek.sig = "iijip";
  function _fd_sync(e4) {
    try {
      var r11 = SYSCALLS.getStreamFromFD(e4), t33 = r11.stream_ops?.fsync?.(r11);
      return t33;
    } catch (n3) {
      if (typeof FS > "u" || n3.name !== "ErrnoError") throw n3;
      return n3.errno;
    }
  }
  _fd_sync.sig = "ii";
  var doWritev = (e4, r11, t33, n3) => {
    if (t33 == 1) return FS.write(e4, HEAP8, HEAPU32[r11 >> 2], HEAPU32[r11 + 4 >> 2], n3);
    for (var i7 = 0, o9 = 0, a16 = r11; o9 < t33; o9++, a16 += 8) i7 += HEAPU32[a16 + 4 >> 2];
    var s4 = new Uint8Array(i7), l2 = 0;
    for (o9 = 0; o9 < t33; o9++, r11 += 8) {
      var u3 = HEAPU32[r11 >> 2], c6 = HEAPU32[r11 + 4 >> 2];
      s4.set(HEAPU8.subarray(u3, u3 + c6), l2), l2 += c6;
    }
    return FS.write(e4, s4, 0, i7, n3);
  };
  function _fd_write(e4, r11, t33, n3) {
    try {
      var i7 = SYSCALLS.getStreamFromFD(e4), o9 = doWritev(i7, r11, t33);
      return HEAPU32[n3 >> 2] = o9, 0;
    } catch (a16) {
      if (typeof FS > "u" || a16.name !== "ErrnoError") throw a16;
      return a16.errno;
    }
  }
  _fd_write.sig = "iippp";
  var inetPton4 = (e4) => {
    for (var r11 = e4.split("."), t33 = 0; t33 < 4; t33++) {
      var n3 = Number(r11[t33]);
      if (isNaN(n3)) return null;
      r11[t33] = n3;
    }
    return (r11[0] | r11[1] << 8 | r11[2] << 16 | r11[3] << 24) >>> 0;
  }, inetNtop4 = (e4) => (e4 & 255) + "." + (e4 >> 8 & 255) + "." + (e4 >> 16 & 255) + "." + (e4 >> 24 & 255), inetPton6 = (e4) => {
    var r11, t33, n3, i7, o9 = [];
    if (!/^((?=.*::)(?!.*::.+::)(::)?([\dA-F]{1,4}:(:|\b)|){5}|([\dA-F]{1,4}:){6})((([\dA-F]{1,4}((?!\3)::|:\b|$))|(?!\2\3)){2}|(((2[0-4]|1\d|[1-9])?\d|25[0-5])\.?\b){4})$/i.test(e4)) return null;
    if (e4 === "::") return [0, 0, 0, 0, 0, 0, 0, 0];
    for (e4.startsWith("::") ? e4 = e4.replace("::", "Z:") : e4 = e4.replace("::", ":Z:"), e4.indexOf(".") > 0 ? (e4 = e4.replace(new RegExp("[.]", "g"), ":"), r11 = e4.split(":"), r11[r11.length - 4] = Number(r11[r11.length - 4]) + Number(r11[r11.length - 3]) * 256, r11[r11.length - 3] = Number(r11[r11.length - 2]) + Number(r11[r11.length - 1]) * 256, r11 = r11.slice(0, r11.length - 2)) : r11 = e4.split(":"), n3 = 0, i7 = 0, t33 = 0; t33 < r11.length; t33++) if (typeof r11[t33] == "string") if (r11[t33] === "Z") {
      for (i7 = 0; i7 < 8 - r11.length + 1; i7++) o9[t33 + i7] = 0;
      n3 = i7 - 1;
    } else o9[t33 + n3] = _htons(parseInt(r11[t33], 16));
    else o9[t33 + n3] = r11[t33];
    return [o9[1] << 16 | o9[0], o9[3] << 16 | o9[2], o9[5] << 16 | o9[4], o9[7] << 16 | o9[6]];
  }, inetNtop6 = (e4) => {
    var r11 = "", t33 = 0, n3 = 0, i7 = 0, o9 = 0, a16 = 0, s4 = 0, l2 = [e4[0] & 65535, e4[0] >> 16, e4[1] & 65535, e4[1] >> 16, e4[2] & 65535, e4[2] >> 16, e4[3] & 65535, e4[3] >> 16], u3 = true, c6 = "";
    for (s4 = 0; s4 < 5; s4++) if (l2[s4]) {
      u3 = false;
      break;
    }
    if (u3) {
      if (c6 = inetNtop4(l2[6] | l2[7] << 16), l2[5] === -1) return r11 = "::ffff:", r11 += c6, r11;
      if (!l2[5]) return r11 = "::", c6 === "0.0.0.0" && (c6 = ""), c6 === "0.0.0.1" && (c6 = "1"), r11 += c6, r11;
    }
    for (t33 = 0; t33 < 8; t33++) l2[t33] || (t33 - i7 > 1 && (a16 = 0), i7 = t33, a16++), a16 > n3 && (n3 = a16, o9 = t33 - n3 + 1);
    for (t33 = 0; t33 < 8; t33++) {
      if (n3 > 1 && !l2[t33] && t33 >= o9 && t33 < o9 + n3) {
        t33 === o9 && (r11 += ":", o9 || (r11 += ":"));
        continue;
      }
      r11 += Number(_ntohs(l2[t33] & 65535)).toString(16), r11 += t33 < 7 ? ":" : "";
    }
    return r11;
  }, DNS = { address_map: { id: 1, addrs: {}, names: {} }, lookup_name(e4) {
    var r11 = inetPton4(e4);
    if (r11 !== null || (r11 = inetPton6(e4), r11 !== null)) return e4;
    var t33;
    if (DNS.address_map.addrs[e4]) t33 = DNS.address_map.addrs[e4];
    else {
      var n3 = DNS.address_map.id++;
      t33 = "172.29." + (n3 & 255) + "." + (n3 & 65280), DNS.address_map.names[t33] = e4, DNS.address_map.addrs[e4] = t33;
    }
    return t33;
  }, lookup_addr(e4) {
    return DNS.address_map.names[e4] ? DNS.address_map.names[e4] : null;
  } }, writeSockaddr = (e4, r11, t33, n3, i7) => {
    switch (r11) {
      case 2:
        t33 = inetPton4(DNS.lookup_name(t33)), zeroMemory(e4, 16), i7 && (HEAP32[i7 >> 2] = 16), HEAP16[e4 >> 1] = r11, HEAP32[e4 + 4 >> 2] = t33, HEAP16[e4 + 2 >> 1] = _htons(n3);
        break;
      case 10:
        t33 = inetPton6(DNS.lookup_name(t33)), zeroMemory(e4, 28), i7 && (HEAP32[i7 >> 2] = 28), HEAP32[e4 >> 2] = r11, HEAP32[e4 + 8 >> 2] = t33[0], HEAP32[e4 + 12 >> 2] = t33[1], HEAP32[e4 + 16 >> 2] = t33[2], HEAP32[e4 + 20 >> 2] = t33[3], HEAP16[e4 + 2 >> 1] = _htons(n3);
        break;
      default:
        return 5;
    }
    return 0;
  }, _getaddrinfo = (e4, r11, t33, n3) => {
    var i7 = 0, o9 = 0, a16 = 0, s4 = 0, l2 = 0, u3 = 0, c6;
    function _3(m7, f5, p7, F6, S5, E5) {
      var y6, A5, d5;
      return A5 = m7 === 10 ? 28 : 16, S5 = m7 === 10 ? inetNtop6(S5) : inetNtop4(S5), y6 = _malloc(A5), writeSockaddr(y6, m7, S5, E5), d5 = _malloc(32), HEAP32[d5 + 4 >> 2] = m7, HEAP32[d5 + 8 >> 2] = f5, HEAP32[d5 + 12 >> 2] = p7, HEAPU32[d5 + 24 >> 2] = F6, HEAPU32[d5 + 20 >> 2] = y6, m7 === 10 ? HEAP32[d5 + 16 >> 2] = 28 : HEAP32[d5 + 16 >> 2] = 16, HEAP32[d5 + 28 >> 2] = 0, d5;
    }
    if (t33 && (a16 = HEAP32[t33 >> 2], s4 = HEAP32[t33 + 4 >> 2], l2 = HEAP32[t33 + 8 >> 2], u3 = HEAP32[t33 + 12 >> 2]), l2 && !u3 && (u3 = l2 === 2 ? 17 : 6), !l2 && u3 && (l2 = u3 === 17 ? 2 : 1), u3 || (u3 = 6), l2 || (l2 = 1), !e4 && !r11) return -2;
    if (a16 & -1088 || t33 && HEAP32[t33 >> 2] & 2 && !e4) return -1;
    if (a16 & 32) return -2;
    if (l2 && l2 !== 1 && l2 !== 2) return -7;
    if (s4 !== 0 && s4 !== 2 && s4 !== 10) return -6;
    if (r11 && (r11 = UTF8ToString(r11), o9 = parseInt(r11, 10), isNaN(o9))) return a16 & 1024 ? -2 : -8;
    if (!e4) return s4 === 0 && (s4 = 2), a16 & 1 || (s4 === 2 ? i7 = _htonl(2130706433) : i7 = [0, 0, 0, _htonl(1)]), c6 = _3(s4, l2, u3, null, i7, o9), HEAPU32[n3 >> 2] = c6, 0;
    if (e4 = UTF8ToString(e4), i7 = inetPton4(e4), i7 !== null) if (s4 === 0 || s4 === 2) s4 = 2;
    else if (s4 === 10 && a16 & 8) i7 = [0, 0, _htonl(65535), i7], s4 = 10;
    else return -2;
    else if (i7 = inetPton6(e4), i7 !== null) if (s4 === 0 || s4 === 10) s4 = 10;
    else return -2;
    return i7 != null ? (c6 = _3(s4, l2, u3, e4, i7, o9), HEAPU32[n3 >> 2] = c6, 0) : a16 & 4 ? -2 : (e4 = DNS.lookup_name(e4), i7 = inetPton4(e4), s4 === 0 ? s4 = 2 : s4 === 10 && (i7 = [0, 0, _htonl(65535), i7]), c6 = _3(s4, l2, u3, null, i7, o9), HEAPU32[n3 >> 2] = c6, 0);
  };
  _getaddrinfo.sig = "ipppp";
  var removeFunction = (e4) => {
    functionsInTableMap.delete(getWasmTableEntry(e4)), setWasmTableEntry(e4, null), freeTableIndexes.push(e4);
  }, stringToNewUTF8 = (e4) => {
    var r11 = lengthBytesUTF8(e4) + 1, t33 = _malloc(r11);
    return t33 && stringToUTF8(e4, t33, r11), t33;
  }, FS_createPath = (...e4) => FS.createPath(...e4), FS_unlink = (...e4) => FS.unlink(...e4), FS_createLazyFile = (...e4) => FS.createLazyFile(...e4), FS_createDevice = (...e4) => FS.createDevice(...e4);
  registerWasmPlugin(), FS.createPreloadedFile = FS_createPreloadedFile, FS.preloadFile = FS_preloadFile, FS.staticInit(), Module.noExitRuntime && (noExitRuntime = Module.noExitRuntime), Module.print && (out = Module.print), Module.printErr && (err = Module.printErr), Module.dynamicLibraries && (dynamicLibraries = Module.dynamicLibraries), Module.arguments && (programArgs = Module.arguments), Module.thisProgram && (thisProgram = Module.thisProgram);
  var preInit = Module.preInit;
  if (preInit) for (typeof preInit == "function" && (Module.preInit = preInit = [preInit]); preInit.length > 0; ) preInit.shift()();
  Module.callMain = callMain, Module.stackSave = stackSave, Module.stackRestore = stackRestore, Module.ENV = ENV, Module.addRunDependency = addRunDependency, Module.removeRunDependency = removeRunDependency, Module.addFunction = addFunction, Module.removeFunction = removeFunction, Module.UTF8ToString = UTF8ToString, Module.stringToNewUTF8 = stringToNewUTF8, Module.stringToUTF8OnStack = stringToUTF8OnStack, Module.FS_preloadFile = FS_preloadFile, Module.FS_unlink = FS_unlink, Module.FS_createPath = FS_createPath, Module.FS_createDevice = FS_createDevice, Module.FS = FS, Module.FS_createDataFile = FS_createDataFile, Module.FS_createLazyFile = FS_createLazyFile, Module.MEMFS = MEMFS, Module.PROXYFS = PROXYFS;
  var ASM_CONSTS = {}, _pgl_exit, ___errno_location, _fflush, _fopen, _fclose, _pgl_popen, _fputs, _main, _pgl_atexit, _pgl_geteuid, _pgl_system, _malloc, _calloc, _pgl_setsockopt, _pgl_connect, _pgl_send, _pgl_recv, _fgets, _pgl_getsockopt, _pgl_getsockname, _pgl_poll, _clear_setitimer, _pgl_longjmp, _pgl_siglongjmp, _pgl_set_system_fn, _pgl_set_popen_fn, _pgl_set_pclose_fn, _pgl_pclose, _pclose, _pgl_getuid, _pgl_getpwuid, _pgl_run_atexit_funcs, _pgl_freopen, _pgl_shmget, _pgl_shmat, _pgl_shmdt, _pgl_shmctl, _pgl_munmap, _pgl_set_rw_cbs, _pgl_fcntl, ___funcs_on_exit, ___dl_seterr, __emscripten_find_dylib, _htonl, _htons, _emscripten_builtin_memalign, _ntohs, __emscripten_timeout, _strerror, _emscripten_get_sbrk_ptr, _setThrew, __emscripten_stack_restore, __emscripten_stack_alloc, _emscripten_stack_get_current, memory, ___stack_pointer, __indirect_function_table, ___heap_base, wasmTable, wasmMemory;
  function assignWasmExports(e4) {
    _pgl_exit = Module._pgl_exit = e4.pgl_exit, ___errno_location = Module.___errno_location = e4.__errno_location, _fflush = Module._fflush = e4.fflush, _fopen = Module._fopen = e4.fopen, _fclose = Module._fclose = e4.fclose, _pgl_popen = Module._pgl_popen = e4.pgl_popen, _fputs = Module._fputs = e4.fputs, _main = Module._main = e4.__main_argc_argv, _pgl_atexit = Module._pgl_atexit = e4.pgl_atexit, _pgl_geteuid = Module._pgl_geteuid = e4.pgl_geteuid, _pgl_system = Module._pgl_system = e4.pgl_system, _malloc = e4.malloc, _calloc = e4.calloc, _pgl_setsockopt = Module._pgl_setsockopt = e4.pgl_setsockopt, _pgl_connect = Module._pgl_connect = e4.pgl_connect, _pgl_send = Module._pgl_send = e4.pgl_send, _pgl_recv = Module._pgl_recv = e4.pgl_recv, _fgets = Module._fgets = e4.fgets, _pgl_getsockopt = Module._pgl_getsockopt = e4.pgl_getsockopt, _pgl_getsockname = Module._pgl_getsockname = e4.pgl_getsockname, _pgl_poll = Module._pgl_poll = e4.pgl_poll, _clear_setitimer = Module._clear_setitimer = e4.clear_setitimer, _pgl_longjmp = Module._pgl_longjmp = e4.pgl_longjmp, _pgl_siglongjmp = Module._pgl_siglongjmp = e4.pgl_siglongjmp, _pgl_set_system_fn = Module._pgl_set_system_fn = e4.pgl_set_system_fn, _pgl_set_popen_fn = Module._pgl_set_popen_fn = e4.pgl_set_popen_fn, _pgl_set_pclose_fn = Module._pgl_set_pclose_fn = e4.pgl_set_pclose_fn, _pgl_pclose = Module._pgl_pclose = e4.pgl_pclose, _pclose = Module._pclose = e4.pclose, _pgl_getuid = Module._pgl_getuid = e4.pgl_getuid, _pgl_getpwuid = Module._pgl_getpwuid = e4.pgl_getpwuid, _pgl_run_atexit_funcs = Module._pgl_run_atexit_funcs = e4.pgl_run_atexit_funcs, _pgl_freopen = Module._pgl_freopen = e4.pgl_freopen, _pgl_shmget = Module._pgl_shmget = e4.pgl_shmget, _pgl_shmat = Module._pgl_shmat = e4.pgl_shmat, _pgl_shmdt = Module._pgl_shmdt = e4.pgl_shmdt, _pgl_shmctl = Module._pgl_shmctl = e4.pgl_shmctl, _pgl_munmap = Module._pgl_munmap = e4.pgl_munmap, _pgl_set_rw_cbs = Module._pgl_set_rw_cbs = e4.pgl_set_rw_cbs, _pgl_fcntl = Module._pgl_fcntl = e4.pgl_fcntl, ___funcs_on_exit = e4.__funcs_on_exit, ___dl_seterr = e4.__dl_seterr, __emscripten_find_dylib = e4._emscripten_find_dylib, _htonl = e4.htonl, _htons = e4.htons, _emscripten_builtin_memalign = e4.emscripten_builtin_memalign, _ntohs = e4.ntohs, __emscripten_timeout = e4._emscripten_timeout, _strerror = Module._strerror = e4.strerror, _emscripten_get_sbrk_ptr = e4.emscripten_get_sbrk_ptr, _setThrew = e4.setThrew, __emscripten_stack_restore = e4._emscripten_stack_restore, __emscripten_stack_alloc = e4._emscripten_stack_alloc, _emscripten_stack_get_current = e4.emscripten_stack_get_current, memory = wasmMemory = e4.memory, ___stack_pointer = e4.__stack_pointer, __indirect_function_table = wasmTable = e4.__indirect_function_table, ___heap_base = e4.__heap_base.value;
  }
  var wasmImports = { __call_sighandler: ___call_sighandler, __syscall_chmod: ___syscall_chmod, __syscall_dup3: ___syscall_dup3, __syscall_faccessat: ___syscall_faccessat, __syscall_fadvise64: ___syscall_fadvise64, __syscall_fcntl64: ___syscall_fcntl64, __syscall_fstat64: ___syscall_fstat64, __syscall_getcwd: ___syscall_getcwd, __syscall_getdents64: ___syscall_getdents64, __syscall_ioctl: ___syscall_ioctl, __syscall_lstat64: ___syscall_lstat64, __syscall_mkdirat: ___syscall_mkdirat, __syscall_newfstatat: ___syscall_newfstatat, __syscall_openat: ___syscall_openat, __syscall_readlinkat: ___syscall_readlinkat, __syscall_rmdir: ___syscall_rmdir, __syscall_stat64: ___syscall_stat64, __syscall_symlinkat: ___syscall_symlinkat, __syscall_umask: ___syscall_umask, __syscall_unlinkat: ___syscall_unlinkat, _abort_js: __abort_js, _emscripten_runtime_keepalive_clear: __emscripten_runtime_keepalive_clear, _emscripten_throw_longjmp: __emscripten_throw_longjmp, _localtime_js: __localtime_js, _mktime_js: __mktime_js, _mmap_js: __mmap_js, _munmap_js: __munmap_js, _setitimer_js: __setitimer_js, _tzset_js: __tzset_js, emscripten_date_now: _emscripten_date_now, emscripten_get_now: _emscripten_get_now, emscripten_resize_heap: _emscripten_resize_heap, environ_get: _environ_get, environ_sizes_get: _environ_sizes_get, exit: _exit, fd_close: _fd_close, fd_fdstat_get: _fd_fdstat_get, fd_read: _fd_read, fd_seek: _fd_seek, fd_sync: _fd_sync, fd_write: _fd_write, getaddrinfo: _getaddrinfo, invoke_ii, invoke_iiii, invoke_vii, proc_exit: _proc_exit };
  function invoke_iiii(e4, r11, t33, n3) {
    var i7 = stackSave();
    try {
      return getWasmTableEntry(e4)(r11, t33, n3);
    } catch (o9) {
      if (stackRestore(i7), !(o9 instanceof EmscriptenEH)) throw o9;
      _setThrew(1, 0);
    }
  }
  function invoke_ii(e4, r11) {
    var t33 = stackSave();
    try {
      return getWasmTableEntry(e4)(r11);
    } catch (n3) {
      if (stackRestore(t33), !(n3 instanceof EmscriptenEH)) throw n3;
      _setThrew(1, 0);
    }
  }
  function invoke_vii(e4, r11, t33) {
    var n3 = stackSave();
    try {
      getWasmTableEntry(e4)(r11, t33);
    } catch (i7) {
      if (stackRestore(n3), !(i7 instanceof EmscriptenEH)) throw i7;
      _setThrew(1, 0);
    }
  }
  function callMain(e4 = []) {
    var r11 = resolveGlobalSymbol("main").sym;
    if (r11) {
      e4.unshift(thisProgram);
      var t33 = e4.length, n3 = stackAlloc((t33 + 1) * 4), i7 = n3;
      for (var o9 of e4) HEAPU32[i7 >> 2] = stringToUTF8OnStack(o9), i7 += 4;
      HEAPU32[i7 >> 2] = 0;
      try {
        var a16 = r11(t33, n3);
        return exitJS(a16, true), a16;
      } catch (s4) {
        return handleException(s4);
      }
    }
  }
  async function run(e4 = programArgs) {
    preRun(), runDependencies && await resolveRunDependencies();
    var r11 = Module.setStatus;
    if (r11 && (r11("Running..."), await new Promise((n3) => setTimeout(n3, 1)), setTimeout(r11, 1, "")), !ABORT) {
      initRuntime(), Module.onRuntimeInitialized?.();
      var t33 = Module.noInitialRun || true;
      t33 || callMain(e4), postRun();
    }
  }
  var wasmExports;
  return wasmExports = await createWasm(), await run(), quit_ = (e4, r11) => {
    throw r11;
  }, Module;
}
function Dr(e4, r11) {
  let t33 = r11.lastIndex, n3 = [], i7;
  for (; i7 = r11.exec(e4); ) n3.push(i7), r11.lastIndex === i7.index && (r11.lastIndex += 1);
  return r11.lastIndex = t33, n3;
}
function Nr(e4, r11, t33) {
  let n3 = typeof e4 == "function" ? e4(t33) : e4[t33];
  return typeof n3 > "u" && t33 !== "" ? n3 = "" : typeof n3 > "u" && (n3 = "$"), typeof n3 == "object" ? r11 + C + JSON.stringify(n3) + C : r11 + n3;
}
function Rr(e4, r11, t33) {
  t33 || (t33 = {});
  let n3 = t33.escape || "\\", i7 = "(\\" + n3 + `['"` + Oe2 + `]|[^\\s'"` + Oe2 + "])+", o9 = new RegExp(["(" + Re2 + ")", "(" + i7 + "|" + Tr + "|" + Pr + ")+"].join("|"), "g"), a16 = Dr(e4, o9);
  if (a16.length === 0) return [];
  r11 || (r11 = {});
  let s4 = false;
  return a16.map(function(l2) {
    let u3 = l2[0];
    if (!u3 || s4) return;
    if (Me2.test(u3)) return { op: u3 };
    let c6 = false, _3 = false, m7 = "", f5 = false, p7;
    function F6() {
      p7 += 1;
      let S5, E5, y6 = u3.charAt(p7);
      if (y6 === "{") {
        if (p7 += 1, u3.charAt(p7) === "}") throw new Error("Bad substitution: " + u3.slice(p7 - 2, p7 + 1));
        if (S5 = u3.indexOf("}", p7), S5 < 0) throw new Error("Bad substitution: " + u3.slice(p7));
        E5 = u3.slice(p7, S5), p7 = S5;
      } else if (/[*@#?$!_-]/.test(y6)) E5 = y6, p7 += 1;
      else {
        let A5 = u3.slice(p7), d5 = A5.match(/[^\w\d_]/);
        d5 ? (E5 = A5.slice(0, d5.index), p7 += d5.index - 1) : (E5 = A5, p7 = u3.length);
      }
      return Nr(r11, "", E5);
    }
    for (p7 = 0; p7 < u3.length; p7++) {
      let S5 = u3.charAt(p7);
      if (f5 = f5 || !c6 && (S5 === "*" || S5 === "?"), _3) m7 += S5, _3 = false;
      else if (c6) S5 === c6 ? c6 = false : c6 === De2 ? m7 += S5 : S5 === n3 ? (p7 += 1, S5 = u3.charAt(p7), S5 === Ne2 || S5 === n3 || S5 === oe2 ? m7 += S5 : m7 += n3 + S5) : S5 === oe2 ? m7 += F6() : m7 += S5;
      else if (S5 === Ne2 || S5 === De2) c6 = S5;
      else {
        if (Me2.test(S5)) return { op: u3 };
        if (kr.test(S5)) {
          s4 = true;
          let E5 = { comment: e4.slice(l2.index + p7 + 1) };
          return m7.length ? [m7, E5] : [E5];
        } else S5 === n3 ? _3 = true : S5 === oe2 ? m7 += F6() : m7 += S5;
      }
    }
    return f5 ? { op: "glob", pattern: m7 } : m7;
  }).reduce(function(l2, u3) {
    return typeof u3 > "u" ? l2 : l2.concat(u3);
  }, []);
}
function ae2(e4, r11, t33) {
  let n3 = Rr(e4, r11, t33);
  return typeof r11 != "function" ? n3 : n3.reduce(function(i7, o9) {
    if (typeof o9 == "object") return i7.concat(o9);
    let a16 = o9.split(RegExp("(" + C + ".*?" + C + ")", "g"));
    return a16.length === 1 ? i7.concat(a16[0]) : i7.concat(a16.filter(Boolean).map(function(s4) {
      return Or.test(s4) ? JSON.parse(s4.split(C)[1]) : s4;
    }));
  }, []);
}
function Ur(e4, r11) {
  if (!e4) throw new Error(r11 ?? "Assertion failed");
}
function B2(e4, ...r11) {
  e4 && e4 > 0 && console.log("initdb: ", ...r11);
}
async function Cr({ pg: e4, debug: r11, args: t33, wasmModule: n3 }) {
  let i7, o9, a16, s4 = false, l2 = [], u3 = 0, c6 = -1, _3 = -1, m7 = "", f5 = "", p7 = (d5) => {
    let g7 = d5.shift();
    B2(r11, "initdb: firstArg", g7), Ur(g7 === "/pglite/bin/postgres", `trying to execute ${g7}`), e4.Module.HEAPU8.set(F6), B2(r11, "executing pg main with", d5);
    let v5 = e4.callMain(d5);
    return B2(r11, v5), l2 = [], v5;
  }, F6 = e4.Module.HEAPU8.slice(), S5 = new WebAssembly.Memory({ initial: 8, maximum: 100 }), y6 = await ke2({ arguments: t33, noExitRuntime: false, wasmMemory: S5, thisProgram: Lr, stdin: () => null, print: (d5) => {
    f5 += d5, B2(r11, "initdbout", d5);
  }, printErr: (d5) => {
    m7 += d5, B2(r11, "initdberr", d5);
  }, instantiateWasm: (d5, g7) => (p3.instantiateWasm(d5, n3 ?? (() => new URL("./initdb.wasm", import.meta.url))).then(({ instance: v5, module: N5 }) => {
    g7(v5, N5);
  }), {}), locateFile: (d5, g7) => d5.endsWith(".so") ? "/pglite/lib/" + d5 : g7 + d5, preRun: [(d5) => {
    d5.ENV.PGDATA = I, d5.ENV.HOME = "/home/postgres", d5.ENV.USER = "postgres", d5.ENV.LOGNAME = "postgres", d5.ENV.ICU_DATA = Hr, d5.ENV.TZ = "UTC";
  }, (d5) => {
    d5.FS.mkdirTree(U3), d5.FS.mount(d5.PROXYFS, { root: U3, fs: e4.Module.FS }, U3);
  }, (d5) => {
    d5.onRuntimeInitialized = () => {
      i7 = d5.addFunction((g7) => (l2 = Le2(d5.UTF8ToString(g7)), p7(l2)), "pi"), d5._pgl_set_system_fn(i7), o9 = d5.addFunction((g7, v5) => {
        let N5 = d5.UTF8ToString(v5);
        if (l2 = Le2(d5.UTF8ToString(g7)), N5 === "r") return u3 = p7(l2), c6;
        if (N5 === "w") return s4 = true, _3;
        throw `Unexpected popen mode value ${N5}`;
      }, "ppi"), d5._pgl_set_popen_fn(o9), a16 = d5.addFunction((g7) => g7 === c6 || g7 === _3 ? (s4 && (s4 = false, u3 = p7(l2)), u3) : d5._pclose(g7), "pi"), d5._pgl_set_pclose_fn(a16);
      {
        let g7 = e4.Module.stringToUTF8OnStack(He2), v5 = e4.Module.stringToUTF8OnStack("r");
        e4.Module._pgl_freopen(g7, v5, 0);
        let N5 = e4.Module.stringToUTF8OnStack(Ue2), K3 = e4.Module.stringToUTF8OnStack("w");
        e4.Module._pgl_freopen(N5, K3, 1);
      }
      {
        let g7 = d5.stringToUTF8OnStack(Ue2), v5 = d5.stringToUTF8OnStack("r");
        c6 = d5._fopen(g7, v5);
        let N5 = d5.stringToUTF8OnStack(He2), K3 = d5.stringToUTF8OnStack("w");
        _3 = d5._fopen(N5, K3);
      }
    };
  }] });
  return B2(r11, "calling initdb.main with", t33), { exitCode: y6.callMain(t33), stderr: m7, stdout: f5, dataFolder: I };
}
function Le2(e4) {
  let r11 = [], t33 = ae2(e4);
  for (let n3 = 0; n3 < t33.length; n3++) {
    let i7 = t33[n3];
    if (typeof i7 == "object" && "op" in i7) break;
    typeof i7 == "string" && r11.push(i7);
  }
  return r11;
}
async function St2({ pg: e4, debug: r11, args: t33, wasmModule: n3 }) {
  return await Cr({ pg: e4, debug: r11, args: ["--allow-group-access", "--encoding", "UTF8", "--locale=C.UTF-8", "--locale-provider=libc", "--auth=trust", ...t33 ?? []], wasmModule: n3 });
}
var j2, Y2, re, ye2, we2, be2, O2, Sr, Pe2, ke2, Re2, Me2, Oe2, Tr, Pr, kr, De2, Ne2, oe2, C, Mr, Or, U3, I, Hr, Lr, pt2, Ue2, He2, Ce2, Ie2, xe2, Ir;
var init_chunk_N66TTF7B = __esm({
  "node_modules/@electric-sql/pglite/dist/chunk-N66TTF7B.js"() {
    init_chunk_BD5WXLQO();
    init_chunk_ZSOCVAT7();
    j2 = D((xr, b4) => {
      "use strict";
      u();
      var le3 = 9007199254740991, ue3 = /* @__PURE__ */ (function(e4) {
        return e4;
      })();
      function Be3(e4) {
        return e4 === ue3;
      }
      function ce3(e4) {
        return typeof e4 == "string" || Object.prototype.toString.call(e4) == "[object String]";
      }
      function je3(e4) {
        return Object.prototype.toString.call(e4) == "[object Date]";
      }
      function W3(e4) {
        return e4 !== null && typeof e4 == "object";
      }
      function X2(e4) {
        return typeof e4 == "function";
      }
      function Ye3(e4) {
        return typeof e4 == "number" && e4 > -1 && e4 % 1 == 0 && e4 <= le3;
      }
      function Ge3(e4) {
        return Object.prototype.toString.call(e4) == "[object Array]";
      }
      function de2(e4) {
        return W3(e4) && !X2(e4) && Ye3(e4.length);
      }
      function J4(e4) {
        return Object.prototype.toString.call(e4) == "[object ArrayBuffer]";
      }
      function We3(e4, r11) {
        return Array.prototype.map.call(e4, r11);
      }
      function Xe3(e4, r11) {
        var t33 = ue3;
        return X2(r11) && Array.prototype.every.call(e4, function(n3, i7, o9) {
          var a16 = r11(n3, i7, o9);
          return a16 && (t33 = n3), !a16;
        }), t33;
      }
      function Ve3(e4) {
        return Object.assign.apply(null, arguments);
      }
      function fe(e4) {
        var r11, t33, n3;
        if (ce3(e4)) {
          for (t33 = e4.length, n3 = new Uint8Array(t33), r11 = 0; r11 < t33; r11++) n3[r11] = e4.charCodeAt(r11) & 255;
          return n3;
        }
        return J4(e4) ? new Uint8Array(e4) : W3(e4) && J4(e4.buffer) ? new Uint8Array(e4.buffer) : de2(e4) ? new Uint8Array(e4) : W3(e4) && X2(e4.toString) ? fe(e4.toString()) : new Uint8Array();
      }
      b4.exports.MAX_SAFE_INTEGER = le3;
      b4.exports.isUndefined = Be3;
      b4.exports.isString = ce3;
      b4.exports.isObject = W3;
      b4.exports.isDateTime = je3;
      b4.exports.isFunction = X2;
      b4.exports.isArray = Ge3;
      b4.exports.isArrayLike = de2;
      b4.exports.isArrayBuffer = J4;
      b4.exports.map = We3;
      b4.exports.find = Xe3;
      b4.exports.extend = Ve3;
      b4.exports.toUint8Array = fe;
    });
    Y2 = D((Br, _e3) => {
      "use strict";
      u();
      var Q4 = "\0";
      _e3.exports = { NULL_CHAR: Q4, TMAGIC: "ustar" + Q4 + "00", OLDGNU_MAGIC: "ustar  " + Q4, REGTYPE: 0, LNKTYPE: 1, SYMTYPE: 2, CHRTYPE: 3, BLKTYPE: 4, DIRTYPE: 5, FIFOTYPE: 6, CONTTYPE: 7, TSUID: parseInt("4000", 8), TSGID: parseInt("2000", 8), TSVTX: parseInt("1000", 8), TUREAD: parseInt("0400", 8), TUWRITE: parseInt("0200", 8), TUEXEC: parseInt("0100", 8), TGREAD: parseInt("0040", 8), TGWRITE: parseInt("0020", 8), TGEXEC: parseInt("0010", 8), TOREAD: parseInt("0004", 8), TOWRITE: parseInt("0002", 8), TOEXEC: parseInt("0001", 8), TPERMALL: parseInt("0777", 8), TPERMMASK: parseInt("0777", 8) };
    });
    re = D((Yr, T6) => {
      "use strict";
      u();
      var me2 = j2(), w6 = Y2(), $e3 = 512, Z3 = w6.TPERMALL, pe3 = 0, Se2 = 0, ee3 = [["name", 100, 0, function(e4, r11) {
        return G3(e4[r11[0]], r11[1]);
      }, function(e4, r11, t33) {
        return L5(e4.slice(r11, r11 + t33[1]));
      }], ["mode", 8, 100, function(e4, r11) {
        var t33 = e4[r11[0]] || Z3;
        return t33 = t33 & w6.TPERMMASK, z6(t33, r11[1], Z3);
      }, function(e4, r11, t33) {
        var n3 = R4(e4.slice(r11, r11 + t33[1]));
        return n3 &= w6.TPERMMASK, n3;
      }], ["uid", 8, 108, function(e4, r11) {
        return z6(e4[r11[0]], r11[1], pe3);
      }, function(e4, r11, t33) {
        return R4(e4.slice(r11, r11 + t33[1]));
      }], ["gid", 8, 116, function(e4, r11) {
        return z6(e4[r11[0]], r11[1], Se2);
      }, function(e4, r11, t33) {
        return R4(e4.slice(r11, r11 + t33[1]));
      }], ["size", 12, 124, function(e4, r11) {
        return z6(e4.data.length, r11[1]);
      }, function(e4, r11, t33) {
        return R4(e4.slice(r11, r11 + t33[1]));
      }], ["modifyTime", 12, 136, function(e4, r11) {
        return V3(e4[r11[0]], r11[1]);
      }, function(e4, r11, t33) {
        return $5(e4.slice(r11, r11 + t33[1]));
      }], ["checksum", 8, 148, function(e4, r11) {
        return "        ";
      }, function(e4, r11, t33) {
        return R4(e4.slice(r11, r11 + t33[1]));
      }], ["type", 1, 156, function(e4, r11) {
        return "" + (parseInt(e4[r11[0]], 10) || 0) % 8;
      }, function(e4, r11, t33) {
        return (parseInt(String.fromCharCode(e4[r11]), 10) || 0) % 8;
      }], ["linkName", 100, 157, function(e4, r11) {
        return "";
      }, function(e4, r11, t33) {
        return L5(e4.slice(r11, r11 + t33[1]));
      }], ["ustar", 8, 257, function(e4, r11) {
        return w6.TMAGIC;
      }, function(e4, r11, t33) {
        return qe2(L5(e4.slice(r11, r11 + t33[1]), true));
      }, function(e4, r11) {
        return e4[r11[0]] == w6.TMAGIC || e4[r11[0]] == w6.OLDGNU_MAGIC;
      }], ["owner", 32, 265, function(e4, r11) {
        return G3(e4[r11[0]], r11[1]);
      }, function(e4, r11, t33) {
        return L5(e4.slice(r11, r11 + t33[1]));
      }], ["group", 32, 297, function(e4, r11) {
        return G3(e4[r11[0]], r11[1]);
      }, function(e4, r11, t33) {
        return L5(e4.slice(r11, r11 + t33[1]));
      }], ["majorNumber", 8, 329, function(e4, r11) {
        return "";
      }, function(e4, r11, t33) {
        return R4(e4.slice(r11, r11 + t33[1]));
      }], ["minorNumber", 8, 337, function(e4, r11) {
        return "";
      }, function(e4, r11, t33) {
        return R4(e4.slice(r11, r11 + t33[1]));
      }], ["prefix", 131, 345, function(e4, r11) {
        return G3(e4[r11[0]], r11[1]);
      }, function(e4, r11, t33) {
        return L5(e4.slice(r11, r11 + t33[1]));
      }], ["accessTime", 12, 476, function(e4, r11) {
        return V3(e4[r11[0]], r11[1]);
      }, function(e4, r11, t33) {
        return $5(e4.slice(r11, r11 + t33[1]));
      }], ["createTime", 12, 488, function(e4, r11) {
        return V3(e4[r11[0]], r11[1]);
      }, function(e4, r11, t33) {
        return $5(e4.slice(r11, r11 + t33[1]));
      }]], ge3 = (function(e4) {
        var r11 = e4[e4.length - 1];
        return r11[2] + r11[1];
      })(ee3);
      function qe2(e4) {
        if (e4.length == 8) {
          var r11 = e4.split("");
          if (r11[5] == w6.NULL_CHAR) return (r11[6] == " " || r11[6] == w6.NULL_CHAR) && (r11[6] = "0"), (r11[7] == " " || r11[7] == w6.NULL_CHAR) && (r11[7] = "0"), r11 = r11.join(""), r11 == w6.TMAGIC ? r11 : e4;
          if (r11[7] == w6.NULL_CHAR) return r11[5] == w6.NULL_CHAR && (r11[5] = " "), r11[6] == w6.NULL_CHAR && (r11[6] = " "), r11 == w6.OLDGNU_MAGIC ? r11 : e4;
        }
        return e4;
      }
      function G3(e4, r11) {
        return r11 -= 1, me2.isUndefined(e4) && (e4 = ""), e4 = ("" + e4).substr(0, r11), e4 + w6.NULL_CHAR;
      }
      function z6(e4, r11, t33) {
        for (t33 = parseInt(t33) || 0, r11 -= 1, e4 = (parseInt(e4) || t33).toString(8).substr(-r11, r11); e4.length < r11; ) e4 = "0" + e4;
        return e4 + w6.NULL_CHAR;
      }
      function V3(e4, r11) {
        if (me2.isDateTime(e4)) e4 = Math.floor(1 * e4 / 1e3);
        else if (e4 = parseInt(e4, 10), isFinite(e4)) {
          if (e4 <= 0) return "";
        } else e4 = Math.floor(1 * /* @__PURE__ */ new Date() / 1e3);
        return z6(e4, r11, 0);
      }
      function L5(e4, r11) {
        var t33 = String.fromCharCode.apply(null, e4);
        if (r11) return t33;
        var n3 = t33.indexOf(w6.NULL_CHAR);
        return n3 >= 0 ? t33.substr(0, n3) : t33;
      }
      function R4(e4) {
        var r11 = String.fromCharCode.apply(null, e4);
        return parseInt(r11.replace(/^0+$/g, ""), 8) || 0;
      }
      function $5(e4) {
        return e4.length == 0 || e4[0] == 0 ? null : new Date(1e3 * R4(e4));
      }
      function Ke3(e4, r11, t33) {
        var n3 = parseInt(r11, 10) || 0, i7 = Math.min(n3 + ge3, e4.length), o9 = 0, a16 = 0, s4 = 0;
        t33 && ee3.every(function(_3) {
          return _3[0] == "checksum" ? (a16 = n3 + _3[2], s4 = a16 + _3[1], false) : true;
        });
        for (var l2 = 32, u3 = n3; u3 < i7; u3++) {
          var c6 = u3 >= a16 && u3 < s4 ? l2 : e4[u3];
          o9 = (o9 + c6) % 262144;
        }
        return o9;
      }
      T6.exports.recordSize = $e3;
      T6.exports.defaultFileMode = Z3;
      T6.exports.defaultUid = pe3;
      T6.exports.defaultGid = Se2;
      T6.exports.posixHeader = ee3;
      T6.exports.effectiveHeaderSize = ge3;
      T6.exports.calculateChecksum = Ke3;
      T6.exports.formatTarString = G3;
      T6.exports.formatTarNumber = z6;
      T6.exports.formatTarDateTime = V3;
      T6.exports.parseTarString = L5;
      T6.exports.parseTarNumber = R4;
      T6.exports.parseTarDateTime = $5;
    });
    ye2 = D((Wr, Fe3) => {
      "use strict";
      u();
      var Je3 = Y2(), q5 = j2(), H4 = re();
      function ve3(e4) {
        return H4.recordSize;
      }
      function Ee3(e4) {
        return Math.ceil(e4.data.length / H4.recordSize) * H4.recordSize;
      }
      function Qe3(e4) {
        var r11 = 0;
        return e4.forEach(function(t33) {
          r11 += ve3(t33) + Ee3(t33);
        }), r11 += H4.recordSize * 2, new Uint8Array(r11);
      }
      function Ze3(e4, r11, t33) {
        t33 = parseInt(t33) || 0;
        var n3 = t33;
        H4.posixHeader.forEach(function(l2) {
          for (var u3 = l2[3](r11, l2), c6 = u3.length, _3 = 0; _3 < c6; _3 += 1) e4[n3 + _3] = u3.charCodeAt(_3) & 255;
          n3 += l2[1];
        });
        var i7 = q5.find(H4.posixHeader, function(l2) {
          return l2[0] == "checksum";
        });
        if (i7) {
          var o9 = H4.calculateChecksum(e4, t33, true), a16 = H4.formatTarNumber(o9, i7[1] - 2) + Je3.NULL_CHAR + " ";
          n3 = t33 + i7[2];
          for (var s4 = 0; s4 < a16.length; s4 += 1) e4[n3] = a16.charCodeAt(s4) & 255, n3++;
        }
        return t33 + ve3(r11);
      }
      function er(e4, r11, t33) {
        return t33 = parseInt(t33, 10) || 0, e4.set(r11.data, t33), t33 + Ee3(r11);
      }
      function rr(e4) {
        e4 = q5.map(e4, function(n3) {
          return q5.extend({}, n3, { data: q5.toUint8Array(n3.data) });
        });
        var r11 = Qe3(e4), t33 = 0;
        return e4.forEach(function(n3) {
          t33 = Ze3(r11, n3, t33), t33 = er(r11, n3, t33);
        }), r11;
      }
      Fe3.exports.tar = rr;
    });
    we2 = D((Vr, he2) => {
      "use strict";
      u();
      var tr = Y2(), ne2 = j2(), D8 = re(), nr = { extractData: true, checkHeader: true, checkChecksum: true, checkFileSize: true }, ir = { size: true, checksum: true, ustar: true }, te3 = { unexpectedEndOfFile: "Unexpected end of file.", fileCorrupted: "File is corrupted.", checksumCheckFailed: "Checksum check failed." };
      function or(e4) {
        return D8.recordSize;
      }
      function ar(e4) {
        return Math.ceil(e4 / D8.recordSize) * D8.recordSize;
      }
      function sr(e4, r11) {
        for (var t33 = r11, n3 = Math.min(e4.length, r11 + D8.recordSize * 2), i7 = t33; i7 < n3; i7++) if (e4[i7] != 0) return false;
        return true;
      }
      function lr(e4, r11, t33) {
        if (e4.length - r11 < D8.recordSize) {
          if (t33.checkFileSize) throw new Error(te3.unexpectedEndOfFile);
          return null;
        }
        r11 = parseInt(r11) || 0;
        var n3 = {}, i7 = r11;
        if (D8.posixHeader.forEach(function(s4) {
          n3[s4[0]] = s4[4](e4, i7, s4), i7 += s4[1];
        }), n3.type != 0 && (n3.size = 0), t33.checkHeader && D8.posixHeader.forEach(function(s4) {
          if (ne2.isFunction(s4[5]) && !s4[5](n3, s4)) {
            var l2 = new Error(te3.fileCorrupted);
            throw l2.data = { offset: r11 + s4[2], field: s4[0] }, l2;
          }
        }), t33.checkChecksum) {
          var o9 = D8.calculateChecksum(e4, r11, true);
          if (o9 != n3.checksum) {
            var a16 = new Error(te3.checksumCheckFailed);
            throw a16.data = { offset: r11, header: n3, checksum: o9 }, a16;
          }
        }
        return n3;
      }
      function ur(e4, r11, t33, n3) {
        return n3.extractData ? t33.size <= 0 ? new Uint8Array() : e4.slice(r11, r11 + t33.size) : null;
      }
      function cr(e4, r11) {
        var t33 = {};
        return D8.posixHeader.forEach(function(n3) {
          var i7 = n3[0];
          ir[i7] || (t33[i7] = e4[i7]);
        }), t33.isOldGNUFormat = e4.ustar == tr.OLDGNU_MAGIC, r11 && (t33.data = r11), t33;
      }
      function dr(e4, r11) {
        r11 = ne2.extend({}, nr, r11);
        for (var t33 = [], n3 = 0, i7 = e4.length; i7 - n3 >= D8.recordSize; ) {
          e4 = ne2.toUint8Array(e4);
          var o9 = lr(e4, n3, r11);
          if (!o9) break;
          n3 += or(o9);
          var a16 = ur(e4, n3, o9, r11);
          if (t33.push(cr(o9, a16)), n3 += ar(o9.size), sr(e4, n3)) break;
        }
        return t33;
      }
      he2.exports.untar = dr;
    });
    be2 = D((qr, Ae2) => {
      "use strict";
      u();
      var fr = j2(), _r = Y2(), mr = ye2(), pr = we2();
      fr.extend(Ae2.exports, mr, pr, _r);
    });
    u();
    u();
    O2 = L(be2(), 1);
    Sr = ["application/x-gtar", "application/x-tar+gzip", "application/x-gzip", "application/gzip"];
    u();
    u();
    u();
    Pe2 = br;
    ke2 = Pe2;
    u();
    Re2 = "(?:" + ["\\|\\|", "\\&\\&", ";;", "\\|\\&", "\\<\\(", "\\<\\<\\<", ">>", ">\\&", "<\\&", "[&;()|<>]"].join("|") + ")";
    Me2 = new RegExp("^" + Re2 + "$");
    Oe2 = "|&;()<> \\t";
    Tr = '"((\\\\"|[^"])*?)"';
    Pr = "'((\\\\'|[^'])*?)'";
    kr = /^#$/;
    De2 = "'";
    Ne2 = '"';
    oe2 = "$";
    C = "";
    Mr = 4294967296;
    for (let e4 = 0; e4 < 4; e4++) C += (Mr * Math.random()).toString(16);
    Or = new RegExp("^" + C);
    U3 = "/pglite";
    I = U3 + "/data";
    Hr = U3 + "/icu";
    Lr = U3 + "/bin/initdb";
    pt2 = U3 + "/bin/postgres";
    Ue2 = U3 + "/pgstdout";
    He2 = U3 + "/pgstdin";
    Ce2 = class {
      constructor(r11) {
        this.dataDir = r11;
      }
      async init(r11, t33) {
        return this.pg = r11, { emscriptenOpts: t33 };
      }
      async syncToFs(r11) {
      }
      async initialSyncFs() {
      }
      async closeFs() {
      }
      async dumpTar(r11, t33) {
        return ie2(this.pg.Module.FS, I, r11, t33);
      }
    };
    Ie2 = class {
      constructor(r11, { debug: t33 = false } = {}) {
        this.dataDir = r11, this.debug = t33;
      }
      async syncToFs(r11) {
      }
      async initialSyncFs() {
      }
      async closeFs() {
      }
      async dumpTar(r11, t33) {
        return ie2(this.pg.Module.FS, I, r11, t33);
      }
      async init(r11, t33) {
        return this.pg = r11, { emscriptenOpts: { ...t33, preRun: [...t33.preRun || [], (i7) => {
          let o9 = Ir(i7, this);
          i7.FS.mkdirTree(I), i7.FS.mount(o9, {}, I);
        }] } };
      }
    };
    xe2 = { EBADF: 8, EBADFD: 127, EEXIST: 20, EINVAL: 28, EISDIR: 31, ENODEV: 43, ENOENT: 44, ENOTDIR: 54, ENOTEMPTY: 55 };
    Ir = (e4, r11) => {
      let t33 = e4.FS, n3 = r11.debug ? console.log : null, i7 = { tryFSOperation(o9) {
        try {
          return o9();
        } catch (a16) {
          throw a16.code ? a16.code === "UNKNOWN" ? new t33.ErrnoError(xe2.EINVAL) : new t33.ErrnoError(a16.code) : a16;
        }
      }, mount(o9) {
        return i7.createNode(null, "/", 16895, 0);
      }, syncfs(o9, a16, s4) {
      }, createNode(o9, a16, s4, l2) {
        if (!t33.isDir(s4) && !t33.isFile(s4)) throw new t33.ErrnoError(28);
        let u3 = t33.createNode(o9, a16, s4);
        return u3.node_ops = i7.node_ops, u3.stream_ops = i7.stream_ops, u3;
      }, getMode: function(o9) {
        return n3?.("getMode", o9), i7.tryFSOperation(() => r11.lstat(o9).mode);
      }, realPath: function(o9) {
        let a16 = [];
        for (; o9.parent !== o9; ) a16.push(o9.name), o9 = o9.parent;
        return a16.push(o9.mount.opts.root), a16.reverse(), a16.join("/");
      }, node_ops: { getattr(o9) {
        n3?.("getattr", i7.realPath(o9));
        let a16 = i7.realPath(o9);
        return i7.tryFSOperation(() => {
          let s4 = r11.lstat(a16);
          return { ...s4, dev: 0, ino: o9.id, nlink: 1, rdev: o9.rdev, atime: new Date(s4.atime), mtime: new Date(s4.mtime), ctime: new Date(s4.ctime) };
        });
      }, setattr(o9, a16) {
        n3?.("setattr", i7.realPath(o9), a16);
        let s4 = i7.realPath(o9);
        i7.tryFSOperation(() => {
          if (a16.mode !== void 0 && r11.chmod(s4, a16.mode), a16.size !== void 0 && r11.truncate(s4, a16.size), a16.timestamp !== void 0 && r11.utimes(s4, a16.timestamp, a16.timestamp), a16.atime || a16.mtime) {
            let l2 = new Date(a16.atime || a16.mtime).getTime(), u3 = new Date(a16.mtime || a16.atime).getTime();
            r11.utimes(s4, l2, u3);
          }
          a16.size !== void 0 && r11.truncate(s4, a16.size);
        });
      }, lookup(o9, a16) {
        n3?.("lookup", i7.realPath(o9), a16);
        let s4 = [i7.realPath(o9), a16].join("/"), l2 = i7.getMode(s4);
        return i7.createNode(o9, a16, l2);
      }, mknod(o9, a16, s4, l2) {
        n3?.("mknod", i7.realPath(o9), a16, s4, l2);
        let u3 = i7.createNode(o9, a16, s4, l2), c6 = i7.realPath(u3);
        return i7.tryFSOperation(() => (t33.isDir(u3.mode) ? r11.mkdir(c6, { mode: s4 }) : r11.writeFile(c6, "", { mode: s4 }), u3));
      }, rename(o9, a16, s4) {
        n3?.("rename", i7.realPath(o9), i7.realPath(a16), s4);
        let l2 = i7.realPath(o9), u3 = [i7.realPath(a16), s4].join("/");
        i7.tryFSOperation(() => {
          r11.rename(l2, u3);
        }), o9.name = s4;
      }, unlink(o9, a16) {
        n3?.("unlink", i7.realPath(o9), a16);
        let s4 = [i7.realPath(o9), a16].join("/");
        try {
          r11.unlink(s4);
        } catch {
        }
      }, rmdir(o9, a16) {
        n3?.("rmdir", i7.realPath(o9), a16);
        let s4 = [i7.realPath(o9), a16].join("/");
        return i7.tryFSOperation(() => {
          r11.rmdir(s4);
        });
      }, readdir(o9) {
        n3?.("readdir", i7.realPath(o9));
        let a16 = i7.realPath(o9);
        return i7.tryFSOperation(() => r11.readdir(a16));
      }, symlink(o9, a16, s4) {
        throw n3?.("symlink", i7.realPath(o9), a16, s4), new t33.ErrnoError(63);
      }, readlink(o9) {
        throw n3?.("readlink", i7.realPath(o9)), new t33.ErrnoError(63);
      } }, stream_ops: { open(o9) {
        n3?.("open stream", i7.realPath(o9.node));
        let a16 = i7.realPath(o9.node);
        return i7.tryFSOperation(() => {
          t33.isFile(o9.node.mode) && (o9.shared.refcount = 1, o9.nfd = r11.open(a16));
        });
      }, close(o9) {
        return n3?.("close stream", i7.realPath(o9.node)), i7.tryFSOperation(() => {
          t33.isFile(o9.node.mode) && o9.nfd && --o9.shared.refcount === 0 && r11.close(o9.nfd);
        });
      }, dup(o9) {
        n3?.("dup stream", i7.realPath(o9.node)), o9.shared.refcount++;
      }, read(o9, a16, s4, l2, u3) {
        return n3?.("read stream", i7.realPath(o9.node), s4, l2, u3), l2 === 0 ? 0 : i7.tryFSOperation(() => r11.read(o9.nfd, a16, s4, l2, u3));
      }, write(o9, a16, s4, l2, u3) {
        return n3?.("write stream", i7.realPath(o9.node), s4, l2, u3), i7.tryFSOperation(() => r11.write(o9.nfd, a16.buffer, s4, l2, u3));
      }, llseek(o9, a16, s4) {
        n3?.("llseek stream", i7.realPath(o9.node), a16, s4);
        let l2 = a16;
        if (s4 === 1 ? l2 += o9.position : s4 === 2 && t33.isFile(o9.node.mode) && i7.tryFSOperation(() => {
          let u3 = r11.fstat(o9.nfd);
          l2 += u3.size;
        }), l2 < 0) throw new t33.ErrnoError(28);
        return l2;
      }, mmap(o9, a16, s4, l2, u3) {
        if (n3?.("mmap stream", i7.realPath(o9.node), a16, s4, l2, u3), !t33.isFile(o9.node.mode)) throw new t33.ErrnoError(xe2.ENODEV);
        let c6 = e4.mmapAlloc(a16);
        return i7.stream_ops.read(o9, e4.HEAPU8, c6, a16, s4), { ptr: c6, allocated: true };
      }, msync(o9, a16, s4, l2, u3) {
        return n3?.("msync stream", i7.realPath(o9.node), s4, l2, u3), i7.stream_ops.write(o9, a16, 0, l2, s4), 0;
      } } };
      return i7;
    };
  }
});

// node_modules/@electric-sql/pglite/dist/fs/nodefs.js
var nodefs_exports = {};
__export(nodefs_exports, {
  NodeFS: () => m3
});
import * as o4 from "fs";
import * as r from "path";
var m3;
var init_nodefs = __esm({
  "node_modules/@electric-sql/pglite/dist/fs/nodefs.js"() {
    init_chunk_N66TTF7B();
    init_chunk_BD5WXLQO();
    init_chunk_ZSOCVAT7();
    u();
    m3 = class extends Ce2 {
      constructor(t33) {
        super(t33), this.rootDir = r.resolve(t33), o4.existsSync(r.join(this.rootDir)) || o4.mkdirSync(this.rootDir);
      }
      async init(t33, e4) {
        return this.pg = t33, { emscriptenOpts: { ...e4, preRun: [...e4.preRun || [], (s4) => {
          let c6 = s4.NODEFS;
          s4.FS.mkdirTree(I), s4.FS.mount(c6, { root: this.rootDir }, I);
        }] } };
      }
      async closeFs() {
        this.pg.Module.FS.quit();
      }
    };
  }
});

// node_modules/@electric-sql/pglite/dist/fs/opfs-ahp.js
var opfs_ahp_exports = {};
__export(opfs_ahp_exports, {
  OpfsAhpFS: () => z3
});
var U4, $2, M, I2, k2, N2, H2, y3, f4, x4, F4, P4, S3, r2, L3, D4, E, w3, m4, A2, C2, T4, z3, d3;
var init_opfs_ahp = __esm({
  "node_modules/@electric-sql/pglite/dist/fs/opfs-ahp.js"() {
    init_chunk_N66TTF7B();
    init_chunk_BD5WXLQO();
    init_chunk_ZSOCVAT7();
    u();
    U4 = "state.txt";
    $2 = "data";
    M = { DIR: 16384, FILE: 32768 };
    z3 = class extends Ie2 {
      constructor(e4, { initialPoolSize: t33 = 1e3, maintainedPoolSize: s4 = 100, debug: i7 = false } = {}) {
        super(e4, { debug: i7 });
        R(this, r2);
        R(this, I2);
        R(this, k2);
        R(this, N2);
        R(this, H2);
        R(this, y3);
        R(this, f4, /* @__PURE__ */ new Map());
        R(this, x4, 0);
        R(this, F4, /* @__PURE__ */ new Map());
        R(this, P4, /* @__PURE__ */ new Map());
        this.lastCheckpoint = 0;
        this.checkpointInterval = 1e3 * 60;
        this.poolCounter = 0;
        R(this, S3, /* @__PURE__ */ new Set());
        this.initialPoolSize = t33, this.maintainedPoolSize = s4;
      }
      async init(e4, t33) {
        return await T(this, r2, L3).call(this), super.init(e4, t33);
      }
      async syncToFs(e4 = false) {
        await this.maybeCheckpointState(), await this.maintainPool(), e4 || this.flush();
      }
      async closeFs() {
        for (let e4 of h(this, f4).values()) e4.sh.close();
        h(this, y3).flush(), h(this, y3).close(), this.pg.Module.FS.quit();
      }
      async maintainPool(e4) {
        e4 = e4 || this.maintainedPoolSize;
        let t33 = e4 - this.state.pool.length, s4 = [];
        for (let i7 = 0; i7 < t33; i7++) s4.push(new Promise(async (a16) => {
          ++this.poolCounter;
          let c6 = `${(Date.now() - 1704063600).toString(16).padStart(8, "0")}-${this.poolCounter.toString(16).padStart(8, "0")}`, h3 = await h(this, N2).getFileHandle(c6, { create: true }), p7 = await h3.createSyncAccessHandle();
          h(this, f4).set(c6, { fh: h3, sh: p7 }), T(this, r2, E).call(this, { opp: "createPoolFile", args: [c6] }), this.state.pool.push(c6), a16();
        }));
        for (let i7 = 0; i7 > t33; i7--) s4.push(new Promise(async (a16) => {
          let c6 = this.state.pool.pop();
          T(this, r2, E).call(this, { opp: "deletePoolFile", args: [c6] });
          let h3 = h(this, f4).get(c6);
          h3?.sh?.close(), await h(this, N2).removeEntry(h3.fh.name), h(this, f4).delete(c6), a16();
        }));
        await Promise.all(s4);
      }
      _createPoolFileState(e4) {
        this.state.pool.push(e4);
      }
      _deletePoolFileState(e4) {
        let t33 = this.state.pool.indexOf(e4);
        t33 > -1 && this.state.pool.splice(t33, 1);
      }
      async maybeCheckpointState() {
        Date.now() - this.lastCheckpoint > this.checkpointInterval && await this.checkpointState();
      }
      async checkpointState() {
        let e4 = new TextEncoder().encode(JSON.stringify(this.state));
        h(this, y3).truncate(0), h(this, y3).write(e4, { at: 0 }), h(this, y3).flush(), this.lastCheckpoint = Date.now();
      }
      flush() {
        for (let e4 of h(this, S3)) try {
          e4.flush();
        } catch {
        }
        h(this, S3).clear();
      }
      chmod(e4, t33) {
        T(this, r2, D4).call(this, { opp: "chmod", args: [e4, t33] }, () => {
          this._chmodState(e4, t33);
        });
      }
      _chmodState(e4, t33) {
        let s4 = T(this, r2, m4).call(this, e4);
        s4.mode = t33;
      }
      close(e4) {
        let t33 = T(this, r2, A2).call(this, e4);
        h(this, F4).delete(e4), h(this, P4).delete(t33);
      }
      fstat(e4) {
        let t33 = T(this, r2, A2).call(this, e4);
        return this.lstat(t33);
      }
      lstat(e4) {
        let t33 = T(this, r2, m4).call(this, e4), s4 = t33.type === "file" ? h(this, f4).get(t33.backingFilename).sh.getSize() : 0, i7 = 4096;
        return { dev: 0, ino: 0, mode: t33.mode, nlink: 1, uid: 0, gid: 0, rdev: 0, size: s4, blksize: i7, blocks: Math.ceil(s4 / i7), atime: t33.lastModified, mtime: t33.lastModified, ctime: t33.lastModified };
      }
      mkdir(e4, t33) {
        T(this, r2, D4).call(this, { opp: "mkdir", args: [e4, t33] }, () => {
          this._mkdirState(e4, t33);
        });
      }
      _mkdirState(e4, t33) {
        let s4 = T(this, r2, w3).call(this, e4), i7 = s4.pop(), a16 = [], c6 = this.state.root;
        for (let p7 of s4) {
          if (a16.push(e4), !Object.prototype.hasOwnProperty.call(c6.children, p7)) if (t33?.recursive) this.mkdir(a16.join("/"));
          else throw new d3("ENOENT", "No such file or directory");
          if (c6.children[p7].type !== "directory") throw new d3("ENOTDIR", "Not a directory");
          c6 = c6.children[p7];
        }
        if (Object.prototype.hasOwnProperty.call(c6.children, i7)) throw new d3("EEXIST", "File exists");
        let h3 = { type: "directory", lastModified: Date.now(), mode: t33?.mode || M.DIR, children: {} };
        c6.children[i7] = h3;
      }
      open(e4, t33, s4) {
        if (T(this, r2, m4).call(this, e4).type !== "file") throw new d3("EISDIR", "Is a directory");
        let a16 = T(this, r2, C2).call(this);
        return h(this, F4).set(a16, e4), h(this, P4).set(e4, a16), a16;
      }
      readdir(e4) {
        let t33 = T(this, r2, m4).call(this, e4);
        if (t33.type !== "directory") throw new d3("ENOTDIR", "Not a directory");
        return Object.keys(t33.children);
      }
      read(e4, t33, s4, i7, a16) {
        let c6 = T(this, r2, A2).call(this, e4), h3 = T(this, r2, m4).call(this, c6);
        if (h3.type !== "file") throw new d3("EISDIR", "Is a directory");
        return h(this, f4).get(h3.backingFilename).sh.read(new Uint8Array(t33.buffer, s4, i7), { at: a16 });
      }
      rename(e4, t33) {
        T(this, r2, D4).call(this, { opp: "rename", args: [e4, t33] }, () => {
          this._renameState(e4, t33, true);
        });
      }
      _renameState(e4, t33, s4 = false) {
        let i7 = T(this, r2, w3).call(this, e4), a16 = i7.pop(), c6 = T(this, r2, m4).call(this, i7.join("/"));
        if (!Object.prototype.hasOwnProperty.call(c6.children, a16)) throw new d3("ENOENT", "No such file or directory");
        let h3 = T(this, r2, w3).call(this, t33), p7 = h3.pop(), l2 = T(this, r2, m4).call(this, h3.join("/"));
        if (s4 && Object.prototype.hasOwnProperty.call(l2.children, p7)) {
          let u3 = l2.children[p7];
          h(this, f4).get(u3.backingFilename).sh.truncate(0), this.state.pool.push(u3.backingFilename);
        }
        l2.children[p7] = c6.children[a16], delete c6.children[a16];
      }
      rmdir(e4) {
        T(this, r2, D4).call(this, { opp: "rmdir", args: [e4] }, () => {
          this._rmdirState(e4);
        });
      }
      _rmdirState(e4) {
        let t33 = T(this, r2, w3).call(this, e4), s4 = t33.pop(), i7 = T(this, r2, m4).call(this, t33.join("/"));
        if (!Object.prototype.hasOwnProperty.call(i7.children, s4)) throw new d3("ENOENT", "No such file or directory");
        let a16 = i7.children[s4];
        if (a16.type !== "directory") throw new d3("ENOTDIR", "Not a directory");
        if (Object.keys(a16.children).length > 0) throw new d3("ENOTEMPTY", "Directory not empty");
        delete i7.children[s4];
      }
      truncate(e4, t33 = 0) {
        let s4 = T(this, r2, m4).call(this, e4);
        if (s4.type !== "file") throw new d3("EISDIR", "Is a directory");
        let i7 = h(this, f4).get(s4.backingFilename)?.sh;
        if (!i7) throw new d3("ENOENT", "No such file or directory");
        i7.truncate(t33), h(this, S3).add(i7);
      }
      unlink(e4) {
        T(this, r2, D4).call(this, { opp: "unlink", args: [e4] }, () => {
          this._unlinkState(e4, true);
        });
      }
      _unlinkState(e4, t33 = false) {
        let s4 = T(this, r2, w3).call(this, e4), i7 = s4.pop(), a16 = T(this, r2, m4).call(this, s4.join("/"));
        if (!Object.prototype.hasOwnProperty.call(a16.children, i7)) throw new d3("ENOENT", "No such file or directory");
        let c6 = a16.children[i7];
        if (c6.type !== "file") throw new d3("EISDIR", "Is a directory");
        if (delete a16.children[i7], t33) {
          let h3 = h(this, f4).get(c6.backingFilename).sh;
          h3?.truncate(0), h(this, S3).add(h3), h(this, P4).has(e4) && (h(this, F4).delete(h(this, P4).get(e4)), h(this, P4).delete(e4));
        }
        this.state.pool.push(c6.backingFilename);
      }
      utimes(e4, t33, s4) {
        T(this, r2, D4).call(this, { opp: "utimes", args: [e4, t33, s4] }, () => {
          this._utimesState(e4, t33, s4);
        });
      }
      _utimesState(e4, t33, s4) {
        let i7 = T(this, r2, m4).call(this, e4);
        i7.lastModified = s4;
      }
      writeFile(e4, t33, s4) {
        let i7 = T(this, r2, w3).call(this, e4), a16 = i7.pop(), c6 = T(this, r2, m4).call(this, i7.join("/"));
        if (Object.prototype.hasOwnProperty.call(c6.children, a16)) {
          let l2 = c6.children[a16];
          l2.lastModified = Date.now(), T(this, r2, E).call(this, { opp: "setLastModified", args: [e4, l2.lastModified] });
        } else {
          if (this.state.pool.length === 0) throw new Error("No more file handles available in the pool");
          let l2 = { type: "file", lastModified: Date.now(), mode: s4?.mode || M.FILE, backingFilename: this.state.pool.pop() };
          c6.children[a16] = l2, T(this, r2, E).call(this, { opp: "createFileNode", args: [e4, l2] });
        }
        let h3 = c6.children[a16], p7 = h(this, f4).get(h3.backingFilename).sh;
        t33.length > 0 && (p7.write(typeof t33 == "string" ? new TextEncoder().encode(t33) : new Uint8Array(t33), { at: 0 }), e4.startsWith("/pg_wal") && h(this, S3).add(p7));
      }
      _createFileNodeState(e4, t33) {
        let s4 = T(this, r2, w3).call(this, e4), i7 = s4.pop(), a16 = T(this, r2, m4).call(this, s4.join("/"));
        a16.children[i7] = t33;
        let c6 = this.state.pool.indexOf(t33.backingFilename);
        return c6 > -1 && this.state.pool.splice(c6, 1), t33;
      }
      _setLastModifiedState(e4, t33) {
        let s4 = T(this, r2, m4).call(this, e4);
        s4.lastModified = t33;
      }
      write(e4, t33, s4, i7, a16) {
        let c6 = T(this, r2, A2).call(this, e4), h3 = T(this, r2, m4).call(this, c6);
        if (h3.type !== "file") throw new d3("EISDIR", "Is a directory");
        let p7 = h(this, f4).get(h3.backingFilename)?.sh;
        if (!p7) throw new d3("EBADF", "Bad file descriptor");
        let l2 = p7.write(new Uint8Array(t33, s4, i7), { at: a16 });
        return c6.startsWith("/pg_wal") && h(this, S3).add(p7), l2;
      }
    };
    I2 = /* @__PURE__ */ new WeakMap(), k2 = /* @__PURE__ */ new WeakMap(), N2 = /* @__PURE__ */ new WeakMap(), H2 = /* @__PURE__ */ new WeakMap(), y3 = /* @__PURE__ */ new WeakMap(), f4 = /* @__PURE__ */ new WeakMap(), x4 = /* @__PURE__ */ new WeakMap(), F4 = /* @__PURE__ */ new WeakMap(), P4 = /* @__PURE__ */ new WeakMap(), S3 = /* @__PURE__ */ new WeakMap(), r2 = /* @__PURE__ */ new WeakSet(), L3 = async function() {
      x(this, I2, await navigator.storage.getDirectory()), x(this, k2, await T(this, r2, T4).call(this, this.dataDir, { create: true })), x(this, N2, await T(this, r2, T4).call(this, $2, { from: h(this, k2), create: true })), x(this, H2, await h(this, k2).getFileHandle(U4, { create: true })), x(this, y3, await h(this, H2).createSyncAccessHandle());
      let e4 = new ArrayBuffer(h(this, y3).getSize());
      h(this, y3).read(e4, { at: 0 });
      let t33, s4 = new TextDecoder().decode(e4).split(`
`), i7 = false;
      try {
        t33 = JSON.parse(s4[0]);
      } catch {
        t33 = { root: { type: "directory", lastModified: Date.now(), mode: M.DIR, children: {} }, pool: [] }, h(this, y3).truncate(0), h(this, y3).write(new TextEncoder().encode(JSON.stringify(t33)), { at: 0 }), i7 = true;
      }
      this.state = t33;
      let a16 = s4.slice(1).filter(Boolean).map((l2) => JSON.parse(l2));
      for (let l2 of a16) {
        let u3 = `_${l2.opp}State`;
        if (typeof this[u3] == "function") try {
          this[u3].bind(this)(...l2.args);
        } catch (b4) {
          console.warn("Error applying OPFS AHP WAL entry", l2, b4);
        }
      }
      let c6 = [], h3 = async (l2) => {
        if (l2.type === "file") try {
          let u3 = await h(this, N2).getFileHandle(l2.backingFilename), b4 = await u3.createSyncAccessHandle();
          h(this, f4).set(l2.backingFilename, { sh: b4, fh: u3 });
        } catch (u3) {
          console.error("Error opening file handle for node", l2, u3);
        }
        else for (let u3 of Object.values(l2.children)) c6.push(h3(u3));
      };
      await h3(this.state.root);
      let p7 = [];
      for (let l2 of this.state.pool) p7.push(new Promise(async (u3) => {
        h(this, f4).has(l2) && console.warn("File handle already exists for pool file", l2);
        let b4 = await h(this, N2).getFileHandle(l2), J4 = await b4.createSyncAccessHandle();
        h(this, f4).set(l2, { fh: b4, sh: J4 }), u3();
      }));
      await Promise.all([...c6, ...p7]), await this.maintainPool(i7 ? this.initialPoolSize : this.maintainedPoolSize);
    }, D4 = function(e4, t33) {
      let s4 = T(this, r2, E).call(this, e4);
      try {
        t33();
      } catch (i7) {
        throw h(this, y3).truncate(s4), i7;
      }
    }, E = function(e4) {
      let t33 = JSON.stringify(e4), s4 = new TextEncoder().encode(`
${t33}`), i7 = h(this, y3).getSize();
      return h(this, y3).write(s4, { at: i7 }), h(this, S3).add(h(this, y3)), i7;
    }, w3 = function(e4) {
      return e4.split("/").filter(Boolean);
    }, m4 = function(e4, t33) {
      let s4 = T(this, r2, w3).call(this, e4), i7 = t33 || this.state.root;
      for (let a16 of s4) {
        if (i7.type !== "directory") throw new d3("ENOTDIR", "Not a directory");
        if (!Object.prototype.hasOwnProperty.call(i7.children, a16)) throw new d3("ENOENT", "No such file or directory");
        i7 = i7.children[a16];
      }
      return i7;
    }, A2 = function(e4) {
      let t33 = h(this, F4).get(e4);
      if (!t33) throw new d3("EBADF", "Bad file descriptor");
      return t33;
    }, C2 = function() {
      let e4 = ++U(this, x4)._;
      for (; h(this, F4).has(e4); ) U(this, x4)._++;
      return e4;
    }, T4 = async function(e4, t33) {
      let s4 = T(this, r2, w3).call(this, e4), i7 = t33?.from || h(this, I2);
      for (let a16 of s4) i7 = await i7.getDirectoryHandle(a16, { create: t33?.create });
      return i7;
    };
    d3 = class extends Error {
      constructor(v5, e4) {
        super(e4), typeof v5 == "number" ? this.code = v5 : typeof v5 == "string" && (this.code = xe2[v5]);
      }
    };
  }
});

// node_modules/@electric-sql/pglite/dist/chunk-UCFNZJLR.js
function R3(S5) {
  let N5 = [...S5].sort((t33, r11) => t33[0] - r11[0]), e4 = [];
  for (let [t33, r11] of N5) {
    let s4 = e4[e4.length - 1];
    s4 && t33 <= s4[1] ? s4[1] = Math.max(s4[1], r11) : e4.push([t33, r11]);
  }
  return e4;
}
function Q2(S5, N5, e4) {
  return S5 ? new Uint8Array(S5.subarray ? S5.subarray(N5, e4) : S5.slice(N5, e4)) : new Uint8Array(e4 - N5);
}
var K2, A3, F5, g5, m5, y4, E2, v3, n2, J2, H3, j3, z4, B3, U5, x5, D5, q2, I3, L4, C3, w4, T5, $3;
var init_chunk_UCFNZJLR = __esm({
  "node_modules/@electric-sql/pglite/dist/chunk-UCFNZJLR.js"() {
    init_chunk_N66TTF7B();
    init_chunk_ZSOCVAT7();
    u();
    K2 = 1024;
    $3 = class extends Ce2 {
      constructor(e4, { debug: t33 = false } = {}) {
        super();
        R(this, n2);
        R(this, A3);
        R(this, F5);
        R(this, g5, true);
        R(this, m5, []);
        R(this, y4, /* @__PURE__ */ new Map());
        R(this, E2, Promise.resolve());
        R(this, v3, false);
        this.backend = e4, this.debug = t33;
      }
      async init(e4, t33) {
        return this.pg = e4, await this.backend.init(), { emscriptenOpts: { ...t33, preRun: [...t33.preRun || [], (s4) => {
          s4.FS.mkdirTree(I), s4.FS.mount(T(this, n2, J2).call(this, s4), {}, I);
        }] } };
      }
      async initialSyncFs() {
        let e4 = this.pg.Module.FS;
        x(this, g5, false);
        try {
          for await (let t33 of this.backend.load()) {
            let r11 = I + t33.path;
            t33.kind === "dir" ? e4.mkdir(r11, 448) : (e4.writeFile(r11, t33.data, { mode: 384, canOwn: true }), t33.mtime !== void 0 && e4.utime(r11, t33.mtime, t33.mtime));
          }
        } finally {
          x(this, g5, true);
        }
      }
      async syncToFs(e4 = false) {
        let t33 = h(this, E2).then(() => T(this, n2, q2).call(this, e4));
        x(this, E2, t33.catch(() => {
        })), await t33;
      }
      async closeFs() {
        await this.syncToFs(), await this.backend.close(), this.pg.Module.FS.quit();
      }
    };
    A3 = /* @__PURE__ */ new WeakMap(), F5 = /* @__PURE__ */ new WeakMap(), g5 = /* @__PURE__ */ new WeakMap(), m5 = /* @__PURE__ */ new WeakMap(), y4 = /* @__PURE__ */ new WeakMap(), E2 = /* @__PURE__ */ new WeakMap(), v3 = /* @__PURE__ */ new WeakMap(), n2 = /* @__PURE__ */ new WeakSet(), J2 = function(e4) {
      let t33 = e4.MEMFS;
      return { mount: (r11) => {
        let s4 = t33.mount(r11);
        return h(this, F5) ?? x(this, F5, T(this, n2, H3).call(this, e4, t33.ops_table)), T(this, n2, j3).call(this, e4, s4), x(this, A3, s4), s4;
      }, syncfs: (r11, s4, u3) => {
        u3(null);
      } };
    }, H3 = function(e4, t33) {
      let r11 = e4.FS, s4 = t33.dir.node, u3 = t33.file.node, l2 = t33.file.stream, M2 = (i7, h3) => {
        u3.setattr(i7, h3), h3.size !== void 0 && r11.isFile(i7.mode) && T(this, n2, U5).call(this, i7);
      };
      return { dir: { node: { ...s4, setattr: M2, mknod: (i7, h3, d5, c6) => {
        let f5 = s4.mknod(i7, h3, d5, c6);
        return T(this, n2, j3).call(this, e4, f5), T(this, n2, D5).call(this, e4, f5), f5;
      }, rename: (i7, h3, d5) => {
        let c6 = T(this, n2, w4).call(this, e4, i7);
        s4.rename(i7, h3, d5), T(this, n2, x5).call(this, c6), T(this, n2, D5).call(this, e4, i7);
      }, unlink: (i7, h3) => {
        s4.unlink(i7, h3), T(this, n2, x5).call(this, T(this, n2, T5).call(this, T(this, n2, w4).call(this, e4, i7), h3));
      }, rmdir: (i7, h3) => {
        s4.rmdir(i7, h3), T(this, n2, x5).call(this, T(this, n2, T5).call(this, T(this, n2, w4).call(this, e4, i7), h3));
      }, symlink: (i7, h3, d5) => (h(this, g5) && !h(this, v3) && (x(this, v3, true), console.warn("MEMFS frontend: symlinks are not persisted")), s4.symlink(i7, h3, d5)) }, stream: t33.dir.stream }, file: { node: { ...u3, setattr: M2 }, stream: { ...l2, write: (i7, h3, d5, c6, f5, k4) => {
        let _3 = l2.write(i7, h3, d5, c6, f5, k4);
        return T(this, n2, B3).call(this, i7.node, f5, f5 + _3), _3;
      }, msync: (i7, h3, d5, c6, f5) => {
        let k4 = l2.msync(i7, h3, d5, c6, f5);
        return T(this, n2, B3).call(this, i7.node, d5, d5 + c6), k4;
      }, allocate: (i7, h3, d5) => {
        l2.allocate(i7, h3, d5), T(this, n2, U5).call(this, i7.node);
      } } } };
    }, j3 = function(e4, t33) {
      let r11 = e4.FS;
      r11.isDir(t33.mode) ? (t33.node_ops = h(this, F5).dir.node, t33.stream_ops = h(this, F5).dir.stream) : r11.isFile(t33.mode) && (t33.node_ops = h(this, F5).file.node, t33.stream_ops = h(this, F5).file.stream);
    }, z4 = function(e4) {
      let t33 = h(this, y4).get(e4);
      return t33 || (t33 = { full: false, resized: false, ranges: [] }, h(this, y4).set(e4, t33)), t33;
    }, B3 = function(e4, t33, r11) {
      if (!h(this, g5) || r11 <= t33) return;
      let s4 = T(this, n2, z4).call(this, e4);
      if (s4.full) return;
      let u3 = s4.ranges, l2 = u3[u3.length - 1];
      l2 && t33 <= l2[1] && r11 >= l2[0] ? (l2[0] = Math.min(l2[0], t33), l2[1] = Math.max(l2[1], r11)) : (u3.push([t33, r11]), u3.length > K2 && (s4.ranges = R3(u3)));
    }, U5 = function(e4) {
      h(this, g5) && (T(this, n2, z4).call(this, e4).resized = true);
    }, x5 = function(e4) {
      h(this, g5) && h(this, m5).push({ op: "remove", path: e4 });
    }, D5 = function(e4, t33) {
      if (!h(this, g5)) return;
      let r11 = e4.FS;
      if (r11.isDir(t33.mode)) {
        h(this, m5).push({ op: "mkdir", node: t33 });
        for (let s4 of Object.values(t33.contents)) T(this, n2, D5).call(this, e4, s4);
      } else if (r11.isFile(t33.mode)) {
        let s4 = T(this, n2, z4).call(this, t33);
        s4.full = true, s4.ranges = [];
      }
    }, q2 = async function(e4) {
      if (h(this, m5).length === 0 && h(this, y4).size === 0) return;
      let t33 = T(this, n2, I3).call(this);
      try {
        await this.backend.apply(t33.changes, { relaxedDurability: e4 });
      } catch (r11) {
        throw T(this, n2, L4).call(this, t33), r11;
      }
      if (this.debug) {
        let { ops: r11, files: s4 } = t33.changes, u3 = s4.wal.length + s4.data.length + s4.control.length;
        console.log(`MEMFS frontend: flushed ${r11.length} ops, ${u3} files`);
      }
    }, I3 = function() {
      let e4 = this.pg.Module, t33 = e4.FS, r11 = [];
      for (let l2 of h(this, m5)) l2.op === "remove" ? r11.push(l2) : t33.isDir(l2.node.mode) && T(this, n2, C3).call(this, l2.node) && r11.push({ op: "mkdir", path: T(this, n2, w4).call(this, e4, l2.node) });
      let s4 = { wal: [], data: [], control: [] };
      for (let [l2, M2] of h(this, y4)) {
        if (!t33.isFile(l2.mode) || !T(this, n2, C3).call(this, l2)) continue;
        let i7 = l2.usedBytes, h3 = M2.full ? [[0, i7]] : R3(M2.ranges), d5 = [];
        for (let [k4, _3] of h3) {
          let W3 = Math.min(_3, i7);
          k4 >= W3 || d5.push({ at: k4, data: Q2(l2.contents, k4, W3) });
        }
        let c6 = T(this, n2, w4).call(this, e4, l2);
        (c6.startsWith("/pg_wal/") ? s4.wal : c6 === "/global/pg_control" ? s4.control : s4.data).push({ path: c6, size: i7, full: M2.full, truncate: M2.full || M2.resized, chunks: d5 });
      }
      let u3 = { changes: { ops: r11, files: s4 }, journal: h(this, m5), dirty: h(this, y4) };
      return x(this, m5, []), x(this, y4, /* @__PURE__ */ new Map()), u3;
    }, L4 = function(e4) {
      x(this, m5, [...e4.journal, ...h(this, m5)]);
      for (let [t33, r11] of e4.dirty) {
        let s4 = h(this, y4).get(t33);
        s4 ? (s4.full || (s4.full = r11.full), s4.resized || (s4.resized = r11.resized), s4.ranges = s4.full ? [] : R3([...r11.ranges, ...s4.ranges])) : h(this, y4).set(t33, r11);
      }
    }, C3 = function(e4) {
      for (; e4.parent !== e4; ) {
        if (e4.parent.contents?.[e4.name] !== e4) return false;
        e4 = e4.parent;
      }
      return e4 === h(this, A3);
    }, w4 = function(e4, t33) {
      return e4.FS.getPath(t33).slice(I.length);
    }, T5 = function(e4, t33) {
      return `${e4}/${t33}`;
    };
  }
});

// node_modules/@electric-sql/pglite/dist/fs/memfs2opfs.js
var memfs2opfs_exports = {};
__export(memfs2opfs_exports, {
  Memfs2OpfsFS: () => D6,
  OpfsBackend: () => p4
});
async function* E3(n3, t33) {
  for await (let [r11, e4] of n3.entries()) {
    let s4 = `${t33}/${r11}`;
    if (e4.kind === "directory") yield { kind: "dir", path: s4 }, yield* E3(e4, s4);
    else {
      let u3 = await e4.getFile();
      yield { kind: "file", path: s4, data: new Uint8Array(await u3.arrayBuffer()), mtime: u3.lastModified };
    }
  }
}
function g6(n3) {
  return n3.split("/").filter(Boolean);
}
async function b3(n3, t33, r11) {
  if ("createSyncAccessHandle" in n3) {
    let e4 = await n3.createSyncAccessHandle();
    try {
      C4(e4, t33, r11);
    } finally {
      e4.close();
    }
  } else {
    let e4 = await n3.createWritable({ keepExistingData: !t33.full });
    try {
      t33.truncate && !t33.full && await e4.truncate(t33.size);
      for (let s4 of t33.chunks) await e4.write({ type: "write", position: s4.at, data: s4.data });
      await e4.close();
    } catch (s4) {
      throw await e4.abort().catch(() => {
      }), s4;
    }
  }
}
function C4(n3, t33, r11) {
  t33.truncate && n3.truncate(t33.size);
  for (let e4 of t33.chunks) n3.write(e4.data, { at: e4.at });
  r11 || n3.flush();
}
function W2(n3) {
  try {
    n3.close();
  } catch {
  }
}
async function k3(n3, t33, r11) {
  let e4 = 0, s4 = async () => {
    for (; e4 < n3.length; ) await r11(n3[e4++]);
  };
  await Promise.all(Array.from({ length: Math.min(t33, n3.length) }, s4));
}
var B4, N3, m6, y5, d4, P5, w5, x6, p4, D6;
var init_memfs2opfs = __esm({
  "node_modules/@electric-sql/pglite/dist/fs/memfs2opfs.js"() {
    init_chunk_UCFNZJLR();
    init_chunk_N66TTF7B();
    init_chunk_BD5WXLQO();
    init_chunk_ZSOCVAT7();
    u();
    B4 = 2;
    N3 = /^\/pg_wal\/[0-9A-F]{24}$/;
    p4 = class {
      constructor(t33, { maxConcurrentWrites: r11 = 16 } = {}) {
        R(this, d4);
        R(this, m6);
        R(this, y5, /* @__PURE__ */ new Map());
        this.dataDir = t33, this.maxConcurrentWrites = r11;
      }
      async init() {
        x(this, m6, await T(this, d4, x6).call(this, this.dataDir, { from: await navigator.storage.getDirectory(), create: true }));
      }
      load() {
        return E3(h(this, m6), "");
      }
      async apply(t33, { relaxedDurability: r11 }) {
        let e4 = /* @__PURE__ */ new Map(), s4 = (a16) => {
          let i7 = a16.join("/"), c6 = e4.get(i7);
          if (!c6) {
            let o9 = a16.length ? s4(a16.slice(0, -1)).then((z6) => z6.getDirectoryHandle(a16[a16.length - 1], { create: true })) : Promise.resolve(h(this, m6));
            e4.set(i7, o9), o9.catch(() => e4.delete(i7)), c6 = o9;
          }
          return c6;
        };
        for (let a16 of t33.ops) {
          let i7 = g6(a16.path);
          if (a16.op === "mkdir") {
            await s4(i7);
            continue;
          }
          T(this, d4, w5).call(this, a16.path);
          let c6 = i7.join("/");
          for (let o9 of [...e4.keys()]) (o9 === c6 || o9.startsWith(c6 + "/")) && e4.delete(o9);
          try {
            await (await s4(i7.slice(0, -1))).removeEntry(i7[i7.length - 1], { recursive: true });
          } catch (o9) {
            if (o9?.name !== "NotFoundError") throw o9;
          }
        }
        let u3 = async (a16) => {
          let i7 = g6(a16);
          return (await s4(i7.slice(0, -1))).getFileHandle(i7[i7.length - 1], { create: true });
        }, S5 = async (a16) => {
          await b3(await u3(a16.path), a16, r11);
        }, v5 = async (a16) => {
          if (!N3.test(a16.path)) return S5(a16);
          let i7 = h(this, y5).get(a16.path);
          if (!i7) {
            let c6 = await u3(a16.path);
            if (!("createSyncAccessHandle" in c6)) return b3(c6, a16, r11);
            i7 = await c6.createSyncAccessHandle();
          }
          h(this, y5).delete(a16.path), h(this, y5).set(a16.path, i7);
          try {
            C4(i7, a16, r11);
          } catch (c6) {
            throw T(this, d4, w5).call(this, a16.path), c6;
          }
        }, { wal: M2, data: O4, control: _3 } = t33.files;
        await k3(M2, this.maxConcurrentWrites, v5), T(this, d4, P5).call(this);
        for (let a16 of [O4, _3]) await k3(a16, this.maxConcurrentWrites, S5);
      }
      async close() {
        T(this, d4, w5).call(this);
      }
    };
    m6 = /* @__PURE__ */ new WeakMap(), y5 = /* @__PURE__ */ new WeakMap(), d4 = /* @__PURE__ */ new WeakSet(), P5 = function() {
      for (let [t33, r11] of h(this, y5)) {
        if (h(this, y5).size <= B4) break;
        h(this, y5).delete(t33), W2(r11);
      }
    }, w5 = function(t33) {
      for (let [r11, e4] of h(this, y5)) t33 && r11 !== t33 && !r11.startsWith(t33 + "/") || (h(this, y5).delete(r11), W2(e4));
    }, x6 = async function(t33, r11) {
      let e4 = r11.from;
      for (let s4 of g6(t33)) e4 = await e4.getDirectoryHandle(s4, { create: r11.create });
      return e4;
    };
    D6 = class extends $3 {
      constructor(t33, r11 = {}) {
        super(new p4(t33, r11), { debug: r11.debug }), this.dataDir = t33;
      }
    };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/amcheck.js
var amcheck_exports = {};
__export(amcheck_exports, {
  amcheck: () => c4
});
var t2, c4;
var init_amcheck = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/amcheck.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t2 = async (n3, s4) => ({ bundlePath: new URL("./amcheck.tar.gz", import.meta.url) });
    c4 = { name: "amcheck", setup: t2 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/auto_explain.js
var auto_explain_exports = {};
__export(auto_explain_exports, {
  auto_explain: () => o5
});
var t3, o5;
var init_auto_explain = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/auto_explain.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t3 = async (n3, s4) => ({ bundlePath: new URL("./auto_explain.tar.gz", import.meta.url) });
    o5 = { name: "auto_explain", setup: t3 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/bloom.js
var bloom_exports = {};
__export(bloom_exports, {
  bloom: () => r3
});
var t4, r3;
var init_bloom = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/bloom.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t4 = async (n3, s4) => ({ bundlePath: new URL("./bloom.tar.gz", import.meta.url) });
    r3 = { name: "bloom", setup: t4 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/btree_gin.js
var btree_gin_exports = {};
__export(btree_gin_exports, {
  btree_gin: () => a3
});
var t5, a3;
var init_btree_gin = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/btree_gin.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t5 = async (n3, s4) => ({ bundlePath: new URL("./btree_gin.tar.gz", import.meta.url) });
    a3 = { name: "btree_gin", setup: t5 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/btree_gist.js
var btree_gist_exports = {};
__export(btree_gist_exports, {
  btree_gist: () => a4
});
var t6, a4;
var init_btree_gist = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/btree_gist.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t6 = async (s4, n3) => ({ bundlePath: new URL("./btree_gist.tar.gz", import.meta.url) });
    a4 = { name: "btree_gist", setup: t6 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/citext.js
var citext_exports = {};
__export(citext_exports, {
  citext: () => a5
});
var t7, a5;
var init_citext = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/citext.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t7 = async (n3, s4) => ({ bundlePath: new URL("./citext.tar.gz", import.meta.url) });
    a5 = { name: "citext", setup: t7 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/cube.js
var cube_exports = {};
__export(cube_exports, {
  cube: () => a6
});
var t8, a6;
var init_cube = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/cube.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t8 = async (n3, s4) => ({ bundlePath: new URL("./cube.tar.gz", import.meta.url) });
    a6 = { name: "cube", setup: t8 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/dict_int.js
var dict_int_exports = {};
__export(dict_int_exports, {
  dict_int: () => a7
});
var e, a7;
var init_dict_int = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/dict_int.js"() {
    init_chunk_ZSOCVAT7();
    u();
    e = async (n3, i7) => ({ bundlePath: new URL("./dict_int.tar.gz", import.meta.url) });
    a7 = { name: "dict_int", setup: e };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/dict_xsyn.js
var dict_xsyn_exports = {};
__export(dict_xsyn_exports, {
  dict_xsyn: () => a8
});
var t9, a8;
var init_dict_xsyn = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/dict_xsyn.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t9 = async (n3, s4) => ({ bundlePath: new URL("./dict_xsyn.tar.gz", import.meta.url) });
    a8 = { name: "dict_xsyn", setup: t9 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/earthdistance.js
var earthdistance_exports = {};
__export(earthdistance_exports, {
  earthdistance: () => r4
});
var t10, r4;
var init_earthdistance = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/earthdistance.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t10 = async (n3, s4) => ({ bundlePath: new URL("./earthdistance.tar.gz", import.meta.url) });
    r4 = { name: "earthdistance", setup: t10 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/file_fdw.js
var file_fdw_exports = {};
__export(file_fdw_exports, {
  file_fdw: () => a9
});
var t11, a9;
var init_file_fdw = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/file_fdw.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t11 = async (n3, s4) => ({ bundlePath: new URL("./file_fdw.tar.gz", import.meta.url) });
    a9 = { name: "file_fdw", setup: t11 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/fuzzystrmatch.js
var fuzzystrmatch_exports = {};
__export(fuzzystrmatch_exports, {
  fuzzystrmatch: () => i2
});
var e2, i2;
var init_fuzzystrmatch = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/fuzzystrmatch.js"() {
    init_chunk_ZSOCVAT7();
    u();
    e2 = async (s4, n3) => ({ bundlePath: new URL("./fuzzystrmatch.tar.gz", import.meta.url) });
    i2 = { name: "fuzzystrmatch", setup: e2 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/hstore.js
var hstore_exports = {};
__export(hstore_exports, {
  hstore: () => o6
});
var t12, o6;
var init_hstore = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/hstore.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t12 = async (s4, n3) => ({ bundlePath: new URL("./hstore.tar.gz", import.meta.url) });
    o6 = { name: "hstore", setup: t12 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/intarray.js
var intarray_exports = {};
__export(intarray_exports, {
  intarray: () => i3
});
var t13, i3;
var init_intarray = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/intarray.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t13 = async (n3, r11) => ({ bundlePath: new URL("./intarray.tar.gz", import.meta.url) });
    i3 = { name: "intarray", setup: t13 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/isn.js
var isn_exports = {};
__export(isn_exports, {
  isn: () => a10
});
var t14, a10;
var init_isn = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/isn.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t14 = async (n3, s4) => ({ bundlePath: new URL("./isn.tar.gz", import.meta.url) });
    a10 = { name: "isn", setup: t14 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/lo.js
var lo_exports = {};
__export(lo_exports, {
  lo: () => r5
});
var t15, r5;
var init_lo = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/lo.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t15 = async (n3, s4) => ({ bundlePath: new URL("./lo.tar.gz", import.meta.url) });
    r5 = { name: "lo", setup: t15 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/ltree.js
var ltree_exports = {};
__export(ltree_exports, {
  ltree: () => a11
});
var t16, a11;
var init_ltree = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/ltree.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t16 = async (n3, s4) => ({ bundlePath: new URL("./ltree.tar.gz", import.meta.url) });
    a11 = { name: "ltree", setup: t16 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/moddatetime.js
var moddatetime_exports = {};
__export(moddatetime_exports, {
  moddatetime: () => r6
});
var t17, r6;
var init_moddatetime = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/moddatetime.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t17 = async (n3, s4) => ({ bundlePath: new URL("./spi.tar.gz", import.meta.url) });
    r6 = { name: "moddatetime", setup: t17 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/pageinspect.js
var pageinspect_exports = {};
__export(pageinspect_exports, {
  pageinspect: () => a12
});
var t18, a12;
var init_pageinspect = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/pageinspect.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t18 = async (n3, s4) => ({ bundlePath: new URL("./pageinspect.tar.gz", import.meta.url) });
    a12 = { name: "pageinspect", setup: t18 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/pg_buffercache.js
var pg_buffercache_exports = {};
__export(pg_buffercache_exports, {
  pg_buffercache: () => i4
});
var t19, i4;
var init_pg_buffercache = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/pg_buffercache.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t19 = async (n3, s4) => ({ bundlePath: new URL("./pg_buffercache.tar.gz", import.meta.url) });
    i4 = { name: "pg_buffercache", setup: t19 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/pg_freespacemap.js
var pg_freespacemap_exports = {};
__export(pg_freespacemap_exports, {
  pg_freespacemap: () => r7
});
var t20, r7;
var init_pg_freespacemap = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/pg_freespacemap.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t20 = async (s4, n3) => ({ bundlePath: new URL("./pg_freespacemap.tar.gz", import.meta.url) });
    r7 = { name: "pg_freespacemap", setup: t20 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/pg_stat_statements.js
var pg_stat_statements_exports = {};
__export(pg_stat_statements_exports, {
  pg_stat_statements: () => i5
});
var e3, i5;
var init_pg_stat_statements = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/pg_stat_statements.js"() {
    init_chunk_ZSOCVAT7();
    u();
    e3 = async (s4, n3) => ({ bundlePath: new URL("./pg_stat_statements.tar.gz", import.meta.url), sharedPreloadLibraries: ["pg_stat_statements"] });
    i5 = { name: "pg_stat_statements", setup: e3 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/pg_surgery.js
var pg_surgery_exports = {};
__export(pg_surgery_exports, {
  pg_surgery: () => p5
});
var t21, p5;
var init_pg_surgery = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/pg_surgery.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t21 = async (s4, n3) => ({ bundlePath: new URL("./pg_surgery.tar.gz", import.meta.url) });
    p5 = { name: "pg_surgery", setup: t21 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/pg_trgm.js
var pg_trgm_exports = {};
__export(pg_trgm_exports, {
  pg_trgm: () => p6
});
var t22, p6;
var init_pg_trgm = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/pg_trgm.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t22 = async (n3, s4) => ({ bundlePath: new URL("./pg_trgm.tar.gz", import.meta.url) });
    p6 = { name: "pg_trgm", setup: t22 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/pg_visibility.js
var pg_visibility_exports = {};
__export(pg_visibility_exports, {
  pg_visibility: () => r8
});
var t23, r8;
var init_pg_visibility = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/pg_visibility.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t23 = async (i7, s4) => ({ bundlePath: new URL("./pg_visibility.tar.gz", import.meta.url) });
    r8 = { name: "pg_visibility", setup: t23 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/pg_walinspect.js
var pg_walinspect_exports = {};
__export(pg_walinspect_exports, {
  pg_walinspect: () => a13
});
var t24, a13;
var init_pg_walinspect = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/pg_walinspect.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t24 = async (n3, s4) => ({ bundlePath: new URL("./pg_walinspect.tar.gz", import.meta.url) });
    a13 = { name: "pg_walinspect", setup: t24 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/pgcrypto.js
var pgcrypto_exports = {};
__export(pgcrypto_exports, {
  pgcrypto: () => i6
});
var t25, i6;
var init_pgcrypto = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/pgcrypto.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t25 = async (n3, s4) => ({ bundlePath: new URL("./pgcrypto.tar.gz", import.meta.url) });
    i6 = { name: "pgcrypto", setup: t25 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/seg.js
var seg_exports = {};
__export(seg_exports, {
  seg: () => a14
});
var t26, a14;
var init_seg = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/seg.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t26 = async (s4, n3) => ({ bundlePath: new URL("./seg.tar.gz", import.meta.url) });
    a14 = { name: "seg", setup: t26 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/tablefunc.js
var tablefunc_exports = {};
__export(tablefunc_exports, {
  tablefunc: () => r9
});
var t27, r9;
var init_tablefunc = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/tablefunc.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t27 = async (n3, s4) => ({ bundlePath: new URL("./tablefunc.tar.gz", import.meta.url) });
    r9 = { name: "tablefunc", setup: t27 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/tcn.js
var tcn_exports = {};
__export(tcn_exports, {
  tcn: () => a15
});
var t28, a15;
var init_tcn = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/tcn.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t28 = async (n3, s4) => ({ bundlePath: new URL("./tcn.tar.gz", import.meta.url) });
    a15 = { name: "tcn", setup: t28 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/tsm_system_rows.js
var tsm_system_rows_exports = {};
__export(tsm_system_rows_exports, {
  tsm_system_rows: () => o7
});
var t29, o7;
var init_tsm_system_rows = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/tsm_system_rows.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t29 = async (s4, n3) => ({ bundlePath: new URL("./tsm_system_rows.tar.gz", import.meta.url) });
    o7 = { name: "tsm_system_rows", setup: t29 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/tsm_system_time.js
var tsm_system_time_exports = {};
__export(tsm_system_time_exports, {
  tsm_system_time: () => r10
});
var t30, r10;
var init_tsm_system_time = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/tsm_system_time.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t30 = async (s4, n3) => ({ bundlePath: new URL("./tsm_system_time.tar.gz", import.meta.url) });
    r10 = { name: "tsm_system_time", setup: t30 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/unaccent.js
var unaccent_exports = {};
__export(unaccent_exports, {
  unaccent: () => c5
});
var t31, c5;
var init_unaccent = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/unaccent.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t31 = async (n3, s4) => ({ bundlePath: new URL("./unaccent.tar.gz", import.meta.url) });
    c5 = { name: "unaccent", setup: t31 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/uuid_ossp.js
var uuid_ossp_exports = {};
__export(uuid_ossp_exports, {
  uuid_ossp: () => o8
});
var t32, o8;
var init_uuid_ossp = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/uuid_ossp.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t32 = async (s4, n3) => ({ bundlePath: new URL("./uuid-ossp.tar.gz", import.meta.url) });
    o8 = { name: "uuid-ossp", setup: t32 };
  }
});

// src/replay/worker.ts
import { parentPort } from "node:worker_threads";
import { gunzipSync, gzipSync } from "node:zlib";

// node_modules/@electric-sql/pglite/dist/chunk-Y6PULSM7.js
init_chunk_ZSOCVAT7();
var yn = {};
F(yn, { ABSTIME: () => Et, ACLITEM: () => Ot, BIT: () => Qt, BOOL: () => ye, BPCHAR: () => ve, BYTEA: () => he, CHAR: () => bt, CID: () => St, CIDR: () => Rt, CIRCLE: () => Nt, DATE: () => ze, FLOAT4: () => Qe, FLOAT8: () => _e, GTSVECTOR: () => nn, INET: () => kt, INT2: () => Ve, INT4: () => Fe, INT8: () => be, INTERVAL: () => Ft, JSON: () => we, JSONB: () => Ye, MACADDR: () => Lt, MACADDR8: () => Pt, MONEY: () => Ut, NUMERIC: () => vt, OID: () => Ge, PATH: () => xt, PG_DEPENDENCIES: () => Zt, PG_LSN: () => $t, PG_NDISTINCT: () => Xt, PG_NODE_TREE: () => Dt, POLYGON: () => Mt, REFCURSOR: () => Ht, REGCLASS: () => jt, REGCONFIG: () => rn, REGDICTIONARY: () => sn, REGNAMESPACE: () => an, REGOPER: () => qt, REGOPERATOR: () => Yt, REGPROC: () => gt, REGPROCEDURE: () => zt, REGROLE: () => on, REGTYPE: () => Wt, RELTIME: () => Ct, SMGR: () => It, TEXT: () => ge, TID: () => wt, TIME: () => Vt, TIMESTAMP: () => qe, TIMESTAMPTZ: () => Ae, TIMETZ: () => Gt, TINTERVAL: () => Tt, TSQUERY: () => tn, TSVECTOR: () => en, TXID_SNAPSHOT: () => Jt, UUID: () => Kt, VARBIT: () => _t, VARCHAR: () => He, XID: () => At, XML: () => Bt, arrayParser: () => mn, arraySerializer: () => We, parseType: () => se, parsers: () => un, serializers: () => cn, types: () => je });
u();
var yt = globalThis.JSON.parse;
var ht = globalThis.JSON.stringify;
var ye = 16;
var he = 17;
var bt = 18;
var be = 20;
var Ve = 21;
var Fe = 23;
var gt = 24;
var ge = 25;
var Ge = 26;
var wt = 27;
var At = 28;
var St = 29;
var we = 114;
var Bt = 142;
var Dt = 194;
var It = 210;
var xt = 602;
var Mt = 604;
var Rt = 650;
var Qe = 700;
var _e = 701;
var Et = 702;
var Ct = 703;
var Tt = 704;
var Nt = 718;
var Pt = 774;
var Ut = 790;
var Lt = 829;
var kt = 869;
var Ot = 1033;
var ve = 1042;
var He = 1043;
var ze = 1082;
var Vt = 1083;
var qe = 1114;
var Ae = 1184;
var Ft = 1186;
var Gt = 1266;
var Qt = 1560;
var _t = 1562;
var vt = 1700;
var Ht = 1790;
var zt = 2202;
var qt = 2203;
var Yt = 2204;
var jt = 2205;
var Wt = 2206;
var Kt = 2950;
var Jt = 2970;
var $t = 3220;
var Xt = 3361;
var Zt = 3402;
var en = 3614;
var tn = 3615;
var nn = 3642;
var rn = 3734;
var sn = 3769;
var Ye = 3802;
var an = 4089;
var on = 4096;
var je = { string: { to: ge, from: [ge, He, ve], serialize: (e4) => e4 instanceof Date ? e4.toISOString() : e4.toString(), parse: (e4) => e4 }, number: { to: 0, from: [Ve, Fe, Ge, Qe, _e], serialize: (e4) => e4.toString(), parse: (e4) => +e4 }, bigint: { to: be, from: [be], serialize: (e4) => e4.toString(), parse: (e4) => {
  let t33 = BigInt(e4);
  return t33 < Number.MIN_SAFE_INTEGER || t33 > Number.MAX_SAFE_INTEGER ? t33 : Number(t33);
} }, json: { to: we, from: [we, Ye], serialize: (e4) => typeof e4 == "string" ? e4 : ht(e4, (t33, n3) => typeof n3 == "bigint" ? n3.toString() : n3), parse: (e4) => yt(e4) }, boolean: { to: ye, from: [ye], serialize: (e4) => {
  if (typeof e4 == "boolean") return e4 ? "t" : "f";
  if (typeof e4 == "number") {
    if (e4 === 1) return "t";
    if (e4 === 0) return "f";
  } else if (typeof e4 == "string") {
    let t33 = e4.trim().toLowerCase();
    if (["true", "t", "yes", "y", "on", "1"].includes(t33)) return "t";
    if (["false", "f", "no", "n", "off", "0"].includes(t33)) return "f";
  }
  throw new Error("Invalid input for boolean type");
}, parse: (e4) => e4 === "t" }, date: { to: Ae, from: [ze, qe, Ae], serialize: (e4) => {
  if (typeof e4 == "string") return e4;
  if (e4 === 1 / 0) return "infinity";
  if (e4 === -1 / 0) return "-infinity";
  if (typeof e4 == "number") return new Date(e4).toISOString();
  if (e4 instanceof Date) return e4.toISOString();
  throw new Error("Invalid input for date type");
}, parse: (e4) => e4 === "infinity" ? 1 / 0 : e4 === "-infinity" ? -1 / 0 : new Date(e4) }, bytea: { to: he, from: [he], serialize: (e4) => {
  if (!(e4 instanceof Uint8Array)) throw new Error("Invalid input for bytea type");
  return "\\x" + Array.from(e4).map((t33) => t33.toString(16).padStart(2, "0")).join("");
}, parse: (e4) => {
  let t33 = e4.slice(2);
  return Uint8Array.from({ length: t33.length / 2 }, (n3, s4) => parseInt(t33.substring(s4 * 2, (s4 + 1) * 2), 16));
} } };
var Se = ln(je);
var un = Se.parsers;
var cn = Se.serializers;
function se(e4, t33, n3) {
  if (e4 === null) return null;
  let s4 = n3?.[t33] ?? Se.parsers[t33];
  return s4 ? s4(e4, t33) : e4;
}
function ln(e4) {
  return Object.keys(e4).reduce(({ parsers: t33, serializers: n3 }, s4) => {
    let { to: i7, from: a16, serialize: u3, parse: m7 } = e4[s4];
    return n3[i7] = u3, n3[s4] = u3, t33[s4] = m7, Array.isArray(a16) ? a16.forEach((p7) => {
      t33[p7] = m7, n3[p7] = u3;
    }) : (t33[a16] = m7, n3[a16] = u3), { parsers: t33, serializers: n3 };
  }, { parsers: {}, serializers: {} });
}
var pn = /\\/g;
var dn = /"/g;
function fn(e4) {
  return e4.replace(pn, "\\\\").replace(dn, '\\"');
}
function We(e4, t33, n3) {
  if (Array.isArray(e4) === false) return e4;
  if (!e4.length) return "{}";
  let s4 = e4[0], i7 = n3 === 1020 ? ";" : ",";
  return Array.isArray(s4) ? `{${e4.map((a16) => We(a16, t33, n3)).join(i7)}}` : `{${e4.map((a16) => (a16 === void 0 && (a16 = null), a16 === null ? "null" : '"' + fn(t33 ? t33(a16) : a16.toString()) + '"')).join(i7)}}`;
}
var me = { i: 0, char: null, str: "", quoted: false, last: 0, p: null };
function mn(e4, t33, n3) {
  return me.i = me.last = 0, Ke(me, e4, t33, n3)[0];
}
function Ke(e4, t33, n3, s4) {
  let i7 = [], a16 = s4 === 1020 ? ";" : ",";
  for (; e4.i < t33.length; e4.i++) {
    if (e4.char = t33[e4.i], e4.quoted) e4.char === "\\" ? e4.str += t33[++e4.i] : e4.char === '"' ? (i7.push(n3 ? n3(e4.str) : e4.str), e4.str = "", e4.quoted = t33[e4.i + 1] === '"', e4.last = e4.i + 2) : e4.str += e4.char;
    else if (e4.char === '"') e4.quoted = true;
    else if (e4.char === "{") e4.last = ++e4.i, i7.push(Ke(e4, t33, n3, s4));
    else if (e4.char === "}") {
      if (e4.last < e4.i) {
        let u3 = t33.slice(e4.last, e4.i);
        u3 === "NULL" && !e4.quoted ? i7.push(null) : i7.push(n3 ? n3(u3) : u3);
      }
      e4.quoted = false, e4.last = e4.i + 1;
      break;
    } else if (e4.char === a16 && e4.p !== "}" && e4.p !== '"') {
      let u3 = t33.slice(e4.last, e4.i);
      u3 === "NULL" && !e4.quoted ? i7.push(null) : i7.push(n3 ? n3(u3) : u3), e4.last = e4.i + 1;
    }
    e4.p = e4.char;
  }
  return e4.last < e4.i && i7.push(n3 ? n3(t33.slice(e4.last, e4.i + 1)) : t33.slice(e4.last, e4.i + 1)), i7;
}
var gn = {};
F(gn, { parseDescribeStatementResults: () => bn, parseResults: () => hn });
u();
function hn(e4, t33, n3, s4) {
  let i7 = [], a16 = { rows: [], fields: [] }, u3 = 0, m7 = n3?.parsers ? { ...t33, ...n3.parsers } : t33;
  return e4.forEach((p7) => {
    switch (p7.name) {
      case "rowDescription": {
        let E5 = p7;
        a16.fields = E5.fields.map((I4) => ({ name: I4.name, dataTypeID: I4.dataTypeID }));
        break;
      }
      case "dataRow": {
        if (!a16) break;
        let E5 = p7;
        n3?.rowMode === "array" ? a16.rows.push(E5.fields.map((I4, C5) => se(I4, a16.fields[C5].dataTypeID, m7))) : a16.rows.push(Object.fromEntries(E5.fields.map((I4, C5) => [a16.fields[C5].name, se(I4, a16.fields[C5].dataTypeID, m7)])));
        break;
      }
      case "commandComplete": {
        let I4 = p7.text.split(" "), C5 = I4[0], de2 = parseInt(I4[I4.length - 1], 10);
        switch (C5) {
          case "INSERT":
          case "UPDATE":
          case "DELETE":
          case "COPY":
          case "MERGE":
            u3 += de2;
            break;
        }
        let fe = { ...a16, command: C5, affectedRows: u3 };
        Number.isNaN(de2) || (fe.rowCount = de2), s4 && (fe.blob = s4), i7.push(fe), a16 = { rows: [], fields: [] };
        break;
      }
    }
  }), i7.length === 0 && i7.push({ affectedRows: 0, rows: [], fields: [] }), i7;
}
function bn(e4) {
  let t33 = e4.find((n3) => n3.name === "parameterDescription");
  return t33 ? t33.dataTypeIDs : [];
}
u();
u();
u();
function U2(e4) {
  let t33 = e4.length;
  for (let n3 = e4.length - 1; n3 >= 0; n3--) {
    let s4 = e4.charCodeAt(n3);
    s4 > 127 && s4 <= 2047 ? t33++ : s4 > 2047 && s4 <= 65535 && (t33 += 2), s4 >= 56320 && s4 <= 57343 && n3--;
  }
  return t33;
}
var g2;
var b;
var N;
var ae;
var L2;
var A;
var ie;
var T2;
var Je;
var P2 = class {
  constructor(t33 = 256) {
    this.size = t33;
    R(this, A);
    R(this, g2);
    R(this, b, 5);
    R(this, N, false);
    R(this, ae, new TextEncoder());
    R(this, L2, 0);
    x(this, g2, T(this, A, ie).call(this, t33));
  }
  addInt32(t33) {
    return T(this, A, T2).call(this, 4), h(this, g2).setInt32(h(this, b), t33, h(this, N)), x(this, b, h(this, b) + 4), this;
  }
  addInt16(t33) {
    return T(this, A, T2).call(this, 2), h(this, g2).setInt16(h(this, b), t33, h(this, N)), x(this, b, h(this, b) + 2), this;
  }
  addUint16(t33) {
    return T(this, A, T2).call(this, 2), h(this, g2).setUint16(h(this, b), t33, h(this, N)), x(this, b, h(this, b) + 2), this;
  }
  addCString(t33) {
    return t33 && this.addString(t33), T(this, A, T2).call(this, 1), h(this, g2).setUint8(h(this, b), 0), U(this, b)._++, this;
  }
  addString(t33 = "") {
    let n3 = U2(t33);
    return T(this, A, T2).call(this, n3), h(this, ae).encodeInto(t33, new Uint8Array(h(this, g2).buffer, h(this, b))), x(this, b, h(this, b) + n3), this;
  }
  add(t33) {
    return T(this, A, T2).call(this, t33.byteLength), new Uint8Array(h(this, g2).buffer).set(new Uint8Array(t33), h(this, b)), x(this, b, h(this, b) + t33.byteLength), this;
  }
  flush(t33) {
    let n3 = T(this, A, Je).call(this, t33);
    return x(this, b, 5), x(this, g2, T(this, A, ie).call(this, this.size)), new Uint8Array(n3);
  }
};
g2 = /* @__PURE__ */ new WeakMap(), b = /* @__PURE__ */ new WeakMap(), N = /* @__PURE__ */ new WeakMap(), ae = /* @__PURE__ */ new WeakMap(), L2 = /* @__PURE__ */ new WeakMap(), A = /* @__PURE__ */ new WeakSet(), ie = function(t33) {
  return new DataView(new ArrayBuffer(t33));
}, T2 = function(t33) {
  if (h(this, g2).byteLength - h(this, b) < t33) {
    let s4 = h(this, g2).buffer, i7 = s4.byteLength + (s4.byteLength >> 1) + t33;
    x(this, g2, T(this, A, ie).call(this, i7)), new Uint8Array(h(this, g2).buffer).set(new Uint8Array(s4));
  }
}, Je = function(t33) {
  if (t33) {
    h(this, g2).setUint8(h(this, L2), t33);
    let n3 = h(this, b) - (h(this, L2) + 1);
    h(this, g2).setInt32(h(this, L2) + 1, n3, h(this, N));
  }
  return h(this, g2).buffer.slice(t33 ? 0 : 5, h(this, b));
};
var f2 = new P2();
var wn = (e4) => {
  f2.addInt16(3).addInt16(0);
  for (let s4 of Object.keys(e4)) f2.addCString(s4).addCString(e4[s4]);
  f2.addCString("client_encoding").addCString("UTF8");
  let t33 = f2.addCString("").flush(), n3 = t33.byteLength + 4;
  return new P2().addInt32(n3).add(t33).flush();
};
var An = () => {
  let e4 = new DataView(new ArrayBuffer(8));
  return e4.setInt32(0, 8, false), e4.setInt32(4, 80877103, false), new Uint8Array(e4.buffer);
};
var Sn = (e4) => f2.addCString(e4).flush(112);
var Bn = (e4, t33) => (f2.addCString(e4).addInt32(U2(t33)).addString(t33), f2.flush(112));
var Dn = (e4) => f2.addString(e4).flush(112);
var In = (e4) => f2.addCString(e4).flush(81);
var xn = [];
var Mn = (e4) => {
  let t33 = e4.name ?? "";
  t33.length > 63 && (console.error("Warning! Postgres only supports 63 characters for query names."), console.error("You supplied %s (%s)", t33, t33.length), console.error("This can cause conflicts and silent errors executing queries"));
  let n3 = f2.addCString(t33).addCString(e4.text).addInt16(e4.types?.length ?? 0);
  return e4.types?.forEach((s4) => n3.addInt32(s4)), f2.flush(80);
};
var k = new P2();
var Rn = (e4, t33) => {
  for (let n3 = 0; n3 < e4.length; n3++) {
    let s4 = t33 ? t33(e4[n3], n3) : e4[n3];
    if (s4 === null) f2.addInt16(0), k.addInt32(-1);
    else if (s4 instanceof ArrayBuffer || ArrayBuffer.isView(s4)) {
      let i7 = ArrayBuffer.isView(s4) ? s4.buffer.slice(s4.byteOffset, s4.byteOffset + s4.byteLength) : s4;
      f2.addInt16(1), k.addInt32(i7.byteLength), k.add(i7);
    } else f2.addInt16(0), k.addInt32(U2(s4)), k.addString(s4);
  }
};
var En = (e4 = {}) => {
  let t33 = e4.portal ?? "", n3 = e4.statement ?? "", s4 = e4.binary ?? false, i7 = e4.values ?? xn, a16 = i7.length;
  return f2.addCString(t33).addCString(n3), f2.addUint16(a16), Rn(i7, e4.valueMapper), f2.addUint16(a16), f2.add(k.flush()), f2.addInt16(s4 ? 1 : 0), f2.flush(66);
};
var Cn = new Uint8Array([69, 0, 0, 0, 9, 0, 0, 0, 0, 0]);
var Tn = (e4) => {
  if (!e4 || !e4.portal && !e4.rows) return Cn;
  let t33 = e4.portal ?? "", n3 = e4.rows ?? 0, s4 = U2(t33), i7 = 4 + s4 + 1 + 4, a16 = new DataView(new ArrayBuffer(1 + i7));
  return a16.setUint8(0, 69), a16.setInt32(1, i7, false), new TextEncoder().encodeInto(t33, new Uint8Array(a16.buffer, 5)), a16.setUint8(s4 + 5, 0), a16.setUint32(a16.byteLength - 4, n3, false), new Uint8Array(a16.buffer);
};
var Nn = (e4, t33) => {
  let n3 = new DataView(new ArrayBuffer(16));
  return n3.setInt32(0, 16, false), n3.setInt16(4, 1234, false), n3.setInt16(6, 5678, false), n3.setInt32(8, e4, false), n3.setInt32(12, t33, false), new Uint8Array(n3.buffer);
};
var Be = (e4, t33) => {
  let n3 = new P2();
  return n3.addCString(t33), n3.flush(e4);
};
var Pn = f2.addCString("P").flush(68);
var Un = f2.addCString("S").flush(68);
var Ln = (e4) => e4.name ? Be(68, `${e4.type}${e4.name ?? ""}`) : e4.type === "P" ? Pn : Un;
var kn = (e4) => {
  let t33 = `${e4.type}${e4.name ?? ""}`;
  return Be(67, t33);
};
var On = (e4) => f2.add(e4).flush(100);
var Vn = (e4) => Be(102, e4);
var oe = (e4) => new Uint8Array([e4, 0, 0, 0, 4]);
var Fn = oe(72);
var Gn = oe(83);
var Qn = oe(88);
var _n = oe(99);
var $e = { startup: wn, password: Sn, requestSsl: An, sendSASLInitialResponseMessage: Bn, sendSCRAMClientFinalMessage: Dn, query: In, parse: Mn, bind: En, execute: Tn, describe: Ln, close: kn, flush: () => Fn, sync: () => Gn, end: () => Qn, copyData: On, copyDone: () => _n, copyFail: Vn, cancel: Nn };
var Ne = {};
F(Ne, { AuthenticationCleartextPassword: () => G, AuthenticationMD5Password: () => Q, AuthenticationOk: () => F2, AuthenticationSASL: () => _2, AuthenticationSASLContinue: () => v, AuthenticationSASLFinal: () => H, BackendKeyDataMessage: () => J, CommandCompleteMessage: () => Z, CopyDataMessage: () => z, CopyResponse: () => q, DataRowMessage: () => ee, DatabaseError: () => O, Field: () => Y, NoticeMessage: () => te, NotificationResponseMessage: () => $, ParameterDescriptionMessage: () => W, ParameterStatusMessage: () => K, ReadyForQueryMessage: () => X, RowDescriptionMessage: () => j, bindComplete: () => Ie, closeComplete: () => xe, copyDone: () => Te, emptyQuery: () => Ce, noData: () => Me, parseComplete: () => De, portalSuspended: () => Re, replicationStart: () => Ee });
u();
var De = { name: "parseComplete", length: 5 };
var Ie = { name: "bindComplete", length: 5 };
var xe = { name: "closeComplete", length: 5 };
var Me = { name: "noData", length: 5 };
var Re = { name: "portalSuspended", length: 5 };
var Ee = { name: "replicationStart", length: 4 };
var Ce = { name: "emptyQuery", length: 4 };
var Te = { name: "copyDone", length: 4 };
var F2 = class {
  constructor(t33) {
    this.length = t33;
    this.name = "authenticationOk";
  }
};
var G = class {
  constructor(t33) {
    this.length = t33;
    this.name = "authenticationCleartextPassword";
  }
};
var Q = class {
  constructor(t33, n3) {
    this.length = t33;
    this.salt = n3;
    this.name = "authenticationMD5Password";
  }
};
var _2 = class {
  constructor(t33, n3) {
    this.length = t33;
    this.mechanisms = n3;
    this.name = "authenticationSASL";
  }
};
var v = class {
  constructor(t33, n3) {
    this.length = t33;
    this.data = n3;
    this.name = "authenticationSASLContinue";
  }
};
var H = class {
  constructor(t33, n3) {
    this.length = t33;
    this.data = n3;
    this.name = "authenticationSASLFinal";
  }
};
var O = class extends Error {
  constructor(n3, s4, i7) {
    super(n3);
    this.length = s4;
    this.name = i7;
  }
};
var z = class {
  constructor(t33, n3) {
    this.length = t33;
    this.chunk = n3;
    this.name = "copyData";
  }
};
var q = class {
  constructor(t33, n3, s4, i7) {
    this.length = t33;
    this.name = n3;
    this.binary = s4;
    this.columnTypes = new Array(i7);
  }
};
var Y = class {
  constructor(t33, n3, s4, i7, a16, u3, m7) {
    this.name = t33;
    this.tableID = n3;
    this.columnID = s4;
    this.dataTypeID = i7;
    this.dataTypeSize = a16;
    this.dataTypeModifier = u3;
    this.format = m7;
  }
};
var j = class {
  constructor(t33, n3) {
    this.length = t33;
    this.fieldCount = n3;
    this.name = "rowDescription";
    this.fields = new Array(this.fieldCount);
  }
};
var W = class {
  constructor(t33, n3) {
    this.length = t33;
    this.parameterCount = n3;
    this.name = "parameterDescription";
    this.dataTypeIDs = new Array(this.parameterCount);
  }
};
var K = class {
  constructor(t33, n3, s4) {
    this.length = t33;
    this.parameterName = n3;
    this.parameterValue = s4;
    this.name = "parameterStatus";
  }
};
var J = class {
  constructor(t33, n3, s4) {
    this.length = t33;
    this.processID = n3;
    this.secretKey = s4;
    this.name = "backendKeyData";
  }
};
var $ = class {
  constructor(t33, n3, s4, i7) {
    this.length = t33;
    this.processId = n3;
    this.channel = s4;
    this.payload = i7;
    this.name = "notification";
  }
};
var X = class {
  constructor(t33, n3) {
    this.length = t33;
    this.status = n3;
    this.name = "readyForQuery";
  }
};
var Z = class {
  constructor(t33, n3) {
    this.length = t33;
    this.text = n3;
    this.name = "commandComplete";
  }
};
var ee = class {
  constructor(t33, n3) {
    this.length = t33;
    this.fields = n3;
    this.name = "dataRow";
    this.fieldCount = n3.length;
  }
};
var te = class {
  constructor(t33, n3) {
    this.length = t33;
    this.message = n3;
    this.name = "notice";
  }
};
var zn = {};
F(zn, { Parser: () => pe, messages: () => Ne, serialize: () => $e });
u();
u();
u();
var Pe = { text: 0, binary: 1 };
u();
var vn = new ArrayBuffer(0);
var x2;
var w;
var ce;
var le;
var V;
var ue = class {
  constructor(t33 = 0) {
    R(this, x2, new DataView(vn));
    R(this, w);
    R(this, ce, "utf-8");
    R(this, le, new TextDecoder(h(this, ce)));
    R(this, V, false);
    x(this, w, t33);
  }
  setBuffer(t33, n3) {
    x(this, w, t33), x(this, x2, new DataView(n3));
  }
  int16() {
    let t33 = h(this, x2).getInt16(h(this, w), h(this, V));
    return x(this, w, h(this, w) + 2), t33;
  }
  uint16() {
    let t33 = h(this, x2).getUint16(h(this, w), h(this, V));
    return x(this, w, h(this, w) + 2), t33;
  }
  byte() {
    let t33 = h(this, x2).getUint8(h(this, w));
    return U(this, w)._++, t33;
  }
  int32() {
    let t33 = h(this, x2).getInt32(h(this, w), h(this, V));
    return x(this, w, h(this, w) + 4), t33;
  }
  string(t33) {
    return h(this, le).decode(this.bytes(t33));
  }
  cstring() {
    let t33 = h(this, w), n3 = t33;
    for (; h(this, x2).getUint8(n3++) !== 0; ) ;
    let s4 = this.string(n3 - t33 - 1);
    return x(this, w, n3), s4;
  }
  bytes(t33) {
    let n3 = h(this, x2).buffer.slice(h(this, w), h(this, w) + t33);
    return x(this, w, h(this, w) + t33), new Uint8Array(n3);
  }
};
x2 = /* @__PURE__ */ new WeakMap(), w = /* @__PURE__ */ new WeakMap(), ce = /* @__PURE__ */ new WeakMap(), le = /* @__PURE__ */ new WeakMap(), V = /* @__PURE__ */ new WeakMap();
var Ue = 1;
var Hn = 4;
var Xe = Ue + Hn;
var Ze = new ArrayBuffer(0);
var S;
var B;
var D2;
var o;
var c2;
var Le;
var et;
var tt;
var nt;
var rt;
var st;
var it;
var at;
var ke;
var ot;
var ut;
var ct;
var lt;
var pt;
var dt;
var ft;
var mt;
var Oe;
var pe = class {
  constructor() {
    R(this, c2);
    R(this, S, new DataView(Ze));
    R(this, B, 0);
    R(this, D2, 0);
    R(this, o, new ue());
  }
  parse(t33, n3) {
    T(this, c2, et).call(this, ArrayBuffer.isView(t33) ? t33.buffer.slice(t33.byteOffset, t33.byteOffset + t33.byteLength) : t33);
    let s4 = h(this, D2) + h(this, B), i7 = h(this, D2);
    for (; i7 + Xe <= s4; ) {
      let a16 = h(this, S).getUint8(i7), u3 = h(this, S).getUint32(i7 + Ue, false), m7 = Ue + u3;
      if (m7 + i7 <= s4 && u3 > 0) {
        let p7;
        try {
          p7 = T(this, c2, tt).call(this, i7 + Xe, a16, u3, h(this, S).buffer);
        } catch (E5) {
          throw T(this, c2, Le).call(this), E5;
        }
        n3(p7), i7 += m7;
      } else break;
    }
    i7 === s4 ? T(this, c2, Le).call(this) : (x(this, B, s4 - i7), x(this, D2, i7));
  }
};
S = /* @__PURE__ */ new WeakMap(), B = /* @__PURE__ */ new WeakMap(), D2 = /* @__PURE__ */ new WeakMap(), o = /* @__PURE__ */ new WeakMap(), c2 = /* @__PURE__ */ new WeakSet(), Le = function() {
  x(this, S, new DataView(Ze)), x(this, B, 0), x(this, D2, 0);
}, et = function(t33) {
  if (h(this, B) > 0) {
    let n3 = h(this, B) + t33.byteLength;
    if (n3 + h(this, D2) > h(this, S).byteLength) {
      let i7;
      if (n3 <= h(this, S).byteLength && h(this, D2) >= h(this, B)) i7 = h(this, S).buffer;
      else {
        let a16 = h(this, S).byteLength * 2;
        for (; n3 >= a16; ) a16 *= 2;
        i7 = new ArrayBuffer(a16);
      }
      new Uint8Array(i7).set(new Uint8Array(h(this, S).buffer, h(this, D2), h(this, B))), x(this, S, new DataView(i7)), x(this, D2, 0);
    }
    new Uint8Array(h(this, S).buffer).set(new Uint8Array(t33), h(this, D2) + h(this, B)), x(this, B, n3);
  } else x(this, S, new DataView(t33)), x(this, D2, 0), x(this, B, t33.byteLength);
}, tt = function(t33, n3, s4, i7) {
  switch (n3) {
    case 50:
      return Ie;
    case 49:
      return De;
    case 51:
      return xe;
    case 110:
      return Me;
    case 115:
      return Re;
    case 99:
      return Te;
    case 87:
      return Ee;
    case 73:
      return Ce;
    case 68:
      return T(this, c2, pt).call(this, t33, s4, i7);
    case 67:
      return T(this, c2, rt).call(this, t33, s4, i7);
    case 90:
      return T(this, c2, nt).call(this, t33, s4, i7);
    case 65:
      return T(this, c2, ot).call(this, t33, s4, i7);
    case 82:
      return T(this, c2, mt).call(this, t33, s4, i7);
    case 83:
      return T(this, c2, dt).call(this, t33, s4, i7);
    case 75:
      return T(this, c2, ft).call(this, t33, s4, i7);
    case 69:
      return T(this, c2, Oe).call(this, t33, s4, i7, "error");
    case 78:
      return T(this, c2, Oe).call(this, t33, s4, i7, "notice");
    case 84:
      return T(this, c2, ut).call(this, t33, s4, i7);
    case 116:
      return T(this, c2, lt).call(this, t33, s4, i7);
    case 71:
      return T(this, c2, it).call(this, t33, s4, i7);
    case 72:
      return T(this, c2, at).call(this, t33, s4, i7);
    case 100:
      return T(this, c2, st).call(this, t33, s4, i7);
    default:
      return new O("received invalid response: " + n3.toString(16), s4, "error");
  }
}, nt = function(t33, n3, s4) {
  h(this, o).setBuffer(t33, s4);
  let i7 = h(this, o).string(1);
  return new X(n3, i7);
}, rt = function(t33, n3, s4) {
  h(this, o).setBuffer(t33, s4);
  let i7 = h(this, o).cstring();
  return new Z(n3, i7);
}, st = function(t33, n3, s4) {
  let i7 = s4.slice(t33, t33 + (n3 - 4));
  return new z(n3, new Uint8Array(i7));
}, it = function(t33, n3, s4) {
  return T(this, c2, ke).call(this, t33, n3, s4, "copyInResponse");
}, at = function(t33, n3, s4) {
  return T(this, c2, ke).call(this, t33, n3, s4, "copyOutResponse");
}, ke = function(t33, n3, s4, i7) {
  h(this, o).setBuffer(t33, s4);
  let a16 = h(this, o).byte() !== 0, u3 = h(this, o).int16(), m7 = new q(n3, i7, a16, u3);
  for (let p7 = 0; p7 < u3; p7++) m7.columnTypes[p7] = h(this, o).int16();
  return m7;
}, ot = function(t33, n3, s4) {
  h(this, o).setBuffer(t33, s4);
  let i7 = h(this, o).int32(), a16 = h(this, o).cstring(), u3 = h(this, o).cstring();
  return new $(n3, i7, a16, u3);
}, ut = function(t33, n3, s4) {
  h(this, o).setBuffer(t33, s4);
  let i7 = h(this, o).int16(), a16 = new j(n3, i7);
  for (let u3 = 0; u3 < i7; u3++) a16.fields[u3] = T(this, c2, ct).call(this);
  return a16;
}, ct = function() {
  let t33 = h(this, o).cstring(), n3 = h(this, o).int32(), s4 = h(this, o).int16(), i7 = h(this, o).int32(), a16 = h(this, o).int16(), u3 = h(this, o).int32(), m7 = h(this, o).int16() === 0 ? Pe.text : Pe.binary;
  return new Y(t33, n3, s4, i7, a16, u3, m7);
}, lt = function(t33, n3, s4) {
  h(this, o).setBuffer(t33, s4);
  let i7 = h(this, o).uint16(), a16 = new W(n3, i7);
  for (let u3 = 0; u3 < i7; u3++) a16.dataTypeIDs[u3] = h(this, o).int32();
  return a16;
}, pt = function(t33, n3, s4) {
  h(this, o).setBuffer(t33, s4);
  let i7 = h(this, o).int16(), a16 = new Array(i7);
  for (let u3 = 0; u3 < i7; u3++) {
    let m7 = h(this, o).int32();
    a16[u3] = m7 === -1 ? null : h(this, o).string(m7);
  }
  return new ee(n3, a16);
}, dt = function(t33, n3, s4) {
  h(this, o).setBuffer(t33, s4);
  let i7 = h(this, o).cstring(), a16 = h(this, o).cstring();
  return new K(n3, i7, a16);
}, ft = function(t33, n3, s4) {
  h(this, o).setBuffer(t33, s4);
  let i7 = h(this, o).int32(), a16 = h(this, o).int32();
  return new J(n3, i7, a16);
}, mt = function(t33, n3, s4) {
  h(this, o).setBuffer(t33, s4);
  let i7 = h(this, o).int32();
  switch (i7) {
    case 0:
      return new F2(n3);
    case 3:
      return new G(n3);
    case 5:
      return new Q(n3, h(this, o).bytes(4));
    case 10: {
      let a16 = [];
      for (; ; ) {
        let u3 = h(this, o).cstring();
        if (u3.length === 0) return new _2(n3, a16);
        a16.push(u3);
      }
    }
    case 11:
      return new v(n3, h(this, o).string(n3 - 8));
    case 12:
      return new H(n3, h(this, o).string(n3 - 8));
    default:
      throw new Error("Unknown authenticationOk message type " + i7);
  }
}, Oe = function(t33, n3, s4, i7) {
  h(this, o).setBuffer(t33, s4);
  let a16 = {}, u3 = h(this, o).string(1);
  for (; u3 !== "\0"; ) a16[u3] = h(this, o).cstring(), u3 = h(this, o).string(1);
  let m7 = a16.M, p7 = i7 === "notice" ? new te(n3, m7) : new O(m7, n3, i7);
  return p7.severity = a16.S, p7.code = a16.C, p7.detail = a16.D, p7.hint = a16.H, p7.position = a16.P, p7.internalPosition = a16.p, p7.internalQuery = a16.q, p7.where = a16.W, p7.schema = a16.s, p7.table = a16.t, p7.column = a16.c, p7.dataType = a16.d, p7.constraint = a16.n, p7.file = a16.F, p7.line = a16.L, p7.routine = a16.R, p7;
};

// node_modules/@electric-sql/pglite/dist/chunk-KLBW4PNS.js
init_chunk_ZSOCVAT7();
u();
var o2 = { part: "part", container: "container" };
function s2(t33, r11, ...e4) {
  let a16 = t33.length - 1, p7 = e4.length - 1;
  if (p7 !== -1) {
    if (p7 === 0) {
      t33[a16] = t33[a16] + e4[0] + r11;
      return;
    }
    t33[a16] = t33[a16] + e4[0], t33.push(...e4.slice(1, p7)), t33.push(e4[p7] + r11);
  }
}
function y(t33, ...r11) {
  let e4 = [t33[0]];
  e4.raw = [t33.raw[0]];
  let a16 = [];
  for (let p7 = 0; p7 < r11.length; p7++) {
    let n3 = r11[p7], i7 = p7 + 1;
    if (n3?._templateType === o2.part) {
      s2(e4, t33[i7], n3.str), s2(e4.raw, t33.raw[i7], n3.str);
      continue;
    }
    if (n3?._templateType === o2.container) {
      s2(e4, t33[i7], ...n3.strings), s2(e4.raw, t33.raw[i7], ...n3.strings.raw), a16.push(...n3.values);
      continue;
    }
    e4.push(t33[i7]), e4.raw.push(t33.raw[i7]), a16.push(n3);
  }
  return { _templateType: "container", strings: e4, values: a16 };
}
function g3(t33, ...r11) {
  let { strings: e4, values: a16 } = y(t33, ...r11);
  return { query: [e4[0], ...a16.flatMap((p7, n3) => [`$${n3 + 1}`, e4[n3 + 1]])].join(""), params: a16 };
}

// node_modules/@electric-sql/pglite/dist/chunk-UYHX356B.js
init_chunk_ZSOCVAT7();
u();
var x3 = class extends O {
  constructor() {
    super("Transaction was rolled back instead of committed", 0, "error"), this.severity = "ERROR", this.code = "25P02";
  }
};
function P3(h3) {
  let s4 = h3.e;
  return s4.query = h3.query, s4.params = h3.params, s4.queryOptions = h3.options, s4;
}
u();
var T3;
var p2;
var t;
var u2;
var R2;
var m;
var F3;
var D3;
var z2 = class {
  constructor() {
    R(this, t);
    this.serializers = { ...cn };
    this.parsers = { ...un };
    R(this, T3, false);
    R(this, p2, false);
  }
  async _initArrayTypes({ force: s4 = false } = {}) {
    if (h(this, T3) && !s4) return;
    x(this, T3, true);
    let e4 = await this.query(`
      SELECT b.oid, b.typarray
      FROM pg_catalog.pg_type a
      LEFT JOIN pg_catalog.pg_type b ON b.oid = a.typelem
      WHERE a.typcategory = 'A'
      GROUP BY b.oid, b.typarray
      ORDER BY b.oid
    `);
    for (let r11 of e4.rows) this.serializers[r11.typarray] = (c6) => We(c6, this.serializers[r11.oid], r11.typarray), this.parsers[r11.typarray] = (c6) => mn(c6, this.parsers[r11.oid], r11.typarray);
  }
  async refreshArrayTypes() {
    await this._initArrayTypes({ force: true });
  }
  async query(s4, e4, r11) {
    return await this._checkReady(), await this._runExclusiveTransaction(async () => await T(this, t, R2).call(this, s4, e4, r11));
  }
  async sql(s4, ...e4) {
    let { query: r11, params: c6 } = g3(s4, ...e4);
    return await this.query(r11, c6);
  }
  async exec(s4, e4) {
    return await this._checkReady(), await this._runExclusiveTransaction(async () => await T(this, t, m).call(this, s4, e4));
  }
  async describeQuery(s4, e4) {
    return await this._checkReady(), await this._runExclusiveTransaction(() => this._runExclusiveQuery(() => T(this, t, F3).call(this, s4, e4)));
  }
  async transaction(s4) {
    return await this._checkReady(), await this._runExclusiveTransaction(async () => {
      await T(this, t, m).call(this, "BEGIN"), x(this, p2, true);
      let e4 = false, r11 = () => {
        if (e4) throw new Error("Transaction is closed");
      }, c6 = { query: async (i7, n3, y6) => (r11(), await T(this, t, R2).call(this, i7, n3, y6)), sql: async (i7, ...n3) => {
        r11();
        let { query: y6, params: o9 } = g3(i7, ...n3);
        return await T(this, t, R2).call(this, y6, o9);
      }, exec: async (i7, n3) => (r11(), await T(this, t, m).call(this, i7, n3)), rollback: async () => {
        r11(), await T(this, t, m).call(this, "ROLLBACK"), e4 = true;
      }, listen: async (i7, n3) => (r11(), await this.listen(i7, n3, c6)), get closed() {
        return e4;
      } };
      try {
        let i7 = await s4(c6);
        if (!e4) {
          e4 = true;
          let [n3] = await T(this, t, m).call(this, "COMMIT");
          if (n3.command === "ROLLBACK") throw P3({ e: new x3(), query: "COMMIT", params: void 0, options: void 0 });
        }
        return x(this, p2, false), i7;
      } catch (i7) {
        throw e4 || (e4 = true, await T(this, t, m).call(this, "ROLLBACK")), x(this, p2, false), i7;
      }
    });
  }
  async runExclusive(s4) {
    return await this._runExclusiveQuery(s4);
  }
};
T3 = /* @__PURE__ */ new WeakMap(), p2 = /* @__PURE__ */ new WeakMap(), t = /* @__PURE__ */ new WeakSet(), u2 = async function(s4, e4 = {}) {
  return await this.execProtocolStream(s4, { ...e4, syncToFs: false });
}, R2 = async function(s4, e4 = [], r11) {
  return await this._runExclusiveQuery(async () => {
    T(this, t, D3).call(this, "runQuery", s4, e4, r11), await this._handleBlob(r11?.blob);
    let c6 = [];
    try {
      let n3 = await T(this, t, u2).call(this, $e.parse({ text: s4, types: r11?.paramTypes }), r11), y6 = bn(await T(this, t, u2).call(this, $e.describe({ type: "S" }), r11)), o9 = e4.map((b4, M2) => {
        let Q4 = y6[M2];
        if (b4 == null) return null;
        let v5 = r11?.serializers?.[Q4] ?? this.serializers[Q4];
        return v5 ? v5(b4) : b4.toString();
      });
      c6 = [...n3, ...await T(this, t, u2).call(this, $e.bind({ values: o9 }), r11), ...await T(this, t, u2).call(this, $e.describe({ type: "P" }), r11), ...await T(this, t, u2).call(this, $e.execute({}), r11)];
    } catch (n3) {
      throw n3 instanceof O ? P3({ e: n3, options: r11, params: e4, query: s4 }) : n3;
    } finally {
      c6.push(...await T(this, t, u2).call(this, $e.sync(), r11));
    }
    await this._cleanupBlob(), h(this, p2) || await this.syncToFs();
    let i7 = await this._getWrittenBlob();
    return hn(c6, this.parsers, r11, i7)[0];
  });
}, m = async function(s4, e4) {
  return await this._runExclusiveQuery(async () => {
    T(this, t, D3).call(this, "runExec", s4, e4), await this._handleBlob(e4?.blob);
    let r11 = [];
    try {
      r11 = await T(this, t, u2).call(this, $e.query(s4), e4);
    } catch (i7) {
      throw i7 instanceof O ? P3({ e: i7, options: e4, params: void 0, query: s4 }) : i7;
    } finally {
      r11.push(...await T(this, t, u2).call(this, $e.sync(), e4));
    }
    this._cleanupBlob(), h(this, p2) || await this.syncToFs();
    let c6 = await this._getWrittenBlob();
    return hn(r11, this.parsers, e4, c6);
  });
}, F3 = async function(s4, e4) {
  let r11 = [];
  try {
    await T(this, t, u2).call(this, $e.parse({ text: s4, types: e4?.paramTypes }), e4), r11 = await T(this, t, u2).call(this, $e.describe({ type: "S" }), e4);
  } catch (o9) {
    throw o9 instanceof O ? P3({ e: o9, options: e4, params: void 0, query: s4 }) : o9;
  } finally {
    r11.push(...await T(this, t, u2).call(this, $e.sync(), e4));
  }
  let c6 = r11.find((o9) => o9.name === "parameterDescription"), i7 = r11.find((o9) => o9.name === "rowDescription"), n3 = c6?.dataTypeIDs.map((o9) => ({ dataTypeID: o9, serializer: this.serializers[o9] })) ?? [], y6 = i7?.fields.map((o9) => ({ name: o9.name, dataTypeID: o9.dataTypeID, parser: this.parsers[o9.dataTypeID] })) ?? [];
  return { queryParams: n3, resultFields: y6 };
}, D3 = function(...s4) {
  this.debug > 0 && console.log(...s4);
};

// node_modules/@electric-sql/pglite/dist/chunk-CTPU3OXM.js
init_chunk_N66TTF7B();
init_chunk_BD5WXLQO();
init_chunk_ZSOCVAT7();
u();
var lt2 = new Error("timeout while waiting for mutex to become available");
var ot2 = new Error("mutex already locked");
var tt2 = new Error("request for lock canceled");
var rt2 = function(e4, t33, r11, _3) {
  function n3(a16) {
    return a16 instanceof r11 ? a16 : new r11(function(i7) {
      i7(a16);
    });
  }
  return new (r11 || (r11 = Promise))(function(a16, i7) {
    function l2(c6) {
      try {
        s4(_3.next(c6));
      } catch (p7) {
        i7(p7);
      }
    }
    function o9(c6) {
      try {
        s4(_3.throw(c6));
      } catch (p7) {
        i7(p7);
      }
    }
    function s4(c6) {
      c6.done ? a16(c6.value) : n3(c6.value).then(l2, o9);
    }
    s4((_3 = _3.apply(e4, t33 || [])).next());
  });
};
var ke3 = class {
  constructor(t33, r11 = tt2) {
    this._value = t33, this._cancelError = r11, this._weightedQueues = [], this._weightedWaiters = [];
  }
  acquire(t33 = 1) {
    if (t33 <= 0) throw new Error(`invalid weight ${t33}: must be positive`);
    return new Promise((r11, _3) => {
      this._weightedQueues[t33 - 1] || (this._weightedQueues[t33 - 1] = []), this._weightedQueues[t33 - 1].push({ resolve: r11, reject: _3 }), this._dispatch();
    });
  }
  runExclusive(t33, r11 = 1) {
    return rt2(this, void 0, void 0, function* () {
      let [_3, n3] = yield this.acquire(r11);
      try {
        return yield t33(_3);
      } finally {
        n3();
      }
    });
  }
  waitForUnlock(t33 = 1) {
    if (t33 <= 0) throw new Error(`invalid weight ${t33}: must be positive`);
    return new Promise((r11) => {
      this._weightedWaiters[t33 - 1] || (this._weightedWaiters[t33 - 1] = []), this._weightedWaiters[t33 - 1].push(r11), this._dispatch();
    });
  }
  isLocked() {
    return this._value <= 0;
  }
  getValue() {
    return this._value;
  }
  setValue(t33) {
    this._value = t33, this._dispatch();
  }
  release(t33 = 1) {
    if (t33 <= 0) throw new Error(`invalid weight ${t33}: must be positive`);
    this._value += t33, this._dispatch();
  }
  cancel() {
    this._weightedQueues.forEach((t33) => t33.forEach((r11) => r11.reject(this._cancelError))), this._weightedQueues = [];
  }
  _dispatch() {
    var t33;
    for (let r11 = this._value; r11 > 0; r11--) {
      let _3 = (t33 = this._weightedQueues[r11 - 1]) === null || t33 === void 0 ? void 0 : t33.shift();
      if (!_3) continue;
      let n3 = this._value, a16 = r11;
      this._value -= r11, r11 = this._value + 1, _3.resolve([n3, this._newReleaser(a16)]);
    }
    this._drainUnlockWaiters();
  }
  _newReleaser(t33) {
    let r11 = false;
    return () => {
      r11 || (r11 = true, this.release(t33));
    };
  }
  _drainUnlockWaiters() {
    for (let t33 = this._value; t33 > 0; t33--) this._weightedWaiters[t33 - 1] && (this._weightedWaiters[t33 - 1].forEach((r11) => r11()), this._weightedWaiters[t33 - 1] = []);
  }
};
var _t2 = function(e4, t33, r11, _3) {
  function n3(a16) {
    return a16 instanceof r11 ? a16 : new r11(function(i7) {
      i7(a16);
    });
  }
  return new (r11 || (r11 = Promise))(function(a16, i7) {
    function l2(c6) {
      try {
        s4(_3.next(c6));
      } catch (p7) {
        i7(p7);
      }
    }
    function o9(c6) {
      try {
        s4(_3.throw(c6));
      } catch (p7) {
        i7(p7);
      }
    }
    function s4(c6) {
      c6.done ? a16(c6.value) : n3(c6.value).then(l2, o9);
    }
    s4((_3 = _3.apply(e4, t33 || [])).next());
  });
};
var V2 = class {
  constructor(t33) {
    this._semaphore = new ke3(1, t33);
  }
  acquire() {
    return _t2(this, void 0, void 0, function* () {
      let [, t33] = yield this._semaphore.acquire();
      return t33;
    });
  }
  runExclusive(t33) {
    return this._semaphore.runExclusive(() => t33());
  }
  isLocked() {
    return this._semaphore.isLocked();
  }
  waitForUnlock() {
    return this._semaphore.waitForUnlock();
  }
  release() {
    this._semaphore.isLocked() && this._semaphore.release();
  }
  cancel() {
    return this._semaphore.cancel();
  }
};
u();
var ye3 = class extends Ce2 {
  async init(t33, r11) {
    return this.pg = t33, { emscriptenOpts: { ...r11, preRun: [...r11.preRun || [], (n3) => {
      let a16 = n3.IDBFS;
      n3.FS.mkdirTree(`${U3}/${this.dataDir}`), n3.FS.mount(a16, {}, `${U3}/${this.dataDir}`), n3.FS.symlink(`${U3}/${this.dataDir}`, I);
    }] } };
  }
  initialSyncFs() {
    return new Promise((t33, r11) => {
      this.pg.Module.FS.syncfs(true, (_3) => {
        _3 ? r11(_3) : t33();
      });
    });
  }
  syncToFs(t33) {
    return new Promise((r11, _3) => {
      this.pg.Module.FS.syncfs(false, (n3) => {
        n3 ? _3(n3) : r11();
      });
    });
  }
  async closeFs() {
    let t33 = this.pg.Module.IDBFS.dbs[this.dataDir];
    t33 && t33.close(), this.pg.Module.FS.quit();
  }
};
u();
var ee2 = class extends Ce2 {
  async closeFs() {
    this.pg.Module.FS.quit();
  }
};
u();
u();
var Ne3 = L(be2(), 1);
async function Fe2(e4) {
  if (p3.IN_NODE) {
    let t33 = await import("fs"), r11 = await import("zlib"), { Writable: _3 } = await import("stream"), { pipeline: n3 } = await import("stream/promises");
    if (!t33.existsSync(e4)) throw new Error(`Extension bundle not found: ${e4}`);
    let a16 = r11.createGunzip(), i7 = [];
    return await n3(t33.createReadStream(e4), a16, new _3({ write(l2, o9, s4) {
      i7.push(l2), s4();
    } })), new Blob(i7);
  } else {
    let t33 = await fetch(e4.toString());
    if (!t33.ok || !t33.body) return null;
    if (t33.headers.get("Content-Encoding") === "gzip") return t33.blob();
    {
      let r11 = new DecompressionStream("gzip");
      return new Response(t33.body.pipeThrough(r11)).blob();
    }
  }
}
async function Le3(e4, t33) {
  let r11 = new Array();
  for (let _3 in e4.pg_extensions) {
    let n3;
    try {
      n3 = await e4.pg_extensions[_3];
    } catch (a16) {
      console.error("Failed to fetch extension:", _3, a16);
      continue;
    }
    if (n3) {
      let a16 = new Uint8Array(await n3.arrayBuffer());
      r11.push(...nt2(e4, _3, a16, t33));
    } else console.error("Could not get binary data for extension:", _3);
  }
  return Promise.all(r11);
}
function nt2(e4, t33, r11, _3) {
  let n3 = [];
  return Ne3.default.untar(r11).sort((i7, l2) => i7.name > l2.name ? 1 : i7.name < l2.name ? -1 : 0).forEach((i7) => {
    if (i7.name.endsWith("/")) {
      let l2 = `${e4.WASM_PREFIX}/${i7.name}`;
      e4.FS.analyzePath(l2).exists === false && e4.FS.mkdirTree(l2);
    } else if (!i7.name.startsWith(".")) {
      let l2 = e4.WASM_PREFIX + "/" + i7.name;
      if (i7.name.endsWith(".so")) {
        _3(`pgfs:ext preloading ${l2}`);
        let o9 = i7.name.split("/").pop(), s4 = at2(l2), c6 = new Promise((p7, d5) => {
          let u3 = (...m7) => {
            _3("pgfs:ext OK", l2, m7), p7();
          }, f5 = (...m7) => {
            _3("pgfs:ext FAIL", l2, m7), se2(e4.FS, l2, i7.data), p7();
          };
          e4.FS.createPreloadedFile(s4, o9, i7.data, true, true, u3, f5, false);
        });
        n3.push(c6);
      } else se2(e4.FS, l2, i7.data);
    }
  }), n3;
}
function se2(e4, t33, r11, _3) {
  try {
    let n3 = t33.substring(0, t33.lastIndexOf("/"));
    e4.analyzePath(n3).exists === false && e4.mkdirTree(n3), e4.writeFile(t33, r11), _3 && e4.chmod(t33, _3);
  } catch (n3) {
    throw console.error(`Error writing file ${t33}`, n3), n3;
  }
}
function at2(e4) {
  let t33 = e4.lastIndexOf("/");
  return t33 > 0 ? e4.slice(0, t33) : e4;
}
u();
function Be2(e4) {
  let t33;
  if (e4?.startsWith("file://")) {
    if (e4 = e4.slice(7), !e4) throw new Error("Invalid dataDir, must be a valid path");
    t33 = "nodefs";
  } else e4?.startsWith("idb://") ? (e4 = e4.slice(6), t33 = "idbfs") : e4?.startsWith("opfs-ahp://") ? (e4 = e4.slice(11), t33 = "opfs-ahp") : e4?.startsWith("memfs2opfs://") ? (e4 = e4.slice(13), t33 = "memfs2opfs") : !e4 || e4?.startsWith("memory://") ? t33 = "memoryfs" : t33 = "nodefs";
  return { dataDir: e4, fsType: t33 };
}
async function Ge2(e4, t33) {
  let r11;
  if (e4 && t33 === "nodefs") {
    let { NodeFS: _3 } = await Promise.resolve().then(() => (init_nodefs(), nodefs_exports));
    r11 = new _3(e4);
  } else if (e4 && t33 === "idbfs") r11 = new ye3(e4);
  else if (e4 && t33 === "opfs-ahp") {
    let { OpfsAhpFS: _3 } = await Promise.resolve().then(() => (init_opfs_ahp(), opfs_ahp_exports));
    r11 = new _3(e4);
  } else if (e4 && t33 === "memfs2opfs") {
    let { Memfs2OpfsFS: _3 } = await Promise.resolve().then(() => (init_memfs2opfs(), memfs2opfs_exports));
    r11 = new _3(e4);
  } else r11 = new ee2();
  return r11;
}
u();
u();
async function it2(moduleArg = {}) {
  var Module = moduleArg, ENVIRONMENT_IS_WEB = !!globalThis.window, ENVIRONMENT_IS_WORKER = !!globalThis.WorkerGlobalScope, ENVIRONMENT_IS_NODE = globalThis.process?.versions?.node && globalThis.process?.type != "renderer";
  if (ENVIRONMENT_IS_NODE) {
    let { createRequire: e4 } = await import("node:module");
    var require = e4(import.meta.url);
  }
  Module.expectedDataFileDownloads || (Module.expectedDataFileDownloads = 0), Module.expectedDataFileDownloads++, (() => {
    var e4 = typeof ENVIRONMENT_IS_PTHREAD < "u" && ENVIRONMENT_IS_PTHREAD, t33 = typeof ENVIRONMENT_IS_WASM_WORKER < "u" && ENVIRONMENT_IS_WASM_WORKER;
    if (!(e4 || t33)) {
      var r11 = globalThis.process && globalThis.process.versions && globalThis.process.versions.node && globalThis.process.type != "renderer";
      (async function(_3) {
        typeof window == "object" ? window.encodeURIComponent(window.location.pathname.substring(0, window.location.pathname.lastIndexOf("/")) + "/") : typeof process > "u" && typeof location < "u" && encodeURIComponent(location.pathname.substring(0, location.pathname.lastIndexOf("/")) + "/");
        var n3 = Module.locateFile ? Module.locateFile("pglite.data", "") : "pglite.data", a16 = _3.remote_package_size, i7, l2 = Module.getPreloadedPackage && Module.getPreloadedPackage(n3, a16);
        l2 || (i7 = (async function(s4, c6) {
          if (r11) {
            var p7 = require("fs").readFileSync(s4);
            return new Uint8Array(p7).buffer;
          }
          Module.dataFileDownloads || (Module.dataFileDownloads = {});
          try {
            var d5 = await fetch(s4);
          } catch (b4) {
            throw new Error(`Network Error: ${s4}`, { e: b4 });
          }
          if (!d5.ok) throw new Error(`${d5.status}: ${d5.url}`);
          let u3 = [], f5 = d5.headers, m7 = Number(f5.get("Content-Length") || c6), y6 = 0;
          Module.setStatus && Module.setStatus("Downloading data...");
          let v5 = d5.body.getReader();
          for (; ; ) {
            var { done: k4, value: P6 } = await v5.read();
            if (k4) break;
            u3.push(P6), y6 += P6.length, Module.dataFileDownloads[s4] = { loaded: y6, total: m7 };
            let b4 = 0, H4 = 0;
            for (let Ae2 of Object.values(Module.dataFileDownloads)) b4 += Ae2.loaded, H4 += Ae2.total;
            Module.setStatus && Module.setStatus(`Downloading data... (${b4}/${H4})`);
          }
          let M2 = new Uint8Array(u3.map((b4) => b4.length).reduce((b4, H4) => b4 + H4, 0)), C5 = 0;
          for (let b4 of u3) M2.set(b4, C5), C5 += b4.length;
          return M2.buffer;
        })(n3, a16));
        async function o9(s4) {
          function c6(p7, d5) {
            if (!p7) throw new Error(d5);
          }
          s4.FS_createPath("/", "home", true, true), s4.FS_createPath("/home", "postgres", true, true), s4.FS_createPath("/", "pglite", true, true), s4.FS_createPath("/pglite", "bin", true, true), s4.FS_createPath("/pglite", "icu", true, true), s4.FS_createPath("/pglite/icu", "icudt76l", true, true), s4.FS_createPath("/pglite/icu/icudt76l", "coll", true, true), s4.FS_createPath("/pglite", "lib", true, true), s4.FS_createPath("/pglite/lib", "postgresql", true, true), s4.FS_createPath("/pglite/lib/postgresql", "pgxs", true, true), s4.FS_createPath("/pglite/lib/postgresql/pgxs", "config", true, true), s4.FS_createPath("/pglite/lib/postgresql/pgxs", "src", true, true), s4.FS_createPath("/pglite/lib/postgresql/pgxs/src", "makefiles", true, true), s4.FS_createPath("/pglite/lib/postgresql/pgxs/src", "test", true, true), s4.FS_createPath("/pglite/lib/postgresql/pgxs/src/test", "isolation", true, true), s4.FS_createPath("/pglite/lib/postgresql/pgxs/src/test", "regress", true, true), s4.FS_createPath("/pglite", "share", true, true), s4.FS_createPath("/pglite/share", "postgresql", true, true), s4.FS_createPath("/pglite/share/postgresql", "extension", true, true), s4.FS_createPath("/pglite/share/postgresql", "timezone", true, true), s4.FS_createPath("/pglite/share/postgresql/timezone", "Africa", true, true), s4.FS_createPath("/pglite/share/postgresql/timezone", "America", true, true), s4.FS_createPath("/pglite/share/postgresql/timezone/America", "Argentina", true, true), s4.FS_createPath("/pglite/share/postgresql/timezone/America", "Indiana", true, true), s4.FS_createPath("/pglite/share/postgresql/timezone/America", "Kentucky", true, true), s4.FS_createPath("/pglite/share/postgresql/timezone/America", "North_Dakota", true, true), s4.FS_createPath("/pglite/share/postgresql/timezone", "Antarctica", true, true), s4.FS_createPath("/pglite/share/postgresql/timezone", "Arctic", true, true), s4.FS_createPath("/pglite/share/postgresql/timezone", "Asia", true, true), s4.FS_createPath("/pglite/share/postgresql/timezone", "Atlantic", true, true), s4.FS_createPath("/pglite/share/postgresql/timezone", "Australia", true, true), s4.FS_createPath("/pglite/share/postgresql/timezone", "Brazil", true, true), s4.FS_createPath("/pglite/share/postgresql/timezone", "Canada", true, true), s4.FS_createPath("/pglite/share/postgresql/timezone", "Chile", true, true), s4.FS_createPath("/pglite/share/postgresql/timezone", "Etc", true, true), s4.FS_createPath("/pglite/share/postgresql/timezone", "Europe", true, true), s4.FS_createPath("/pglite/share/postgresql/timezone", "Indian", true, true), s4.FS_createPath("/pglite/share/postgresql/timezone", "Mexico", true, true), s4.FS_createPath("/pglite/share/postgresql/timezone", "Pacific", true, true), s4.FS_createPath("/pglite/share/postgresql/timezone", "US", true, true), s4.FS_createPath("/pglite/share/postgresql", "timezonesets", true, true), s4.FS_createPath("/pglite/share/postgresql", "tsearch_data", true, true), s4.addRunDependency("datafile_pglite.data"), s4.preloadResults || (s4.preloadResults = {}), s4.preloadResults["pglite.data"] = { fromCache: false }, l2 || (l2 = await i7), await (async function(p7) {
            c6(p7, "Loading data file failed."), c6(p7.constructor.name === ArrayBuffer.name, "bad input to processPackageData " + p7.constructor.name);
            var d5 = new Uint8Array(p7);
            for (var u3 of _3.files) {
              var f5 = u3.filename, m7 = d5.subarray(u3.start, u3.end);
              s4.FS_createDataFile(f5, null, m7, true, true, true);
            }
            s4.removeRunDependency("datafile_pglite.data");
          })(l2);
        }
        Module.FS_createPath ? o9(Module) : (Module.preRun || (Module.preRun = []), Module.preRun.push(o9));
      })({ files: [{ filename: "/home/postgres/.pgpass", start: 0, end: 204 }, { filename: "/pglite/bin/initdb", start: 204, end: 223 }, { filename: "/pglite/bin/pg_dump", start: 223, end: 242 }, { filename: "/pglite/bin/postgres", start: 242, end: 261 }, { filename: "/pglite/icu/LICENSE", start: 261, end: 26748 }, { filename: "/pglite/icu/icudt76l/coll/root.res", start: 26748, end: 365756 }, { filename: "/pglite/icu/icudt76l/coll/ucadata.icu", start: 365756, end: 943260 }, { filename: "/pglite/lib/postgresql/cyrillic_and_mic.so", start: 943260, end: 947850 }, { filename: "/pglite/lib/postgresql/dict_snowball.so", start: 947850, end: 1530311 }, { filename: "/pglite/lib/postgresql/euc2004_sjis2004.so", start: 1530311, end: 1532439 }, { filename: "/pglite/lib/postgresql/euc_cn_and_mic.so", start: 1532439, end: 1533462 }, { filename: "/pglite/lib/postgresql/euc_jp_and_sjis.so", start: 1533462, end: 1540934 }, { filename: "/pglite/lib/postgresql/euc_kr_and_mic.so", start: 1540934, end: 1541977 }, { filename: "/pglite/lib/postgresql/euc_tw_and_big5.so", start: 1541977, end: 1546629 }, { filename: "/pglite/lib/postgresql/latin2_and_win1250.so", start: 1546629, end: 1548128 }, { filename: "/pglite/lib/postgresql/latin_and_mic.so", start: 1548128, end: 1549237 }, { filename: "/pglite/lib/postgresql/libpqwalreceiver.so", start: 1549237, end: 1689424 }, { filename: "/pglite/lib/postgresql/pgoutput.so", start: 1689424, end: 1703648 }, { filename: "/pglite/lib/postgresql/pgxs/config/install-sh", start: 1703648, end: 1717645 }, { filename: "/pglite/lib/postgresql/pgxs/config/missing", start: 1717645, end: 1718993 }, { filename: "/pglite/lib/postgresql/pgxs/src/Makefile.global", start: 1718993, end: 1757240 }, { filename: "/pglite/lib/postgresql/pgxs/src/Makefile.port", start: 1757240, end: 1758432 }, { filename: "/pglite/lib/postgresql/pgxs/src/Makefile.shlib", start: 1758432, end: 1773260 }, { filename: "/pglite/lib/postgresql/pgxs/src/makefiles/pgxs.mk", start: 1773260, end: 1789407 }, { filename: "/pglite/lib/postgresql/pgxs/src/nls-global.mk", start: 1789407, end: 1796471 }, { filename: "/pglite/lib/postgresql/pgxs/src/test/isolation/isolationtester.js", start: 1796471, end: 1895015 }, { filename: "/pglite/lib/postgresql/pgxs/src/test/isolation/pg_isolation_regress.js", start: 1895015, end: 1997344 }, { filename: "/pglite/lib/postgresql/pgxs/src/test/regress/pg_regress.js", start: 1997344, end: 2099096 }, { filename: "/pglite/lib/postgresql/plpgsql.so", start: 2099096, end: 2255727 }, { filename: "/pglite/lib/postgresql/utf8_and_big5.so", start: 2255727, end: 2370551 }, { filename: "/pglite/lib/postgresql/utf8_and_cyrillic.so", start: 2370551, end: 2376596 }, { filename: "/pglite/lib/postgresql/utf8_and_euc2004.so", start: 2376596, end: 2581604 }, { filename: "/pglite/lib/postgresql/utf8_and_euc_cn.so", start: 2581604, end: 2656860 }, { filename: "/pglite/lib/postgresql/utf8_and_euc_jp.so", start: 2656860, end: 2808164 }, { filename: "/pglite/lib/postgresql/utf8_and_euc_kr.so", start: 2808164, end: 2911096 }, { filename: "/pglite/lib/postgresql/utf8_and_euc_tw.so", start: 2911096, end: 3110728 }, { filename: "/pglite/lib/postgresql/utf8_and_gb18030.so", start: 3110728, end: 3373121 }, { filename: "/pglite/lib/postgresql/utf8_and_gbk.so", start: 3373121, end: 3519729 }, { filename: "/pglite/lib/postgresql/utf8_and_iso8859.so", start: 3519729, end: 3543205 }, { filename: "/pglite/lib/postgresql/utf8_and_iso8859_1.so", start: 3543205, end: 3544272 }, { filename: "/pglite/lib/postgresql/utf8_and_johab.so", start: 3544272, end: 3706052 }, { filename: "/pglite/lib/postgresql/utf8_and_sjis.so", start: 3706052, end: 3787788 }, { filename: "/pglite/lib/postgresql/utf8_and_sjis2004.so", start: 3787788, end: 3914496 }, { filename: "/pglite/lib/postgresql/utf8_and_uhc.so", start: 3914496, end: 4081844 }, { filename: "/pglite/lib/postgresql/utf8_and_win.so", start: 4081844, end: 4108281 }, { filename: "/pglite/locale-a", start: 4108281, end: 4108306 }, { filename: "/pglite/password", start: 4108306, end: 4108314 }, { filename: "/pglite/pgstdin", start: 4108314, end: 4108333 }, { filename: "/pglite/pgstdout", start: 4108333, end: 4108352 }, { filename: "/pglite/share/postgresql/errcodes.txt", start: 4108352, end: 4142191 }, { filename: "/pglite/share/postgresql/extension/plpgsql--1.0.sql", start: 4142191, end: 4142849 }, { filename: "/pglite/share/postgresql/extension/plpgsql.control", start: 4142849, end: 4143042 }, { filename: "/pglite/share/postgresql/information_schema.sql", start: 4143042, end: 4257039 }, { filename: "/pglite/share/postgresql/pg_hba.conf.sample", start: 4257039, end: 4262674 }, { filename: "/pglite/share/postgresql/pg_ident.conf.sample", start: 4262674, end: 4265355 }, { filename: "/pglite/share/postgresql/pg_service.conf.sample", start: 4265355, end: 4265959 }, { filename: "/pglite/share/postgresql/postgres.bki", start: 4265959, end: 5240010 }, { filename: "/pglite/share/postgresql/postgresql.conf.sample", start: 5240010, end: 5272662 }, { filename: "/pglite/share/postgresql/psqlrc.sample", start: 5272662, end: 5272940 }, { filename: "/pglite/share/postgresql/snowball_create.sql", start: 5272940, end: 5318650 }, { filename: "/pglite/share/postgresql/sql_features.txt", start: 5318650, end: 5354411 }, { filename: "/pglite/share/postgresql/system_constraints.sql", start: 5354411, end: 5363306 }, { filename: "/pglite/share/postgresql/system_functions.sql", start: 5363306, end: 5388185 }, { filename: "/pglite/share/postgresql/system_views.sql", start: 5388185, end: 5441549 }, { filename: "/pglite/share/postgresql/timezone/Africa/Abidjan", start: 5441549, end: 5441697 }, { filename: "/pglite/share/postgresql/timezone/Africa/Accra", start: 5441697, end: 5441845 }, { filename: "/pglite/share/postgresql/timezone/Africa/Addis_Ababa", start: 5441845, end: 5442110 }, { filename: "/pglite/share/postgresql/timezone/Africa/Algiers", start: 5442110, end: 5442845 }, { filename: "/pglite/share/postgresql/timezone/Africa/Asmara", start: 5442845, end: 5443110 }, { filename: "/pglite/share/postgresql/timezone/Africa/Asmera", start: 5443110, end: 5443375 }, { filename: "/pglite/share/postgresql/timezone/Africa/Bamako", start: 5443375, end: 5443523 }, { filename: "/pglite/share/postgresql/timezone/Africa/Bangui", start: 5443523, end: 5443758 }, { filename: "/pglite/share/postgresql/timezone/Africa/Banjul", start: 5443758, end: 5443906 }, { filename: "/pglite/share/postgresql/timezone/Africa/Bissau", start: 5443906, end: 5444100 }, { filename: "/pglite/share/postgresql/timezone/Africa/Blantyre", start: 5444100, end: 5444249 }, { filename: "/pglite/share/postgresql/timezone/Africa/Brazzaville", start: 5444249, end: 5444484 }, { filename: "/pglite/share/postgresql/timezone/Africa/Bujumbura", start: 5444484, end: 5444633 }, { filename: "/pglite/share/postgresql/timezone/Africa/Cairo", start: 5444633, end: 5447032 }, { filename: "/pglite/share/postgresql/timezone/Africa/Casablanca", start: 5447032, end: 5448246 }, { filename: "/pglite/share/postgresql/timezone/Africa/Ceuta", start: 5448246, end: 5450298 }, { filename: "/pglite/share/postgresql/timezone/Africa/Conakry", start: 5450298, end: 5450446 }, { filename: "/pglite/share/postgresql/timezone/Africa/Dakar", start: 5450446, end: 5450594 }, { filename: "/pglite/share/postgresql/timezone/Africa/Dar_es_Salaam", start: 5450594, end: 5450859 }, { filename: "/pglite/share/postgresql/timezone/Africa/Djibouti", start: 5450859, end: 5451124 }, { filename: "/pglite/share/postgresql/timezone/Africa/Douala", start: 5451124, end: 5451359 }, { filename: "/pglite/share/postgresql/timezone/Africa/El_Aaiun", start: 5451359, end: 5452439 }, { filename: "/pglite/share/postgresql/timezone/Africa/Freetown", start: 5452439, end: 5452587 }, { filename: "/pglite/share/postgresql/timezone/Africa/Gaborone", start: 5452587, end: 5452736 }, { filename: "/pglite/share/postgresql/timezone/Africa/Harare", start: 5452736, end: 5452885 }, { filename: "/pglite/share/postgresql/timezone/Africa/Johannesburg", start: 5452885, end: 5453131 }, { filename: "/pglite/share/postgresql/timezone/Africa/Juba", start: 5453131, end: 5453810 }, { filename: "/pglite/share/postgresql/timezone/Africa/Kampala", start: 5453810, end: 5454075 }, { filename: "/pglite/share/postgresql/timezone/Africa/Khartoum", start: 5454075, end: 5454754 }, { filename: "/pglite/share/postgresql/timezone/Africa/Kigali", start: 5454754, end: 5454903 }, { filename: "/pglite/share/postgresql/timezone/Africa/Kinshasa", start: 5454903, end: 5455138 }, { filename: "/pglite/share/postgresql/timezone/Africa/Lagos", start: 5455138, end: 5455373 }, { filename: "/pglite/share/postgresql/timezone/Africa/Libreville", start: 5455373, end: 5455608 }, { filename: "/pglite/share/postgresql/timezone/Africa/Lome", start: 5455608, end: 5455756 }, { filename: "/pglite/share/postgresql/timezone/Africa/Luanda", start: 5455756, end: 5455991 }, { filename: "/pglite/share/postgresql/timezone/Africa/Lubumbashi", start: 5455991, end: 5456140 }, { filename: "/pglite/share/postgresql/timezone/Africa/Lusaka", start: 5456140, end: 5456289 }, { filename: "/pglite/share/postgresql/timezone/Africa/Malabo", start: 5456289, end: 5456524 }, { filename: "/pglite/share/postgresql/timezone/Africa/Maputo", start: 5456524, end: 5456673 }, { filename: "/pglite/share/postgresql/timezone/Africa/Maseru", start: 5456673, end: 5456919 }, { filename: "/pglite/share/postgresql/timezone/Africa/Mbabane", start: 5456919, end: 5457165 }, { filename: "/pglite/share/postgresql/timezone/Africa/Mogadishu", start: 5457165, end: 5457430 }, { filename: "/pglite/share/postgresql/timezone/Africa/Monrovia", start: 5457430, end: 5457638 }, { filename: "/pglite/share/postgresql/timezone/Africa/Nairobi", start: 5457638, end: 5457903 }, { filename: "/pglite/share/postgresql/timezone/Africa/Ndjamena", start: 5457903, end: 5458102 }, { filename: "/pglite/share/postgresql/timezone/Africa/Niamey", start: 5458102, end: 5458337 }, { filename: "/pglite/share/postgresql/timezone/Africa/Nouakchott", start: 5458337, end: 5458485 }, { filename: "/pglite/share/postgresql/timezone/Africa/Ouagadougou", start: 5458485, end: 5458633 }, { filename: "/pglite/share/postgresql/timezone/Africa/Porto-Novo", start: 5458633, end: 5458868 }, { filename: "/pglite/share/postgresql/timezone/Africa/Sao_Tome", start: 5458868, end: 5459122 }, { filename: "/pglite/share/postgresql/timezone/Africa/Timbuktu", start: 5459122, end: 5459270 }, { filename: "/pglite/share/postgresql/timezone/Africa/Tripoli", start: 5459270, end: 5459895 }, { filename: "/pglite/share/postgresql/timezone/Africa/Tunis", start: 5459895, end: 5460584 }, { filename: "/pglite/share/postgresql/timezone/Africa/Windhoek", start: 5460584, end: 5461539 }, { filename: "/pglite/share/postgresql/timezone/America/Adak", start: 5461539, end: 5463895 }, { filename: "/pglite/share/postgresql/timezone/America/Anchorage", start: 5463895, end: 5466266 }, { filename: "/pglite/share/postgresql/timezone/America/Anguilla", start: 5466266, end: 5466512 }, { filename: "/pglite/share/postgresql/timezone/America/Antigua", start: 5466512, end: 5466758 }, { filename: "/pglite/share/postgresql/timezone/America/Araguaina", start: 5466758, end: 5467642 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Buenos_Aires", start: 5467642, end: 5468718 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Catamarca", start: 5468718, end: 5469794 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/ComodRivadavia", start: 5469794, end: 5470870 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Cordoba", start: 5470870, end: 5471946 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Jujuy", start: 5471946, end: 5472994 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/La_Rioja", start: 5472994, end: 5474084 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Mendoza", start: 5474084, end: 5475160 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Rio_Gallegos", start: 5475160, end: 5476236 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Salta", start: 5476236, end: 5477284 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/San_Juan", start: 5477284, end: 5478374 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/San_Luis", start: 5478374, end: 5479476 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Tucuman", start: 5479476, end: 5480580 }, { filename: "/pglite/share/postgresql/timezone/America/Argentina/Ushuaia", start: 5480580, end: 5481656 }, { filename: "/pglite/share/postgresql/timezone/America/Aruba", start: 5481656, end: 5481902 }, { filename: "/pglite/share/postgresql/timezone/America/Asuncion", start: 5481902, end: 5483560 }, { filename: "/pglite/share/postgresql/timezone/America/Atikokan", start: 5483560, end: 5483742 }, { filename: "/pglite/share/postgresql/timezone/America/Atka", start: 5483742, end: 5486098 }, { filename: "/pglite/share/postgresql/timezone/America/Bahia", start: 5486098, end: 5487122 }, { filename: "/pglite/share/postgresql/timezone/America/Bahia_Banderas", start: 5487122, end: 5488222 }, { filename: "/pglite/share/postgresql/timezone/America/Barbados", start: 5488222, end: 5488658 }, { filename: "/pglite/share/postgresql/timezone/America/Belem", start: 5488658, end: 5489234 }, { filename: "/pglite/share/postgresql/timezone/America/Belize", start: 5489234, end: 5490848 }, { filename: "/pglite/share/postgresql/timezone/America/Blanc-Sablon", start: 5490848, end: 5491094 }, { filename: "/pglite/share/postgresql/timezone/America/Boa_Vista", start: 5491094, end: 5491726 }, { filename: "/pglite/share/postgresql/timezone/America/Bogota", start: 5491726, end: 5491972 }, { filename: "/pglite/share/postgresql/timezone/America/Boise", start: 5491972, end: 5494382 }, { filename: "/pglite/share/postgresql/timezone/America/Buenos_Aires", start: 5494382, end: 5495458 }, { filename: "/pglite/share/postgresql/timezone/America/Cambridge_Bay", start: 5495458, end: 5497712 }, { filename: "/pglite/share/postgresql/timezone/America/Campo_Grande", start: 5497712, end: 5499156 }, { filename: "/pglite/share/postgresql/timezone/America/Cancun", start: 5499156, end: 5500020 }, { filename: "/pglite/share/postgresql/timezone/America/Caracas", start: 5500020, end: 5500284 }, { filename: "/pglite/share/postgresql/timezone/America/Catamarca", start: 5500284, end: 5501360 }, { filename: "/pglite/share/postgresql/timezone/America/Cayenne", start: 5501360, end: 5501558 }, { filename: "/pglite/share/postgresql/timezone/America/Cayman", start: 5501558, end: 5501740 }, { filename: "/pglite/share/postgresql/timezone/America/Chicago", start: 5501740, end: 5505332 }, { filename: "/pglite/share/postgresql/timezone/America/Chihuahua", start: 5505332, end: 5506434 }, { filename: "/pglite/share/postgresql/timezone/America/Ciudad_Juarez", start: 5506434, end: 5507972 }, { filename: "/pglite/share/postgresql/timezone/America/Coral_Harbour", start: 5507972, end: 5508154 }, { filename: "/pglite/share/postgresql/timezone/America/Cordoba", start: 5508154, end: 5509230 }, { filename: "/pglite/share/postgresql/timezone/America/Costa_Rica", start: 5509230, end: 5509546 }, { filename: "/pglite/share/postgresql/timezone/America/Coyhaique", start: 5509546, end: 5511686 }, { filename: "/pglite/share/postgresql/timezone/America/Creston", start: 5511686, end: 5512046 }, { filename: "/pglite/share/postgresql/timezone/America/Cuiaba", start: 5512046, end: 5513462 }, { filename: "/pglite/share/postgresql/timezone/America/Curacao", start: 5513462, end: 5513708 }, { filename: "/pglite/share/postgresql/timezone/America/Danmarkshavn", start: 5513708, end: 5514406 }, { filename: "/pglite/share/postgresql/timezone/America/Dawson", start: 5514406, end: 5516020 }, { filename: "/pglite/share/postgresql/timezone/America/Dawson_Creek", start: 5516020, end: 5517070 }, { filename: "/pglite/share/postgresql/timezone/America/Denver", start: 5517070, end: 5519530 }, { filename: "/pglite/share/postgresql/timezone/America/Detroit", start: 5519530, end: 5521760 }, { filename: "/pglite/share/postgresql/timezone/America/Dominica", start: 5521760, end: 5522006 }, { filename: "/pglite/share/postgresql/timezone/America/Edmonton", start: 5522006, end: 5524036 }, { filename: "/pglite/share/postgresql/timezone/America/Eirunepe", start: 5524036, end: 5524692 }, { filename: "/pglite/share/postgresql/timezone/America/El_Salvador", start: 5524692, end: 5524916 }, { filename: "/pglite/share/postgresql/timezone/America/Ensenada", start: 5524916, end: 5527822 }, { filename: "/pglite/share/postgresql/timezone/America/Fort_Nelson", start: 5527822, end: 5530062 }, { filename: "/pglite/share/postgresql/timezone/America/Fort_Wayne", start: 5530062, end: 5531744 }, { filename: "/pglite/share/postgresql/timezone/America/Fortaleza", start: 5531744, end: 5532460 }, { filename: "/pglite/share/postgresql/timezone/America/Glace_Bay", start: 5532460, end: 5534652 }, { filename: "/pglite/share/postgresql/timezone/America/Godthab", start: 5534652, end: 5536555 }, { filename: "/pglite/share/postgresql/timezone/America/Goose_Bay", start: 5536555, end: 5539765 }, { filename: "/pglite/share/postgresql/timezone/America/Grand_Turk", start: 5539765, end: 5541599 }, { filename: "/pglite/share/postgresql/timezone/America/Grenada", start: 5541599, end: 5541845 }, { filename: "/pglite/share/postgresql/timezone/America/Guadeloupe", start: 5541845, end: 5542091 }, { filename: "/pglite/share/postgresql/timezone/America/Guatemala", start: 5542091, end: 5542371 }, { filename: "/pglite/share/postgresql/timezone/America/Guayaquil", start: 5542371, end: 5542617 }, { filename: "/pglite/share/postgresql/timezone/America/Guyana", start: 5542617, end: 5542879 }, { filename: "/pglite/share/postgresql/timezone/America/Halifax", start: 5542879, end: 5546303 }, { filename: "/pglite/share/postgresql/timezone/America/Havana", start: 5546303, end: 5548691 }, { filename: "/pglite/share/postgresql/timezone/America/Hermosillo", start: 5548691, end: 5549079 }, { filename: "/pglite/share/postgresql/timezone/America/Indiana/Indianapolis", start: 5549079, end: 5550761 }, { filename: "/pglite/share/postgresql/timezone/America/Indiana/Knox", start: 5550761, end: 5553205 }, { filename: "/pglite/share/postgresql/timezone/America/Indiana/Marengo", start: 5553205, end: 5554943 }, { filename: "/pglite/share/postgresql/timezone/America/Indiana/Petersburg", start: 5554943, end: 5556863 }, { filename: "/pglite/share/postgresql/timezone/America/Indiana/Tell_City", start: 5556863, end: 5558563 }, { filename: "/pglite/share/postgresql/timezone/America/Indiana/Vevay", start: 5558563, end: 5559993 }, { filename: "/pglite/share/postgresql/timezone/America/Indiana/Vincennes", start: 5559993, end: 5561703 }, { filename: "/pglite/share/postgresql/timezone/America/Indiana/Winamac", start: 5561703, end: 5563497 }, { filename: "/pglite/share/postgresql/timezone/America/Indianapolis", start: 5563497, end: 5565179 }, { filename: "/pglite/share/postgresql/timezone/America/Inuvik", start: 5565179, end: 5566947 }, { filename: "/pglite/share/postgresql/timezone/America/Iqaluit", start: 5566947, end: 5569149 }, { filename: "/pglite/share/postgresql/timezone/America/Jamaica", start: 5569149, end: 5569631 }, { filename: "/pglite/share/postgresql/timezone/America/Jujuy", start: 5569631, end: 5570679 }, { filename: "/pglite/share/postgresql/timezone/America/Juneau", start: 5570679, end: 5573032 }, { filename: "/pglite/share/postgresql/timezone/America/Kentucky/Louisville", start: 5573032, end: 5575820 }, { filename: "/pglite/share/postgresql/timezone/America/Kentucky/Monticello", start: 5575820, end: 5578188 }, { filename: "/pglite/share/postgresql/timezone/America/Knox_IN", start: 5578188, end: 5580632 }, { filename: "/pglite/share/postgresql/timezone/America/Kralendijk", start: 5580632, end: 5580878 }, { filename: "/pglite/share/postgresql/timezone/America/La_Paz", start: 5580878, end: 5581110 }, { filename: "/pglite/share/postgresql/timezone/America/Lima", start: 5581110, end: 5581516 }, { filename: "/pglite/share/postgresql/timezone/America/Los_Angeles", start: 5581516, end: 5584368 }, { filename: "/pglite/share/postgresql/timezone/America/Louisville", start: 5584368, end: 5587156 }, { filename: "/pglite/share/postgresql/timezone/America/Lower_Princes", start: 5587156, end: 5587402 }, { filename: "/pglite/share/postgresql/timezone/America/Maceio", start: 5587402, end: 5588146 }, { filename: "/pglite/share/postgresql/timezone/America/Managua", start: 5588146, end: 5588576 }, { filename: "/pglite/share/postgresql/timezone/America/Manaus", start: 5588576, end: 5589180 }, { filename: "/pglite/share/postgresql/timezone/America/Marigot", start: 5589180, end: 5589426 }, { filename: "/pglite/share/postgresql/timezone/America/Martinique", start: 5589426, end: 5589658 }, { filename: "/pglite/share/postgresql/timezone/America/Matamoros", start: 5589658, end: 5591076 }, { filename: "/pglite/share/postgresql/timezone/America/Mazatlan", start: 5591076, end: 5592136 }, { filename: "/pglite/share/postgresql/timezone/America/Mendoza", start: 5592136, end: 5593212 }, { filename: "/pglite/share/postgresql/timezone/America/Menominee", start: 5593212, end: 5595486 }, { filename: "/pglite/share/postgresql/timezone/America/Merida", start: 5595486, end: 5596490 }, { filename: "/pglite/share/postgresql/timezone/America/Metlakatla", start: 5596490, end: 5597913 }, { filename: "/pglite/share/postgresql/timezone/America/Mexico_City", start: 5597913, end: 5599135 }, { filename: "/pglite/share/postgresql/timezone/America/Miquelon", start: 5599135, end: 5600801 }, { filename: "/pglite/share/postgresql/timezone/America/Moncton", start: 5600801, end: 5603955 }, { filename: "/pglite/share/postgresql/timezone/America/Monterrey", start: 5603955, end: 5605069 }, { filename: "/pglite/share/postgresql/timezone/America/Montevideo", start: 5605069, end: 5606579 }, { filename: "/pglite/share/postgresql/timezone/America/Montreal", start: 5606579, end: 5610073 }, { filename: "/pglite/share/postgresql/timezone/America/Montserrat", start: 5610073, end: 5610319 }, { filename: "/pglite/share/postgresql/timezone/America/Nassau", start: 5610319, end: 5613813 }, { filename: "/pglite/share/postgresql/timezone/America/New_York", start: 5613813, end: 5617365 }, { filename: "/pglite/share/postgresql/timezone/America/Nipigon", start: 5617365, end: 5620859 }, { filename: "/pglite/share/postgresql/timezone/America/Nome", start: 5620859, end: 5623226 }, { filename: "/pglite/share/postgresql/timezone/America/Noronha", start: 5623226, end: 5623942 }, { filename: "/pglite/share/postgresql/timezone/America/North_Dakota/Beulah", start: 5623942, end: 5626338 }, { filename: "/pglite/share/postgresql/timezone/America/North_Dakota/Center", start: 5626338, end: 5628734 }, { filename: "/pglite/share/postgresql/timezone/America/North_Dakota/New_Salem", start: 5628734, end: 5631130 }, { filename: "/pglite/share/postgresql/timezone/America/Nuuk", start: 5631130, end: 5633033 }, { filename: "/pglite/share/postgresql/timezone/America/Ojinaga", start: 5633033, end: 5634557 }, { filename: "/pglite/share/postgresql/timezone/America/Panama", start: 5634557, end: 5634739 }, { filename: "/pglite/share/postgresql/timezone/America/Pangnirtung", start: 5634739, end: 5636941 }, { filename: "/pglite/share/postgresql/timezone/America/Paramaribo", start: 5636941, end: 5637203 }, { filename: "/pglite/share/postgresql/timezone/America/Phoenix", start: 5637203, end: 5637563 }, { filename: "/pglite/share/postgresql/timezone/America/Port-au-Prince", start: 5637563, end: 5638997 }, { filename: "/pglite/share/postgresql/timezone/America/Port_of_Spain", start: 5638997, end: 5639243 }, { filename: "/pglite/share/postgresql/timezone/America/Porto_Acre", start: 5639243, end: 5639871 }, { filename: "/pglite/share/postgresql/timezone/America/Porto_Velho", start: 5639871, end: 5640447 }, { filename: "/pglite/share/postgresql/timezone/America/Puerto_Rico", start: 5640447, end: 5640693 }, { filename: "/pglite/share/postgresql/timezone/America/Punta_Arenas", start: 5640693, end: 5642609 }, { filename: "/pglite/share/postgresql/timezone/America/Rainy_River", start: 5642609, end: 5645175 }, { filename: "/pglite/share/postgresql/timezone/America/Rankin_Inlet", start: 5645175, end: 5647241 }, { filename: "/pglite/share/postgresql/timezone/America/Recife", start: 5647241, end: 5647957 }, { filename: "/pglite/share/postgresql/timezone/America/Regina", start: 5647957, end: 5648937 }, { filename: "/pglite/share/postgresql/timezone/America/Resolute", start: 5648937, end: 5651003 }, { filename: "/pglite/share/postgresql/timezone/America/Rio_Branco", start: 5651003, end: 5651631 }, { filename: "/pglite/share/postgresql/timezone/America/Rosario", start: 5651631, end: 5652707 }, { filename: "/pglite/share/postgresql/timezone/America/Santa_Isabel", start: 5652707, end: 5655613 }, { filename: "/pglite/share/postgresql/timezone/America/Santarem", start: 5655613, end: 5656215 }, { filename: "/pglite/share/postgresql/timezone/America/Santiago", start: 5656215, end: 5658744 }, { filename: "/pglite/share/postgresql/timezone/America/Santo_Domingo", start: 5658744, end: 5659202 }, { filename: "/pglite/share/postgresql/timezone/America/Sao_Paulo", start: 5659202, end: 5660646 }, { filename: "/pglite/share/postgresql/timezone/America/Scoresbysund", start: 5660646, end: 5662595 }, { filename: "/pglite/share/postgresql/timezone/America/Shiprock", start: 5662595, end: 5665055 }, { filename: "/pglite/share/postgresql/timezone/America/Sitka", start: 5665055, end: 5667384 }, { filename: "/pglite/share/postgresql/timezone/America/St_Barthelemy", start: 5667384, end: 5667630 }, { filename: "/pglite/share/postgresql/timezone/America/St_Johns", start: 5667630, end: 5671285 }, { filename: "/pglite/share/postgresql/timezone/America/St_Kitts", start: 5671285, end: 5671531 }, { filename: "/pglite/share/postgresql/timezone/America/St_Lucia", start: 5671531, end: 5671777 }, { filename: "/pglite/share/postgresql/timezone/America/St_Thomas", start: 5671777, end: 5672023 }, { filename: "/pglite/share/postgresql/timezone/America/St_Vincent", start: 5672023, end: 5672269 }, { filename: "/pglite/share/postgresql/timezone/America/Swift_Current", start: 5672269, end: 5672829 }, { filename: "/pglite/share/postgresql/timezone/America/Tegucigalpa", start: 5672829, end: 5673081 }, { filename: "/pglite/share/postgresql/timezone/America/Thule", start: 5673081, end: 5674583 }, { filename: "/pglite/share/postgresql/timezone/America/Thunder_Bay", start: 5674583, end: 5678077 }, { filename: "/pglite/share/postgresql/timezone/America/Tijuana", start: 5678077, end: 5680983 }, { filename: "/pglite/share/postgresql/timezone/America/Toronto", start: 5680983, end: 5684477 }, { filename: "/pglite/share/postgresql/timezone/America/Tortola", start: 5684477, end: 5684723 }, { filename: "/pglite/share/postgresql/timezone/America/Vancouver", start: 5684723, end: 5687313 }, { filename: "/pglite/share/postgresql/timezone/America/Virgin", start: 5687313, end: 5687559 }, { filename: "/pglite/share/postgresql/timezone/America/Whitehorse", start: 5687559, end: 5689173 }, { filename: "/pglite/share/postgresql/timezone/America/Winnipeg", start: 5689173, end: 5691739 }, { filename: "/pglite/share/postgresql/timezone/America/Yakutat", start: 5691739, end: 5694044 }, { filename: "/pglite/share/postgresql/timezone/America/Yellowknife", start: 5694044, end: 5696074 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Casey", start: 5696074, end: 5696511 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Davis", start: 5696511, end: 5696808 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/DumontDUrville", start: 5696808, end: 5696994 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Macquarie", start: 5696994, end: 5699254 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Mawson", start: 5699254, end: 5699453 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/McMurdo", start: 5699453, end: 5701890 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Palmer", start: 5701890, end: 5703308 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Rothera", start: 5703308, end: 5703472 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/South_Pole", start: 5703472, end: 5705909 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Syowa", start: 5705909, end: 5706074 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Troll", start: 5706074, end: 5707236 }, { filename: "/pglite/share/postgresql/timezone/Antarctica/Vostok", start: 5707236, end: 5707463 }, { filename: "/pglite/share/postgresql/timezone/Arctic/Longyearbyen", start: 5707463, end: 5709761 }, { filename: "/pglite/share/postgresql/timezone/Asia/Aden", start: 5709761, end: 5709926 }, { filename: "/pglite/share/postgresql/timezone/Asia/Almaty", start: 5709926, end: 5710923 }, { filename: "/pglite/share/postgresql/timezone/Asia/Amman", start: 5710923, end: 5712370 }, { filename: "/pglite/share/postgresql/timezone/Asia/Anadyr", start: 5712370, end: 5713558 }, { filename: "/pglite/share/postgresql/timezone/Asia/Aqtau", start: 5713558, end: 5714541 }, { filename: "/pglite/share/postgresql/timezone/Asia/Aqtobe", start: 5714541, end: 5715552 }, { filename: "/pglite/share/postgresql/timezone/Asia/Ashgabat", start: 5715552, end: 5716171 }, { filename: "/pglite/share/postgresql/timezone/Asia/Ashkhabad", start: 5716171, end: 5716790 }, { filename: "/pglite/share/postgresql/timezone/Asia/Atyrau", start: 5716790, end: 5717781 }, { filename: "/pglite/share/postgresql/timezone/Asia/Baghdad", start: 5717781, end: 5718764 }, { filename: "/pglite/share/postgresql/timezone/Asia/Bahrain", start: 5718764, end: 5718963 }, { filename: "/pglite/share/postgresql/timezone/Asia/Baku", start: 5718963, end: 5720190 }, { filename: "/pglite/share/postgresql/timezone/Asia/Bangkok", start: 5720190, end: 5720389 }, { filename: "/pglite/share/postgresql/timezone/Asia/Barnaul", start: 5720389, end: 5721610 }, { filename: "/pglite/share/postgresql/timezone/Asia/Beirut", start: 5721610, end: 5723764 }, { filename: "/pglite/share/postgresql/timezone/Asia/Bishkek", start: 5723764, end: 5724747 }, { filename: "/pglite/share/postgresql/timezone/Asia/Brunei", start: 5724747, end: 5725230 }, { filename: "/pglite/share/postgresql/timezone/Asia/Calcutta", start: 5725230, end: 5725515 }, { filename: "/pglite/share/postgresql/timezone/Asia/Chita", start: 5725515, end: 5726736 }, { filename: "/pglite/share/postgresql/timezone/Asia/Choibalsan", start: 5726736, end: 5727627 }, { filename: "/pglite/share/postgresql/timezone/Asia/Chongqing", start: 5727627, end: 5728188 }, { filename: "/pglite/share/postgresql/timezone/Asia/Chungking", start: 5728188, end: 5728749 }, { filename: "/pglite/share/postgresql/timezone/Asia/Colombo", start: 5728749, end: 5729121 }, { filename: "/pglite/share/postgresql/timezone/Asia/Dacca", start: 5729121, end: 5729458 }, { filename: "/pglite/share/postgresql/timezone/Asia/Damascus", start: 5729458, end: 5731345 }, { filename: "/pglite/share/postgresql/timezone/Asia/Dhaka", start: 5731345, end: 5731682 }, { filename: "/pglite/share/postgresql/timezone/Asia/Dili", start: 5731682, end: 5731953 }, { filename: "/pglite/share/postgresql/timezone/Asia/Dubai", start: 5731953, end: 5732118 }, { filename: "/pglite/share/postgresql/timezone/Asia/Dushanbe", start: 5732118, end: 5732709 }, { filename: "/pglite/share/postgresql/timezone/Asia/Famagusta", start: 5732709, end: 5734737 }, { filename: "/pglite/share/postgresql/timezone/Asia/Gaza", start: 5734737, end: 5738581 }, { filename: "/pglite/share/postgresql/timezone/Asia/Harbin", start: 5738581, end: 5739142 }, { filename: "/pglite/share/postgresql/timezone/Asia/Hebron", start: 5739142, end: 5743014 }, { filename: "/pglite/share/postgresql/timezone/Asia/Ho_Chi_Minh", start: 5743014, end: 5743365 }, { filename: "/pglite/share/postgresql/timezone/Asia/Hong_Kong", start: 5743365, end: 5744598 }, { filename: "/pglite/share/postgresql/timezone/Asia/Hovd", start: 5744598, end: 5745489 }, { filename: "/pglite/share/postgresql/timezone/Asia/Irkutsk", start: 5745489, end: 5746732 }, { filename: "/pglite/share/postgresql/timezone/Asia/Istanbul", start: 5746732, end: 5748679 }, { filename: "/pglite/share/postgresql/timezone/Asia/Jakarta", start: 5748679, end: 5749062 }, { filename: "/pglite/share/postgresql/timezone/Asia/Jayapura", start: 5749062, end: 5749283 }, { filename: "/pglite/share/postgresql/timezone/Asia/Jerusalem", start: 5749283, end: 5751671 }, { filename: "/pglite/share/postgresql/timezone/Asia/Kabul", start: 5751671, end: 5751879 }, { filename: "/pglite/share/postgresql/timezone/Asia/Kamchatka", start: 5751879, end: 5753045 }, { filename: "/pglite/share/postgresql/timezone/Asia/Karachi", start: 5753045, end: 5753424 }, { filename: "/pglite/share/postgresql/timezone/Asia/Kashgar", start: 5753424, end: 5753589 }, { filename: "/pglite/share/postgresql/timezone/Asia/Kathmandu", start: 5753589, end: 5753801 }, { filename: "/pglite/share/postgresql/timezone/Asia/Katmandu", start: 5753801, end: 5754013 }, { filename: "/pglite/share/postgresql/timezone/Asia/Khandyga", start: 5754013, end: 5755284 }, { filename: "/pglite/share/postgresql/timezone/Asia/Kolkata", start: 5755284, end: 5755569 }, { filename: "/pglite/share/postgresql/timezone/Asia/Krasnoyarsk", start: 5755569, end: 5756776 }, { filename: "/pglite/share/postgresql/timezone/Asia/Kuala_Lumpur", start: 5756776, end: 5757191 }, { filename: "/pglite/share/postgresql/timezone/Asia/Kuching", start: 5757191, end: 5757674 }, { filename: "/pglite/share/postgresql/timezone/Asia/Kuwait", start: 5757674, end: 5757839 }, { filename: "/pglite/share/postgresql/timezone/Asia/Macao", start: 5757839, end: 5759066 }, { filename: "/pglite/share/postgresql/timezone/Asia/Macau", start: 5759066, end: 5760293 }, { filename: "/pglite/share/postgresql/timezone/Asia/Magadan", start: 5760293, end: 5761515 }, { filename: "/pglite/share/postgresql/timezone/Asia/Makassar", start: 5761515, end: 5761769 }, { filename: "/pglite/share/postgresql/timezone/Asia/Manila", start: 5761769, end: 5762191 }, { filename: "/pglite/share/postgresql/timezone/Asia/Muscat", start: 5762191, end: 5762356 }, { filename: "/pglite/share/postgresql/timezone/Asia/Nicosia", start: 5762356, end: 5764358 }, { filename: "/pglite/share/postgresql/timezone/Asia/Novokuznetsk", start: 5764358, end: 5765523 }, { filename: "/pglite/share/postgresql/timezone/Asia/Novosibirsk", start: 5765523, end: 5766744 }, { filename: "/pglite/share/postgresql/timezone/Asia/Omsk", start: 5766744, end: 5767951 }, { filename: "/pglite/share/postgresql/timezone/Asia/Oral", start: 5767951, end: 5768956 }, { filename: "/pglite/share/postgresql/timezone/Asia/Phnom_Penh", start: 5768956, end: 5769155 }, { filename: "/pglite/share/postgresql/timezone/Asia/Pontianak", start: 5769155, end: 5769508 }, { filename: "/pglite/share/postgresql/timezone/Asia/Pyongyang", start: 5769508, end: 5769745 }, { filename: "/pglite/share/postgresql/timezone/Asia/Qatar", start: 5769745, end: 5769944 }, { filename: "/pglite/share/postgresql/timezone/Asia/Qostanay", start: 5769944, end: 5770983 }, { filename: "/pglite/share/postgresql/timezone/Asia/Qyzylorda", start: 5770983, end: 5772008 }, { filename: "/pglite/share/postgresql/timezone/Asia/Rangoon", start: 5772008, end: 5772276 }, { filename: "/pglite/share/postgresql/timezone/Asia/Riyadh", start: 5772276, end: 5772441 }, { filename: "/pglite/share/postgresql/timezone/Asia/Saigon", start: 5772441, end: 5772792 }, { filename: "/pglite/share/postgresql/timezone/Asia/Sakhalin", start: 5772792, end: 5773994 }, { filename: "/pglite/share/postgresql/timezone/Asia/Samarkand", start: 5773994, end: 5774571 }, { filename: "/pglite/share/postgresql/timezone/Asia/Seoul", start: 5774571, end: 5775188 }, { filename: "/pglite/share/postgresql/timezone/Asia/Shanghai", start: 5775188, end: 5775749 }, { filename: "/pglite/share/postgresql/timezone/Asia/Singapore", start: 5775749, end: 5776164 }, { filename: "/pglite/share/postgresql/timezone/Asia/Srednekolymsk", start: 5776164, end: 5777372 }, { filename: "/pglite/share/postgresql/timezone/Asia/Taipei", start: 5777372, end: 5778133 }, { filename: "/pglite/share/postgresql/timezone/Asia/Tashkent", start: 5778133, end: 5778724 }, { filename: "/pglite/share/postgresql/timezone/Asia/Tbilisi", start: 5778724, end: 5779759 }, { filename: "/pglite/share/postgresql/timezone/Asia/Tehran", start: 5779759, end: 5781021 }, { filename: "/pglite/share/postgresql/timezone/Asia/Tel_Aviv", start: 5781021, end: 5783409 }, { filename: "/pglite/share/postgresql/timezone/Asia/Thimbu", start: 5783409, end: 5783612 }, { filename: "/pglite/share/postgresql/timezone/Asia/Thimphu", start: 5783612, end: 5783815 }, { filename: "/pglite/share/postgresql/timezone/Asia/Tokyo", start: 5783815, end: 5784124 }, { filename: "/pglite/share/postgresql/timezone/Asia/Tomsk", start: 5784124, end: 5785345 }, { filename: "/pglite/share/postgresql/timezone/Asia/Ujung_Pandang", start: 5785345, end: 5785599 }, { filename: "/pglite/share/postgresql/timezone/Asia/Ulaanbaatar", start: 5785599, end: 5786490 }, { filename: "/pglite/share/postgresql/timezone/Asia/Ulan_Bator", start: 5786490, end: 5787381 }, { filename: "/pglite/share/postgresql/timezone/Asia/Urumqi", start: 5787381, end: 5787546 }, { filename: "/pglite/share/postgresql/timezone/Asia/Ust-Nera", start: 5787546, end: 5788798 }, { filename: "/pglite/share/postgresql/timezone/Asia/Vientiane", start: 5788798, end: 5788997 }, { filename: "/pglite/share/postgresql/timezone/Asia/Vladivostok", start: 5788997, end: 5790205 }, { filename: "/pglite/share/postgresql/timezone/Asia/Yakutsk", start: 5790205, end: 5791412 }, { filename: "/pglite/share/postgresql/timezone/Asia/Yangon", start: 5791412, end: 5791680 }, { filename: "/pglite/share/postgresql/timezone/Asia/Yekaterinburg", start: 5791680, end: 5792923 }, { filename: "/pglite/share/postgresql/timezone/Asia/Yerevan", start: 5792923, end: 5794074 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Azores", start: 5794074, end: 5797530 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Bermuda", start: 5797530, end: 5799926 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Canary", start: 5799926, end: 5801823 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Cape_Verde", start: 5801823, end: 5802093 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Faeroe", start: 5802093, end: 5803908 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Faroe", start: 5803908, end: 5805723 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Jan_Mayen", start: 5805723, end: 5808021 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Madeira", start: 5808021, end: 5811398 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Reykjavik", start: 5811398, end: 5811546 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/South_Georgia", start: 5811546, end: 5811710 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/St_Helena", start: 5811710, end: 5811858 }, { filename: "/pglite/share/postgresql/timezone/Atlantic/Stanley", start: 5811858, end: 5813072 }, { filename: "/pglite/share/postgresql/timezone/Australia/ACT", start: 5813072, end: 5815262 }, { filename: "/pglite/share/postgresql/timezone/Australia/Adelaide", start: 5815262, end: 5817470 }, { filename: "/pglite/share/postgresql/timezone/Australia/Brisbane", start: 5817470, end: 5817889 }, { filename: "/pglite/share/postgresql/timezone/Australia/Broken_Hill", start: 5817889, end: 5820118 }, { filename: "/pglite/share/postgresql/timezone/Australia/Canberra", start: 5820118, end: 5822308 }, { filename: "/pglite/share/postgresql/timezone/Australia/Currie", start: 5822308, end: 5824666 }, { filename: "/pglite/share/postgresql/timezone/Australia/Darwin", start: 5824666, end: 5824991 }, { filename: "/pglite/share/postgresql/timezone/Australia/Eucla", start: 5824991, end: 5825461 }, { filename: "/pglite/share/postgresql/timezone/Australia/Hobart", start: 5825461, end: 5827819 }, { filename: "/pglite/share/postgresql/timezone/Australia/LHI", start: 5827819, end: 5829679 }, { filename: "/pglite/share/postgresql/timezone/Australia/Lindeman", start: 5829679, end: 5830154 }, { filename: "/pglite/share/postgresql/timezone/Australia/Lord_Howe", start: 5830154, end: 5832014 }, { filename: "/pglite/share/postgresql/timezone/Australia/Melbourne", start: 5832014, end: 5834204 }, { filename: "/pglite/share/postgresql/timezone/Australia/NSW", start: 5834204, end: 5836394 }, { filename: "/pglite/share/postgresql/timezone/Australia/North", start: 5836394, end: 5836719 }, { filename: "/pglite/share/postgresql/timezone/Australia/Perth", start: 5836719, end: 5837165 }, { filename: "/pglite/share/postgresql/timezone/Australia/Queensland", start: 5837165, end: 5837584 }, { filename: "/pglite/share/postgresql/timezone/Australia/South", start: 5837584, end: 5839792 }, { filename: "/pglite/share/postgresql/timezone/Australia/Sydney", start: 5839792, end: 5841982 }, { filename: "/pglite/share/postgresql/timezone/Australia/Tasmania", start: 5841982, end: 5844340 }, { filename: "/pglite/share/postgresql/timezone/Australia/Victoria", start: 5844340, end: 5846530 }, { filename: "/pglite/share/postgresql/timezone/Australia/West", start: 5846530, end: 5846976 }, { filename: "/pglite/share/postgresql/timezone/Australia/Yancowinna", start: 5846976, end: 5849205 }, { filename: "/pglite/share/postgresql/timezone/Brazil/Acre", start: 5849205, end: 5849833 }, { filename: "/pglite/share/postgresql/timezone/Brazil/DeNoronha", start: 5849833, end: 5850549 }, { filename: "/pglite/share/postgresql/timezone/Brazil/East", start: 5850549, end: 5851993 }, { filename: "/pglite/share/postgresql/timezone/Brazil/West", start: 5851993, end: 5852597 }, { filename: "/pglite/share/postgresql/timezone/CET", start: 5852597, end: 5855530 }, { filename: "/pglite/share/postgresql/timezone/CST6CDT", start: 5855530, end: 5857778 }, { filename: "/pglite/share/postgresql/timezone/Canada/Atlantic", start: 5857778, end: 5861202 }, { filename: "/pglite/share/postgresql/timezone/Canada/Central", start: 5861202, end: 5863768 }, { filename: "/pglite/share/postgresql/timezone/Canada/Eastern", start: 5863768, end: 5867262 }, { filename: "/pglite/share/postgresql/timezone/Canada/Mountain", start: 5867262, end: 5869292 }, { filename: "/pglite/share/postgresql/timezone/Canada/Newfoundland", start: 5869292, end: 5872947 }, { filename: "/pglite/share/postgresql/timezone/Canada/Pacific", start: 5872947, end: 5875537 }, { filename: "/pglite/share/postgresql/timezone/Canada/Saskatchewan", start: 5875537, end: 5876517 }, { filename: "/pglite/share/postgresql/timezone/Canada/Yukon", start: 5876517, end: 5878131 }, { filename: "/pglite/share/postgresql/timezone/Chile/Continental", start: 5878131, end: 5880660 }, { filename: "/pglite/share/postgresql/timezone/Chile/EasterIsland", start: 5880660, end: 5882893 }, { filename: "/pglite/share/postgresql/timezone/Cuba", start: 5882893, end: 5885281 }, { filename: "/pglite/share/postgresql/timezone/EET", start: 5885281, end: 5887543 }, { filename: "/pglite/share/postgresql/timezone/EST", start: 5887543, end: 5887725 }, { filename: "/pglite/share/postgresql/timezone/EST5EDT", start: 5887725, end: 5889973 }, { filename: "/pglite/share/postgresql/timezone/Egypt", start: 5889973, end: 5892372 }, { filename: "/pglite/share/postgresql/timezone/Eire", start: 5892372, end: 5895864 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT", start: 5895864, end: 5895978 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+0", start: 5895978, end: 5896092 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+1", start: 5896092, end: 5896208 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+10", start: 5896208, end: 5896325 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+11", start: 5896325, end: 5896442 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+12", start: 5896442, end: 5896559 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+2", start: 5896559, end: 5896675 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+3", start: 5896675, end: 5896791 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+4", start: 5896791, end: 5896907 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+5", start: 5896907, end: 5897023 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+6", start: 5897023, end: 5897139 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+7", start: 5897139, end: 5897255 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+8", start: 5897255, end: 5897371 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT+9", start: 5897371, end: 5897487 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-0", start: 5897487, end: 5897601 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-1", start: 5897601, end: 5897718 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-10", start: 5897718, end: 5897836 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-11", start: 5897836, end: 5897954 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-12", start: 5897954, end: 5898072 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-13", start: 5898072, end: 5898190 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-14", start: 5898190, end: 5898308 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-2", start: 5898308, end: 5898425 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-3", start: 5898425, end: 5898542 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-4", start: 5898542, end: 5898659 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-5", start: 5898659, end: 5898776 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-6", start: 5898776, end: 5898893 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-7", start: 5898893, end: 5899010 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-8", start: 5899010, end: 5899127 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT-9", start: 5899127, end: 5899244 }, { filename: "/pglite/share/postgresql/timezone/Etc/GMT0", start: 5899244, end: 5899358 }, { filename: "/pglite/share/postgresql/timezone/Etc/Greenwich", start: 5899358, end: 5899472 }, { filename: "/pglite/share/postgresql/timezone/Etc/UCT", start: 5899472, end: 5899586 }, { filename: "/pglite/share/postgresql/timezone/Etc/UTC", start: 5899586, end: 5899700 }, { filename: "/pglite/share/postgresql/timezone/Etc/Universal", start: 5899700, end: 5899814 }, { filename: "/pglite/share/postgresql/timezone/Etc/Zulu", start: 5899814, end: 5899928 }, { filename: "/pglite/share/postgresql/timezone/Europe/Amsterdam", start: 5899928, end: 5902861 }, { filename: "/pglite/share/postgresql/timezone/Europe/Andorra", start: 5902861, end: 5904603 }, { filename: "/pglite/share/postgresql/timezone/Europe/Astrakhan", start: 5904603, end: 5905768 }, { filename: "/pglite/share/postgresql/timezone/Europe/Athens", start: 5905768, end: 5908030 }, { filename: "/pglite/share/postgresql/timezone/Europe/Belfast", start: 5908030, end: 5911694 }, { filename: "/pglite/share/postgresql/timezone/Europe/Belgrade", start: 5911694, end: 5913614 }, { filename: "/pglite/share/postgresql/timezone/Europe/Berlin", start: 5913614, end: 5915912 }, { filename: "/pglite/share/postgresql/timezone/Europe/Bratislava", start: 5915912, end: 5918213 }, { filename: "/pglite/share/postgresql/timezone/Europe/Brussels", start: 5918213, end: 5921146 }, { filename: "/pglite/share/postgresql/timezone/Europe/Bucharest", start: 5921146, end: 5923330 }, { filename: "/pglite/share/postgresql/timezone/Europe/Budapest", start: 5923330, end: 5925698 }, { filename: "/pglite/share/postgresql/timezone/Europe/Busingen", start: 5925698, end: 5927607 }, { filename: "/pglite/share/postgresql/timezone/Europe/Chisinau", start: 5927607, end: 5930031 }, { filename: "/pglite/share/postgresql/timezone/Europe/Copenhagen", start: 5930031, end: 5932329 }, { filename: "/pglite/share/postgresql/timezone/Europe/Dublin", start: 5932329, end: 5935821 }, { filename: "/pglite/share/postgresql/timezone/Europe/Gibraltar", start: 5935821, end: 5938889 }, { filename: "/pglite/share/postgresql/timezone/Europe/Guernsey", start: 5938889, end: 5942553 }, { filename: "/pglite/share/postgresql/timezone/Europe/Helsinki", start: 5942553, end: 5944453 }, { filename: "/pglite/share/postgresql/timezone/Europe/Isle_of_Man", start: 5944453, end: 5948117 }, { filename: "/pglite/share/postgresql/timezone/Europe/Istanbul", start: 5948117, end: 5950064 }, { filename: "/pglite/share/postgresql/timezone/Europe/Jersey", start: 5950064, end: 5953728 }, { filename: "/pglite/share/postgresql/timezone/Europe/Kaliningrad", start: 5953728, end: 5955221 }, { filename: "/pglite/share/postgresql/timezone/Europe/Kiev", start: 5955221, end: 5957341 }, { filename: "/pglite/share/postgresql/timezone/Europe/Kirov", start: 5957341, end: 5958526 }, { filename: "/pglite/share/postgresql/timezone/Europe/Kyiv", start: 5958526, end: 5960646 }, { filename: "/pglite/share/postgresql/timezone/Europe/Lisbon", start: 5960646, end: 5964173 }, { filename: "/pglite/share/postgresql/timezone/Europe/Ljubljana", start: 5964173, end: 5966093 }, { filename: "/pglite/share/postgresql/timezone/Europe/London", start: 5966093, end: 5969757 }, { filename: "/pglite/share/postgresql/timezone/Europe/Luxembourg", start: 5969757, end: 5972690 }, { filename: "/pglite/share/postgresql/timezone/Europe/Madrid", start: 5972690, end: 5975304 }, { filename: "/pglite/share/postgresql/timezone/Europe/Malta", start: 5975304, end: 5977924 }, { filename: "/pglite/share/postgresql/timezone/Europe/Mariehamn", start: 5977924, end: 5979824 }, { filename: "/pglite/share/postgresql/timezone/Europe/Minsk", start: 5979824, end: 5981145 }, { filename: "/pglite/share/postgresql/timezone/Europe/Monaco", start: 5981145, end: 5984107 }, { filename: "/pglite/share/postgresql/timezone/Europe/Moscow", start: 5984107, end: 5985642 }, { filename: "/pglite/share/postgresql/timezone/Europe/Nicosia", start: 5985642, end: 5987644 }, { filename: "/pglite/share/postgresql/timezone/Europe/Oslo", start: 5987644, end: 5989942 }, { filename: "/pglite/share/postgresql/timezone/Europe/Paris", start: 5989942, end: 5992904 }, { filename: "/pglite/share/postgresql/timezone/Europe/Podgorica", start: 5992904, end: 5994824 }, { filename: "/pglite/share/postgresql/timezone/Europe/Prague", start: 5994824, end: 5997125 }, { filename: "/pglite/share/postgresql/timezone/Europe/Riga", start: 5997125, end: 5999323 }, { filename: "/pglite/share/postgresql/timezone/Europe/Rome", start: 5999323, end: 6001964 }, { filename: "/pglite/share/postgresql/timezone/Europe/Samara", start: 6001964, end: 6003179 }, { filename: "/pglite/share/postgresql/timezone/Europe/San_Marino", start: 6003179, end: 6005820 }, { filename: "/pglite/share/postgresql/timezone/Europe/Sarajevo", start: 6005820, end: 6007740 }, { filename: "/pglite/share/postgresql/timezone/Europe/Saratov", start: 6007740, end: 6008923 }, { filename: "/pglite/share/postgresql/timezone/Europe/Simferopol", start: 6008923, end: 6010392 }, { filename: "/pglite/share/postgresql/timezone/Europe/Skopje", start: 6010392, end: 6012312 }, { filename: "/pglite/share/postgresql/timezone/Europe/Sofia", start: 6012312, end: 6014389 }, { filename: "/pglite/share/postgresql/timezone/Europe/Stockholm", start: 6014389, end: 6016687 }, { filename: "/pglite/share/postgresql/timezone/Europe/Tallinn", start: 6016687, end: 6018835 }, { filename: "/pglite/share/postgresql/timezone/Europe/Tirane", start: 6018835, end: 6020919 }, { filename: "/pglite/share/postgresql/timezone/Europe/Tiraspol", start: 6020919, end: 6023343 }, { filename: "/pglite/share/postgresql/timezone/Europe/Ulyanovsk", start: 6023343, end: 6024610 }, { filename: "/pglite/share/postgresql/timezone/Europe/Uzhgorod", start: 6024610, end: 6026730 }, { filename: "/pglite/share/postgresql/timezone/Europe/Vaduz", start: 6026730, end: 6028639 }, { filename: "/pglite/share/postgresql/timezone/Europe/Vatican", start: 6028639, end: 6031280 }, { filename: "/pglite/share/postgresql/timezone/Europe/Vienna", start: 6031280, end: 6033480 }, { filename: "/pglite/share/postgresql/timezone/Europe/Vilnius", start: 6033480, end: 6035642 }, { filename: "/pglite/share/postgresql/timezone/Europe/Volgograd", start: 6035642, end: 6036835 }, { filename: "/pglite/share/postgresql/timezone/Europe/Warsaw", start: 6036835, end: 6039489 }, { filename: "/pglite/share/postgresql/timezone/Europe/Zagreb", start: 6039489, end: 6041409 }, { filename: "/pglite/share/postgresql/timezone/Europe/Zaporozhye", start: 6041409, end: 6043529 }, { filename: "/pglite/share/postgresql/timezone/Europe/Zurich", start: 6043529, end: 6045438 }, { filename: "/pglite/share/postgresql/timezone/Factory", start: 6045438, end: 6045554 }, { filename: "/pglite/share/postgresql/timezone/GB", start: 6045554, end: 6049218 }, { filename: "/pglite/share/postgresql/timezone/GB-Eire", start: 6049218, end: 6052882 }, { filename: "/pglite/share/postgresql/timezone/GMT", start: 6052882, end: 6052996 }, { filename: "/pglite/share/postgresql/timezone/GMT+0", start: 6052996, end: 6053110 }, { filename: "/pglite/share/postgresql/timezone/GMT-0", start: 6053110, end: 6053224 }, { filename: "/pglite/share/postgresql/timezone/GMT0", start: 6053224, end: 6053338 }, { filename: "/pglite/share/postgresql/timezone/Greenwich", start: 6053338, end: 6053452 }, { filename: "/pglite/share/postgresql/timezone/HST", start: 6053452, end: 6053781 }, { filename: "/pglite/share/postgresql/timezone/Hongkong", start: 6053781, end: 6055014 }, { filename: "/pglite/share/postgresql/timezone/Iceland", start: 6055014, end: 6055162 }, { filename: "/pglite/share/postgresql/timezone/Indian/Antananarivo", start: 6055162, end: 6055427 }, { filename: "/pglite/share/postgresql/timezone/Indian/Chagos", start: 6055427, end: 6055626 }, { filename: "/pglite/share/postgresql/timezone/Indian/Christmas", start: 6055626, end: 6055825 }, { filename: "/pglite/share/postgresql/timezone/Indian/Cocos", start: 6055825, end: 6056093 }, { filename: "/pglite/share/postgresql/timezone/Indian/Comoro", start: 6056093, end: 6056358 }, { filename: "/pglite/share/postgresql/timezone/Indian/Kerguelen", start: 6056358, end: 6056557 }, { filename: "/pglite/share/postgresql/timezone/Indian/Mahe", start: 6056557, end: 6056722 }, { filename: "/pglite/share/postgresql/timezone/Indian/Maldives", start: 6056722, end: 6056921 }, { filename: "/pglite/share/postgresql/timezone/Indian/Mauritius", start: 6056921, end: 6057162 }, { filename: "/pglite/share/postgresql/timezone/Indian/Mayotte", start: 6057162, end: 6057427 }, { filename: "/pglite/share/postgresql/timezone/Indian/Reunion", start: 6057427, end: 6057592 }, { filename: "/pglite/share/postgresql/timezone/Iran", start: 6057592, end: 6058854 }, { filename: "/pglite/share/postgresql/timezone/Israel", start: 6058854, end: 6061242 }, { filename: "/pglite/share/postgresql/timezone/Jamaica", start: 6061242, end: 6061724 }, { filename: "/pglite/share/postgresql/timezone/Japan", start: 6061724, end: 6062033 }, { filename: "/pglite/share/postgresql/timezone/Kwajalein", start: 6062033, end: 6062349 }, { filename: "/pglite/share/postgresql/timezone/Libya", start: 6062349, end: 6062974 }, { filename: "/pglite/share/postgresql/timezone/MET", start: 6062974, end: 6065907 }, { filename: "/pglite/share/postgresql/timezone/MST", start: 6065907, end: 6066267 }, { filename: "/pglite/share/postgresql/timezone/MST7MDT", start: 6066267, end: 6068515 }, { filename: "/pglite/share/postgresql/timezone/Mexico/BajaNorte", start: 6068515, end: 6071421 }, { filename: "/pglite/share/postgresql/timezone/Mexico/BajaSur", start: 6071421, end: 6072481 }, { filename: "/pglite/share/postgresql/timezone/Mexico/General", start: 6072481, end: 6073703 }, { filename: "/pglite/share/postgresql/timezone/NZ", start: 6073703, end: 6076140 }, { filename: "/pglite/share/postgresql/timezone/NZ-CHAT", start: 6076140, end: 6078208 }, { filename: "/pglite/share/postgresql/timezone/Navajo", start: 6078208, end: 6080668 }, { filename: "/pglite/share/postgresql/timezone/PRC", start: 6080668, end: 6081229 }, { filename: "/pglite/share/postgresql/timezone/PST8PDT", start: 6081229, end: 6083477 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Apia", start: 6083477, end: 6084089 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Auckland", start: 6084089, end: 6086526 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Bougainville", start: 6086526, end: 6086794 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Chatham", start: 6086794, end: 6088862 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Chuuk", start: 6088862, end: 6089048 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Easter", start: 6089048, end: 6091281 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Efate", start: 6091281, end: 6091819 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Enderbury", start: 6091819, end: 6092053 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Fakaofo", start: 6092053, end: 6092253 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Fiji", start: 6092253, end: 6092831 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Funafuti", start: 6092831, end: 6092997 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Galapagos", start: 6092997, end: 6093235 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Gambier", start: 6093235, end: 6093399 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Guadalcanal", start: 6093399, end: 6093565 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Guam", start: 6093565, end: 6094059 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Honolulu", start: 6094059, end: 6094388 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Johnston", start: 6094388, end: 6094717 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Kanton", start: 6094717, end: 6094951 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Kiritimati", start: 6094951, end: 6095189 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Kosrae", start: 6095189, end: 6095540 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Kwajalein", start: 6095540, end: 6095856 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Majuro", start: 6095856, end: 6096022 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Marquesas", start: 6096022, end: 6096195 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Midway", start: 6096195, end: 6096370 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Nauru", start: 6096370, end: 6096622 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Niue", start: 6096622, end: 6096825 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Norfolk", start: 6096825, end: 6097705 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Noumea", start: 6097705, end: 6098009 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Pago_Pago", start: 6098009, end: 6098184 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Palau", start: 6098184, end: 6098364 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Pitcairn", start: 6098364, end: 6098566 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Pohnpei", start: 6098566, end: 6098732 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Ponape", start: 6098732, end: 6098898 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Port_Moresby", start: 6098898, end: 6099084 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Rarotonga", start: 6099084, end: 6099687 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Saipan", start: 6099687, end: 6100181 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Samoa", start: 6100181, end: 6100356 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Tahiti", start: 6100356, end: 6100521 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Tarawa", start: 6100521, end: 6100687 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Tongatapu", start: 6100687, end: 6101059 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Truk", start: 6101059, end: 6101245 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Wake", start: 6101245, end: 6101411 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Wallis", start: 6101411, end: 6101577 }, { filename: "/pglite/share/postgresql/timezone/Pacific/Yap", start: 6101577, end: 6101763 }, { filename: "/pglite/share/postgresql/timezone/Poland", start: 6101763, end: 6104417 }, { filename: "/pglite/share/postgresql/timezone/Portugal", start: 6104417, end: 6107944 }, { filename: "/pglite/share/postgresql/timezone/ROC", start: 6107944, end: 6108705 }, { filename: "/pglite/share/postgresql/timezone/ROK", start: 6108705, end: 6109322 }, { filename: "/pglite/share/postgresql/timezone/Singapore", start: 6109322, end: 6109737 }, { filename: "/pglite/share/postgresql/timezone/Turkey", start: 6109737, end: 6111684 }, { filename: "/pglite/share/postgresql/timezone/UCT", start: 6111684, end: 6111798 }, { filename: "/pglite/share/postgresql/timezone/US/Alaska", start: 6111798, end: 6114169 }, { filename: "/pglite/share/postgresql/timezone/US/Aleutian", start: 6114169, end: 6116525 }, { filename: "/pglite/share/postgresql/timezone/US/Arizona", start: 6116525, end: 6116885 }, { filename: "/pglite/share/postgresql/timezone/US/Central", start: 6116885, end: 6120477 }, { filename: "/pglite/share/postgresql/timezone/US/East-Indiana", start: 6120477, end: 6122159 }, { filename: "/pglite/share/postgresql/timezone/US/Eastern", start: 6122159, end: 6125711 }, { filename: "/pglite/share/postgresql/timezone/US/Hawaii", start: 6125711, end: 6126040 }, { filename: "/pglite/share/postgresql/timezone/US/Indiana-Starke", start: 6126040, end: 6128484 }, { filename: "/pglite/share/postgresql/timezone/US/Michigan", start: 6128484, end: 6130714 }, { filename: "/pglite/share/postgresql/timezone/US/Mountain", start: 6130714, end: 6133174 }, { filename: "/pglite/share/postgresql/timezone/US/Pacific", start: 6133174, end: 6136026 }, { filename: "/pglite/share/postgresql/timezone/US/Samoa", start: 6136026, end: 6136201 }, { filename: "/pglite/share/postgresql/timezone/UTC", start: 6136201, end: 6136315 }, { filename: "/pglite/share/postgresql/timezone/Universal", start: 6136315, end: 6136429 }, { filename: "/pglite/share/postgresql/timezone/W-SU", start: 6136429, end: 6137964 }, { filename: "/pglite/share/postgresql/timezone/WET", start: 6137964, end: 6141491 }, { filename: "/pglite/share/postgresql/timezone/Zulu", start: 6141491, end: 6141605 }, { filename: "/pglite/share/postgresql/timezonesets/Africa.txt", start: 6141605, end: 6148578 }, { filename: "/pglite/share/postgresql/timezonesets/America.txt", start: 6148578, end: 6159585 }, { filename: "/pglite/share/postgresql/timezonesets/Antarctica.txt", start: 6159585, end: 6160719 }, { filename: "/pglite/share/postgresql/timezonesets/Asia.txt", start: 6160719, end: 6169030 }, { filename: "/pglite/share/postgresql/timezonesets/Atlantic.txt", start: 6169030, end: 6172563 }, { filename: "/pglite/share/postgresql/timezonesets/Australia", start: 6172563, end: 6173698 }, { filename: "/pglite/share/postgresql/timezonesets/Australia.txt", start: 6173698, end: 6177082 }, { filename: "/pglite/share/postgresql/timezonesets/Default", start: 6177082, end: 6204296 }, { filename: "/pglite/share/postgresql/timezonesets/Etc.txt", start: 6204296, end: 6205546 }, { filename: "/pglite/share/postgresql/timezonesets/Europe.txt", start: 6205546, end: 6214292 }, { filename: "/pglite/share/postgresql/timezonesets/India", start: 6214292, end: 6214885 }, { filename: "/pglite/share/postgresql/timezonesets/Indian.txt", start: 6214885, end: 6216146 }, { filename: "/pglite/share/postgresql/timezonesets/Pacific.txt", start: 6216146, end: 6219914 }, { filename: "/pglite/share/postgresql/tsearch_data/danish.stop", start: 6219914, end: 6220338 }, { filename: "/pglite/share/postgresql/tsearch_data/dutch.stop", start: 6220338, end: 6220791 }, { filename: "/pglite/share/postgresql/tsearch_data/english.stop", start: 6220791, end: 6221413 }, { filename: "/pglite/share/postgresql/tsearch_data/finnish.stop", start: 6221413, end: 6222992 }, { filename: "/pglite/share/postgresql/tsearch_data/french.stop", start: 6222992, end: 6223797 }, { filename: "/pglite/share/postgresql/tsearch_data/german.stop", start: 6223797, end: 6225146 }, { filename: "/pglite/share/postgresql/tsearch_data/hungarian.stop", start: 6225146, end: 6226373 }, { filename: "/pglite/share/postgresql/tsearch_data/hunspell_sample.affix", start: 6226373, end: 6226616 }, { filename: "/pglite/share/postgresql/tsearch_data/hunspell_sample_long.affix", start: 6226616, end: 6227249 }, { filename: "/pglite/share/postgresql/tsearch_data/hunspell_sample_long.dict", start: 6227249, end: 6227347 }, { filename: "/pglite/share/postgresql/tsearch_data/hunspell_sample_num.affix", start: 6227347, end: 6227809 }, { filename: "/pglite/share/postgresql/tsearch_data/hunspell_sample_num.dict", start: 6227809, end: 6227938 }, { filename: "/pglite/share/postgresql/tsearch_data/ispell_sample.affix", start: 6227938, end: 6228403 }, { filename: "/pglite/share/postgresql/tsearch_data/ispell_sample.dict", start: 6228403, end: 6228484 }, { filename: "/pglite/share/postgresql/tsearch_data/italian.stop", start: 6228484, end: 6230138 }, { filename: "/pglite/share/postgresql/tsearch_data/nepali.stop", start: 6230138, end: 6234399 }, { filename: "/pglite/share/postgresql/tsearch_data/norwegian.stop", start: 6234399, end: 6235250 }, { filename: "/pglite/share/postgresql/tsearch_data/portuguese.stop", start: 6235250, end: 6236517 }, { filename: "/pglite/share/postgresql/tsearch_data/russian.stop", start: 6236517, end: 6237752 }, { filename: "/pglite/share/postgresql/tsearch_data/spanish.stop", start: 6237752, end: 6239930 }, { filename: "/pglite/share/postgresql/tsearch_data/swedish.stop", start: 6239930, end: 6240489 }, { filename: "/pglite/share/postgresql/tsearch_data/synonym_sample.syn", start: 6240489, end: 6240562 }, { filename: "/pglite/share/postgresql/tsearch_data/thesaurus_sample.ths", start: 6240562, end: 6241035 }, { filename: "/pglite/share/postgresql/tsearch_data/turkish.stop", start: 6241035, end: 6241295 }], remote_package_size: 6241295 });
    }
  })();
  var programArgs = [], thisProgram = "./this.program", quit_ = (e4, t33) => {
    throw t33;
  }, _scriptName = import.meta.url, scriptDirectory = "";
  function locateFile(e4) {
    return Module.locateFile ? Module.locateFile(e4, scriptDirectory) : scriptDirectory + e4;
  }
  var readAsync, readBinary;
  if (ENVIRONMENT_IS_NODE) {
    var fs = require("node:fs");
    _scriptName.startsWith("file:") && (scriptDirectory = require("node:path").dirname(require("node:url").fileURLToPath(_scriptName)) + "/"), readBinary = (e4) => {
      e4 = isFileURI(e4) ? new URL(e4) : e4;
      var t33 = fs.readFileSync(e4);
      return t33;
    }, readAsync = async (e4, t33 = true) => {
      e4 = isFileURI(e4) ? new URL(e4) : e4;
      var r11 = fs.readFileSync(e4, t33 ? void 0 : "utf8");
      return r11;
    }, process.argv.length > 1 && (thisProgram = process.argv[1].replace(/\\/g, "/")), programArgs = process.argv.slice(2), quit_ = (e4, t33) => {
      throw process.exitCode = e4, t33;
    };
  } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
    try {
      scriptDirectory = new URL(".", _scriptName).href;
    } catch {
    }
    ENVIRONMENT_IS_WORKER && (readBinary = (e4) => {
      var t33 = new XMLHttpRequest();
      return t33.open("GET", e4, false), t33.responseType = "arraybuffer", t33.send(null), new Uint8Array(t33.response);
    }), readAsync = async (e4) => {
      var t33 = await fetch(e4, { credentials: "same-origin" });
      if (t33.ok) return t33.arrayBuffer();
      throw new Error(t33.status + " : " + t33.url);
    };
  }
  var out = console.log.bind(console), err = console.error.bind(console), dynamicLibraries = [], wasmBinary, ABORT = false, EXITSTATUS, isFileURI = (e4) => e4.startsWith("file://");
  class EmscriptenEH {
  }
  class EmscriptenSjLj extends EmscriptenEH {
  }
  var runtimeInitialized = false, runtimeExited = false;
  function getMemoryBuffer() {
    return wasmMemory.buffer;
  }
  function updateMemoryViews() {
    if (!HEAP8?.buffer?.resizable) {
      var e4 = getMemoryBuffer();
      HEAP8 = new Int8Array(e4), HEAP16 = new Int16Array(e4), Module.HEAPU8 = HEAPU8 = new Uint8Array(e4), HEAPU16 = new Uint16Array(e4), HEAP32 = new Int32Array(e4), HEAPU32 = new Uint32Array(e4), HEAPF32 = new Float32Array(e4), HEAPF64 = new Float64Array(e4), HEAP64 = new BigInt64Array(e4), HEAPU64 = new BigUint64Array(e4);
    }
  }
  function initMemory() {
    if (Module.wasmMemory) wasmMemory = Module.wasmMemory;
    else {
      var e4 = Module.INITIAL_MEMORY || 134217728;
      wasmMemory = new WebAssembly.Memory({ initial: e4 / 65536, maximum: 32768 });
    }
    updateMemoryViews();
  }
  var __RELOC_FUNCS__ = [];
  function preRun() {
    var e4 = Module.preRun;
    e4 && (typeof e4 == "function" && (e4 = [e4]), onPreRuns.push(...e4)), callRuntimeCallbacks(onPreRuns);
  }
  function initRuntime() {
    runtimeInitialized = true, callRuntimeCallbacks(__RELOC_FUNCS__), !Module.noFSInit && !FS.initialized && FS.init(), TTY.init(), SOCKFS.root = FS.mount(SOCKFS, {}, null), PIPEFS.root = FS.mount(PIPEFS, {}, null), wasmExports.__wasm_call_ctors(), callRuntimeCallbacks(onPostCtors), FS.ignorePermissions = false;
  }
  function exitRuntime() {
    ___funcs_on_exit(), FS.quit(), TTY.shutdown(), IDBFS.quit(), clearTimers(), runtimeExited = true;
  }
  function postRun() {
    var e4 = Module.postRun;
    e4 && (typeof e4 == "function" && (e4 = [e4]), onPostRuns.push(...e4)), callRuntimeCallbacks(onPostRuns);
  }
  function abort(e4) {
    throw Module.onAbort?.(e4), e4 = `Aborted(${e4})`, err(e4), ABORT = true, e4 += ". Build with -sASSERTIONS for more info.", new WebAssembly.RuntimeError(e4);
  }
  var wasmBinaryFile;
  function findWasmBinary() {
    return Module.locateFile ? locateFile("pglite.wasm") : new URL("pglite.wasm", import.meta.url).href;
  }
  function getBinarySync(e4) {
    if (readBinary) return readBinary(e4);
    throw "both async and sync fetching of the wasm failed";
  }
  async function getWasmBinary(e4) {
    if (!wasmBinary) try {
      var t33 = await readAsync(e4);
      return new Uint8Array(t33);
    } catch {
    }
    return getBinarySync(e4);
  }
  async function instantiateArrayBuffer(e4, t33) {
    try {
      var r11 = await getWasmBinary(e4), _3 = await WebAssembly.instantiate(r11, t33);
      return _3;
    } catch (n3) {
      err(`failed to asynchronously prepare wasm: ${n3}`), abort(n3);
    }
  }
  async function instantiateAsync(e4, t33, r11) {
    if (!e4 && !ENVIRONMENT_IS_NODE) try {
      var _3 = fetch(t33, { credentials: "same-origin" }), n3 = await WebAssembly.instantiateStreaming(_3, r11);
      return n3;
    } catch (a16) {
      err(`wasm streaming compile failed: ${a16}`), err("falling back to ArrayBuffer instantiation");
    }
    return instantiateArrayBuffer(t33, r11);
  }
  function getWasmImports() {
    var e4 = new Proxy(/* @__PURE__ */ new Set([]), GOTHandler), t33 = { env: wasmImports, wasi_snapshot_preview1: wasmImports, "GOT.mem": e4, "GOT.func": e4 };
    return t33;
  }
  async function createWasm() {
    async function e4(a16, i7) {
      wasmExports = a16.exports;
      var l2 = wasmExports;
      mergeLibSymbols(wasmExports, "main");
      var o9 = getDylinkMetadata(i7);
      return o9.neededDynlibs && (dynamicLibraries = o9.neededDynlibs.concat(dynamicLibraries)), assignWasmExports(wasmExports), updateGOT(l2), LDSO.init(), await loadDylibs(), wasmExports;
    }
    var t33 = getWasmImports(), r11 = Module.instantiateWasm;
    if (r11) return new Promise((a16) => {
      r11(t33, (i7, l2) => a16(e4(i7, l2)));
    });
    wasmBinaryFile ?? (wasmBinaryFile = findWasmBinary());
    var _3 = await instantiateAsync(wasmBinary, wasmBinaryFile, t33), n3 = await (function(a16) {
      return e4(a16.instance, a16.module);
    })(_3);
    return n3;
  }
  class ExitStatus {
    constructor(t33) {
      P(this, "name", "ExitStatus");
      this.message = `Program terminated with exit(${t33})`, this.status = t33;
    }
  }
  var GOT = {}, GOTHandler = { get(e4, t33) {
    var r11 = GOT[t33];
    return r11 || (r11 = GOT[t33] = new WebAssembly.Global({ value: "i32", mutable: true }, -1)), e4.has(t33) || (r11.required = true), r11;
  } }, HEAP16, HEAP32, HEAP64, HEAP8, HEAPF32, HEAPF64, HEAPU16, HEAPU32, HEAPU64, HEAPU8, callRuntimeCallbacks = (e4) => {
    for (; e4.length > 0; ) e4.shift()(Module);
  }, onPostRuns = [], onPreRuns = [], UTF8Decoder = globalThis.TextDecoder && new TextDecoder(), findStringEnd = (e4, t33, r11, _3) => {
    var n3 = t33 + r11;
    if (_3) return n3;
    for (; e4[t33] && !(t33 >= n3); ) ++t33;
    return t33;
  }, UTF8ArrayToString = (e4, t33 = 0, r11, _3) => {
    var n3 = findStringEnd(e4, t33, r11, _3);
    if (n3 - t33 > 16 && e4.buffer && UTF8Decoder) return UTF8Decoder.decode(e4.subarray(t33, n3));
    for (var a16 = ""; t33 < n3; ) {
      var i7 = e4[t33++];
      if (!(i7 & 128)) {
        a16 += String.fromCharCode(i7);
        continue;
      }
      var l2 = e4[t33++] & 63;
      if ((i7 & 224) == 192) {
        a16 += String.fromCharCode((i7 & 31) << 6 | l2);
        continue;
      }
      var o9 = e4[t33++] & 63;
      if ((i7 & 240) == 224 ? i7 = (i7 & 15) << 12 | l2 << 6 | o9 : i7 = (i7 & 7) << 18 | l2 << 12 | o9 << 6 | e4[t33++] & 63, i7 < 65536) a16 += String.fromCharCode(i7);
      else {
        var s4 = i7 - 65536;
        a16 += String.fromCharCode(55296 | s4 >> 10, 56320 | s4 & 1023);
      }
    }
    return a16;
  }, getDylinkMetadata = (e4) => {
    var t33 = 0, r11 = 0;
    function _3() {
      return e4[t33++];
    }
    function n3() {
      for (var M2 = 0, C5 = 1; ; ) {
        var b4 = e4[t33++];
        if (M2 += (b4 & 127) * C5, C5 *= 128, !(b4 & 128)) break;
      }
      return M2;
    }
    function a16() {
      var M2 = n3();
      return t33 += M2, UTF8ArrayToString(e4, t33 - M2, M2);
    }
    function i7() {
      for (var M2 = n3(), C5 = []; M2--; ) C5.push(a16());
      return C5;
    }
    function l2(M2, C5) {
      if (M2) throw new Error(C5);
    }
    if (e4 instanceof WebAssembly.Module) {
      var o9 = WebAssembly.Module.customSections(e4, "dylink.0");
      l2(!o9.length, "need dylink section"), e4 = new Uint8Array(o9[0]), r11 = e4.length;
    } else {
      var s4 = new Uint32Array(new Uint8Array(e4.subarray(0, 24)).buffer), c6 = s4[0] == 1836278016;
      l2(!c6, "need to see wasm magic number"), l2(e4[8], "need the dylink section to be first"), t33 = 9;
      var p7 = n3();
      r11 = t33 + p7;
      var d5 = a16();
      l2(d5 !== "dylink.0");
    }
    for (var u3 = { neededDynlibs: [], tlsExports: /* @__PURE__ */ new Set(), weakImports: /* @__PURE__ */ new Set(), runtimePaths: [] }; t33 < r11; ) {
      var f5 = _3(), m7 = n3();
      if (f5 === 1) u3.memorySize = n3(), u3.memoryAlign = n3(), u3.tableSize = n3(), u3.tableAlign = n3();
      else if (f5 === 2) u3.neededDynlibs = i7();
      else if (f5 === 3) for (var y6 = n3(); y6--; ) {
        var v5 = a16(), k4 = n3();
        k4 & 256 && u3.tlsExports.add(v5);
      }
      else if (f5 === 4) for (y6 = n3(); y6--; ) a16(), v5 = a16(), k4 = n3(), (k4 & 3) == 1 && u3.weakImports.add(v5);
      else if (f5 === 5) u3.runtimePaths = i7();
      else if (f5 === 6) {
        var P6 = a16();
        l2(P6 !== "wasm32", `incorrect architecture (${P6} vs wasm32)`);
      } else t33 += m7;
    }
    return u3;
  };
  function getValue(e4, t33 = "i8") {
    switch (t33.endsWith("*") && (t33 = "*"), t33) {
      case "i1":
        return HEAP8[e4];
      case "i8":
        return HEAP8[e4];
      case "i16":
        return HEAP16[e4 >> 1];
      case "i32":
        return HEAP32[e4 >> 2];
      case "i64":
        return HEAP64[e4 >> 3];
      case "float":
        return HEAPF32[e4 >> 2];
      case "double":
        return HEAPF64[e4 >> 3];
      case "*":
        return HEAPU32[e4 >> 2];
      default:
        abort(`invalid type for getValue: ${t33}`);
    }
  }
  var newDSO = (e4, t33, r11) => {
    var _3 = { refcount: 1 / 0, name: e4, exports: r11, global: true };
    return LDSO.loadedLibsByName[e4] = _3, t33 != null && (LDSO.loadedLibsByHandle[t33] = _3), _3;
  }, LDSO = { loadedLibsByName: {}, loadedLibsByHandle: {}, init() {
    newDSO("__main__", 0, wasmImports);
  } }, alignMemory = (e4, t33) => Math.ceil(e4 / t33) * t33, getMemory = (e4) => {
    if (runtimeInitialized) return _calloc(e4, 1);
    var t33 = ___heap_base, r11 = t33 + alignMemory(e4, 16);
    ___heap_base = r11;
    var _3 = _emscripten_get_sbrk_ptr();
    return HEAPU32[_3 >> 2] = r11, t33;
  }, isInternalSym = (e4) => ["memory", "__memory_base", "__table_base", "__stack_pointer", "__indirect_function_table", "__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(e4) || e4.startsWith("__em_js__"), wasmTableMirror = [], getWasmTableEntry = (e4) => {
    var t33 = wasmTableMirror[e4];
    return t33 || (wasmTableMirror[e4] = t33 = wasmTable.get(e4)), t33;
  }, updateTableMap = (e4, t33) => {
    if (functionsInTableMap) for (var r11 = e4; r11 < e4 + t33; r11++) {
      var _3 = getWasmTableEntry(r11);
      _3 && functionsInTableMap.set(_3, r11);
    }
  }, functionsInTableMap, getFunctionAddress = (e4) => (functionsInTableMap || (functionsInTableMap = /* @__PURE__ */ new WeakMap(), updateTableMap(0, wasmTable.length)), functionsInTableMap.get(e4) || 0), freeTableIndexes = [], getEmptyTableSlot = () => freeTableIndexes.length ? freeTableIndexes.pop() : wasmTable.grow(1), setWasmTableEntry = (e4, t33) => {
    wasmTable.set(e4, t33), wasmTableMirror[e4] = wasmTable.get(e4);
  }, uleb128EncodeWithLen = (e4) => {
    let t33 = e4.length;
    return [t33 % 128 | 128, t33 >> 7, ...e4];
  }, wasmTypeCodes = { i: 127, p: 127, j: 126, f: 125, d: 124, e: 111 }, generateTypePack = (e4) => uleb128EncodeWithLen(Array.from(e4, (t33) => {
    var r11 = wasmTypeCodes[t33];
    return r11;
  })), convertJsFunctionToWasm = (e4, t33) => {
    var r11 = Uint8Array.of(0, 97, 115, 109, 1, 0, 0, 0, 1, ...uleb128EncodeWithLen([1, 96, ...generateTypePack(t33.slice(1)), ...generateTypePack(t33[0] === "v" ? "" : t33[0])]), 2, 7, 1, 1, 101, 1, 102, 0, 0, 7, 5, 1, 1, 102, 0, 0), _3 = new WebAssembly.Module(r11), n3 = new WebAssembly.Instance(_3, { e: { f: e4 } }), a16 = n3.exports.f;
    return a16;
  }, addFunction = (e4, t33) => {
    var r11 = getFunctionAddress(e4);
    if (r11) return r11;
    var _3 = getEmptyTableSlot();
    try {
      setWasmTableEntry(_3, e4);
    } catch (a16) {
      if (!(a16 instanceof TypeError)) throw a16;
      var n3 = convertJsFunctionToWasm(e4, t33);
      setWasmTableEntry(_3, n3);
    }
    return functionsInTableMap.set(e4, _3), _3;
  }, updateGOT = (e4, t33) => {
    for (var r11 in e4) if (!isInternalSym(r11)) {
      var _3 = e4[r11], n3 = GOT[r11] && GOT[r11].value != -1;
      if (t33 || !n3) {
        var a16;
        if (typeof _3 == "function") a16 = addFunction(_3);
        else if (typeof _3.value == "number") a16 = _3;
        else continue;
        GOT[r11] ?? (GOT[r11] = new WebAssembly.Global({ value: "i32", mutable: true })), GOT[r11].value = a16;
      }
    }
  }, isImmutableGlobal = (e4) => {
    if (e4 instanceof WebAssembly.Global) try {
      e4.value = e4.value;
    } catch {
      return true;
    }
    return false;
  }, relocateExports = (e4, t33 = 0) => {
    function r11(a16, i7) {
      return isImmutableGlobal(i7) ? new WebAssembly.Global({ value: "i32" }, i7.value + t33) : i7;
    }
    var _3 = {};
    for (var n3 in e4) _3[n3] = r11(0, e4[n3]);
    return _3;
  }, isSymbolDefined = (e4) => {
    var t33 = wasmImports[e4];
    return !(!t33 || t33.stub);
  }, createNamedFunction = (e4, t33) => Object.defineProperty(t33, "name", { value: e4 }), dynCall = (e4, t33, r11 = []) => {
    var _3 = getWasmTableEntry(t33), n3 = _3(...r11);
    return /* @__PURE__ */ (function(a16) {
      return a16;
    })(n3);
  }, stackSave = () => _emscripten_stack_get_current(), stackRestore = (e4) => __emscripten_stack_restore(e4), createInvokeFunction = (e4) => (t33, ...r11) => {
    var _3 = stackSave();
    try {
      return dynCall(e4, t33, r11);
    } catch (n3) {
      if (stackRestore(_3), !(n3 instanceof EmscriptenEH)) throw n3;
      if (_setThrew(1, 0), e4[0] == "j") return 0n;
    }
  }, resolveGlobalSymbol = (e4) => {
    var t33;
    return isSymbolDefined(e4) ? t33 = wasmImports[e4] : e4.startsWith("invoke_") && (t33 = wasmImports[e4] = createNamedFunction(e4, createInvokeFunction(e4.split("_")[1]))), { sym: t33, name: e4 };
  }, onPostCtors = [], addOnPostCtor = (e4) => {
    onPostCtors.push(e4);
  }, UTF8ToString = (e4, t33, r11) => e4 ? UTF8ArrayToString(HEAPU8, e4, t33, r11) : "", loadWebAssemblyModule = (binary, flags, libName, localScope, handle) => {
    var metadata = getDylinkMetadata(binary);
    function loadModule() {
      var memAlign = Math.pow(2, metadata.memoryAlign), memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0, tableBase = metadata.tableSize ? wasmTable.length : 0;
      handle && (HEAP8[handle + 8] = 1, HEAPU32[handle + 12 >> 2] = memoryBase, HEAP32[handle + 16 >> 2] = metadata.memorySize, HEAPU32[handle + 20 >> 2] = tableBase, HEAP32[handle + 24 >> 2] = metadata.tableSize), metadata.tableSize && wasmTable.grow(metadata.tableSize);
      var moduleExports;
      function resolveSymbol(e4) {
        var t33 = resolveGlobalSymbol(e4).sym;
        return !t33 && localScope && (t33 = localScope[e4]), t33 || (t33 = moduleExports[e4]), t33;
      }
      var proxyHandler = { get(e4, t33) {
        switch (t33) {
          case "__memory_base":
            return memoryBase;
          case "__table_base":
            return tableBase;
        }
        if (t33 in wasmImports && !wasmImports[t33].stub) {
          var r11 = wasmImports[t33];
          return r11;
        }
        if (!(t33 in e4)) {
          var _3;
          e4[t33] = (...n3) => (_3 || (_3 = resolveSymbol(t33)), _3(...n3));
        }
        return e4[t33];
      } }, proxy = new Proxy({}, proxyHandler), GOTProxy = new Proxy(metadata.weakImports, GOTHandler), info = { "GOT.mem": GOTProxy, "GOT.func": GOTProxy, env: proxy, wasi_snapshot_preview1: proxy };
      function postInstantiation(module, instance) {
        updateTableMap(tableBase, metadata.tableSize), moduleExports = relocateExports(instance.exports, memoryBase), updateGOT(moduleExports), flags.allowUndefined || reportUndefinedSymbols();
        function addEmAsm(addr, body) {
          for (var args = [], arity = 0; ; arity++) {
            var argName = "$" + arity;
            if (!body.includes(argName)) break;
            args.push(argName);
          }
          args = args.join();
          var func = `(${args}) => { ${body} };`;
          ASM_CONSTS[start] = eval(func);
        }
        if ("__start_em_asm" in moduleExports) for (var start = moduleExports.__start_em_asm.value, stop = moduleExports.__stop_em_asm.value; start < stop; ) {
          var jsString = UTF8ToString(start);
          addEmAsm(start, jsString), start = HEAPU8.indexOf(0, start) + 1;
        }
        function addEmJs(name, cSig, body) {
          var jsArgs = [];
          if (cSig = cSig.slice(1, -1), cSig != "void") {
            cSig = cSig.split(",");
            for (var arg of cSig) {
              var jsArg = arg.split(" ").pop();
              jsArgs.push(jsArg.replaceAll("*", ""));
            }
          }
          var func = `(${jsArgs}) => ${body};`;
          moduleExports[name] = eval(func);
        }
        for (var name in moduleExports) if (name.startsWith("__em_js__")) {
          var start = moduleExports[name].value, jsString = UTF8ToString(start), [sig, body] = jsString.split("<::>");
          addEmJs(name.replace("__em_js__", ""), sig, body), delete moduleExports[name];
        }
        var applyRelocs = moduleExports.__wasm_apply_data_relocs;
        applyRelocs && (runtimeInitialized ? applyRelocs() : __RELOC_FUNCS__.push(applyRelocs));
        var init = moduleExports.__wasm_call_ctors;
        return init && (runtimeInitialized ? init() : addOnPostCtor(init)), moduleExports;
      }
      if (flags.loadAsync) return (async () => {
        var e4;
        return binary instanceof WebAssembly.Module ? e4 = new WebAssembly.Instance(binary, info) : { module: binary, instance: e4 } = await WebAssembly.instantiate(binary, info), postInstantiation(binary, e4);
      })();
      var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary), instance = new WebAssembly.Instance(module, info);
      return postInstantiation(module, instance);
    }
    if (flags = { ...flags, rpath: { parentLibPath: libName, paths: metadata.runtimePaths } }, flags.loadAsync) return metadata.neededDynlibs.reduce((e4, t33) => e4.then(() => (t33 = findLibraryFS(t33, flags.rpath) ?? t33, loadDynamicLibrary(t33, flags, localScope))), Promise.resolve()).then(loadModule);
    for (var needed of metadata.neededDynlibs) needed = findLibraryFS(needed, flags.rpath) ?? needed, loadDynamicLibrary(needed, flags, localScope);
    return loadModule();
  }, mergeLibSymbols = (e4) => {
    for (var [t33, r11] of Object.entries(e4)) {
      let _3 = (a16) => {
        isSymbolDefined(a16) || (wasmImports[a16] = r11);
      };
      _3(t33);
      let n3 = "__main_argc_argv";
      t33 == "main" && _3(n3), t33 == n3 && _3("main");
    }
  }, asyncLoad = async (e4) => {
    var t33 = await readAsync(e4);
    return new Uint8Array(t33);
  }, preloadPlugins = [], registerWasmPlugin = () => {
    var e4 = { canHandle: (t33) => !Module.noWasmDecoding && t33.endsWith(".so"), handle: async (t33, r11) => {
      try {
        var _3 = await loadWebAssemblyModule(t33, { loadAsync: true, nodelete: true }, r11, {});
      } catch (n3) {
        throw new Error(`failed to instantiate wasm: ${r11}: ${n3}`);
      }
      return preloadedWasm[r11] = _3, t33;
    } };
    preloadPlugins.push(e4);
  }, preloadedWasm = {}, PATH = { isAbs: (e4) => e4.charAt(0) === "/", splitPath: (e4) => /^(\/?|)([\s\S]*?)((?:\.{1,2}|[^\/]+?|)(\.[^.\/]*|))(?:[\/]*)$/.exec(e4).slice(1), normalizeArray: (e4, t33) => {
    for (var r11 = 0, _3 = e4.length - 1; _3 >= 0; _3--) {
      var n3 = e4[_3];
      n3 === "." ? e4.splice(_3, 1) : n3 === ".." ? (e4.splice(_3, 1), r11++) : r11 && (e4.splice(_3, 1), r11--);
    }
    if (t33) for (; r11; r11--) e4.unshift("..");
    return e4;
  }, normalize: (e4) => {
    var t33 = PATH.isAbs(e4), r11 = e4.slice(-1) === "/";
    return e4 = PATH.normalizeArray(e4.split("/").filter((_3) => !!_3), !t33).join("/"), !e4 && !t33 && (e4 = "."), e4 && r11 && (e4 += "/"), (t33 ? "/" : "") + e4;
  }, dirname: (e4) => {
    var t33 = PATH.splitPath(e4), r11 = t33[0], _3 = t33[1];
    return !r11 && !_3 ? "." : (_3 && (_3 = _3.slice(0, -1)), r11 + _3);
  }, basename: (e4) => e4 && e4.match(/([^\/]+|\/)\/*$/)[1], join: (...e4) => PATH.normalize(e4.join("/")), join2: (e4, t33) => PATH.normalize(e4 + "/" + t33) }, replaceORIGIN = (e4, t33) => {
    if (t33.startsWith("$ORIGIN")) {
      var r11 = PATH.dirname(e4);
      return t33.replace("$ORIGIN", r11);
    }
    return t33;
  }, withStackSave = (e4) => {
    var t33 = stackSave(), r11 = e4();
    return stackRestore(t33), r11;
  }, stackAlloc = (e4) => __emscripten_stack_alloc(e4), lengthBytesUTF8 = (e4) => {
    for (var t33 = 0, r11 = 0; r11 < e4.length; ++r11) {
      var _3 = e4.charCodeAt(r11);
      _3 <= 127 ? t33++ : _3 <= 2047 ? t33 += 2 : _3 >= 55296 && _3 <= 57343 ? (t33 += 4, ++r11) : t33 += 3;
    }
    return t33;
  }, stringToUTF8Array = (e4, t33, r11, _3) => {
    if (!(_3 > 0)) return 0;
    for (var n3 = r11, a16 = r11 + _3 - 1, i7 = 0; i7 < e4.length; ++i7) {
      var l2 = e4.codePointAt(i7);
      if (l2 <= 127) {
        if (r11 >= a16) break;
        t33[r11++] = l2;
      } else if (l2 <= 2047) {
        if (r11 + 1 >= a16) break;
        t33[r11++] = 192 | l2 >> 6, t33[r11++] = 128 | l2 & 63;
      } else if (l2 <= 65535) {
        if (r11 + 2 >= a16) break;
        t33[r11++] = 224 | l2 >> 12, t33[r11++] = 128 | l2 >> 6 & 63, t33[r11++] = 128 | l2 & 63;
      } else {
        if (r11 + 3 >= a16) break;
        t33[r11++] = 240 | l2 >> 18, t33[r11++] = 128 | l2 >> 12 & 63, t33[r11++] = 128 | l2 >> 6 & 63, t33[r11++] = 128 | l2 & 63, i7++;
      }
    }
    return t33[r11] = 0, r11 - n3;
  }, stringToUTF8 = (e4, t33, r11) => stringToUTF8Array(e4, HEAPU8, t33, r11), stringToUTF8OnStack = (e4) => {
    var t33 = lengthBytesUTF8(e4) + 1, r11 = stackAlloc(t33);
    return stringToUTF8(e4, r11, t33), r11;
  }, initRandomFill = () => {
    if (ENVIRONMENT_IS_NODE) {
      var e4 = require("node:crypto");
      return (t33) => (e4.randomFillSync(t33), 0);
    }
    return (t33) => (crypto.getRandomValues(t33), 0);
  }, randomFill = (e4) => (randomFill = initRandomFill())(e4), PATH_FS = { resolve: (...e4) => {
    for (var t33 = "", r11 = false, _3 = e4.length - 1; _3 >= -1 && !r11; _3--) {
      var n3 = _3 >= 0 ? e4[_3] : FS.cwd();
      if (typeof n3 != "string") throw new TypeError("Arguments to path.resolve must be strings");
      if (!n3) return "";
      t33 = n3 + "/" + t33, r11 = PATH.isAbs(n3);
    }
    return t33 = PATH.normalizeArray(t33.split("/").filter((a16) => !!a16), !r11).join("/"), (r11 ? "/" : "") + t33 || ".";
  }, relative: (e4, t33) => {
    e4 = PATH_FS.resolve(e4).slice(1), t33 = PATH_FS.resolve(t33).slice(1);
    function r11(s4) {
      for (var c6 = 0; c6 < s4.length && s4[c6] === ""; c6++) ;
      for (var p7 = s4.length - 1; p7 >= 0 && s4[p7] === ""; p7--) ;
      return c6 > p7 ? [] : s4.slice(c6, p7 - c6 + 1);
    }
    for (var _3 = r11(e4.split("/")), n3 = r11(t33.split("/")), a16 = Math.min(_3.length, n3.length), i7 = a16, l2 = 0; l2 < a16; l2++) if (_3[l2] !== n3[l2]) {
      i7 = l2;
      break;
    }
    var o9 = [];
    for (l2 = i7; l2 < _3.length; l2++) o9.push("..");
    return o9 = o9.concat(n3.slice(i7)), o9.join("/");
  } }, FS_stdin_getChar_buffer = [], intArrayFromString = (e4, t33, r11) => {
    var _3 = r11 > 0 ? r11 : lengthBytesUTF8(e4) + 1, n3 = new Array(_3), a16 = stringToUTF8Array(e4, n3, 0, n3.length);
    return t33 && (n3.length = a16), n3;
  }, FS_stdin_getChar = () => {
    if (!FS_stdin_getChar_buffer.length) {
      var e4 = null;
      if (ENVIRONMENT_IS_NODE) {
        var t33 = Buffer.alloc(256), r11 = 0;
        try {
          r11 = fs.readSync(process.stdin.fd, t33, 0, 256);
        } catch (_3) {
          if (_3.toString().includes("EOF")) r11 = 0;
          else throw _3;
        }
        r11 > 0 && (e4 = t33.toString("utf-8", 0, r11));
      } else globalThis.window?.prompt && (e4 = window.prompt("Input: "), e4 !== null && (e4 += `
`));
      if (!e4) return null;
      FS_stdin_getChar_buffer = intArrayFromString(e4, true);
    }
    return FS_stdin_getChar_buffer.shift();
  }, TTY = { ttys: [], init() {
  }, shutdown() {
  }, register(e4, t33) {
    TTY.ttys[e4] = { input: [], output: [], ops: t33 }, FS.registerDevice(e4, TTY.stream_ops);
  }, stream_ops: { open(e4) {
    var t33 = TTY.ttys[e4.node.rdev];
    if (!t33) throw new FS.ErrnoError(43);
    e4.tty = t33, e4.seekable = false;
  }, close(e4) {
    e4.tty.ops.fsync(e4.tty);
  }, fsync(e4) {
    e4.tty.ops.fsync(e4.tty);
  }, read(e4, t33, r11, _3, n3) {
    if (!e4.tty || !e4.tty.ops.get_char) throw new FS.ErrnoError(60);
    for (var a16 = 0, i7 = 0; i7 < _3; i7++) {
      var l2;
      try {
        l2 = e4.tty.ops.get_char(e4.tty);
      } catch {
        throw new FS.ErrnoError(29);
      }
      if (l2 === void 0 && !a16) throw new FS.ErrnoError(6);
      if (l2 == null || (a16++, t33[r11 + i7] = l2, l2 === 10)) break;
    }
    return a16 && (e4.node.atime = Date.now()), a16;
  }, write(e4, t33, r11, _3, n3) {
    if (!e4.tty || !e4.tty.ops.put_char) throw new FS.ErrnoError(60);
    try {
      for (var a16 = 0; a16 < _3; a16++) e4.tty.ops.put_char(e4.tty, t33[r11 + a16]);
    } catch {
      throw new FS.ErrnoError(29);
    }
    return _3 && (e4.node.mtime = e4.node.ctime = Date.now()), a16;
  } }, default_tty_ops: { get_char(e4) {
    return FS_stdin_getChar();
  }, put_char(e4, t33) {
    t33 === null || t33 === 10 ? (out(UTF8ArrayToString(e4.output)), e4.output = []) : t33 != 0 && e4.output.push(t33);
  }, fsync(e4) {
    e4.output?.length > 0 && (out(UTF8ArrayToString(e4.output)), e4.output = []);
  }, ioctl_tcgets(e4) {
    return { c_iflag: 25856, c_oflag: 5, c_cflag: 191, c_lflag: 35387, c_cc: [3, 28, 127, 21, 4, 0, 1, 0, 17, 19, 26, 0, 18, 15, 23, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] };
  }, ioctl_tcsets(e4, t33, r11) {
    return 0;
  }, ioctl_tiocgwinsz(e4) {
    return [24, 80];
  } }, default_tty1_ops: { put_char(e4, t33) {
    t33 === null || t33 === 10 ? (err(UTF8ArrayToString(e4.output)), e4.output = []) : t33 != 0 && e4.output.push(t33);
  }, fsync(e4) {
    e4.output?.length > 0 && (err(UTF8ArrayToString(e4.output)), e4.output = []);
  } } }, zeroMemory = (e4, t33) => HEAPU8.fill(0, e4, e4 + t33), mmapAlloc = (e4) => {
    e4 = alignMemory(e4, 65536);
    var t33 = _emscripten_builtin_memalign(65536, e4);
    return t33 && zeroMemory(t33, e4), t33;
  }, MEMFS = { ops_table: null, mount(e4) {
    return MEMFS.createNode(null, "/", 16895, 0);
  }, createNode(e4, t33, r11, _3) {
    if (FS.isBlkdev(r11) || FS.isFIFO(r11)) throw new FS.ErrnoError(63);
    MEMFS.ops_table || (MEMFS.ops_table = { dir: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, lookup: MEMFS.node_ops.lookup, mknod: MEMFS.node_ops.mknod, rename: MEMFS.node_ops.rename, unlink: MEMFS.node_ops.unlink, rmdir: MEMFS.node_ops.rmdir, readdir: MEMFS.node_ops.readdir, symlink: MEMFS.node_ops.symlink }, stream: { llseek: MEMFS.stream_ops.llseek } }, file: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: { llseek: MEMFS.stream_ops.llseek, read: MEMFS.stream_ops.read, write: MEMFS.stream_ops.write, mmap: MEMFS.stream_ops.mmap, msync: MEMFS.stream_ops.msync } }, link: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, readlink: MEMFS.node_ops.readlink }, stream: {} }, chrdev: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: FS.chrdev_stream_ops } });
    var n3 = FS.createNode(e4, t33, r11, _3);
    return FS.isDir(n3.mode) ? (n3.node_ops = MEMFS.ops_table.dir.node, n3.stream_ops = MEMFS.ops_table.dir.stream, n3.contents = {}) : FS.isFile(n3.mode) ? (n3.node_ops = MEMFS.ops_table.file.node, n3.stream_ops = MEMFS.ops_table.file.stream, n3.usedBytes = 0, n3.contents = MEMFS.emptyFileContents ?? (MEMFS.emptyFileContents = new Uint8Array(0))) : FS.isLink(n3.mode) ? (n3.node_ops = MEMFS.ops_table.link.node, n3.stream_ops = MEMFS.ops_table.link.stream) : FS.isChrdev(n3.mode) && (n3.node_ops = MEMFS.ops_table.chrdev.node, n3.stream_ops = MEMFS.ops_table.chrdev.stream), n3.atime = n3.mtime = n3.ctime = Date.now(), e4 && (e4.contents[t33] = n3, e4.atime = e4.mtime = e4.ctime = n3.atime), n3;
  }, getFileDataAsTypedArray(e4) {
    return e4.contents.subarray(0, e4.usedBytes);
  }, expandFileStorage(e4, t33) {
    var r11 = e4.contents.length;
    if (!(r11 >= t33)) {
      t33 = Math.max(t33, r11 * (r11 < 1048576 ? 2 : 1.125) >>> 0), r11 && (t33 = Math.max(t33, 256));
      var _3 = MEMFS.getFileDataAsTypedArray(e4);
      e4.contents = new Uint8Array(t33), e4.contents.set(_3);
    }
  }, resizeFileStorage(e4, t33) {
    if (e4.usedBytes != t33) {
      var r11 = e4.contents;
      e4.contents = new Uint8Array(t33), e4.contents.set(r11.subarray(0, Math.min(t33, e4.usedBytes))), e4.usedBytes = t33;
    }
  }, node_ops: { getattr(e4) {
    var t33 = {};
    return t33.dev = FS.isChrdev(e4.mode) ? e4.id : 1, t33.ino = e4.id, t33.mode = e4.mode, t33.nlink = 1, t33.uid = 0, t33.gid = 0, t33.rdev = e4.rdev, FS.isDir(e4.mode) ? t33.size = 4096 : FS.isFile(e4.mode) ? t33.size = e4.usedBytes : FS.isLink(e4.mode) ? t33.size = e4.link.length : t33.size = 0, t33.atime = new Date(e4.atime), t33.mtime = new Date(e4.mtime), t33.ctime = new Date(e4.ctime), t33.blksize = 4096, t33.blocks = Math.ceil(t33.size / t33.blksize), t33;
  }, setattr(e4, t33) {
    for (let r11 of ["mode", "atime", "mtime", "ctime"]) t33[r11] != null && (e4[r11] = t33[r11]);
    t33.size !== void 0 && MEMFS.resizeFileStorage(e4, t33.size);
  }, lookup(e4, t33) {
    throw MEMFS.doesNotExistError || (MEMFS.doesNotExistError = new FS.ErrnoError(44), MEMFS.doesNotExistError.stack = "<generic error, no stack>"), MEMFS.doesNotExistError;
  }, mknod(e4, t33, r11, _3) {
    return MEMFS.createNode(e4, t33, r11, _3);
  }, rename(e4, t33, r11) {
    var _3;
    try {
      _3 = FS.lookupNode(t33, r11);
    } catch {
    }
    if (_3 && FS.isDir(e4.mode)) for (var n3 in _3.contents) throw new FS.ErrnoError(55);
    delete e4.parent.contents[e4.name], t33.contents[r11] = e4, e4.name = r11, t33.ctime = t33.mtime = e4.parent.ctime = e4.parent.mtime = Date.now();
  }, unlink(e4, t33) {
    delete e4.contents[t33], e4.ctime = e4.mtime = Date.now();
  }, rmdir(e4, t33) {
    var r11 = FS.lookupNode(e4, t33);
    for (var _3 in r11.contents) throw new FS.ErrnoError(55);
    delete e4.contents[t33], e4.ctime = e4.mtime = Date.now();
  }, readdir(e4) {
    return [".", "..", ...Object.keys(e4.contents)];
  }, symlink(e4, t33, r11) {
    var _3 = MEMFS.createNode(e4, t33, 41471, 0);
    return _3.link = r11, _3;
  }, readlink(e4) {
    if (!FS.isLink(e4.mode)) throw new FS.ErrnoError(28);
    return e4.link;
  } }, stream_ops: { read(e4, t33, r11, _3, n3) {
    var a16 = e4.node.contents;
    if (n3 >= e4.node.usedBytes) return 0;
    var i7 = Math.min(e4.node.usedBytes - n3, _3);
    return t33.set(a16.subarray(n3, n3 + i7), r11), i7;
  }, write(e4, t33, r11, _3, n3, a16) {
    if (t33.buffer === HEAP8.buffer && (a16 = false), !_3) return 0;
    var i7 = e4.node;
    return i7.mtime = i7.ctime = Date.now(), a16 ? (i7.contents = t33.subarray(r11, r11 + _3), i7.usedBytes = _3) : !i7.usedBytes && !n3 ? (i7.contents = t33.slice(r11, r11 + _3), i7.usedBytes = _3) : (MEMFS.expandFileStorage(i7, n3 + _3), i7.contents.set(t33.subarray(r11, r11 + _3), n3), i7.usedBytes = Math.max(i7.usedBytes, n3 + _3)), _3;
  }, llseek(e4, t33, r11) {
    var _3 = t33;
    if (r11 === 1 ? _3 += e4.position : r11 === 2 && FS.isFile(e4.node.mode) && (_3 += e4.node.usedBytes), _3 < 0) throw new FS.ErrnoError(28);
    return _3;
  }, mmap(e4, t33, r11, _3, n3) {
    if (!FS.isFile(e4.node.mode)) throw new FS.ErrnoError(43);
    var a16, i7, l2 = e4.node.contents;
    if (!(n3 & 2) && l2.buffer === HEAP8.buffer) i7 = false, a16 = l2.byteOffset;
    else {
      if (i7 = true, a16 = mmapAlloc(t33), !a16) throw new FS.ErrnoError(48);
      l2 && ((r11 > 0 || r11 + t33 < l2.length) && (l2.subarray ? l2 = l2.subarray(r11, r11 + t33) : l2 = Array.prototype.slice.call(l2, r11, r11 + t33)), HEAP8.set(l2, a16));
    }
    return { ptr: a16, allocated: i7 };
  }, msync(e4, t33, r11, _3, n3) {
    return MEMFS.stream_ops.write(e4, t33, 0, _3, r11, false), 0;
  } } }, FS_modeStringToFlags = (e4) => {
    if (typeof e4 != "string") return e4;
    var t33 = { r: 0, "r+": 2, w: 577, "w+": 578, a: 1089, "a+": 1090 }[e4];
    if (typeof t33 > "u") throw new Error(`Unknown file open mode: ${e4}`);
    return t33;
  }, FS_fileDataToTypedArray = (e4) => (typeof e4 == "string" && (e4 = intArrayFromString(e4, true)), e4.subarray || (e4 = new Uint8Array(e4)), e4), FS_getMode = (e4, t33) => {
    var r11 = 0;
    return e4 && (r11 |= 365), t33 && (r11 |= 146), r11;
  }, IDBFS = { dbs: {}, indexedDB: () => indexedDB, DB_VERSION: 21, DB_STORE_NAME: "FILE_DATA", queuePersist: (e4) => {
    function t33() {
      e4.idbPersistState === "again" ? r11() : (e4.idbPersistState = 0, IDBFS.onAutoPersistStateChanged?.(false));
    }
    function r11() {
      e4.idbPersistState = "idb", IDBFS.onAutoPersistStateChanged?.(true), IDBFS.syncfs(e4, false, t33);
    }
    e4.idbPersistState ? e4.idbPersistState === "idb" && (e4.idbPersistState = "again") : e4.idbPersistState = setTimeout(r11, 0);
  }, mount: (e4) => {
    var t33 = MEMFS.mount(e4);
    if (e4?.opts?.autoPersist) {
      e4.idbPersistState = 0;
      var r11 = t33.node_ops;
      t33.node_ops = { ...t33.node_ops }, t33.node_ops.mknod = (_3, n3, a16, i7) => {
        var l2 = r11.mknod(_3, n3, a16, i7);
        return l2.node_ops = t33.node_ops, l2.idbfs_mount = t33.mount, l2.memfs_stream_ops = l2.stream_ops, l2.stream_ops = { ...l2.stream_ops }, l2.stream_ops.write = (o9, s4, c6, p7, d5, u3) => (o9.node.isModified = true, l2.memfs_stream_ops.write(o9, s4, c6, p7, d5, u3)), l2.stream_ops.close = (o9) => {
          var s4 = o9.node;
          if (s4.isModified && (IDBFS.queuePersist(s4.idbfs_mount), s4.isModified = false), s4.memfs_stream_ops.close) return s4.memfs_stream_ops.close(o9);
        }, IDBFS.queuePersist(t33.mount), l2;
      }, t33.node_ops.rmdir = (..._3) => (IDBFS.queuePersist(t33.mount), r11.rmdir(..._3)), t33.node_ops.symlink = (..._3) => (IDBFS.queuePersist(t33.mount), r11.symlink(..._3)), t33.node_ops.unlink = (..._3) => (IDBFS.queuePersist(t33.mount), r11.unlink(..._3)), t33.node_ops.rename = (..._3) => (IDBFS.queuePersist(t33.mount), r11.rename(..._3));
    }
    return t33;
  }, syncfs: (e4, t33, r11) => {
    IDBFS.getLocalSet(e4, (_3, n3) => {
      if (_3) return r11(_3);
      IDBFS.getRemoteSet(e4, (a16, i7) => {
        if (a16) return r11(a16);
        var l2 = t33 ? i7 : n3, o9 = t33 ? n3 : i7;
        IDBFS.reconcile(l2, o9, r11);
      });
    });
  }, quit: () => {
    for (var e4 of Object.values(IDBFS.dbs)) e4.close();
    IDBFS.dbs = {};
  }, getDB: (e4, t33) => {
    var r11 = IDBFS.dbs[e4];
    if (r11) return t33(null, r11);
    var _3;
    try {
      _3 = IDBFS.indexedDB().open(e4, IDBFS.DB_VERSION);
    } catch (n3) {
      return t33(n3);
    }
    if (!_3) return t33("Unable to connect to IndexedDB");
    _3.onupgradeneeded = (n3) => {
      var a16 = n3.target.result, i7 = n3.target.transaction, l2;
      a16.objectStoreNames.contains(IDBFS.DB_STORE_NAME) ? l2 = i7.objectStore(IDBFS.DB_STORE_NAME) : l2 = a16.createObjectStore(IDBFS.DB_STORE_NAME), l2.indexNames.contains("timestamp") || l2.createIndex("timestamp", "timestamp", { unique: false });
    }, _3.onsuccess = () => {
      r11 = _3.result, IDBFS.dbs[e4] = r11, t33(null, r11);
    }, _3.onerror = (n3) => {
      t33(n3.target.error), n3.preventDefault();
    };
  }, getLocalSet: (e4, t33) => {
    var r11 = {};
    function _3(o9) {
      return o9 !== "." && o9 !== "..";
    }
    function n3(o9) {
      return (s4) => PATH.join2(o9, s4);
    }
    for (var a16 = FS.readdir(e4.mountpoint).filter(_3).map(n3(e4.mountpoint)); a16.length; ) {
      var i7 = a16.pop(), l2;
      try {
        l2 = FS.lstat(i7);
      } catch (o9) {
        return t33(o9);
      }
      FS.isDir(l2.mode) && a16.push(...FS.readdir(i7).filter(_3).map(n3(i7))), r11[i7] = { timestamp: l2.mtime };
    }
    return t33(null, { type: "local", entries: r11 });
  }, getRemoteSet: (e4, t33) => {
    var r11 = {};
    IDBFS.getDB(e4.mountpoint, (_3, n3) => {
      if (_3) return t33(_3);
      try {
        var a16 = n3.transaction([IDBFS.DB_STORE_NAME], "readonly");
        a16.onerror = (o9) => {
          t33(o9.target.error), o9.preventDefault();
        };
        var i7 = a16.objectStore(IDBFS.DB_STORE_NAME), l2 = i7.index("timestamp");
        l2.openKeyCursor().onsuccess = (o9) => {
          var s4 = o9.target.result;
          if (!s4) return t33(null, { type: "remote", db: n3, entries: r11 });
          r11[s4.primaryKey] = { timestamp: s4.key }, s4.continue();
        };
      } catch (o9) {
        return t33(o9);
      }
    });
  }, loadLocalEntry: (e4, t33) => {
    var r11, _3;
    try {
      var n3 = FS.lookupPath(e4);
      _3 = n3.node, r11 = FS.lstat(e4);
    } catch (a16) {
      return t33(a16);
    }
    return FS.isDir(r11.mode) ? t33(null, { timestamp: r11.mtime, mode: r11.mode }) : FS.isLink(r11.mode) ? t33(null, { timestamp: r11.mtime, mode: r11.mode, link: _3.link }) : FS.isFile(r11.mode) ? (_3.contents = MEMFS.getFileDataAsTypedArray(_3), t33(null, { timestamp: r11.mtime, mode: r11.mode, contents: _3.contents })) : t33(new Error("node type not supported"));
  }, storeLocalEntry: (e4, t33, r11) => {
    try {
      if (FS.isDir(t33.mode)) FS.mkdirTree(e4, t33.mode);
      else if (FS.isLink(t33.mode)) FS.symlink(t33.link, e4);
      else if (FS.isFile(t33.mode)) FS.writeFile(e4, t33.contents, { canOwn: true });
      else return r11(new Error("node type not supported"));
      FS.chmod(e4, t33.mode), FS.utime(e4, t33.timestamp, t33.timestamp);
    } catch (_3) {
      return r11(_3);
    }
    r11(null);
  }, removeLocalEntry: (e4, t33) => {
    try {
      var r11 = FS.lstat(e4);
      FS.isDir(r11.mode) ? FS.rmdir(e4) : FS.unlink(e4);
    } catch (_3) {
      return t33(_3);
    }
    t33(null);
  }, loadRemoteEntry: (e4, t33, r11) => {
    var _3 = e4.get(t33);
    _3.onsuccess = (n3) => r11(null, n3.target.result), _3.onerror = (n3) => {
      r11(n3.target.error), n3.preventDefault();
    };
  }, storeRemoteEntry: (e4, t33, r11, _3) => {
    try {
      var n3 = e4.put(r11, t33);
    } catch (a16) {
      _3(a16);
      return;
    }
    n3.onsuccess = () => _3(), n3.onerror = (a16) => {
      _3(a16.target.error), a16.preventDefault();
    };
  }, removeRemoteEntry: (e4, t33, r11) => {
    var _3 = e4.delete(t33);
    _3.onsuccess = () => r11(), _3.onerror = (n3) => {
      r11(n3.target.error), n3.preventDefault();
    };
  }, reconcile: (e4, t33, r11) => {
    var _3 = 0, n3 = [];
    for (var [a16, i7] of Object.entries(e4.entries)) {
      var l2 = t33.entries[a16];
      (!l2 || i7.timestamp.getTime() != l2.timestamp.getTime()) && (n3.push(a16), _3++);
    }
    var o9 = [];
    for (var a16 of Object.keys(t33.entries)) e4.entries[a16] || (o9.push(a16), _3++);
    if (!_3) return r11(null);
    var s4 = false, c6 = e4.type === "remote" ? e4.db : t33.db, p7 = c6.transaction([IDBFS.DB_STORE_NAME], "readwrite"), d5 = p7.objectStore(IDBFS.DB_STORE_NAME);
    function u3(m7) {
      if (m7 && !s4) return s4 = true, r11(m7);
    }
    p7.onerror = p7.onabort = (m7) => {
      u3(m7.target.error), m7.preventDefault();
    }, p7.oncomplete = () => {
      s4 || r11(null);
    };
    for (let m7 of n3.sort()) t33.type === "local" ? IDBFS.loadRemoteEntry(d5, m7, (y6, v5) => {
      if (y6) return u3(y6);
      IDBFS.storeLocalEntry(m7, v5, u3);
    }) : IDBFS.loadLocalEntry(m7, (y6, v5) => {
      if (y6) return u3(y6);
      IDBFS.storeRemoteEntry(d5, m7, v5, u3);
    });
    for (var f5 of o9.sort().reverse()) t33.type === "local" ? IDBFS.removeLocalEntry(f5, u3) : IDBFS.removeRemoteEntry(d5, f5, u3);
  } }, ERRNO_CODES = { EPERM: 63, ENOENT: 44, ESRCH: 71, EINTR: 27, EIO: 29, ENXIO: 60, E2BIG: 1, ENOEXEC: 45, EBADF: 8, ECHILD: 12, EAGAIN: 6, EWOULDBLOCK: 6, ENOMEM: 48, EACCES: 2, EFAULT: 21, ENOTBLK: 105, EBUSY: 10, EEXIST: 20, EXDEV: 75, ENODEV: 43, ENOTDIR: 54, EISDIR: 31, EINVAL: 28, ENFILE: 41, EMFILE: 33, ENOTTY: 59, ETXTBSY: 74, EFBIG: 22, ENOSPC: 51, ESPIPE: 70, EROFS: 69, EMLINK: 34, EPIPE: 64, EDOM: 18, ERANGE: 68, ENOMSG: 49, EIDRM: 24, ECHRNG: 106, EL2NSYNC: 156, EL3HLT: 107, EL3RST: 108, ELNRNG: 109, EUNATCH: 110, ENOCSI: 111, EL2HLT: 112, EDEADLK: 16, ENOLCK: 46, EBADE: 113, EBADR: 114, EXFULL: 115, ENOANO: 104, EBADRQC: 103, EBADSLT: 102, EDEADLOCK: 16, EBFONT: 101, ENOSTR: 100, ENODATA: 116, ETIME: 117, ENOSR: 118, ENONET: 119, ENOPKG: 120, EREMOTE: 121, ENOLINK: 47, EADV: 122, ESRMNT: 123, ECOMM: 124, EPROTO: 65, EMULTIHOP: 36, EDOTDOT: 125, EBADMSG: 9, ENOTUNIQ: 126, EBADFD: 127, EREMCHG: 128, ELIBACC: 129, ELIBBAD: 130, ELIBSCN: 131, ELIBMAX: 132, ELIBEXEC: 133, ENOSYS: 52, ENOTEMPTY: 55, ENAMETOOLONG: 37, ELOOP: 32, EOPNOTSUPP: 138, EPFNOSUPPORT: 139, ECONNRESET: 15, ENOBUFS: 42, EAFNOSUPPORT: 5, EPROTOTYPE: 67, ENOTSOCK: 57, ENOPROTOOPT: 50, ESHUTDOWN: 140, ECONNREFUSED: 14, EADDRINUSE: 3, ECONNABORTED: 13, ENETUNREACH: 40, ENETDOWN: 38, ETIMEDOUT: 73, EHOSTDOWN: 142, EHOSTUNREACH: 23, EINPROGRESS: 26, EALREADY: 7, EDESTADDRREQ: 17, EMSGSIZE: 35, EPROTONOSUPPORT: 66, ESOCKTNOSUPPORT: 137, EADDRNOTAVAIL: 4, ENETRESET: 39, EISCONN: 30, ENOTCONN: 53, ETOOMANYREFS: 141, EUSERS: 136, EDQUOT: 19, ESTALE: 72, ENOTSUP: 138, ENOMEDIUM: 148, EILSEQ: 25, EOVERFLOW: 61, ECANCELED: 11, ENOTRECOVERABLE: 56, EOWNERDEAD: 62, ESTRPIPE: 135 }, NODEFS = { isWindows: false, staticInit() {
    NODEFS.isWindows = !!process.platform.match(/^win/);
    var e4 = { fs: require("fs").constants }.fs;
    NODEFS.flagsForNodeMap = { 1024: e4.O_APPEND, 64: e4.O_CREAT, 128: e4.O_EXCL, 256: e4.O_NOCTTY, 0: e4.O_RDONLY, 2: e4.O_RDWR, 4096: e4.O_SYNC, 512: e4.O_TRUNC, 1: e4.O_WRONLY, 131072: e4.O_NOFOLLOW };
  }, convertNodeCode(e4) {
    var t33 = e4.code;
    return ERRNO_CODES[t33];
  }, tryFSOperation(e4) {
    try {
      return e4();
    } catch (t33) {
      throw t33.code ? t33.code === "UNKNOWN" ? new FS.ErrnoError(28) : new FS.ErrnoError(NODEFS.convertNodeCode(t33)) : t33;
    }
  }, mount(e4) {
    return NODEFS.createNode(null, "/", NODEFS.getMode(e4.opts.root), 0);
  }, createNode(e4, t33, r11, _3) {
    if (!FS.isDir(r11) && !FS.isFile(r11) && !FS.isLink(r11)) throw new FS.ErrnoError(28);
    var n3 = FS.createNode(e4, t33, r11);
    return n3.node_ops = NODEFS.node_ops, n3.stream_ops = NODEFS.stream_ops, n3;
  }, getMode(e4) {
    return NODEFS.tryFSOperation(() => {
      var t33 = fs.lstatSync(e4).mode;
      return NODEFS.isWindows && (t33 |= (t33 & 292) >> 2), t33;
    });
  }, realPath(e4) {
    for (var t33 = []; e4.parent !== e4; ) t33.push(e4.name), e4 = e4.parent;
    return t33.push(e4.mount.opts.root), t33.reverse(), PATH.join(...t33);
  }, flagsForNode(e4) {
    e4 &= -2097153, e4 &= -2049, e4 &= -32769, e4 &= -524289, e4 &= -65537;
    var t33 = 0;
    for (var r11 in NODEFS.flagsForNodeMap) e4 & r11 && (t33 |= NODEFS.flagsForNodeMap[r11], e4 ^= r11);
    if (e4) throw new FS.ErrnoError(28);
    return t33;
  }, doGetAttr(e4, t33) {
    var r11 = NODEFS.tryFSOperation(e4);
    return NODEFS.isWindows && (r11.blksize || (r11.blksize = 4096), r11.blocks || (r11.blocks = (r11.size + r11.blksize - 1) / r11.blksize | 0), r11.mode |= (r11.mode & 292) >> 2), { dev: r11.dev, ino: t33.id, mode: r11.mode, nlink: r11.nlink, uid: r11.uid, gid: r11.gid, rdev: r11.rdev, size: r11.size, atime: r11.atime, mtime: r11.mtime, ctime: r11.ctime, blksize: r11.blksize, blocks: r11.blocks };
  }, doSetAttr(e4, t33, r11, _3, n3, a16, i7) {
    NODEFS.tryFSOperation(() => {
      if (r11.mode !== void 0) {
        var l2 = r11.mode;
        NODEFS.isWindows && (l2 &= 384), _3(e4, l2), t33.mode = r11.mode;
      }
      if (typeof (r11.atime ?? r11.mtime) == "number") {
        var o9 = r11.atime, s4 = r11.mtime;
        if (o9 == null || s4 == null) {
          var c6 = i7(e4);
          o9 ?? (o9 = c6.atimeMs), s4 ?? (s4 = c6.mtimeMs);
        }
        n3(e4, o9 / 1e3, s4 / 1e3);
      }
      r11.size !== void 0 && a16(e4, r11.size);
    });
  }, node_ops: { getattr(e4) {
    var t33 = NODEFS.realPath(e4);
    return NODEFS.doGetAttr(() => fs.lstatSync(t33), e4);
  }, setattr(e4, t33) {
    var r11 = NODEFS.realPath(e4);
    if (t33.mode != null && t33.dontFollow) throw new FS.ErrnoError(52);
    var _3 = t33.dontFollow ? fs.lutimesSync : fs.utimesSync;
    NODEFS.doSetAttr(r11, e4, t33, fs.chmodSync, _3, fs.truncateSync, fs.lstatSync);
  }, lookup(e4, t33) {
    var r11 = PATH.join2(NODEFS.realPath(e4), t33), _3 = NODEFS.getMode(r11);
    return NODEFS.createNode(e4, t33, _3);
  }, mknod(e4, t33, r11, _3) {
    var n3 = NODEFS.createNode(e4, t33, r11, _3), a16 = NODEFS.realPath(n3);
    return NODEFS.tryFSOperation(() => {
      FS.isDir(n3.mode) ? fs.mkdirSync(a16, n3.mode) : fs.writeFileSync(a16, "", { mode: n3.mode });
    }), n3;
  }, rename(e4, t33, r11) {
    var _3 = NODEFS.realPath(e4), n3 = PATH.join2(NODEFS.realPath(t33), r11);
    NODEFS.tryFSOperation(() => fs.renameSync(_3, n3)), e4.name = r11;
  }, unlink(e4, t33) {
    var r11 = PATH.join2(NODEFS.realPath(e4), t33);
    NODEFS.tryFSOperation(() => fs.unlinkSync(r11));
  }, rmdir(e4, t33) {
    var r11 = PATH.join2(NODEFS.realPath(e4), t33);
    NODEFS.tryFSOperation(() => fs.rmdirSync(r11));
  }, readdir(e4) {
    var t33 = NODEFS.realPath(e4);
    return NODEFS.tryFSOperation(() => fs.readdirSync(t33));
  }, symlink(e4, t33, r11) {
    var _3 = PATH.join2(NODEFS.realPath(e4), t33);
    NODEFS.tryFSOperation(() => fs.symlinkSync(r11, _3));
  }, readlink(e4) {
    var t33 = NODEFS.realPath(e4);
    return NODEFS.tryFSOperation(() => fs.readlinkSync(t33));
  }, statfs(e4) {
    var t33 = NODEFS.tryFSOperation(() => fs.statfsSync(e4));
    return t33.frsize = t33.bsize, t33;
  } }, stream_ops: { getattr(e4) {
    return NODEFS.doGetAttr(() => fs.fstatSync(e4.nfd), e4.node);
  }, setattr(e4, t33) {
    NODEFS.doSetAttr(e4.nfd, e4.node, t33, fs.fchmodSync, fs.futimesSync, fs.ftruncateSync, fs.fstatSync);
  }, open(e4) {
    var t33 = NODEFS.realPath(e4.node);
    NODEFS.tryFSOperation(() => {
      e4.shared.refcount = 1, e4.nfd = fs.openSync(t33, NODEFS.flagsForNode(e4.flags));
    });
  }, close(e4) {
    NODEFS.tryFSOperation(() => {
      e4.nfd && !--e4.shared.refcount && fs.closeSync(e4.nfd);
    });
  }, dup(e4) {
    e4.shared.refcount++;
  }, read(e4, t33, r11, _3, n3) {
    return NODEFS.tryFSOperation(() => fs.readSync(e4.nfd, t33, r11, _3, n3));
  }, write(e4, t33, r11, _3, n3) {
    return NODEFS.tryFSOperation(() => fs.writeSync(e4.nfd, t33, r11, _3, n3));
  }, llseek(e4, t33, r11) {
    var _3 = t33;
    if (r11 === 1 ? _3 += e4.position : r11 === 2 && FS.isFile(e4.node.mode) && NODEFS.tryFSOperation(() => {
      var n3 = fs.fstatSync(e4.nfd);
      _3 += n3.size;
    }), _3 < 0) throw new FS.ErrnoError(28);
    return _3;
  }, mmap(e4, t33, r11, _3, n3) {
    if (!FS.isFile(e4.node.mode)) throw new FS.ErrnoError(43);
    var a16 = mmapAlloc(t33);
    return NODEFS.stream_ops.read(e4, HEAP8, a16, t33, r11), { ptr: a16, allocated: true };
  }, msync(e4, t33, r11, _3, n3) {
    return NODEFS.stream_ops.write(e4, t33, 0, _3, r11), 0;
  } } }, PROXYFS = { mount(e4) {
    return PROXYFS.createNode(null, "/", e4.opts.fs.lstat(e4.opts.root).mode, 0);
  }, createNode(e4, t33, r11, _3) {
    if (!FS.isDir(r11) && !FS.isFile(r11) && !FS.isLink(r11)) throw new FS.ErrnoError(ERRNO_CODES.EINVAL);
    var n3 = FS.createNode(e4, t33, r11);
    return n3.node_ops = PROXYFS.node_ops, n3.stream_ops = PROXYFS.stream_ops, n3;
  }, realPath(e4) {
    for (var t33 = []; e4.parent !== e4; ) t33.push(e4.name), e4 = e4.parent;
    return t33.push(e4.mount.opts.root), t33.reverse(), PATH.join(...t33);
  }, node_ops: { getattr(e4) {
    var t33 = PROXYFS.realPath(e4), r11;
    try {
      r11 = e4.mount.opts.fs.lstat(t33);
    } catch (_3) {
      throw _3.code ? new FS.ErrnoError(ERRNO_CODES[_3.code]) : _3;
    }
    return { dev: r11.dev, ino: r11.ino, mode: r11.mode, nlink: r11.nlink, uid: r11.uid, gid: r11.gid, rdev: r11.rdev, size: r11.size, atime: r11.atime, mtime: r11.mtime, ctime: r11.ctime, blksize: r11.blksize, blocks: r11.blocks };
  }, setattr(e4, t33) {
    var r11 = PROXYFS.realPath(e4);
    try {
      if (t33.mode !== void 0 && (e4.mount.opts.fs.chmod(r11, t33.mode), e4.mode = t33.mode), t33.atime || t33.mtime) {
        var _3 = new Date(t33.atime || t33.mtime), n3 = new Date(t33.mtime || t33.atime);
        e4.mount.opts.fs.utime(r11, _3, n3);
      }
      t33.size !== void 0 && e4.mount.opts.fs.truncate(r11, t33.size);
    } catch (a16) {
      throw a16.code ? new FS.ErrnoError(ERRNO_CODES[a16.code]) : a16;
    }
  }, lookup(e4, t33) {
    try {
      var r11 = PATH.join2(PROXYFS.realPath(e4), t33), _3 = e4.mount.opts.fs.lstat(r11).mode, n3 = PROXYFS.createNode(e4, t33, _3);
      return n3;
    } catch (a16) {
      throw a16.code ? new FS.ErrnoError(ERRNO_CODES[a16.code]) : a16;
    }
  }, mknod(e4, t33, r11, _3) {
    var n3 = PROXYFS.createNode(e4, t33, r11, _3), a16 = PROXYFS.realPath(n3);
    try {
      FS.isDir(n3.mode) ? n3.mount.opts.fs.mkdir(a16, n3.mode) : n3.mount.opts.fs.writeFile(a16, "", { mode: n3.mode });
    } catch (i7) {
      throw i7.code ? new FS.ErrnoError(ERRNO_CODES[i7.code]) : i7;
    }
    return n3;
  }, rename(e4, t33, r11) {
    var _3 = PROXYFS.realPath(e4), n3 = PATH.join2(PROXYFS.realPath(t33), r11);
    try {
      e4.mount.opts.fs.rename(_3, n3), e4.name = r11;
    } catch (a16) {
      throw a16.code ? new FS.ErrnoError(ERRNO_CODES[a16.code]) : a16;
    }
  }, unlink(e4, t33) {
    var r11 = PATH.join2(PROXYFS.realPath(e4), t33);
    try {
      e4.mount.opts.fs.unlink(r11);
    } catch (_3) {
      throw _3.code ? new FS.ErrnoError(ERRNO_CODES[_3.code]) : _3;
    }
  }, rmdir(e4, t33) {
    var r11 = PATH.join2(PROXYFS.realPath(e4), t33);
    try {
      e4.mount.opts.fs.rmdir(r11);
    } catch (_3) {
      throw _3.code ? new FS.ErrnoError(ERRNO_CODES[_3.code]) : _3;
    }
  }, readdir(e4) {
    var t33 = PROXYFS.realPath(e4);
    try {
      return e4.mount.opts.fs.readdir(t33);
    } catch (r11) {
      throw r11.code ? new FS.ErrnoError(ERRNO_CODES[r11.code]) : r11;
    }
  }, symlink(e4, t33, r11) {
    var _3 = PATH.join2(PROXYFS.realPath(e4), t33);
    try {
      e4.mount.opts.fs.symlink(r11, _3);
    } catch (n3) {
      throw n3.code ? new FS.ErrnoError(ERRNO_CODES[n3.code]) : n3;
    }
  }, readlink(e4) {
    var t33 = PROXYFS.realPath(e4);
    try {
      return e4.mount.opts.fs.readlink(t33);
    } catch (r11) {
      throw r11.code ? new FS.ErrnoError(ERRNO_CODES[r11.code]) : r11;
    }
  } }, stream_ops: { open(e4) {
    var t33 = PROXYFS.realPath(e4.node);
    try {
      e4.nfd = e4.node.mount.opts.fs.open(t33, e4.flags);
    } catch (r11) {
      throw r11.code ? new FS.ErrnoError(ERRNO_CODES[r11.code]) : r11;
    }
  }, close(e4) {
    try {
      e4.node.mount.opts.fs.close(e4.nfd);
    } catch (t33) {
      throw t33.code ? new FS.ErrnoError(ERRNO_CODES[t33.code]) : t33;
    }
  }, read(e4, t33, r11, _3, n3) {
    try {
      return e4.node.mount.opts.fs.read(e4.nfd, t33, r11, _3, n3);
    } catch (a16) {
      throw a16.code ? new FS.ErrnoError(ERRNO_CODES[a16.code]) : a16;
    }
  }, write(e4, t33, r11, _3, n3) {
    try {
      return e4.node.mount.opts.fs.write(e4.nfd, t33, r11, _3, n3);
    } catch (a16) {
      throw a16.code ? new FS.ErrnoError(ERRNO_CODES[a16.code]) : a16;
    }
  }, llseek(e4, t33, r11) {
    var _3 = t33;
    if (r11 === 1) _3 += e4.position;
    else if (r11 === 2 && FS.isFile(e4.node.mode)) try {
      var n3 = e4.node.node_ops.getattr(e4.node);
      _3 += n3.size;
    } catch (a16) {
      throw new FS.ErrnoError(ERRNO_CODES[a16.code]);
    }
    if (_3 < 0) throw new FS.ErrnoError(ERRNO_CODES.EINVAL);
    return _3;
  } } }, FS_createDataFile = (...e4) => FS.createDataFile(...e4), getUniqueRunDependency = (e4) => e4, dependenciesPromise = null, resolveRunDependencies = async () => dependenciesPromise, runDependencies = 0, dependenciesPromiseResolve = null, removeRunDependency = () => {
    runDependencies--, Module.monitorRunDependencies?.(runDependencies), runDependencies || dependenciesPromiseResolve();
  }, addRunDependency = () => {
    runDependencies || (dependenciesPromise = new Promise((e4) => dependenciesPromiseResolve = e4)), runDependencies++, Module.monitorRunDependencies?.(runDependencies);
  }, FS_handledByPreloadPlugin = async (e4, t33) => {
    typeof Browser < "u" && Browser.init();
    for (var r11 of preloadPlugins) if (r11.canHandle(t33)) return r11.handle(e4, t33);
    return e4;
  }, FS_preloadFile = async (e4, t33, r11, _3, n3, a16, i7, l2) => {
    var o9 = t33 ? PATH_FS.resolve(PATH.join2(e4, t33)) : e4, s4 = getUniqueRunDependency(`cp ${o9}`);
    addRunDependency(s4);
    try {
      var c6 = r11;
      typeof r11 == "string" && (c6 = await asyncLoad(r11)), c6 = await FS_handledByPreloadPlugin(c6, o9), l2?.(), a16 || FS_createDataFile(e4, t33, c6, _3, n3, i7);
    } finally {
      removeRunDependency(s4);
    }
  }, FS_createPreloadedFile = (e4, t33, r11, _3, n3, a16, i7, l2, o9, s4) => {
    FS_preloadFile(e4, t33, r11, _3, n3, l2, o9, s4).then(a16).catch(i7);
  }, FS = { root: null, mounts: [], devices: {}, streams: [], nextInode: 1, nameTable: [], currentPath: "/", initialized: false, ignorePermissions: true, syncFSRequests: 0, ErrnoError: class {
    constructor(e4) {
      P(this, "name", "ErrnoError");
      this.errno = e4;
    }
  }, FSStream: class {
    constructor() {
      P(this, "shared", {});
    }
    get object() {
      return this.node;
    }
    set object(e4) {
      this.node = e4;
    }
    get isRead() {
      return (this.flags & 2097155) !== 1;
    }
    get isWrite() {
      return (this.flags & 2097155) !== 0;
    }
    get isAppend() {
      return this.flags & 1024;
    }
    get flags() {
      return this.shared.flags;
    }
    set flags(e4) {
      this.shared.flags = e4;
    }
    get position() {
      return this.shared.position;
    }
    set position(e4) {
      this.shared.position = e4;
    }
  }, FSNode: class {
    constructor(e4, t33, r11, _3) {
      P(this, "node_ops", {});
      P(this, "stream_ops", {});
      P(this, "readMode", 365);
      P(this, "writeMode", 146);
      P(this, "mounted", null);
      e4 || (e4 = this), this.parent = e4, this.mount = e4.mount, this.id = FS.nextInode++, this.name = t33, this.mode = r11, this.rdev = _3, this.atime = this.mtime = this.ctime = Date.now();
    }
    get read() {
      return (this.mode & this.readMode) === this.readMode;
    }
    set read(e4) {
      e4 ? this.mode |= this.readMode : this.mode &= ~this.readMode;
    }
    get write() {
      return (this.mode & this.writeMode) === this.writeMode;
    }
    set write(e4) {
      e4 ? this.mode |= this.writeMode : this.mode &= ~this.writeMode;
    }
    get isFolder() {
      return FS.isDir(this.mode);
    }
    get isDevice() {
      return FS.isChrdev(this.mode);
    }
    addListener(e4, t33 = false) {
      var r11 = { cb: e4, exclusive: t33 }, _3 = this.listeners ?? (this.listeners = /* @__PURE__ */ new Set());
      return _3.add(r11), { listeners: _3, entry: r11 };
    }
    notifyListeners(e4) {
      if (this.listeners) {
        var t33;
        for (var r11 of this.listeners) r11.exclusive ? (t33 || (t33 = [])).push(r11) : r11.cb(e4);
        if (t33) {
          var _3 = (this.exclTurn || 0) % t33.length;
          this.exclTurn = _3 + 1, t33[_3].cb(e4);
        }
      }
    }
  }, lookupPath(e4, t33 = {}) {
    if (!e4) throw new FS.ErrnoError(44);
    t33.follow_mount ?? (t33.follow_mount = true), PATH.isAbs(e4) || (e4 = FS.cwd() + "/" + e4);
    e: for (var r11 = 0; r11 < 40; r11++) {
      for (var _3 = e4.split("/").filter((s4) => !!s4), n3 = FS.root, a16 = "/", i7 = 0; i7 < _3.length; i7++) {
        var l2 = i7 === _3.length - 1;
        if (l2 && t33.parent) break;
        if (_3[i7] !== ".") {
          if (_3[i7] === "..") {
            if (a16 = PATH.dirname(a16), FS.isRoot(n3)) {
              e4 = a16 + "/" + _3.slice(i7 + 1).join("/"), r11--;
              continue e;
            } else n3 = n3.parent;
            continue;
          }
          a16 = PATH.join2(a16, _3[i7]);
          try {
            n3 = FS.lookupNode(n3, _3[i7]);
          } catch (s4) {
            if (s4?.errno === 44 && l2 && t33.noent_okay) return { path: a16 };
            throw s4;
          }
          if (FS.isMountpoint(n3) && (!l2 || t33.follow_mount) && (n3 = n3.mounted.root), FS.isLink(n3.mode) && (!l2 || t33.follow)) {
            if (!n3.node_ops.readlink) throw new FS.ErrnoError(52);
            var o9 = n3.node_ops.readlink(n3);
            PATH.isAbs(o9) || (o9 = PATH.dirname(a16) + "/" + o9), e4 = o9 + "/" + _3.slice(i7 + 1).join("/");
            continue e;
          }
        }
      }
      return { path: a16, node: n3 };
    }
    throw new FS.ErrnoError(32);
  }, getPath(e4) {
    for (var t33; ; ) {
      if (FS.isRoot(e4)) {
        var r11 = e4.mount.mountpoint;
        return t33 ? r11[r11.length - 1] !== "/" ? `${r11}/${t33}` : r11 + t33 : r11;
      }
      t33 = t33 ? `${e4.name}/${t33}` : e4.name, e4 = e4.parent;
    }
  }, hashName(e4, t33) {
    for (var r11 = 0, _3 = 0; _3 < t33.length; _3++) r11 = (r11 << 5) - r11 + t33.charCodeAt(_3) | 0;
    return (e4 + r11 >>> 0) % FS.nameTable.length;
  }, hashAddNode(e4) {
    var t33 = FS.hashName(e4.parent.id, e4.name);
    e4.name_next = FS.nameTable[t33], FS.nameTable[t33] = e4;
  }, hashRemoveNode(e4) {
    var t33 = FS.hashName(e4.parent.id, e4.name);
    if (FS.nameTable[t33] === e4) FS.nameTable[t33] = e4.name_next;
    else for (var r11 = FS.nameTable[t33]; r11; ) {
      if (r11.name_next === e4) {
        r11.name_next = e4.name_next;
        break;
      }
      r11 = r11.name_next;
    }
  }, lookupNode(e4, t33) {
    var r11 = FS.mayLookup(e4);
    if (r11) throw new FS.ErrnoError(r11);
    for (var _3 = FS.hashName(e4.id, t33), n3 = FS.nameTable[_3]; n3; n3 = n3.name_next) {
      var a16 = n3.name;
      if (n3.parent.id === e4.id && a16 === t33) return n3;
    }
    return FS.lookup(e4, t33);
  }, createNode(e4, t33, r11, _3) {
    var n3 = new FS.FSNode(e4, t33, r11, _3);
    return FS.hashAddNode(n3), n3;
  }, destroyNode(e4) {
    FS.hashRemoveNode(e4);
  }, isRoot(e4) {
    return e4 === e4.parent;
  }, isMountpoint(e4) {
    return !!e4.mounted;
  }, isFile(e4) {
    return (e4 & 61440) === 32768;
  }, isDir(e4) {
    return (e4 & 61440) === 16384;
  }, isLink(e4) {
    return (e4 & 61440) === 40960;
  }, isChrdev(e4) {
    return (e4 & 61440) === 8192;
  }, isBlkdev(e4) {
    return (e4 & 61440) === 24576;
  }, isFIFO(e4) {
    return (e4 & 61440) === 4096;
  }, isSocket(e4) {
    return (e4 & 49152) === 49152;
  }, flagsToPermissionString(e4) {
    var t33 = ["r", "w", "rw"][e4 & 3];
    return e4 & 512 && (t33 += "w"), t33;
  }, nodePermissions(e4, t33) {
    return FS.ignorePermissions ? 0 : t33.includes("r") && !(e4.mode & 292) || t33.includes("w") && !(e4.mode & 146) || t33.includes("x") && !(e4.mode & 73) ? 2 : 0;
  }, mayLookup(e4) {
    if (!FS.isDir(e4.mode)) return 54;
    var t33 = FS.nodePermissions(e4, "x");
    return t33 || (e4.node_ops.lookup ? 0 : 2);
  }, mayCreate(e4, t33) {
    if (!FS.isDir(e4.mode)) return 54;
    try {
      return FS.lookupNode(e4, t33), 20;
    } catch {
    }
    return FS.nodePermissions(e4, "wx");
  }, mayDelete(e4, t33, r11) {
    var _3;
    try {
      _3 = FS.lookupNode(e4, t33);
    } catch (a16) {
      return a16.errno;
    }
    var n3 = FS.nodePermissions(e4, "wx");
    if (n3) return n3;
    if (r11) {
      if (!FS.isDir(_3.mode)) return 54;
      if (FS.isRoot(_3) || FS.getPath(_3) === FS.cwd()) return 10;
    } else if (FS.isDir(_3.mode)) return 31;
    return 0;
  }, mayOpen(e4, t33) {
    if (!e4) return 44;
    if (FS.isLink(e4.mode)) return 32;
    var r11 = FS.flagsToPermissionString(t33);
    return FS.isDir(e4.mode) && (r11 !== "r" || t33 & 576) ? 31 : FS.nodePermissions(e4, r11);
  }, checkOpExists(e4, t33) {
    if (!e4) throw new FS.ErrnoError(t33);
    return e4;
  }, MAX_OPEN_FDS: 4096, nextfd() {
    for (var e4 = 0; e4 <= FS.MAX_OPEN_FDS; e4++) if (!FS.streams[e4]) return e4;
    throw new FS.ErrnoError(33);
  }, getStreamChecked(e4) {
    var t33 = FS.getStream(e4);
    if (!t33) throw new FS.ErrnoError(8);
    return t33;
  }, getStream: (e4) => FS.streams[e4], createStream(e4, t33 = -1) {
    return e4 = Object.assign(new FS.FSStream(), e4), t33 == -1 && (t33 = FS.nextfd()), e4.fd = t33, FS.streams[t33] = e4, e4;
  }, closeStream(e4) {
    FS.streams[e4] = null;
  }, dupStream(e4, t33 = -1) {
    var r11 = FS.createStream(e4, t33);
    return r11.stream_ops?.dup?.(r11), r11;
  }, doSetAttr(e4, t33, r11) {
    var _3 = e4?.stream_ops.setattr, n3 = _3 ? e4 : t33;
    _3 ?? (_3 = t33.node_ops.setattr), FS.checkOpExists(_3, 63);
    try {
      _3(n3, r11);
    } catch (a16) {
      throw a16 instanceof RangeError ? new FS.ErrnoError(22) : a16;
    }
  }, chrdev_stream_ops: { open(e4) {
    var t33 = FS.getDevice(e4.node.rdev);
    e4.stream_ops = t33.stream_ops, e4.stream_ops.open?.(e4);
  }, llseek() {
    throw new FS.ErrnoError(70);
  } }, major: (e4) => e4 >> 8, minor: (e4) => e4 & 255, makedev: (e4, t33) => e4 << 8 | t33, registerDevice(e4, t33) {
    FS.devices[e4] = { stream_ops: t33 };
  }, getDevice: (e4) => FS.devices[e4], getMounts(e4) {
    for (var t33 = [], r11 = [e4]; r11.length; ) {
      var _3 = r11.pop();
      t33.push(_3), r11.push(..._3.mounts);
    }
    return t33;
  }, syncfs(e4, t33) {
    typeof e4 == "function" && (t33 = e4, e4 = false), FS.syncFSRequests++, FS.syncFSRequests > 1 && err(`warning: ${FS.syncFSRequests} FS.syncfs operations in flight at once, probably just doing extra work`);
    var r11 = FS.getMounts(FS.root.mount), _3 = 0;
    function n3(l2) {
      return FS.syncFSRequests--, t33(l2);
    }
    function a16(l2) {
      if (l2) return a16.errored ? void 0 : (a16.errored = true, n3(l2));
      ++_3 >= r11.length && n3(null);
    }
    for (var i7 of r11) i7.type.syncfs ? i7.type.syncfs(i7, e4, a16) : a16(null);
  }, mount(e4, t33, r11) {
    var _3 = r11 === "/", n3 = !r11, a16;
    if (_3 && FS.root) throw new FS.ErrnoError(10);
    if (!_3 && !n3) {
      var i7 = FS.lookupPath(r11, { follow_mount: false });
      if (r11 = i7.path, a16 = i7.node, FS.isMountpoint(a16)) throw new FS.ErrnoError(10);
      if (!FS.isDir(a16.mode)) throw new FS.ErrnoError(54);
    }
    var l2 = { type: e4, opts: t33, mountpoint: r11, mounts: [] }, o9 = e4.mount(l2);
    return o9.mount = l2, l2.root = o9, _3 ? FS.root = o9 : a16 && (a16.mounted = l2, a16.mount && a16.mount.mounts.push(l2)), o9;
  }, unmount(e4) {
    var t33 = FS.lookupPath(e4, { follow_mount: false });
    if (!FS.isMountpoint(t33.node)) throw new FS.ErrnoError(28);
    var r11 = t33.node, _3 = r11.mounted, n3 = FS.getMounts(_3);
    for (var [a16, i7] of Object.entries(FS.nameTable)) for (; i7; ) {
      var l2 = i7.name_next;
      n3.includes(i7.mount) && FS.destroyNode(i7), i7 = l2;
    }
    r11.mounted = null;
    var o9 = r11.mount.mounts.indexOf(_3);
    r11.mount.mounts.splice(o9, 1);
  }, lookup(e4, t33) {
    return e4.node_ops.lookup(e4, t33);
  }, mknod(e4, t33, r11) {
    var _3 = FS.lookupPath(e4, { parent: true }), n3 = _3.node, a16 = PATH.basename(e4);
    if (!a16) throw new FS.ErrnoError(28);
    if (a16 === "." || a16 === "..") throw new FS.ErrnoError(20);
    var i7 = FS.mayCreate(n3, a16);
    if (i7) throw new FS.ErrnoError(i7);
    if (!n3.node_ops.mknod) throw new FS.ErrnoError(63);
    return n3.node_ops.mknod(n3, a16, t33, r11);
  }, statfs(e4) {
    return FS.statfsNode(FS.lookupPath(e4, { follow: true }).node);
  }, statfsStream(e4) {
    return FS.statfsNode(e4.node);
  }, statfsNode(e4) {
    var t33 = { bsize: 4096, frsize: 4096, blocks: 1e6, bfree: 5e5, bavail: 5e5, files: FS.nextInode, ffree: FS.nextInode - 1, fsid: 42, flags: 2, namelen: 255 };
    return e4.node_ops.statfs && Object.assign(t33, e4.node_ops.statfs(e4.mount.opts.root)), t33;
  }, create(e4, t33 = 438) {
    return t33 &= 4095, t33 |= 32768, FS.mknod(e4, t33, 0);
  }, mkdir(e4, t33 = 511) {
    return t33 &= 1023, t33 |= 16384, FS.mknod(e4, t33, 0);
  }, mkdirTree(e4, t33 = 511) {
    var r11 = e4.split("/"), _3 = "";
    for (var n3 of r11) if (n3) {
      (_3 || PATH.isAbs(e4)) && (_3 += "/"), _3 += n3;
      try {
        FS.mkdir(_3, t33);
      } catch (a16) {
        if (a16.errno != 20) throw a16;
      }
    }
  }, mkdev(e4, t33, r11) {
    return typeof r11 > "u" && (r11 = t33, t33 = 438), t33 |= 8192, FS.mknod(e4, t33, r11);
  }, symlink(e4, t33) {
    if (!PATH_FS.resolve(e4)) throw new FS.ErrnoError(44);
    var r11 = FS.lookupPath(t33, { parent: true }), _3 = r11.node;
    if (!_3) throw new FS.ErrnoError(44);
    var n3 = PATH.basename(t33), a16 = FS.mayCreate(_3, n3);
    if (a16) throw new FS.ErrnoError(a16);
    if (!_3.node_ops.symlink) throw new FS.ErrnoError(63);
    return _3.node_ops.symlink(_3, n3, e4);
  }, link(e4, t33, r11) {
    var _3 = FS.lookupPath(t33, { parent: true }), n3 = _3.node;
    if (!n3) throw new FS.ErrnoError(44);
    var a16 = PATH.basename(t33), i7 = FS.mayCreate(n3, a16);
    if (i7) throw new FS.ErrnoError(i7);
    if (!n3.node_ops.link) throw new FS.ErrnoError(34);
    return n3.node_ops.link(n3, a16, e4, r11);
  }, rename(e4, t33) {
    var r11 = PATH.dirname(e4), _3 = PATH.dirname(t33), n3 = PATH.basename(e4), a16 = PATH.basename(t33), i7, l2, o9;
    if (i7 = FS.lookupPath(e4, { parent: true }), l2 = i7.node, i7 = FS.lookupPath(t33, { parent: true }), o9 = i7.node, !l2 || !o9) throw new FS.ErrnoError(44);
    if (l2.mount !== o9.mount) throw new FS.ErrnoError(75);
    var s4 = FS.lookupNode(l2, n3), c6 = PATH_FS.relative(e4, _3);
    if (c6.charAt(0) !== ".") throw new FS.ErrnoError(28);
    if (c6 = PATH_FS.relative(t33, r11), c6.charAt(0) !== ".") throw new FS.ErrnoError(55);
    var p7;
    try {
      p7 = FS.lookupNode(o9, a16);
    } catch {
    }
    if (s4 !== p7) {
      var d5 = FS.isDir(s4.mode), u3 = FS.mayDelete(l2, n3, d5);
      if (u3) throw new FS.ErrnoError(u3);
      if (u3 = p7 ? FS.mayDelete(o9, a16, d5) : FS.mayCreate(o9, a16), u3) throw new FS.ErrnoError(u3);
      if (!l2.node_ops.rename) throw new FS.ErrnoError(63);
      if (FS.isMountpoint(s4) || p7 && FS.isMountpoint(p7)) throw new FS.ErrnoError(10);
      if (o9 !== l2 && (u3 = FS.nodePermissions(l2, "w"), u3)) throw new FS.ErrnoError(u3);
      FS.hashRemoveNode(s4);
      try {
        l2.node_ops.rename(s4, o9, a16), p7 && FS.hashRemoveNode(p7), s4.parent = o9;
      } catch (f5) {
        throw f5;
      } finally {
        FS.hashAddNode(s4);
      }
    }
  }, rmdir(e4) {
    var t33 = FS.lookupPath(e4, { parent: true }), r11 = t33.node, _3 = PATH.basename(e4), n3 = FS.lookupNode(r11, _3), a16 = FS.mayDelete(r11, _3, true);
    if (a16) throw new FS.ErrnoError(a16);
    if (!r11.node_ops.rmdir) throw new FS.ErrnoError(63);
    if (FS.isMountpoint(n3)) throw new FS.ErrnoError(10);
    r11.node_ops.rmdir(r11, _3), FS.destroyNode(n3);
  }, readdir(e4) {
    var t33 = FS.lookupPath(e4, { follow: true }), r11 = t33.node, _3 = FS.checkOpExists(r11.node_ops.readdir, 54);
    return _3(r11);
  }, unlink(e4) {
    var t33 = FS.lookupPath(e4, { parent: true }), r11 = t33.node;
    if (!r11) throw new FS.ErrnoError(44);
    var _3 = PATH.basename(e4), n3 = FS.lookupNode(r11, _3), a16 = FS.mayDelete(r11, _3, false);
    if (a16) throw new FS.ErrnoError(a16);
    if (!r11.node_ops.unlink) throw new FS.ErrnoError(63);
    if (FS.isMountpoint(n3)) throw new FS.ErrnoError(10);
    r11.node_ops.unlink(r11, _3), FS.destroyNode(n3);
  }, readlink(e4) {
    var t33 = FS.lookupPath(e4), r11 = t33.node;
    if (!r11) throw new FS.ErrnoError(44);
    if (!r11.node_ops.readlink) throw new FS.ErrnoError(28);
    return r11.node_ops.readlink(r11);
  }, stat(e4, t33 = false) {
    var r11 = FS.lookupPath(e4, { follow: !t33 }), _3 = r11.node, n3 = FS.checkOpExists(_3.node_ops.getattr, 63);
    return n3(_3);
  }, fstat(e4) {
    var t33 = FS.getStreamChecked(e4), r11 = t33.node, _3 = t33.stream_ops.getattr, n3 = _3 ? t33 : r11;
    return _3 ?? (_3 = r11.node_ops.getattr), FS.checkOpExists(_3, 63), _3(n3);
  }, lstat(e4) {
    return FS.stat(e4, true);
  }, doChmod(e4, t33, r11, _3 = false) {
    FS.doSetAttr(e4, t33, { mode: r11 & 4095 | t33.mode & -4096, ctime: Date.now(), dontFollow: _3 });
  }, chmod(e4, t33, r11 = false) {
    var _3;
    if (typeof e4 == "string") {
      var n3 = FS.lookupPath(e4, { follow: !r11 });
      _3 = n3.node;
    } else _3 = e4;
    FS.doChmod(null, _3, t33, r11);
  }, lchmod(e4, t33) {
    FS.chmod(e4, t33, true);
  }, fchmod(e4, t33) {
    var r11 = FS.getStreamChecked(e4);
    FS.doChmod(r11, r11.node, t33, false);
  }, doChown(e4, t33, r11 = false) {
    FS.doSetAttr(e4, t33, { timestamp: Date.now(), dontFollow: r11 });
  }, chown(e4, t33, r11, _3 = false) {
    var n3;
    if (typeof e4 == "string") {
      var a16 = FS.lookupPath(e4, { follow: !_3 });
      n3 = a16.node;
    } else n3 = e4;
    FS.doChown(null, n3, _3);
  }, lchown(e4, t33, r11) {
    FS.chown(e4, t33, r11, true);
  }, fchown(e4, t33, r11) {
    var _3 = FS.getStreamChecked(e4);
    FS.doChown(_3, _3.node, false);
  }, doTruncate(e4, t33, r11) {
    if (FS.isDir(t33.mode)) throw new FS.ErrnoError(31);
    if (!FS.isFile(t33.mode)) throw new FS.ErrnoError(28);
    var _3 = FS.nodePermissions(t33, "w");
    if (_3) throw new FS.ErrnoError(_3);
    FS.doSetAttr(e4, t33, { size: r11, timestamp: Date.now() });
  }, truncate(e4, t33) {
    if (t33 < 0) throw new FS.ErrnoError(28);
    var r11;
    if (typeof e4 == "string") {
      var _3 = FS.lookupPath(e4, { follow: true });
      r11 = _3.node;
    } else r11 = e4;
    FS.doTruncate(null, r11, t33);
  }, ftruncate(e4, t33) {
    var r11 = FS.getStreamChecked(e4);
    if (t33 < 0 || (r11.flags & 2097155) === 0) throw new FS.ErrnoError(28);
    FS.doTruncate(r11, r11.node, t33);
  }, utime(e4, t33, r11, _3 = false) {
    var n3 = FS.lookupPath(e4, { follow: !_3 });
    FS.doSetAttr(null, n3.node, { atime: t33, mtime: r11, dontFollow: _3 });
  }, open(e4, t33, r11 = 438) {
    if (e4 === "") throw new FS.ErrnoError(44);
    t33 = FS_modeStringToFlags(t33), t33 & 64 ? r11 = r11 & 4095 | 32768 : r11 = 0;
    var _3, n3;
    if (typeof e4 == "object") _3 = e4;
    else {
      n3 = e4.endsWith("/");
      var a16 = FS.lookupPath(e4, { follow: !(t33 & 131072), noent_okay: true });
      _3 = a16.node, e4 = a16.path;
    }
    var i7 = false;
    if (t33 & 64) if (_3) {
      if (t33 & 128) throw new FS.ErrnoError(20);
    } else {
      if (n3) throw new FS.ErrnoError(31);
      _3 = FS.mknod(e4, r11 | 511, 0), i7 = true;
    }
    if (!_3) throw new FS.ErrnoError(44);
    if (FS.isChrdev(_3.mode) && (t33 &= -513), t33 & 65536 && !FS.isDir(_3.mode)) throw new FS.ErrnoError(54);
    if (!i7) {
      var l2 = FS.mayOpen(_3, t33);
      if (l2) throw new FS.ErrnoError(l2);
    }
    t33 & 512 && !i7 && FS.truncate(_3, 0), t33 &= -131713;
    var o9 = FS.createStream({ node: _3, path: FS.getPath(_3), flags: t33, seekable: true, position: 0, stream_ops: _3.stream_ops, ungotten: [], error: false });
    return o9.stream_ops.open && o9.stream_ops.open(o9), i7 && FS.chmod(_3, r11 & 511), o9;
  }, close(e4) {
    if (FS.isClosed(e4)) throw new FS.ErrnoError(8);
    e4.getdents && (e4.getdents = null), e4.node?.notifyListeners(32);
    try {
      e4.stream_ops.close && e4.stream_ops.close(e4);
    } catch (t33) {
      throw t33;
    } finally {
      FS.closeStream(e4.fd);
    }
    e4.fd = null;
  }, isClosed(e4) {
    return e4.fd === null;
  }, llseek(e4, t33, r11) {
    if (FS.isClosed(e4)) throw new FS.ErrnoError(8);
    if (!e4.seekable || !e4.stream_ops.llseek) throw new FS.ErrnoError(70);
    if (r11 != 0 && r11 != 1 && r11 != 2) throw new FS.ErrnoError(28);
    return e4.position = e4.stream_ops.llseek(e4, t33, r11), e4.ungotten = [], e4.position;
  }, read(e4, t33, r11, _3, n3) {
    if (_3 < 0 || n3 < 0) throw new FS.ErrnoError(28);
    if (FS.isClosed(e4)) throw new FS.ErrnoError(8);
    if ((e4.flags & 2097155) === 1) throw new FS.ErrnoError(8);
    if (FS.isDir(e4.node.mode)) throw new FS.ErrnoError(31);
    if (!e4.stream_ops.read) throw new FS.ErrnoError(28);
    var a16 = typeof n3 < "u";
    if (!a16) n3 = e4.position;
    else if (!e4.seekable) throw new FS.ErrnoError(70);
    var i7 = e4.stream_ops.read(e4, t33, r11, _3, n3);
    return a16 || (e4.position += i7), i7;
  }, write(e4, t33, r11, _3, n3, a16) {
    if (_3 < 0 || n3 < 0) throw new FS.ErrnoError(28);
    if (FS.isClosed(e4)) throw new FS.ErrnoError(8);
    if ((e4.flags & 2097155) === 0) throw new FS.ErrnoError(8);
    if (FS.isDir(e4.node.mode)) throw new FS.ErrnoError(31);
    if (!e4.stream_ops.write) throw new FS.ErrnoError(28);
    e4.seekable && e4.flags & 1024 && FS.llseek(e4, 0, 2);
    var i7 = typeof n3 < "u";
    if (!i7) n3 = e4.position;
    else if (!e4.seekable) throw new FS.ErrnoError(70);
    var l2 = e4.stream_ops.write(e4, t33, r11, _3, n3, a16);
    return i7 || (e4.position += l2), l2;
  }, mmap(e4, t33, r11, _3, n3) {
    if (_3 & 2 && !(n3 & 2) && (e4.flags & 2097155) !== 2) throw new FS.ErrnoError(2);
    if ((e4.flags & 2097155) === 1) throw new FS.ErrnoError(2);
    if (!e4.stream_ops.mmap) throw new FS.ErrnoError(43);
    if (!t33) throw new FS.ErrnoError(28);
    return e4.stream_ops.mmap(e4, t33, r11, _3, n3);
  }, msync(e4, t33, r11, _3, n3) {
    return e4.stream_ops.msync ? e4.stream_ops.msync(e4, t33, r11, _3, n3) : 0;
  }, ioctl(e4, t33, r11) {
    if (!e4.stream_ops.ioctl) throw new FS.ErrnoError(59);
    return e4.stream_ops.ioctl(e4, t33, r11);
  }, readFile(e4, t33 = {}) {
    t33.flags ?? (t33.flags = 0), t33.encoding ?? (t33.encoding = "binary"), t33.encoding !== "utf8" && t33.encoding !== "binary" && abort(`Invalid encoding type "${t33.encoding}"`);
    var r11 = FS.open(e4, t33.flags), _3 = FS.stat(e4), n3 = _3.size, a16 = new Uint8Array(n3);
    return FS.read(r11, a16, 0, n3, 0), t33.encoding === "utf8" && (a16 = UTF8ArrayToString(a16)), FS.close(r11), a16;
  }, writeFile(e4, t33, r11 = {}) {
    r11.flags ?? (r11.flags = 577);
    var _3 = FS.open(e4, r11.flags, r11.mode);
    t33 = FS_fileDataToTypedArray(t33), FS.write(_3, t33, 0, t33.byteLength, void 0, r11.canOwn), FS.close(_3);
  }, cwd: () => FS.currentPath, chdir(e4) {
    var t33 = FS.lookupPath(e4, { follow: true });
    if (t33.node === null) throw new FS.ErrnoError(44);
    if (!FS.isDir(t33.node.mode)) throw new FS.ErrnoError(54);
    var r11 = FS.nodePermissions(t33.node, "x");
    if (r11) throw new FS.ErrnoError(r11);
    FS.currentPath = t33.path;
  }, createDefaultDirectories() {
    FS.mkdir("/tmp"), FS.mkdir("/home"), FS.mkdir("/home/web_user");
  }, createDefaultDevices() {
    FS.mkdir("/dev"), FS.registerDevice(FS.makedev(1, 3), { read: () => 0, write: (_3, n3, a16, i7) => i7, llseek: () => 0 }), FS.mkdev("/dev/null", FS.makedev(1, 3)), TTY.register(FS.makedev(5, 0), TTY.default_tty_ops), TTY.register(FS.makedev(6, 0), TTY.default_tty1_ops), FS.mkdev("/dev/tty", FS.makedev(5, 0)), FS.mkdev("/dev/tty1", FS.makedev(6, 0));
    var e4 = new Uint8Array(1024), t33 = 0, r11 = () => (t33 || (randomFill(e4), t33 = e4.byteLength), e4[--t33]);
    FS.createDevice("/dev", "random", r11), FS.createDevice("/dev", "urandom", r11), FS.mkdir("/dev/shm"), FS.mkdir("/dev/shm/tmp");
  }, createSpecialDirectories() {
    FS.mkdir("/proc");
    var e4 = FS.mkdir("/proc/self");
    FS.mkdir("/proc/self/fd"), FS.mount({ mount() {
      var t33 = FS.createNode(e4, "fd", 16895, 73);
      return t33.stream_ops = { llseek: MEMFS.stream_ops.llseek }, t33.node_ops = { lookup(r11, _3) {
        var n3 = +_3, a16 = FS.getStreamChecked(n3), i7 = { parent: null, mount: { mountpoint: "fake" }, node_ops: { readlink: () => a16.path }, id: n3 + 1 };
        return i7.parent = i7, i7;
      }, readdir() {
        return Array.from(FS.streams.entries()).filter(([r11, _3]) => _3).map(([r11, _3]) => r11.toString());
      } }, t33;
    } }, {}, "/proc/self/fd");
  }, createStandardStreams(e4, t33, r11) {
    e4 ? FS.createDevice("/dev", "stdin", e4) : FS.symlink("/dev/tty", "/dev/stdin"), t33 ? FS.createDevice("/dev", "stdout", null, t33) : FS.symlink("/dev/tty", "/dev/stdout"), r11 ? FS.createDevice("/dev", "stderr", null, r11) : FS.symlink("/dev/tty1", "/dev/stderr"), FS.open("/dev/stdin", 0), FS.open("/dev/stdout", 1), FS.open("/dev/stderr", 1);
  }, staticInit() {
    FS.nameTable.length = 4096, FS.mount(MEMFS, {}, "/"), FS.createDefaultDirectories(), FS.createDefaultDevices(), FS.createSpecialDirectories();
  }, init(e4, t33, r11) {
    FS.initialized = true, e4 ?? (e4 = Module.stdin), t33 ?? (t33 = Module.stdout), r11 ?? (r11 = Module.stderr), FS.createStandardStreams(e4, t33, r11);
  }, quit() {
    FS.initialized = false, _fflush(0);
    for (var e4 of FS.streams) e4 && FS.close(e4);
  }, analyzePath(e4, t33 = false) {
    try {
      var r11 = FS.lookupPath(e4, { follow: !t33 });
      e4 = r11.path;
    } catch {
    }
    var _3 = { isRoot: false, exists: false, error: 0, name: null, path: null, object: null, parentExists: false, parentPath: null, parentObject: null };
    try {
      r11 = FS.lookupPath(e4, { parent: true }), _3.parentExists = true, _3.parentPath = r11.path, _3.parentObject = r11.node, _3.name = PATH.basename(e4), r11 = FS.lookupPath(e4, { follow: !t33 }), _3.exists = true, _3.path = r11.path, _3.object = r11.node, _3.name = r11.node.name, _3.isRoot = r11.path === "/";
    } catch (n3) {
      _3.error = n3.errno;
    }
    return _3;
  }, createPath(e4, t33, r11, _3) {
    e4 = typeof e4 == "string" ? e4 : FS.getPath(e4);
    for (var n3 = t33.split("/").reverse(); n3.length; ) {
      var a16 = n3.pop();
      if (a16) {
        var i7 = PATH.join2(e4, a16);
        try {
          FS.mkdir(i7);
        } catch (l2) {
          if (l2.errno != 20) throw l2;
        }
        e4 = i7;
      }
    }
    return i7;
  }, createFile(e4, t33, r11, _3, n3) {
    var a16 = PATH.join2(typeof e4 == "string" ? e4 : FS.getPath(e4), t33), i7 = FS_getMode(_3, n3);
    return FS.create(a16, i7);
  }, createDataFile(e4, t33, r11, _3, n3, a16) {
    var i7 = t33;
    e4 && (e4 = typeof e4 == "string" ? e4 : FS.getPath(e4), i7 = t33 ? PATH.join2(e4, t33) : e4);
    var l2 = FS_getMode(_3, n3), o9 = FS.create(i7, l2);
    if (r11) {
      r11 = FS_fileDataToTypedArray(r11), FS.chmod(o9, l2 | 146);
      var s4 = FS.open(o9, 577);
      FS.write(s4, r11, 0, r11.length, 0, a16), FS.close(s4), FS.chmod(o9, l2);
    }
  }, createDevice(e4, t33, r11, _3) {
    var l2;
    var n3 = PATH.join2(typeof e4 == "string" ? e4 : FS.getPath(e4), t33), a16 = FS_getMode(!!r11, !!_3);
    (l2 = FS.createDevice).major ?? (l2.major = 64);
    var i7 = FS.makedev(FS.createDevice.major++, 0);
    return FS.registerDevice(i7, { open(o9) {
      o9.seekable = false;
    }, close(o9) {
      _3?.buffer?.length && _3(10);
    }, read(o9, s4, c6, p7, d5) {
      for (var u3 = 0, f5 = 0; f5 < p7; f5++) {
        var m7;
        try {
          m7 = r11();
        } catch {
          throw new FS.ErrnoError(29);
        }
        if (m7 === void 0 && !u3) throw new FS.ErrnoError(6);
        if (m7 == null) break;
        u3++, s4[c6 + f5] = m7;
      }
      return u3 && (o9.node.atime = Date.now()), u3;
    }, write(o9, s4, c6, p7, d5) {
      for (var u3 = 0; u3 < p7; u3++) try {
        _3(s4[c6 + u3]);
      } catch {
        throw new FS.ErrnoError(29);
      }
      return p7 && (o9.node.mtime = o9.node.ctime = Date.now()), u3;
    } }), FS.mkdev(n3, a16, i7);
  }, forceLoadFile(e4) {
    if (e4.isDevice || e4.isFolder || e4.link || e4.contents) return true;
    if (globalThis.XMLHttpRequest) abort("Lazy loading should have been performed (contents set) in createLazyFile, but it was not. Lazy loading only works in web workers. Use --embed-file or --preload-file in emcc on the main thread.");
    else try {
      e4.contents = readBinary(e4.url);
    } catch {
      throw new FS.ErrnoError(29);
    }
  }, createLazyFile(e4, t33, r11, _3, n3) {
    class a16 {
      constructor() {
        P(this, "lengthKnown", false);
        P(this, "chunks", []);
      }
      get(d5) {
        if (!(d5 > this.length - 1 || d5 < 0)) {
          var u3 = d5 % this.chunkSize, f5 = d5 / this.chunkSize | 0;
          return this.getter(f5)[u3];
        }
      }
      setDataGetter(d5) {
        this.getter = d5;
      }
      cacheLength() {
        var d5 = new XMLHttpRequest();
        d5.open("HEAD", r11, false), d5.send(null), d5.status >= 200 && d5.status < 300 || d5.status === 304 || abort(`Couldn't load ${r11}. Status: ${d5.status}`);
        var u3 = Number(d5.getResponseHeader("Content-length")), f5, m7 = (f5 = d5.getResponseHeader("Accept-Ranges")) && f5 === "bytes", y6 = (f5 = d5.getResponseHeader("Content-Encoding")) && f5 === "gzip", v5 = 1048576;
        m7 || (v5 = u3);
        var k4 = (M2, C5) => {
          M2 > C5 && abort(`invalid range (${M2}, ${C5}) or no bytes requested!`), C5 > u3 - 1 && abort(`only ${u3} bytes available! programmer error!`);
          var b4 = new XMLHttpRequest();
          return b4.open("GET", r11, false), u3 !== v5 && b4.setRequestHeader("Range", `bytes=${M2}-${C5}`), b4.responseType = "arraybuffer", b4.overrideMimeType && b4.overrideMimeType("text/plain; charset=x-user-defined"), b4.send(null), b4.status >= 200 && b4.status < 300 || b4.status === 304 || abort(`Couldn't load ${r11}. Status: ${b4.status}`), b4.response !== void 0 ? new Uint8Array(b4.response || []) : intArrayFromString(b4.responseText ?? "", true);
        }, P6 = this;
        P6.setDataGetter((M2) => {
          var C5 = M2 * v5, b4 = (M2 + 1) * v5 - 1;
          return b4 = Math.min(b4, u3 - 1), typeof P6.chunks[M2] > "u" && (P6.chunks[M2] = k4(C5, b4)), typeof P6.chunks[M2] > "u" && abort("doXHR failed!"), P6.chunks[M2];
        }), (y6 || !u3) && (v5 = u3 = 1, u3 = this.getter(0).length, v5 = u3, out("LazyFiles on gzip forces download of the whole file when length is accessed")), this._length = u3, this._chunkSize = v5, this.lengthKnown = true;
      }
      get length() {
        return this.lengthKnown || this.cacheLength(), this._length;
      }
      get chunkSize() {
        return this.lengthKnown || this.cacheLength(), this._chunkSize;
      }
    }
    if (globalThis.XMLHttpRequest) {
      ENVIRONMENT_IS_WORKER || abort("Cannot do synchronous binary XHRs outside webworkers in modern browsers. Use --embed-file or --preload-file in emcc");
      var i7 = new a16(), l2 = { isDevice: false, contents: i7 };
    } else l2 = { isDevice: false, url: r11 };
    var o9 = FS.createFile(e4, t33, l2, _3, n3);
    l2.contents ? o9.contents = l2.contents : l2.url && (o9.contents = null, o9.url = l2.url), Object.defineProperties(o9, { usedBytes: { get: function() {
      return this.contents.length;
    } } });
    var s4 = {};
    for (let [p7, d5] of Object.entries(o9.stream_ops)) s4[p7] = (...u3) => (FS.forceLoadFile(o9), d5(...u3));
    function c6(p7, d5, u3, f5, m7) {
      var y6 = p7.node.contents;
      if (m7 >= y6.length) return 0;
      var v5 = Math.min(y6.length - m7, f5);
      if (y6.slice) for (var k4 = 0; k4 < v5; k4++) d5[u3 + k4] = y6[m7 + k4];
      else for (k4 = 0; k4 < v5; k4++) d5[u3 + k4] = y6.get(m7 + k4);
      return v5;
    }
    return s4.read = (p7, d5, u3, f5, m7) => (FS.forceLoadFile(o9), c6(p7, d5, u3, f5, m7)), s4.mmap = (p7, d5, u3) => {
      FS.forceLoadFile(o9);
      var f5 = mmapAlloc(d5);
      if (!f5) throw new FS.ErrnoError(48);
      return c6(p7, HEAP8, f5, d5, u3), { ptr: f5, allocated: true };
    }, o9.stream_ops = s4, o9;
  } }, findLibraryFS = (e4, t33) => {
    if (runtimeInitialized) {
      if (PATH.isAbs(e4)) try {
        return FS.lookupPath(e4), e4;
      } catch {
        return;
      }
      var r11 = (t33?.paths || []).map((_3) => replaceORIGIN(t33?.parentLibPath, _3));
      return withStackSave(() => {
        var _3 = stackAlloc(512), n3 = stringToUTF8OnStack(r11.join(":")), a16 = stringToUTF8OnStack(e4), i7 = __emscripten_find_dylib(_3, n3, a16, 512);
        return i7 ? UTF8ToString(i7) : void 0;
      });
    }
  };
  function loadDynamicLibrary(e4, t33 = { global: true, nodelete: true }, r11, _3) {
    var n3 = LDSO.loadedLibsByName[e4];
    if (n3) return t33.global ? n3.global || (n3.global = true, mergeLibSymbols(n3.exports, e4)) : r11 && Object.assign(r11, n3.exports), t33.nodelete && n3.refcount !== 1 / 0 && (n3.refcount = 1 / 0), n3.refcount++, _3 && (LDSO.loadedLibsByHandle[_3] = n3), t33.loadAsync ? Promise.resolve(true) : true;
    n3 = newDSO(e4, _3, "loading"), n3.refcount = t33.nodelete ? 1 / 0 : 1, n3.global = t33.global;
    function a16() {
      if (_3) {
        var o9 = HEAPU32[_3 + 28 >> 2], s4 = HEAPU32[_3 + 32 >> 2];
        if (o9 && s4) {
          var c6 = HEAP8.slice(o9, o9 + s4);
          return t33.loadAsync ? Promise.resolve(c6) : c6;
        }
      }
      var p7 = findLibraryFS(e4, t33.rpath);
      if (p7) return c6 = FS.readFile(p7, { encoding: "binary" }), t33.loadAsync ? Promise.resolve(c6) : c6;
      var d5 = locateFile(e4);
      if (t33.loadAsync) return asyncLoad(d5);
      if (!readBinary) throw new Error(`${d5}: file not found, and synchronous loading of external files is not available`);
      return readBinary(d5);
    }
    function i7() {
      var o9 = preloadedWasm[e4];
      return o9 ? t33.loadAsync ? Promise.resolve(o9) : o9 : t33.loadAsync ? a16().then((s4) => loadWebAssemblyModule(s4, t33, e4, r11, _3)) : loadWebAssemblyModule(a16(), t33, e4, r11, _3);
    }
    function l2(o9) {
      n3.global ? mergeLibSymbols(o9, e4) : r11 && Object.assign(r11, o9), n3.exports = o9;
    }
    return t33.loadAsync ? i7().then((o9) => (l2(o9), true)) : (l2(i7()), true);
  }
  var reportUndefinedSymbols = () => {
    for (var [e4, t33] of Object.entries(GOT)) if (t33.value == -1) {
      var r11 = resolveGlobalSymbol(e4, true).sym;
      if (!r11 && !t33.required) {
        t33.value = 0;
        continue;
      }
      if (typeof r11 == "function") t33.value = addFunction(r11, r11.sig);
      else if (typeof r11 == "number") t33.value = r11;
      else if (typeof r11.value == "number") t33.value = r11;
      else throw new Error(`bad export type for '${e4}': ${typeof r11} (${r11})`);
    }
  }, loadDylibs = async () => {
    if (!dynamicLibraries.length) {
      reportUndefinedSymbols();
      return;
    }
    for (var e4 of dynamicLibraries) await loadDynamicLibrary(e4, { loadAsync: true, global: true, nodelete: true, allowUndefined: true });
    reportUndefinedSymbols();
  }, noExitRuntime = false;
  function setValue(e4, t33, r11 = "i8") {
    switch (r11.endsWith("*") && (r11 = "*"), r11) {
      case "i1":
        HEAP8[e4] = t33;
        break;
      case "i8":
        HEAP8[e4] = t33;
        break;
      case "i16":
        HEAP16[e4 >> 1] = t33;
        break;
      case "i32":
        HEAP32[e4 >> 2] = t33;
        break;
      case "i64":
        HEAP64[e4 >> 3] = BigInt(t33);
        break;
      case "float":
        HEAPF32[e4 >> 2] = t33;
        break;
      case "double":
        HEAPF64[e4 >> 3] = t33;
        break;
      case "*":
        HEAPU32[e4 >> 2] = t33;
        break;
      default:
        abort(`invalid type for setValue: ${r11}`);
    }
  }
  var wasmMemory, ___assert_fail = (e4, t33, r11, _3) => abort(`Assertion failed: ${UTF8ToString(e4)}, at: ` + [t33 ? UTF8ToString(t33) : "unknown filename", r11, _3 ? UTF8ToString(_3) : "unknown function"]);
  ___assert_fail.sig = "vppip";
  var ___call_sighandler = (e4, t33) => getWasmTableEntry(e4)(t33);
  ___call_sighandler.sig = "vpi";
  var SOCKFS = { websocketArgs: {}, callbacks: {}, on(e4, t33) {
    SOCKFS.callbacks[e4] = t33;
  }, emit(e4, t33) {
    SOCKFS.callbacks[e4]?.(t33);
    var r11 = e4 === "error" ? t33[0] : t33, _3 = { message: 65, open: 4, connection: 65, close: 17, error: 8 }[e4];
    _3 && FS.getStream(r11)?.node.notifyListeners(_3);
  }, mount(e4) {
    return SOCKFS.websocketArgs = Module.websocket || {}, (Module.websocket ?? (Module.websocket = {})).on = SOCKFS.on, FS.createNode(null, "/", 16895, 0);
  }, createSocket(e4, t33, r11) {
    if (e4 != 2) throw new FS.ErrnoError(5);
    if (t33 &= -526337, t33 != 1 && t33 != 2) throw new FS.ErrnoError(28);
    var _3 = t33 == 1;
    if (_3 && r11 && r11 != 6) throw new FS.ErrnoError(66);
    var n3 = { family: e4, type: t33, protocol: r11, server: null, error: null, peers: {}, pending: [], recv_queue: [], sock_ops: SOCKFS.websocket_sock_ops }, a16 = SOCKFS.nextname(), i7 = FS.createNode(SOCKFS.root, a16, 49152, 0);
    i7.sock = n3;
    var l2 = FS.createStream({ path: a16, node: i7, flags: 2, seekable: false, stream_ops: SOCKFS.stream_ops });
    return n3.stream = l2, n3;
  }, getSocket(e4) {
    var t33 = FS.getStream(e4);
    return !t33 || !FS.isSocket(t33.node.mode) ? null : t33.node.sock;
  }, stream_ops: { getattr(e4) {
    var t33 = e4.node;
    return { dev: 1, ino: t33.id, mode: 49663, nlink: 1, uid: 0, gid: 0, rdev: 0, size: 0, atime: /* @__PURE__ */ new Date(0), mtime: /* @__PURE__ */ new Date(0), ctime: /* @__PURE__ */ new Date(0), blksize: 4096, blocks: 0 };
  }, poll(e4) {
    var t33 = e4.node.sock;
    return t33.sock_ops.poll(t33);
  }, ioctl(e4, t33, r11) {
    var _3 = e4.node.sock;
    return _3.sock_ops.ioctl(_3, t33, r11);
  }, read(e4, t33, r11, _3, n3) {
    var a16 = e4.node.sock, i7 = a16.sock_ops.recvmsg(a16, _3);
    return i7 ? (t33.set(i7.buffer, r11), i7.buffer.length) : 0;
  }, write(e4, t33, r11, _3, n3) {
    var a16 = e4.node.sock;
    return a16.sock_ops.sendmsg(a16, t33, r11, _3);
  }, close(e4) {
    var t33 = e4.node.sock;
    t33.sock_ops.close(t33);
  } }, nextname() {
    return SOCKFS.nextname.current || (SOCKFS.nextname.current = 0), `socket[${SOCKFS.nextname.current++}]`;
  }, websocket_sock_ops: { createPeer(e4, t33, r11) {
    var _3;
    if (typeof t33 == "object" && (_3 = t33, t33 = null, r11 = null), _3) if (_3._socket) t33 = _3._socket.remoteAddress, r11 = _3._socket.remotePort;
    else {
      var n3 = /ws[s]?:\/\/([^:]+):(\d+)/.exec(_3.url);
      if (!n3) throw new Error("WebSocket URL must be in the format ws(s)://address:port");
      t33 = n3[1], r11 = parseInt(n3[2], 10);
    }
    else try {
      var a16 = "ws://".replace("#", "//"), i7 = "binary", l2 = void 0;
      if (SOCKFS.websocketArgs.url && (a16 = SOCKFS.websocketArgs.url), SOCKFS.websocketArgs.subprotocol ? i7 = SOCKFS.websocketArgs.subprotocol : SOCKFS.websocketArgs.subprotocol === null && (i7 = "null"), a16 === "ws://" || a16 === "wss://") {
        var o9 = t33.split("/");
        a16 = a16 + o9[0] + ":" + r11 + "/" + o9.slice(1).join("/");
      }
      i7 !== "null" && (i7 = i7.replace(/^ +| +$/g, "").split(/ *, */), l2 = i7);
      var s4;
      ENVIRONMENT_IS_NODE ? s4 = require("ws") : s4 = WebSocket, _3 = new s4(a16, l2), _3.binaryType = "arraybuffer";
    } catch {
      throw new FS.ErrnoError(23);
    }
    var c6 = { addr: t33, port: r11, socket: _3, msg_send_queue: [] };
    return SOCKFS.websocket_sock_ops.addPeer(e4, c6), SOCKFS.websocket_sock_ops.handlePeerEvents(e4, c6), e4.type === 2 && typeof e4.sport < "u" && c6.msg_send_queue.push(new Uint8Array([255, 255, 255, 255, 112, 111, 114, 116, (e4.sport & 65280) >> 8, e4.sport & 255])), c6;
  }, getPeer(e4, t33, r11) {
    return e4.peers[t33 + ":" + r11];
  }, addPeer(e4, t33) {
    e4.peers[t33.addr + ":" + t33.port] = t33;
  }, removePeer(e4, t33) {
    delete e4.peers[t33.addr + ":" + t33.port];
  }, handlePeerEvents(e4, t33) {
    var r11 = true;
    function _3() {
      e4.connecting = false, SOCKFS.emit("open", e4.stream.fd);
      try {
        for (var a16 = t33.msg_send_queue.shift(); a16; ) t33.socket.send(a16), a16 = t33.msg_send_queue.shift();
      } catch {
        t33.socket.close();
      }
    }
    function n3(a16) {
      if (typeof a16 == "string") {
        var i7 = new TextEncoder();
        a16 = i7.encode(a16);
      } else {
        if (a16.byteLength == 0) return;
        a16 = new Uint8Array(a16);
      }
      var l2 = r11;
      if (r11 = false, l2 && a16.length === 10 && a16[0] === 255 && a16[1] === 255 && a16[2] === 255 && a16[3] === 255 && a16[4] === 112 && a16[5] === 111 && a16[6] === 114 && a16[7] === 116) {
        var o9 = a16[8] << 8 | a16[9];
        SOCKFS.websocket_sock_ops.removePeer(e4, t33), t33.port = o9, SOCKFS.websocket_sock_ops.addPeer(e4, t33);
        return;
      }
      e4.recv_queue.push({ addr: t33.addr, port: t33.port, data: a16 }), SOCKFS.emit("message", e4.stream.fd);
    }
    if (ENVIRONMENT_IS_NODE) {
      t33.socket.on("open", _3), t33.socket.on("message", (a16, i7) => {
        i7 && n3(new Uint8Array(a16).buffer);
      }), t33.socket.on("close", () => SOCKFS.emit("close", e4.stream.fd)), t33.socket.on("error", () => {
        e4.error = 14, SOCKFS.emit("error", [e4.stream.fd, e4.error, "ECONNREFUSED: Connection refused"]);
      });
      return;
    }
    t33.socket.onopen = _3, t33.socket.onclose = () => SOCKFS.emit("close", e4.stream.fd), t33.socket.onmessage = (a16) => n3(a16.data), t33.socket.onerror = () => {
      e4.error = 14, SOCKFS.emit("error", [e4.stream.fd, e4.error, "ECONNREFUSED: Connection refused"]);
    };
  }, poll(e4) {
    if (e4.type === 1 && (e4.server || e4.listening)) return e4.error ? 8 : e4.server ? e4.pending.length ? 65 : 0 : 16;
    var t33 = 0;
    e4.error && (t33 |= 8);
    var r11 = e4.type === 1 ? SOCKFS.websocket_sock_ops.getPeer(e4, e4.daddr, e4.dport) : null;
    return (e4.recv_queue.length || !r11 || r11 && r11.socket.readyState === r11.socket.CLOSING || r11 && r11.socket.readyState === r11.socket.CLOSED) && (t33 |= 65), (!r11 || r11 && r11.socket.readyState === r11.socket.OPEN) && (t33 |= 4), (r11 && r11.socket.readyState === r11.socket.CLOSING || r11 && r11.socket.readyState === r11.socket.CLOSED) && (e4.connecting ? t33 |= 4 : t33 |= 8208), t33;
  }, ioctl(e4, t33, r11) {
    switch (t33) {
      case 21531:
        var _3 = 0;
        return e4.recv_queue.length && (_3 = e4.recv_queue[0].data.length), HEAP32[r11 >> 2] = _3, 0;
      case 21537:
        var n3 = HEAP32[r11 >> 2];
        return n3 ? e4.stream.flags |= 2048 : e4.stream.flags &= -2049, 0;
      default:
        return 28;
    }
  }, close(e4) {
    if (e4.listening = false, e4.server) {
      try {
        e4.server.close();
      } catch {
      }
      e4.server = null;
    }
    for (var t33 of Object.values(e4.peers)) {
      try {
        t33.socket.close();
      } catch {
      }
      SOCKFS.websocket_sock_ops.removePeer(e4, t33);
    }
    return 0;
  }, bind(e4, t33, r11) {
    if (typeof e4.saddr < "u" || typeof e4.sport < "u") throw new FS.ErrnoError(28);
    if (e4.saddr = t33, e4.sport = r11, e4.type === 2) {
      e4.server && (e4.server.close(), e4.server = null);
      try {
        e4.sock_ops.listen(e4, 0);
      } catch (_3) {
        if (_3.name !== "ErrnoError" || _3.errno !== 138) throw _3;
      }
    }
  }, connect(e4, t33, r11) {
    if (e4.server) throw new FS.ErrnoError(138);
    if (typeof e4.daddr < "u" && typeof e4.dport < "u") {
      var _3 = SOCKFS.websocket_sock_ops.getPeer(e4, e4.daddr, e4.dport);
      if (_3) throw _3.socket.readyState === _3.socket.CONNECTING ? new FS.ErrnoError(7) : new FS.ErrnoError(30);
    }
    var n3 = SOCKFS.websocket_sock_ops.createPeer(e4, t33, r11);
    e4.daddr = n3.addr, e4.dport = n3.port, e4.connecting = true;
  }, listen(e4, t33) {
    if (!ENVIRONMENT_IS_NODE) throw new FS.ErrnoError(138);
    if (e4.server || e4.listening) throw new FS.ErrnoError(28);
    var r11 = require("ws").Server, _3 = e4.saddr;
    e4.server = new r11({ host: _3, port: e4.sport }), e4.listening = true, SOCKFS.emit("listen", e4.stream.fd), e4.server.on("connection", (n3) => {
      if (e4.type === 1) {
        var a16 = SOCKFS.createSocket(e4.family, e4.type, e4.protocol), i7 = SOCKFS.websocket_sock_ops.createPeer(a16, n3);
        a16.daddr = i7.addr, a16.dport = i7.port, e4.pending.push(a16), SOCKFS.emit("connection", a16.stream.fd), e4.stream.node.notifyListeners(65);
      } else SOCKFS.websocket_sock_ops.createPeer(e4, n3), SOCKFS.emit("connection", e4.stream.fd);
    }), e4.server.on("close", () => {
      SOCKFS.emit("close", e4.stream.fd), e4.server = null;
    }), e4.server.on("error", (n3) => {
      if (e4.error = n3.code && ERRNO_CODES[n3.code] || 29, SOCKFS.emit("error", [e4.stream.fd, e4.error, n3.message || n3.code || "Server error"]), e4.server) {
        try {
          e4.server.close();
        } catch {
        }
        e4.server = null;
      }
    });
  }, accept(e4) {
    if (e4.error) {
      var t33 = e4.error;
      throw e4.error = null, new FS.ErrnoError(t33);
    }
    if (!e4.server || !e4.pending.length) throw new FS.ErrnoError(28);
    var r11 = e4.pending.shift();
    return r11.stream.flags = e4.stream.flags, r11;
  }, getname(e4, t33) {
    var r11, _3;
    if (t33) {
      if (e4.daddr === void 0 || e4.dport === void 0) throw new FS.ErrnoError(53);
      r11 = e4.daddr, _3 = e4.dport;
    } else r11 = e4.saddr || 0, _3 = e4.sport || 0;
    return { addr: r11, port: _3 };
  }, sendmsg(e4, t33, r11, _3, n3, a16) {
    if (e4.type === 2) {
      if ((n3 === void 0 || a16 === void 0) && (n3 = e4.daddr, a16 = e4.dport), n3 === void 0 || a16 === void 0) throw new FS.ErrnoError(17);
    } else n3 = e4.daddr, a16 = e4.dport;
    var i7 = SOCKFS.websocket_sock_ops.getPeer(e4, n3, a16);
    if (e4.type === 1 && (!i7 || i7.socket.readyState === i7.socket.CLOSING || i7.socket.readyState === i7.socket.CLOSED)) throw new FS.ErrnoError(53);
    ArrayBuffer.isView(t33) && (r11 += t33.byteOffset, t33 = t33.buffer);
    var l2 = t33.slice(r11, r11 + _3);
    if (!i7 || i7.socket.readyState !== i7.socket.OPEN) return e4.type === 2 && (!i7 || i7.socket.readyState === i7.socket.CLOSING || i7.socket.readyState === i7.socket.CLOSED) && (i7 = SOCKFS.websocket_sock_ops.createPeer(e4, n3, a16)), i7.msg_send_queue.push(l2), _3;
    try {
      return i7.socket.send(l2), _3;
    } catch {
      throw new FS.ErrnoError(28);
    }
  }, recvmsg(e4, t33, r11) {
    if (e4.type === 1 && e4.server) throw new FS.ErrnoError(53);
    var _3 = r11 & 2, n3 = e4.recv_queue[0];
    if (!n3) {
      if (e4.type === 1) {
        var a16 = SOCKFS.websocket_sock_ops.getPeer(e4, e4.daddr, e4.dport);
        if (!a16) throw new FS.ErrnoError(53);
        if (a16.socket.readyState === a16.socket.CLOSING || a16.socket.readyState === a16.socket.CLOSED) return null;
        throw new FS.ErrnoError(6);
      }
      throw new FS.ErrnoError(6);
    }
    var i7 = n3.data.byteLength || n3.data.length, l2 = n3.data.byteOffset || 0, o9 = n3.data.buffer || n3.data, s4 = Math.min(t33, i7), c6 = { buffer: new Uint8Array(o9, l2, s4), addr: n3.addr, port: n3.port };
    if (_3) return c6;
    if (e4.recv_queue.shift(), e4.type === 1 && s4 < i7) {
      var p7 = i7 - s4;
      n3.data = new Uint8Array(o9, l2 + s4, p7), e4.recv_queue.unshift(n3);
    }
    return c6;
  } } }, getSocketFromFD = (e4) => {
    var t33 = SOCKFS.getSocket(e4);
    if (!t33) throw new FS.ErrnoError(8);
    return t33;
  }, inetPton4 = (e4) => {
    for (var t33 = e4.split("."), r11 = 0; r11 < 4; r11++) {
      var _3 = Number(t33[r11]);
      if (isNaN(_3)) return null;
      t33[r11] = _3;
    }
    return (t33[0] | t33[1] << 8 | t33[2] << 16 | t33[3] << 24) >>> 0;
  }, inetPton6 = (e4) => {
    var t33, r11, _3, n3, a16 = [];
    if (!/^((?=.*::)(?!.*::.+::)(::)?([\dA-F]{1,4}:(:|\b)|){5}|([\dA-F]{1,4}:){6})((([\dA-F]{1,4}((?!\3)::|:\b|$))|(?!\2\3)){2}|(((2[0-4]|1\d|[1-9])?\d|25[0-5])\.?\b){4})$/i.test(e4)) return null;
    if (e4 === "::") return [0, 0, 0, 0, 0, 0, 0, 0];
    for (e4.startsWith("::") ? e4 = e4.replace("::", "Z:") : e4 = e4.replace("::", ":Z:"), e4.indexOf(".") > 0 ? (e4 = e4.replace(new RegExp("[.]", "g"), ":"), t33 = e4.split(":"), t33[t33.length - 4] = Number(t33[t33.length - 4]) + Number(t33[t33.length - 3]) * 256, t33[t33.length - 3] = Number(t33[t33.length - 2]) + Number(t33[t33.length - 1]) * 256, t33 = t33.slice(0, t33.length - 2)) : t33 = e4.split(":"), _3 = 0, n3 = 0, r11 = 0; r11 < t33.length; r11++) if (typeof t33[r11] == "string") if (t33[r11] === "Z") {
      for (n3 = 0; n3 < 8 - t33.length + 1; n3++) a16[r11 + n3] = 0;
      _3 = n3 - 1;
    } else a16[r11 + _3] = _htons(parseInt(t33[r11], 16));
    else a16[r11 + _3] = t33[r11];
    return [a16[1] << 16 | a16[0], a16[3] << 16 | a16[2], a16[5] << 16 | a16[4], a16[7] << 16 | a16[6]];
  }, DNS = { address_map: { id: 1, addrs: {}, names: {} }, lookup_name(e4) {
    var t33 = inetPton4(e4);
    if (t33 !== null || (t33 = inetPton6(e4), t33 !== null)) return e4;
    var r11;
    if (DNS.address_map.addrs[e4]) r11 = DNS.address_map.addrs[e4];
    else {
      var _3 = DNS.address_map.id++;
      r11 = "172.29." + (_3 & 255) + "." + (_3 & 65280), DNS.address_map.names[r11] = e4, DNS.address_map.addrs[e4] = r11;
    }
    return r11;
  }, lookup_addr(e4) {
    return DNS.address_map.names[e4] ? DNS.address_map.names[e4] : null;
  } }, writeSockaddr = (e4, t33, r11, _3, n3) => {
    switch (t33) {
      case 2:
        r11 = inetPton4(DNS.lookup_name(r11)), zeroMemory(e4, 16), n3 && (HEAP32[n3 >> 2] = 16), HEAP16[e4 >> 1] = t33, HEAP32[e4 + 4 >> 2] = r11, HEAP16[e4 + 2 >> 1] = _htons(_3);
        break;
      case 10:
        r11 = inetPton6(DNS.lookup_name(r11)), zeroMemory(e4, 28), n3 && (HEAP32[n3 >> 2] = 28), HEAP32[e4 >> 2] = t33, HEAP32[e4 + 8 >> 2] = r11[0], HEAP32[e4 + 12 >> 2] = r11[1], HEAP32[e4 + 16 >> 2] = r11[2], HEAP32[e4 + 20 >> 2] = r11[3], HEAP16[e4 + 2 >> 1] = _htons(_3);
        break;
      default:
        return 5;
    }
    return 0;
  };
  function ___syscall_accept4(e4, t33, r11) {
    try {
      var _3 = getSocketFromFD(e4), n3 = _3.sock_ops.accept(_3);
      return t33 && writeSockaddr(t33, n3.family, n3.daddr, n3.dport, r11), n3.stream.fd;
    } catch (a16) {
      if (typeof FS > "u" || a16.name !== "ErrnoError") throw a16;
      return -a16.errno;
    }
  }
  ___syscall_accept4.sig = "iippiii";
  var inetNtop4 = (e4) => (e4 & 255) + "." + (e4 >> 8 & 255) + "." + (e4 >> 16 & 255) + "." + (e4 >> 24 & 255), inetNtop6 = (e4) => {
    var t33 = "", r11 = 0, _3 = 0, n3 = 0, a16 = 0, i7 = 0, l2 = 0, o9 = [e4[0] & 65535, e4[0] >> 16, e4[1] & 65535, e4[1] >> 16, e4[2] & 65535, e4[2] >> 16, e4[3] & 65535, e4[3] >> 16], s4 = true, c6 = "";
    for (l2 = 0; l2 < 5; l2++) if (o9[l2]) {
      s4 = false;
      break;
    }
    if (s4) {
      if (c6 = inetNtop4(o9[6] | o9[7] << 16), o9[5] === -1) return t33 = "::ffff:", t33 += c6, t33;
      if (!o9[5]) return t33 = "::", c6 === "0.0.0.0" && (c6 = ""), c6 === "0.0.0.1" && (c6 = "1"), t33 += c6, t33;
    }
    for (r11 = 0; r11 < 8; r11++) o9[r11] || (r11 - n3 > 1 && (i7 = 0), n3 = r11, i7++), i7 > _3 && (_3 = i7, a16 = r11 - _3 + 1);
    for (r11 = 0; r11 < 8; r11++) {
      if (_3 > 1 && !o9[r11] && r11 >= a16 && r11 < a16 + _3) {
        r11 === a16 && (t33 += ":", a16 || (t33 += ":"));
        continue;
      }
      t33 += Number(_ntohs(o9[r11] & 65535)).toString(16), t33 += r11 < 7 ? ":" : "";
    }
    return t33;
  }, readSockaddr = (e4, t33) => {
    var r11 = HEAP16[e4 >> 1], _3 = _ntohs(HEAPU16[e4 + 2 >> 1]), n3;
    switch (r11) {
      case 2:
        if (t33 !== 16) return { errno: 28 };
        n3 = HEAP32[e4 + 4 >> 2], n3 = inetNtop4(n3);
        break;
      case 10:
        if (t33 !== 28) return { errno: 28 };
        n3 = [HEAP32[e4 + 8 >> 2], HEAP32[e4 + 12 >> 2], HEAP32[e4 + 16 >> 2], HEAP32[e4 + 20 >> 2]], n3 = inetNtop6(n3);
        break;
      default:
        return { errno: 5 };
    }
    return { family: r11, addr: n3, port: _3 };
  }, getSocketAddress = (e4, t33) => {
    var r11 = readSockaddr(e4, t33);
    if (r11.errno) throw new FS.ErrnoError(r11.errno);
    return r11.addr = DNS.lookup_addr(r11.addr) || r11.addr, r11;
  };
  function ___syscall_bind(e4, t33, r11) {
    try {
      var _3 = getSocketFromFD(e4), n3 = getSocketAddress(t33, r11);
      return _3.sock_ops.bind(_3, n3.addr, n3.port), 0;
    } catch (a16) {
      if (typeof FS > "u" || a16.name !== "ErrnoError") throw a16;
      return -a16.errno;
    }
  }
  ___syscall_bind.sig = "iipiiii";
  var SYSCALLS = { currentUmask: 18, calculateAt(e4, t33, r11 = false) {
    if (PATH.isAbs(t33)) return t33;
    var _3;
    if (e4 === -100) _3 = FS.cwd();
    else {
      var n3 = SYSCALLS.getStreamFromFD(e4);
      _3 = n3.path;
    }
    if (t33.length == 0) {
      if (!r11) throw new FS.ErrnoError(44);
      return _3;
    }
    return _3 + "/" + t33;
  }, writeStat(e4, t33) {
    HEAPU32[e4 >> 2] = t33.dev, HEAPU32[e4 + 4 >> 2] = t33.mode, HEAPU32[e4 + 8 >> 2] = t33.nlink, HEAPU32[e4 + 12 >> 2] = t33.uid, HEAPU32[e4 + 16 >> 2] = t33.gid, HEAPU32[e4 + 20 >> 2] = t33.rdev, HEAP64[e4 + 24 >> 3] = BigInt(t33.size), HEAP32[e4 + 32 >> 2] = 4096, HEAP32[e4 + 36 >> 2] = t33.blocks;
    var r11 = t33.atime.getTime(), _3 = t33.mtime.getTime(), n3 = t33.ctime.getTime();
    return HEAP64[e4 + 40 >> 3] = BigInt(Math.floor(r11 / 1e3)), HEAPU32[e4 + 48 >> 2] = r11 % 1e3 * 1e3 * 1e3, HEAP64[e4 + 56 >> 3] = BigInt(Math.floor(_3 / 1e3)), HEAPU32[e4 + 64 >> 2] = _3 % 1e3 * 1e3 * 1e3, HEAP64[e4 + 72 >> 3] = BigInt(Math.floor(n3 / 1e3)), HEAPU32[e4 + 80 >> 2] = n3 % 1e3 * 1e3 * 1e3, HEAP64[e4 + 88 >> 3] = BigInt(t33.ino), 0;
  }, writeStatFs(e4, t33) {
    HEAPU32[e4 + 4 >> 2] = t33.bsize, HEAPU32[e4 + 60 >> 2] = t33.bsize, HEAP64[e4 + 8 >> 3] = BigInt(t33.blocks), HEAP64[e4 + 16 >> 3] = BigInt(t33.bfree), HEAP64[e4 + 24 >> 3] = BigInt(t33.bavail), HEAP64[e4 + 32 >> 3] = BigInt(t33.files), HEAP64[e4 + 40 >> 3] = BigInt(t33.ffree), HEAPU32[e4 + 48 >> 2] = t33.fsid, HEAPU32[e4 + 64 >> 2] = t33.flags, HEAPU32[e4 + 56 >> 2] = t33.namelen;
  }, doMsync(e4, t33, r11, _3, n3) {
    if (!FS.isFile(t33.node.mode)) throw new FS.ErrnoError(43);
    if (_3 & 2) return 0;
    var a16 = HEAPU8.subarray(e4, e4 + r11);
    FS.msync(t33, a16, n3, r11, _3);
  }, getStreamFromFD(e4) {
    var t33 = FS.getStreamChecked(e4);
    return t33;
  }, varargs: void 0, getStr(e4) {
    var t33 = UTF8ToString(e4);
    return t33;
  } };
  function ___syscall_chdir(e4) {
    try {
      return e4 = SYSCALLS.getStr(e4), FS.chdir(e4), 0;
    } catch (t33) {
      if (typeof FS > "u" || t33.name !== "ErrnoError") throw t33;
      return -t33.errno;
    }
  }
  ___syscall_chdir.sig = "ip";
  function ___syscall_chmod(e4, t33) {
    try {
      return e4 = SYSCALLS.getStr(e4), FS.chmod(e4, t33), 0;
    } catch (r11) {
      if (typeof FS > "u" || r11.name !== "ErrnoError") throw r11;
      return -r11.errno;
    }
  }
  ___syscall_chmod.sig = "ipi";
  function ___syscall_connect(e4, t33, r11) {
    try {
      var _3 = getSocketFromFD(e4), n3 = getSocketAddress(t33, r11);
      return _3.sock_ops.connect(_3, n3.addr, n3.port), 0;
    } catch (a16) {
      if (typeof FS > "u" || a16.name !== "ErrnoError") throw a16;
      return -a16.errno;
    }
  }
  ___syscall_connect.sig = "iipiiii";
  function ___syscall_dup(e4) {
    try {
      var t33 = SYSCALLS.getStreamFromFD(e4);
      return FS.dupStream(t33).fd;
    } catch (r11) {
      if (typeof FS > "u" || r11.name !== "ErrnoError") throw r11;
      return -r11.errno;
    }
  }
  ___syscall_dup.sig = "ii";
  function ___syscall_dup3(e4, t33, r11) {
    try {
      if (e4 === t33 || r11 & -524289) return -28;
      var _3 = SYSCALLS.getStreamFromFD(e4);
      if (t33 < 0 || t33 >= FS.MAX_OPEN_FDS) return -8;
      var n3 = FS.getStream(t33);
      n3 && FS.close(n3);
      var a16 = FS.dupStream(_3, t33);
      return r11 & 524288 && (a16.flags |= 524288), a16.fd;
    } catch (i7) {
      if (typeof FS > "u" || i7.name !== "ErrnoError") throw i7;
      return -i7.errno;
    }
  }
  ___syscall_dup3.sig = "iiii";
  function ___syscall_faccessat(e4, t33, r11) {
    try {
      if (t33 = SYSCALLS.getStr(t33), t33 = SYSCALLS.calculateAt(e4, t33), r11 & -8) return -28;
      var _3 = FS.lookupPath(t33, { follow: true }), n3 = _3.node;
      if (!n3) return -44;
      var a16 = "";
      return r11 & 4 && (a16 += "r"), r11 & 2 && (a16 += "w"), r11 & 1 && (a16 += "x"), a16 && FS.nodePermissions(n3, a16) ? -2 : 0;
    } catch (i7) {
      if (typeof FS > "u" || i7.name !== "ErrnoError") throw i7;
      return -i7.errno;
    }
  }
  ___syscall_faccessat.sig = "iipii";
  var INT53_MAX = 9007199254740992, INT53_MIN = -9007199254740992, bigintToI53Checked = (e4) => e4 < INT53_MIN || e4 > INT53_MAX ? NaN : Number(e4);
  function ___syscall_fadvise64(e4, t33, r11) {
    t33 = bigintToI53Checked(t33), r11 = bigintToI53Checked(r11);
    try {
      return SYSCALLS.getStreamFromFD(e4).seekable ? 0 : -70;
    } catch (_3) {
      if (typeof FS > "u" || _3.name !== "ErrnoError") throw _3;
      return -_3.errno;
    }
  }
  ___syscall_fadvise64.sig = "iijji";
  function ___syscall_fallocate(e4, t33, r11, _3) {
    r11 = bigintToI53Checked(r11), _3 = bigintToI53Checked(_3);
    try {
      if (isNaN(r11) || isNaN(_3)) return -22;
      if (t33 != 0) return -138;
      if (r11 < 0 || _3 < 0) return -28;
      if (!SYSCALLS.getStreamFromFD(e4).seekable) return -70;
      var n3 = FS.fstat(e4).size, a16 = r11 + _3;
      return a16 > n3 && FS.ftruncate(e4, a16), 0;
    } catch (i7) {
      if (typeof FS > "u" || i7.name !== "ErrnoError") throw i7;
      return -i7.errno;
    }
  }
  ___syscall_fallocate.sig = "iiijj";
  function ___syscall_fchmod(e4, t33) {
    try {
      return FS.fchmod(e4, t33), 0;
    } catch (r11) {
      if (typeof FS > "u" || r11.name !== "ErrnoError") throw r11;
      return -r11.errno;
    }
  }
  ___syscall_fchmod.sig = "iii";
  function ___syscall_fchmodat2(e4, t33, r11, _3) {
    try {
      var n3 = _3 & 256;
      return t33 = SYSCALLS.getStr(t33), t33 = SYSCALLS.calculateAt(e4, t33), FS.chmod(t33, r11, n3), 0;
    } catch (a16) {
      if (typeof FS > "u" || a16.name !== "ErrnoError") throw a16;
      return -a16.errno;
    }
  }
  ___syscall_fchmodat2.sig = "iipii";
  function ___syscall_fchown32(e4, t33, r11) {
    try {
      return FS.fchown(e4, t33, r11), 0;
    } catch (_3) {
      if (typeof FS > "u" || _3.name !== "ErrnoError") throw _3;
      return -_3.errno;
    }
  }
  ___syscall_fchown32.sig = "iiii";
  function ___syscall_fchownat(e4, t33, r11, _3, n3) {
    try {
      t33 = SYSCALLS.getStr(t33);
      var a16 = n3 & 256;
      return n3 &= -257, t33 = SYSCALLS.calculateAt(e4, t33), (a16 ? FS.lchown : FS.chown)(t33, r11, _3), 0;
    } catch (i7) {
      if (typeof FS > "u" || i7.name !== "ErrnoError") throw i7;
      return -i7.errno;
    }
  }
  ___syscall_fchownat.sig = "iipiii";
  var syscallGetVarargI = () => {
    var e4 = HEAP32[+SYSCALLS.varargs >> 2];
    return SYSCALLS.varargs += 4, e4;
  }, syscallGetVarargP = syscallGetVarargI;
  function ___syscall_fcntl64(e4, t33, r11) {
    SYSCALLS.varargs = r11;
    try {
      var _3 = SYSCALLS.getStreamFromFD(e4);
      switch (t33) {
        case 0:
          var n3 = syscallGetVarargI();
          if (n3 < 0) return -28;
          for (; FS.streams[n3]; ) n3++;
          var a16;
          return a16 = FS.dupStream(_3, n3), a16.fd;
        case 1:
        case 2:
          return 0;
        case 3:
          return _3.flags;
        case 4:
          return n3 = syscallGetVarargI(), _3.flags = _3.flags & -289793 | n3 & 289792, 0;
        case 12:
          return n3 = syscallGetVarargP(), HEAP16[n3 + 0 >> 1] = 2, 0;
        case 13:
        case 14:
          return 0;
      }
      return -28;
    } catch (i7) {
      if (typeof FS > "u" || i7.name !== "ErrnoError") throw i7;
      return -i7.errno;
    }
  }
  ___syscall_fcntl64.sig = "iiip";
  function ___syscall_fdatasync(e4) {
    try {
      return SYSCALLS.getStreamFromFD(e4), 0;
    } catch (t33) {
      if (typeof FS > "u" || t33.name !== "ErrnoError") throw t33;
      return -t33.errno;
    }
  }
  ___syscall_fdatasync.sig = "ii";
  function ___syscall_fstat64(e4, t33) {
    try {
      return SYSCALLS.writeStat(t33, FS.fstat(e4));
    } catch (r11) {
      if (typeof FS > "u" || r11.name !== "ErrnoError") throw r11;
      return -r11.errno;
    }
  }
  ___syscall_fstat64.sig = "iip";
  function ___syscall_ftruncate64(e4, t33) {
    t33 = bigintToI53Checked(t33);
    try {
      return isNaN(t33) ? -22 : (FS.ftruncate(e4, t33), 0);
    } catch (r11) {
      if (typeof FS > "u" || r11.name !== "ErrnoError") throw r11;
      return -r11.errno;
    }
  }
  ___syscall_ftruncate64.sig = "iij";
  function ___syscall_getcwd(e4, t33) {
    try {
      if (!t33) return -28;
      var r11 = FS.cwd(), _3 = lengthBytesUTF8(r11) + 1;
      return t33 < _3 ? -68 : (stringToUTF8(r11, e4, t33), _3);
    } catch (n3) {
      if (typeof FS > "u" || n3.name !== "ErrnoError") throw n3;
      return -n3.errno;
    }
  }
  ___syscall_getcwd.sig = "ipp";
  function ___syscall_getdents64(e4, t33, r11) {
    try {
      var _3 = SYSCALLS.getStreamFromFD(e4);
      _3.getdents || (_3.getdents = FS.readdir(_3.path));
      for (var n3 = 0, a16 = FS.llseek(_3, 0, 1), i7 = Math.floor(a16 / 280), l2 = Math.min(_3.getdents.length, i7 + Math.floor(r11 / 280)), o9 = i7; o9 < l2; o9++) {
        var s4, c6, p7 = _3.getdents[o9];
        if (p7 === ".") s4 = _3.node.id, c6 = 4;
        else if (p7 === "..") {
          var d5 = FS.lookupPath(_3.path, { parent: true });
          s4 = d5.node.id, c6 = 4;
        } else {
          var u3;
          try {
            u3 = FS.lookupNode(_3.node, p7);
          } catch (f5) {
            if (f5?.errno === 28) continue;
            throw f5;
          }
          s4 = u3.id, c6 = FS.isChrdev(u3.mode) ? 2 : FS.isDir(u3.mode) ? 4 : FS.isLink(u3.mode) ? 10 : 8;
        }
        HEAP64[t33 + n3 >> 3] = BigInt(s4), HEAP64[t33 + n3 + 8 >> 3] = BigInt((o9 + 1) * 280), HEAP16[t33 + n3 + 16 >> 1] = 280, HEAP8[t33 + n3 + 18] = c6, stringToUTF8(p7, t33 + n3 + 19, 256), n3 += 280;
      }
      return FS.llseek(_3, o9 * 280, 0), n3;
    } catch (f5) {
      if (typeof FS > "u" || f5.name !== "ErrnoError") throw f5;
      return -f5.errno;
    }
  }
  ___syscall_getdents64.sig = "iipp";
  var ___syscall_getegid32 = () => 0;
  ___syscall_getegid32.sig = "i";
  var ___syscall_geteuid32 = () => 0;
  ___syscall_geteuid32.sig = "i";
  var ___syscall_getgid32 = () => 0;
  ___syscall_getgid32.sig = "i";
  var ___syscall_getuid32 = () => 0;
  ___syscall_getuid32.sig = "i";
  function ___syscall_ioctl(e4, t33, r11) {
    SYSCALLS.varargs = r11;
    try {
      var _3 = SYSCALLS.getStreamFromFD(e4);
      switch (t33) {
        case 21509:
          return _3.tty ? 0 : -59;
        case 21505:
          if (!_3.tty) return -59;
          if (_3.tty.ops.ioctl_tcgets) {
            var n3 = _3.tty.ops.ioctl_tcgets(_3), a16 = syscallGetVarargP();
            HEAP32[a16 >> 2] = n3.c_iflag || 0, HEAP32[a16 + 4 >> 2] = n3.c_oflag || 0, HEAP32[a16 + 8 >> 2] = n3.c_cflag || 0, HEAP32[a16 + 12 >> 2] = n3.c_lflag || 0;
            for (var i7 = 0; i7 < 32; i7++) HEAP8[a16 + i7 + 17] = n3.c_cc[i7] || 0;
            return 0;
          }
          return 0;
        case 21510:
        case 21511:
        case 21512:
          return _3.tty ? 0 : -59;
        case 21506:
        case 21507:
        case 21508:
          if (!_3.tty) return -59;
          if (_3.tty.ops.ioctl_tcsets) {
            a16 = syscallGetVarargP();
            var l2 = HEAP32[a16 >> 2], o9 = HEAP32[a16 + 4 >> 2], s4 = HEAP32[a16 + 8 >> 2], c6 = HEAP32[a16 + 12 >> 2], p7 = [];
            for (i7 = 0; i7 < 32; i7++) p7.push(HEAP8[a16 + i7 + 17]);
            return _3.tty.ops.ioctl_tcsets(_3.tty, t33, { c_iflag: l2, c_oflag: o9, c_cflag: s4, c_lflag: c6, c_cc: p7 });
          }
          return 0;
        case 21519:
          return _3.tty ? (a16 = syscallGetVarargP(), HEAP32[a16 >> 2] = 0, 0) : -59;
        case 21520:
          return _3.tty ? -28 : -59;
        case 21537:
        case 21531:
          return a16 = syscallGetVarargP(), FS.ioctl(_3, t33, a16);
        case 21523:
          if (!_3.tty) return -59;
          if (_3.tty.ops.ioctl_tiocgwinsz) {
            var d5 = _3.tty.ops.ioctl_tiocgwinsz(_3.tty);
            a16 = syscallGetVarargP(), HEAP16[a16 >> 1] = d5[0], HEAP16[a16 + 2 >> 1] = d5[1];
          }
          return 0;
        case 21524:
          return _3.tty ? 0 : -59;
        case 21515:
          return _3.tty ? 0 : -59;
        default:
          return -28;
      }
    } catch (u3) {
      if (typeof FS > "u" || u3.name !== "ErrnoError") throw u3;
      return -u3.errno;
    }
  }
  ___syscall_ioctl.sig = "iiip";
  function ___syscall_linkat(e4, t33, r11, _3, n3) {
    try {
      return t33 = SYSCALLS.getStr(t33), _3 = SYSCALLS.getStr(_3), t33 = SYSCALLS.calculateAt(e4, t33), _3 = SYSCALLS.calculateAt(r11, _3), FS.link(t33, _3, n3), 0;
    } catch (a16) {
      if (typeof FS > "u" || a16.name !== "ErrnoError") throw a16;
      return -a16.errno;
    }
  }
  ___syscall_linkat.sig = "iipipi";
  function ___syscall_listen(e4, t33) {
    try {
      var r11 = getSocketFromFD(e4);
      return r11.sock_ops.listen(r11, t33), 0;
    } catch (_3) {
      if (typeof FS > "u" || _3.name !== "ErrnoError") throw _3;
      return -_3.errno;
    }
  }
  ___syscall_listen.sig = "iiiiiii";
  function ___syscall_lstat64(e4, t33) {
    try {
      return e4 = SYSCALLS.getStr(e4), SYSCALLS.writeStat(t33, FS.lstat(e4));
    } catch (r11) {
      if (typeof FS > "u" || r11.name !== "ErrnoError") throw r11;
      return -r11.errno;
    }
  }
  ___syscall_lstat64.sig = "ipp";
  function ___syscall_mkdirat(e4, t33, r11) {
    try {
      return t33 = SYSCALLS.getStr(t33), t33 = SYSCALLS.calculateAt(e4, t33), r11 &= ~SYSCALLS.currentUmask, FS.mkdir(t33, r11), 0;
    } catch (_3) {
      if (typeof FS > "u" || _3.name !== "ErrnoError") throw _3;
      return -_3.errno;
    }
  }
  ___syscall_mkdirat.sig = "iipi";
  function ___syscall_newfstatat(e4, t33, r11, _3) {
    try {
      t33 = SYSCALLS.getStr(t33);
      var n3 = _3 & 256, a16 = _3 & 4096;
      return _3 &= -6401, t33 = SYSCALLS.calculateAt(e4, t33, a16), SYSCALLS.writeStat(r11, n3 ? FS.lstat(t33) : FS.stat(t33));
    } catch (i7) {
      if (typeof FS > "u" || i7.name !== "ErrnoError") throw i7;
      return -i7.errno;
    }
  }
  ___syscall_newfstatat.sig = "iippi";
  function ___syscall_openat(e4, t33, r11, _3) {
    SYSCALLS.varargs = _3;
    try {
      t33 = SYSCALLS.getStr(t33), t33 = SYSCALLS.calculateAt(e4, t33);
      var n3 = _3 ? syscallGetVarargI() : 0;
      return r11 & 64 && (n3 &= ~SYSCALLS.currentUmask), FS.open(t33, r11, n3).fd;
    } catch (a16) {
      if (typeof FS > "u" || a16.name !== "ErrnoError") throw a16;
      return -a16.errno;
    }
  }
  ___syscall_openat.sig = "iipip";
  var PIPEFS = { BUCKET_BUFFER_SIZE: 8192, mount(e4) {
    return FS.createNode(null, "/", 16895, 0);
  }, createPipe() {
    var e4 = { buckets: [], writerCount: 1, writeClosed: false, readerCount: 1, readClosed: false, timestamp: /* @__PURE__ */ new Date() };
    e4.buckets.push({ buffer: new Uint8Array(PIPEFS.BUCKET_BUFFER_SIZE), offset: 0, roffset: 0 });
    var t33 = PIPEFS.nextname(), r11 = PIPEFS.nextname(), _3 = FS.createNode(PIPEFS.root, t33, 4096, 0), n3 = FS.createNode(PIPEFS.root, r11, 4096, 0);
    _3.pipe = e4, n3.pipe = e4, e4.readNode = _3, e4.writeNode = n3;
    var a16 = FS.createStream({ path: t33, node: _3, flags: 0, seekable: false, stream_ops: PIPEFS.stream_ops });
    _3.stream = a16;
    var i7 = FS.createStream({ path: r11, node: n3, flags: 1, seekable: false, stream_ops: PIPEFS.stream_ops });
    return n3.stream = i7, { readable_fd: a16.fd, writable_fd: i7.fd };
  }, stream_ops: { getattr(e4) {
    var t33 = e4.node, r11 = t33.pipe.timestamp;
    return { dev: 14, ino: t33.id, mode: 4480, nlink: 1, uid: 0, gid: 0, rdev: 0, size: 0, atime: r11, mtime: r11, ctime: r11, blksize: 4096, blocks: 0 };
  }, poll(e4) {
    var t33 = e4.node.pipe;
    if ((e4.flags & 2097155) === 1) {
      var r11 = 260;
      return t33.readClosed && (r11 |= 8), r11;
    }
    r11 = 0;
    for (var _3 of t33.buckets) if (_3.offset - _3.roffset > 0) {
      r11 = 65;
      break;
    }
    return t33.writeClosed && (r11 |= 17), r11;
  }, dup(e4) {
    var t33 = e4.node.pipe;
    (e4.flags & 2097155) === 1 ? t33.writerCount++ : t33.readerCount++;
  }, ioctl(e4, t33, r11) {
    if (t33 == 21531) {
      var _3 = e4.node.pipe, n3 = 0;
      for (var a16 of _3.buckets) n3 += a16.offset - a16.roffset;
      return HEAP32[r11 >> 2] = n3, 0;
    }
    return 28;
  }, fsync(e4) {
    return 28;
  }, read(e4, t33, r11, _3, n3) {
    var a16 = e4.node.pipe, i7 = 0;
    for (var l2 of a16.buckets) i7 += l2.offset - l2.roffset;
    var o9 = t33.subarray(r11, r11 + _3);
    if (_3 <= 0) return 0;
    if (i7 == 0) throw new FS.ErrnoError(6);
    var s4 = Math.min(i7, _3), c6 = s4, p7 = 0;
    for (var l2 of a16.buckets) {
      var d5 = l2.offset - l2.roffset;
      if (s4 <= d5) {
        var u3 = l2.buffer.subarray(l2.roffset, l2.offset);
        s4 < d5 ? (u3 = u3.subarray(0, s4), l2.roffset += s4) : p7++, o9.set(u3);
        break;
      } else u3 = l2.buffer.subarray(l2.roffset, l2.offset), o9.set(u3), o9 = o9.subarray(u3.byteLength), s4 -= u3.byteLength, p7++;
    }
    return p7 && p7 == a16.buckets.length && (p7--, a16.buckets[p7].offset = 0, a16.buckets[p7].roffset = 0), a16.buckets.splice(0, p7), c6;
  }, write(e4, t33, r11, _3, n3) {
    var a16 = e4.node.pipe, i7 = t33.subarray(r11, r11 + _3), l2 = i7.byteLength;
    if (l2 <= 0) return 0;
    var o9 = null;
    a16.buckets.length == 0 ? (o9 = { buffer: new Uint8Array(PIPEFS.BUCKET_BUFFER_SIZE), offset: 0, roffset: 0 }, a16.buckets.push(o9)) : o9 = a16.buckets[a16.buckets.length - 1];
    var s4 = PIPEFS.BUCKET_BUFFER_SIZE - o9.offset;
    if (s4 >= l2) return o9.buffer.set(i7, o9.offset), o9.offset += l2, a16.readNode.notifyListeners(65), l2;
    s4 > 0 && (o9.buffer.set(i7.subarray(0, s4), o9.offset), o9.offset += s4, i7 = i7.subarray(s4, i7.byteLength));
    for (var c6 = i7.byteLength / PIPEFS.BUCKET_BUFFER_SIZE | 0, p7 = i7.byteLength % PIPEFS.BUCKET_BUFFER_SIZE, d5 = 0; d5 < c6; d5++) {
      var u3 = { buffer: new Uint8Array(PIPEFS.BUCKET_BUFFER_SIZE), offset: PIPEFS.BUCKET_BUFFER_SIZE, roffset: 0 };
      a16.buckets.push(u3), u3.buffer.set(i7.subarray(0, PIPEFS.BUCKET_BUFFER_SIZE)), i7 = i7.subarray(PIPEFS.BUCKET_BUFFER_SIZE, i7.byteLength);
    }
    return p7 > 0 && (u3 = { buffer: new Uint8Array(PIPEFS.BUCKET_BUFFER_SIZE), offset: i7.byteLength, roffset: 0 }, a16.buckets.push(u3), u3.buffer.set(i7)), a16.readNode.notifyListeners(65), l2;
  }, close(e4) {
    var t33 = e4.node.pipe;
    (e4.flags & 2097155) === 1 ? --t33.writerCount || (t33.writeClosed = true, t33.readNode.notifyListeners(81)) : --t33.readerCount || (t33.readClosed = true, t33.writeNode.notifyListeners(268)), !t33.readerCount && !t33.writerCount && (t33.buckets = null);
  } }, nextname() {
    return PIPEFS.nextname.current || (PIPEFS.nextname.current = 0), "pipe[" + PIPEFS.nextname.current++ + "]";
  } };
  function ___syscall_pipe2(e4, t33) {
    try {
      if (e4 == 0) throw new FS.ErrnoError(21);
      if (t33 & -526337) throw new FS.ErrnoError(138);
      var r11 = PIPEFS.createPipe();
      return t33 & 2048 && (FS.getStream(r11.readable_fd).flags |= 2048, FS.getStream(r11.writable_fd).flags |= 2048), HEAP32[e4 >> 2] = r11.readable_fd, HEAP32[e4 + 4 >> 2] = r11.writable_fd, 0;
    } catch (_3) {
      if (typeof FS > "u" || _3.name !== "ErrnoError") throw _3;
      return -_3.errno;
    }
  }
  ___syscall_pipe2.sig = "ipi";
  var pollOne = (e4, t33) => {
    var r11 = FS.getStream(e4);
    if (!r11) return 32;
    var _3 = r11.stream_ops?.poll?.(r11) ?? 5;
    return _3 & (56 | t33);
  }, doPollSync = (e4, t33) => {
    for (var r11 = 0, _3 = 0, n3 = e4; _3 < t33; _3++, n3 += 8) {
      var a16 = pollOne(HEAP32[n3 >> 2], HEAP16[n3 + 4 >> 1]);
      a16 && r11++, HEAP16[n3 + 6 >> 1] = a16;
    }
    return r11;
  };
  function ___syscall_poll(e4, t33) {
    try {
      var r11 = doPollSync(e4, t33);
      return r11;
    } catch (_3) {
      if (typeof FS > "u" || _3.name !== "ErrnoError") throw _3;
      return -_3.errno;
    }
  }
  ___syscall_poll.sig = "ipii";
  function ___syscall_readlinkat(e4, t33, r11, _3) {
    try {
      if (t33 = SYSCALLS.getStr(t33), t33 = SYSCALLS.calculateAt(e4, t33), _3 <= 0) return -28;
      var n3 = FS.readlink(t33), a16 = Math.min(_3, lengthBytesUTF8(n3)), i7 = HEAP8[r11 + a16];
      return stringToUTF8(n3, r11, _3 + 1), HEAP8[r11 + a16] = i7, a16;
    } catch (l2) {
      if (typeof FS > "u" || l2.name !== "ErrnoError") throw l2;
      return -l2.errno;
    }
  }
  ___syscall_readlinkat.sig = "iippp";
  function ___syscall_recvfrom(e4, t33, r11, _3, n3, a16) {
    try {
      var i7 = getSocketFromFD(e4), l2 = i7.sock_ops.recvmsg(i7, r11, _3);
      return l2 ? (n3 && writeSockaddr(n3, i7.family, l2.addr, l2.port, a16), HEAPU8.set(l2.buffer, t33), l2.buffer.byteLength) : 0;
    } catch (o9) {
      if (typeof FS > "u" || o9.name !== "ErrnoError") throw o9;
      return -o9.errno;
    }
  }
  ___syscall_recvfrom.sig = "iippipp";
  function ___syscall_renameat(e4, t33, r11, _3) {
    try {
      return t33 = SYSCALLS.getStr(t33), _3 = SYSCALLS.getStr(_3), t33 = SYSCALLS.calculateAt(e4, t33), _3 = SYSCALLS.calculateAt(r11, _3), FS.rename(t33, _3), 0;
    } catch (n3) {
      if (typeof FS > "u" || n3.name !== "ErrnoError") throw n3;
      return -n3.errno;
    }
  }
  ___syscall_renameat.sig = "iipip";
  function ___syscall_rmdir(e4) {
    try {
      return e4 = SYSCALLS.getStr(e4), FS.rmdir(e4), 0;
    } catch (t33) {
      if (typeof FS > "u" || t33.name !== "ErrnoError") throw t33;
      return -t33.errno;
    }
  }
  ___syscall_rmdir.sig = "ip";
  function ___syscall_sendto(e4, t33, r11, _3, n3, a16) {
    try {
      var i7 = getSocketFromFD(e4);
      if (!n3) return FS.write(i7.stream, HEAP8, t33, r11);
      var l2 = getSocketAddress(n3, a16);
      return i7.sock_ops.sendmsg(i7, HEAP8, t33, r11, l2.addr, l2.port);
    } catch (o9) {
      if (typeof FS > "u" || o9.name !== "ErrnoError") throw o9;
      return -o9.errno;
    }
  }
  ___syscall_sendto.sig = "iippipi";
  function ___syscall_socket(e4, t33, r11) {
    try {
      var _3 = SOCKFS.createSocket(e4, t33, r11);
      return _3.stream.fd;
    } catch (n3) {
      if (typeof FS > "u" || n3.name !== "ErrnoError") throw n3;
      return -n3.errno;
    }
  }
  ___syscall_socket.sig = "iiiiiii";
  function ___syscall_stat64(e4, t33) {
    try {
      return e4 = SYSCALLS.getStr(e4), SYSCALLS.writeStat(t33, FS.stat(e4));
    } catch (r11) {
      if (typeof FS > "u" || r11.name !== "ErrnoError") throw r11;
      return -r11.errno;
    }
  }
  ___syscall_stat64.sig = "ipp";
  function ___syscall_statfs64(e4, t33, r11) {
    try {
      return SYSCALLS.writeStatFs(r11, FS.statfs(SYSCALLS.getStr(e4))), 0;
    } catch (_3) {
      if (typeof FS > "u" || _3.name !== "ErrnoError") throw _3;
      return -_3.errno;
    }
  }
  ___syscall_statfs64.sig = "ippp";
  function ___syscall_symlinkat(e4, t33, r11) {
    try {
      return e4 = SYSCALLS.getStr(e4), r11 = SYSCALLS.getStr(r11), r11 = SYSCALLS.calculateAt(t33, r11), FS.symlink(e4, r11), 0;
    } catch (_3) {
      if (typeof FS > "u" || _3.name !== "ErrnoError") throw _3;
      return -_3.errno;
    }
  }
  ___syscall_symlinkat.sig = "ipip";
  function ___syscall_truncate64(e4, t33) {
    t33 = bigintToI53Checked(t33);
    try {
      return isNaN(t33) ? -22 : (e4 = SYSCALLS.getStr(e4), FS.truncate(e4, t33), 0);
    } catch (r11) {
      if (typeof FS > "u" || r11.name !== "ErrnoError") throw r11;
      return -r11.errno;
    }
  }
  ___syscall_truncate64.sig = "ipj";
  function ___syscall_umask(e4) {
    try {
      var t33 = SYSCALLS.currentUmask;
      return SYSCALLS.currentUmask = e4, t33;
    } catch (r11) {
      if (typeof FS > "u" || r11.name !== "ErrnoError") throw r11;
      return -r11.errno;
    }
  }
  ___syscall_umask.sig = "ii";
  function ___syscall_unlinkat(e4, t33, r11) {
    try {
      if (t33 = SYSCALLS.getStr(t33), t33 = SYSCALLS.calculateAt(e4, t33), !r11) FS.unlink(t33);
      else if (r11 === 512) FS.rmdir(t33);
      else return -28;
      return 0;
    } catch (_3) {
      if (typeof FS > "u" || _3.name !== "ErrnoError") throw _3;
      return -_3.errno;
    }
  }
  ___syscall_unlinkat.sig = "iipi";
  var readI53FromI64 = (e4) => HEAPU32[e4 >> 2] + HEAP32[e4 + 4 >> 2] * 4294967296;
  function ___syscall_utimensat(e4, t33, r11, _3) {
    try {
      var n3 = _3 & 256;
      t33 = SYSCALLS.getStr(t33), t33 = SYSCALLS.calculateAt(e4, t33, true);
      var a16, i7, l2 = Date.now();
      if (!r11) a16 = l2, i7 = l2;
      else {
        let s4 = function(c6) {
          var p7 = HEAP32[c6 + 8 >> 2];
          if (p7 == 1073741823) return l2;
          if (p7 == 1073741822) return null;
          var d5 = readI53FromI64(c6);
          return d5 * 1e3 + Math.floor(p7 / 1e6);
        };
        var o9 = s4;
        a16 = s4(r11), i7 = s4(r11 + 16);
      }
      return (i7 ?? a16) !== null && FS.utime(t33, a16, i7, n3), 0;
    } catch (s4) {
      if (typeof FS > "u" || s4.name !== "ErrnoError") throw s4;
      return -s4.errno;
    }
  }
  ___syscall_utimensat.sig = "iippi";
  var __abort_js = () => abort("");
  __abort_js.sig = "v";
  var dlSetError = (e4) => {
    var t33 = stackSave(), r11 = stringToUTF8OnStack(e4);
    ___dl_seterr(r11, 0), stackRestore(t33);
  }, dlopenInternal = (e4, t33) => {
    var r11 = UTF8ToString(e4 + 36), _3 = HEAP32[e4 + 4 >> 2];
    r11 = PATH.normalize(r11);
    var n3 = !!(_3 & 256), a16 = n3 ? null : {}, i7 = { global: n3, nodelete: !!(_3 & 4096), loadAsync: t33.loadAsync };
    if (t33.loadAsync) return loadDynamicLibrary(r11, i7, a16, e4);
    try {
      return loadDynamicLibrary(r11, i7, a16, e4);
    } catch (l2) {
      return dlSetError(`could not load dynamic lib: ${r11}
${l2}`), 0;
    }
  }, __dlopen_js = (e4) => dlopenInternal(e4, { loadAsync: false });
  __dlopen_js.sig = "pp";
  var __dlsym_js = (e4, t33, r11) => {
    t33 = UTF8ToString(t33);
    var _3, n3, a16 = LDSO.loadedLibsByHandle[e4];
    if (n3 = Object.keys(a16.exports).indexOf(t33), n3 == -1 || a16.exports[t33].stub) return dlSetError(`Tried to lookup unknown symbol "${t33}" in dynamic lib: ${a16.name}`), 0;
    if (_3 = a16.exports[t33], typeof _3 == "function") {
      var i7 = getFunctionAddress(_3);
      i7 ? _3 = i7 : (_3 = addFunction(_3, _3.sig), HEAPU32[r11 >> 2] = n3);
    }
    return _3;
  };
  __dlsym_js.sig = "pppp";
  var runtimeKeepaliveCounter = 0, __emscripten_runtime_keepalive_clear = () => {
    noExitRuntime = false, runtimeKeepaliveCounter = 0;
  };
  __emscripten_runtime_keepalive_clear.sig = "v";
  var __emscripten_throw_longjmp = () => {
    throw new EmscriptenSjLj();
  };
  __emscripten_throw_longjmp.sig = "v";
  function __gmtime_js(e4, t33) {
    e4 = bigintToI53Checked(e4);
    var r11 = new Date(e4 * 1e3);
    if (isNaN(r11.getTime())) return 1;
    HEAP32[t33 >> 2] = r11.getUTCSeconds(), HEAP32[t33 + 4 >> 2] = r11.getUTCMinutes(), HEAP32[t33 + 8 >> 2] = r11.getUTCHours(), HEAP32[t33 + 12 >> 2] = r11.getUTCDate(), HEAP32[t33 + 16 >> 2] = r11.getUTCMonth(), HEAP32[t33 + 20 >> 2] = r11.getUTCFullYear() - 1900, HEAP32[t33 + 24 >> 2] = r11.getUTCDay();
    var _3 = Date.UTC(r11.getUTCFullYear(), 0, 1, 0, 0, 0, 0), n3 = (r11.getTime() - _3) / 864e5 | 0;
    return HEAP32[t33 + 28 >> 2] = n3, 0;
  }
  __gmtime_js.sig = "ijp";
  var isLeapYear = (e4) => e4 % 4 === 0 && (e4 % 100 !== 0 || e4 % 400 === 0), MONTH_DAYS_LEAP_CUMULATIVE = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335], MONTH_DAYS_REGULAR_CUMULATIVE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334], ydayFromDate = (e4) => {
    var t33 = isLeapYear(e4.getFullYear()), r11 = t33 ? MONTH_DAYS_LEAP_CUMULATIVE : MONTH_DAYS_REGULAR_CUMULATIVE, _3 = r11[e4.getMonth()] + e4.getDate() - 1;
    return _3;
  };
  function __localtime_js(e4, t33) {
    e4 = bigintToI53Checked(e4);
    var r11 = new Date(e4 * 1e3);
    if (isNaN(r11.getTime())) return 1;
    HEAP32[t33 >> 2] = r11.getSeconds(), HEAP32[t33 + 4 >> 2] = r11.getMinutes(), HEAP32[t33 + 8 >> 2] = r11.getHours(), HEAP32[t33 + 12 >> 2] = r11.getDate(), HEAP32[t33 + 16 >> 2] = r11.getMonth(), HEAP32[t33 + 20 >> 2] = r11.getFullYear() - 1900, HEAP32[t33 + 24 >> 2] = r11.getDay();
    var _3 = ydayFromDate(r11) | 0;
    HEAP32[t33 + 28 >> 2] = _3, HEAP32[t33 + 36 >> 2] = -r11.getTimezoneOffset() * 60;
    var n3 = new Date(r11.getFullYear(), 0, 1), a16 = new Date(r11.getFullYear(), 6, 1).getTimezoneOffset(), i7 = n3.getTimezoneOffset(), l2 = (a16 != i7 && r11.getTimezoneOffset() == Math.min(i7, a16)) | 0;
    return HEAP32[t33 + 32 >> 2] = l2, 0;
  }
  __localtime_js.sig = "ijp";
  function __mmap_js(e4, t33, r11, _3, n3, a16, i7) {
    n3 = bigintToI53Checked(n3);
    try {
      var l2 = SYSCALLS.getStreamFromFD(_3), o9 = FS.mmap(l2, e4, n3, t33, r11), s4 = o9.ptr;
      return HEAP32[a16 >> 2] = o9.allocated, HEAPU32[i7 >> 2] = s4, 0;
    } catch (c6) {
      if (typeof FS > "u" || c6.name !== "ErrnoError") throw c6;
      return -c6.errno;
    }
  }
  __mmap_js.sig = "ipiiijpp";
  function __munmap_js(e4, t33, r11, _3, n3, a16) {
    a16 = bigintToI53Checked(a16);
    try {
      var i7 = SYSCALLS.getStreamFromFD(n3);
      r11 & 2 && SYSCALLS.doMsync(e4, i7, t33, _3, a16);
    } catch (l2) {
      if (typeof FS > "u" || l2.name !== "ErrnoError") throw l2;
      return -l2.errno;
    }
  }
  __munmap_js.sig = "ippiiij";
  var timers = {}, clearTimers = () => {
    for (var e4 of Object.values(timers)) clearTimeout(e4.id);
  }, handleException = (e4) => {
    if (e4 instanceof ExitStatus || e4 == "unwind") return EXITSTATUS;
    quit_(1, e4);
  }, keepRuntimeAlive = () => noExitRuntime || runtimeKeepaliveCounter > 0, _proc_exit = (e4) => {
    EXITSTATUS = e4, keepRuntimeAlive() || (Module.onExit?.(e4), ABORT = true), quit_(e4, new ExitStatus(e4));
  };
  _proc_exit.sig = "vi";
  var exitJS = (e4) => {
    EXITSTATUS = e4, keepRuntimeAlive() || exitRuntime(), _proc_exit(e4);
  }, _exit = exitJS;
  _exit.sig = "vi";
  var maybeExit = () => {
    if (!runtimeExited && !keepRuntimeAlive()) try {
      _exit(EXITSTATUS);
    } catch (e4) {
      handleException(e4);
    }
  }, callUserCallback = (e4, ...t33) => {
    if (!(runtimeExited || ABORT)) try {
      return e4(...t33);
    } catch (r11) {
      handleException(r11);
    } finally {
      maybeExit();
    }
  }, _emscripten_get_now = () => performance.now();
  _emscripten_get_now.sig = "d";
  var __setitimer_js = (e4, t33) => {
    if (timers[e4] && (clearTimeout(timers[e4].id), delete timers[e4]), !t33) return 0;
    var r11 = setTimeout(() => {
      delete timers[e4], callUserCallback(__emscripten_timeout, e4, _emscripten_get_now());
    }, t33);
    return timers[e4] = { id: r11, timeout_ms: t33 }, 0;
  };
  __setitimer_js.sig = "iid";
  var __tzset_js = (e4, t33, r11, _3) => {
    var n3 = (/* @__PURE__ */ new Date()).getFullYear(), a16 = new Date(n3, 0, 1), i7 = new Date(n3, 6, 1), l2 = a16.getTimezoneOffset(), o9 = i7.getTimezoneOffset(), s4 = Math.max(l2, o9);
    HEAPU32[e4 >> 2] = s4 * 60, HEAP32[t33 >> 2] = +(l2 != o9);
    var c6 = (u3) => {
      var f5 = u3 >= 0 ? "-" : "+", m7 = Math.abs(u3), y6 = String(Math.floor(m7 / 60)).padStart(2, "0"), v5 = String(m7 % 60).padStart(2, "0");
      return `UTC${f5}${y6}${v5}`;
    }, p7 = c6(l2), d5 = c6(o9);
    o9 < l2 ? (stringToUTF8(p7, r11, 17), stringToUTF8(d5, _3, 17)) : (stringToUTF8(p7, _3, 17), stringToUTF8(d5, r11, 17));
  };
  __tzset_js.sig = "vpppp";
  var _emscripten_date_now = () => Date.now();
  _emscripten_date_now.sig = "d";
  var nowIsMonotonic = 1, checkWasiClock = (e4) => e4 >= 0 && e4 <= 3;
  function _clock_time_get(e4, t33, r11) {
    if (t33 = bigintToI53Checked(t33), !checkWasiClock(e4)) return 28;
    var _3;
    if (e4 === 0) _3 = _emscripten_date_now();
    else if (nowIsMonotonic) _3 = _emscripten_get_now();
    else return 52;
    var n3 = Math.round(_3 * 1e6);
    return HEAP64[r11 >> 3] = BigInt(n3), 0;
  }
  _clock_time_get.sig = "iijp";
  var getHeapMax = () => 2147483648, _emscripten_get_heap_max = () => getHeapMax();
  _emscripten_get_heap_max.sig = "p";
  var growMemory = (e4) => {
    var t33 = wasmMemory.buffer.byteLength, r11 = (e4 - t33 + 65535) / 65536 | 0;
    try {
      return wasmMemory.grow(r11), updateMemoryViews(), 1;
    } catch {
    }
  }, _emscripten_resize_heap = (e4) => {
    var t33 = HEAPU8.length;
    e4 >>>= 0;
    var r11 = getHeapMax();
    if (e4 > r11) return false;
    for (var _3 = 1; _3 <= 4; _3 *= 2) {
      var n3 = t33 * (1 + 0.2 / _3);
      n3 = Math.min(n3, e4 + 100663296);
      var a16 = Math.min(r11, alignMemory(Math.max(e4, n3), 65536)), i7 = growMemory(a16);
      if (i7) return true;
    }
    return false;
  };
  _emscripten_resize_heap.sig = "ip";
  var ENV = {}, getExecutableName = () => thisProgram, getEnvStrings = () => {
    if (!getEnvStrings.strings) {
      var e4 = (globalThis.navigator?.language ?? "C").replace("-", "_") + ".UTF-8", t33 = { USER: "web_user", LOGNAME: "web_user", PATH: "/", PWD: "/", HOME: "/home/web_user", LANG: e4, _: getExecutableName() };
      for (var r11 in ENV) ENV[r11] === void 0 ? delete t33[r11] : t33[r11] = ENV[r11];
      var _3 = [];
      for (var r11 in t33) _3.push(`${r11}=${t33[r11]}`);
      getEnvStrings.strings = _3;
    }
    return getEnvStrings.strings;
  }, _environ_get = (e4, t33) => {
    var r11 = 0, _3 = 0;
    for (var n3 of getEnvStrings()) {
      var a16 = t33 + r11;
      HEAPU32[e4 + _3 >> 2] = a16, r11 += stringToUTF8(n3, a16, 1 / 0) + 1, _3 += 4;
    }
    return 0;
  };
  _environ_get.sig = "ipp";
  var _environ_sizes_get = (e4, t33) => {
    var r11 = getEnvStrings();
    HEAPU32[e4 >> 2] = r11.length;
    var _3 = 0;
    for (var n3 of r11) _3 += lengthBytesUTF8(n3) + 1;
    return HEAPU32[t33 >> 2] = _3, 0;
  };
  _environ_sizes_get.sig = "ipp";
  function _fd_close(e4) {
    try {
      var t33 = SYSCALLS.getStreamFromFD(e4);
      return FS.close(t33), 0;
    } catch (r11) {
      if (typeof FS > "u" || r11.name !== "ErrnoError") throw r11;
      return r11.errno;
    }
  }
  _fd_close.sig = "ii";
  function _fd_fdstat_get(e4, t33) {
    try {
      var r11 = SYSCALLS.getStreamFromFD(e4), _3 = r11.tty ? 2 : FS.isDir(r11.mode) ? 3 : FS.isLink(r11.mode) ? 7 : 4;
      return HEAP8[t33] = _3, HEAP16[t33 + 2 >> 1] = 0, HEAP64[t33 + 8 >> 3] = BigInt(0), HEAP64[t33 + 16 >> 3] = BigInt(0), 0;
    } catch (n3) {
      if (typeof FS > "u" || n3.name !== "ErrnoError") throw n3;
      return n3.errno;
    }
  }
  _fd_fdstat_get.sig = "iip";
  var doReadv = (e4, t33, r11, _3) => {
    for (var n3 = 0, a16 = 0; a16 < r11; a16++) {
      var i7 = HEAPU32[t33 >> 2], l2 = HEAPU32[t33 + 4 >> 2];
      t33 += 8;
      try {
        var o9 = FS.read(e4, HEAP8, i7, l2, _3);
      } catch (s4) {
        if (n3 > 0 && s4 instanceof FS.ErrnoError && (s4.errno == 6 || s4.errno == 6)) break;
        throw s4;
      }
      if (o9 < 0) return -1;
      if (n3 += o9, o9 < l2) break;
      typeof _3 < "u" && (_3 += o9);
    }
    return n3;
  };
  function _fd_pread(e4, t33, r11, _3, n3) {
    _3 = bigintToI53Checked(_3);
    try {
      if (isNaN(_3)) return 22;
      var a16 = SYSCALLS.getStreamFromFD(e4), i7 = doReadv(a16, t33, r11, _3);
      return HEAPU32[n3 >> 2] = i7, 0;
    } catch (l2) {
      if (typeof FS > "u" || l2.name !== "ErrnoError") throw l2;
      return l2.errno;
    }
  }
  _fd_pread.sig = "iippjp";
  var doWritev = (e4, t33, r11, _3) => {
    if (r11 == 1) return FS.write(e4, HEAP8, HEAPU32[t33 >> 2], HEAPU32[t33 + 4 >> 2], _3);
    for (var n3 = 0, a16 = 0, i7 = t33; a16 < r11; a16++, i7 += 8) n3 += HEAPU32[i7 + 4 >> 2];
    var l2 = new Uint8Array(n3), o9 = 0;
    for (a16 = 0; a16 < r11; a16++, t33 += 8) {
      var s4 = HEAPU32[t33 >> 2], c6 = HEAPU32[t33 + 4 >> 2];
      l2.set(HEAPU8.subarray(s4, s4 + c6), o9), o9 += c6;
    }
    return FS.write(e4, l2, 0, n3, _3);
  };
  function _fd_pwrite(e4, t33, r11, _3, n3) {
    _3 = bigintToI53Checked(_3);
    try {
      if (isNaN(_3)) return 22;
      var a16 = SYSCALLS.getStreamFromFD(e4), i7 = doWritev(a16, t33, r11, _3);
      return HEAPU32[n3 >> 2] = i7, 0;
    } catch (l2) {
      if (typeof FS > "u" || l2.name !== "ErrnoError") throw l2;
      return l2.errno;
    }
  }
  _fd_pwrite.sig = "iippjp";
  function _fd_read(e4, t33, r11, _3) {
    try {
      var n3 = SYSCALLS.getStreamFromFD(e4), a16 = doReadv(n3, t33, r11);
      return HEAPU32[_3 >> 2] = a16, 0;
    } catch (i7) {
      if (typeof FS > "u" || i7.name !== "ErrnoError") throw i7;
      return i7.errno;
    }
  }
  _fd_read.sig = "iippp";
  function _fd_seek(e4, t33, r11, _3) {
    t33 = bigintToI53Checked(t33);
    try {
      if (isNaN(t33)) return 22;
      var n3 = SYSCALLS.getStreamFromFD(e4);
      return FS.llseek(n3, t33, r11), HEAP64[_3 >> 3] = BigInt(n3.position), n3.getdents && !t33 && r11 === 0 && (n3.getdents = null), 0;
    } catch (a16) {
      if (typeof FS > "u" || a16.name !== "ErrnoError") throw a16;
      return a16.errno;
    }
  }
  _fd_seek.sig = "iijip";
  function _fd_sync(e4) {
    try {
      var t33 = SYSCALLS.getStreamFromFD(e4), r11 = t33.stream_ops?.fsync?.(t33);
      return r11;
    } catch (_3) {
      if (typeof FS > "u" || _3.name !== "ErrnoError") throw _3;
      return _3.errno;
    }
  }
  _fd_sync.sig = "ii";
  function _fd_write(e4, t33, r11, _3) {
    try {
      var n3 = SYSCALLS.getStreamFromFD(e4), a16 = doWritev(n3, t33, r11);
      return HEAPU32[_3 >> 2] = a16, 0;
    } catch (i7) {
      if (typeof FS > "u" || i7.name !== "ErrnoError") throw i7;
      return i7.errno;
    }
  }
  _fd_write.sig = "iippp";
  var _getaddrinfo = (e4, t33, r11, _3) => {
    var n3 = 0, a16 = 0, i7 = 0, l2 = 0, o9 = 0, s4 = 0, c6;
    function p7(d5, u3, f5, m7, y6, v5) {
      var k4, P6, M2;
      return P6 = d5 === 10 ? 28 : 16, y6 = d5 === 10 ? inetNtop6(y6) : inetNtop4(y6), k4 = _malloc(P6), writeSockaddr(k4, d5, y6, v5), M2 = _malloc(32), HEAP32[M2 + 4 >> 2] = d5, HEAP32[M2 + 8 >> 2] = u3, HEAP32[M2 + 12 >> 2] = f5, HEAPU32[M2 + 24 >> 2] = m7, HEAPU32[M2 + 20 >> 2] = k4, d5 === 10 ? HEAP32[M2 + 16 >> 2] = 28 : HEAP32[M2 + 16 >> 2] = 16, HEAP32[M2 + 28 >> 2] = 0, M2;
    }
    if (r11 && (i7 = HEAP32[r11 >> 2], l2 = HEAP32[r11 + 4 >> 2], o9 = HEAP32[r11 + 8 >> 2], s4 = HEAP32[r11 + 12 >> 2]), o9 && !s4 && (s4 = o9 === 2 ? 17 : 6), !o9 && s4 && (o9 = s4 === 17 ? 2 : 1), s4 || (s4 = 6), o9 || (o9 = 1), !e4 && !t33) return -2;
    if (i7 & -1088 || r11 && HEAP32[r11 >> 2] & 2 && !e4) return -1;
    if (i7 & 32) return -2;
    if (o9 && o9 !== 1 && o9 !== 2) return -7;
    if (l2 !== 0 && l2 !== 2 && l2 !== 10) return -6;
    if (t33 && (t33 = UTF8ToString(t33), a16 = parseInt(t33, 10), isNaN(a16))) return i7 & 1024 ? -2 : -8;
    if (!e4) return l2 === 0 && (l2 = 2), i7 & 1 || (l2 === 2 ? n3 = _htonl(2130706433) : n3 = [0, 0, 0, _htonl(1)]), c6 = p7(l2, o9, s4, null, n3, a16), HEAPU32[_3 >> 2] = c6, 0;
    if (e4 = UTF8ToString(e4), n3 = inetPton4(e4), n3 !== null) if (l2 === 0 || l2 === 2) l2 = 2;
    else if (l2 === 10 && i7 & 8) n3 = [0, 0, _htonl(65535), n3], l2 = 10;
    else return -2;
    else if (n3 = inetPton6(e4), n3 !== null) if (l2 === 0 || l2 === 10) l2 = 10;
    else return -2;
    return n3 != null ? (c6 = p7(l2, o9, s4, e4, n3, a16), HEAPU32[_3 >> 2] = c6, 0) : i7 & 4 ? -2 : (e4 = DNS.lookup_name(e4), n3 = inetPton4(e4), l2 === 0 ? l2 = 2 : l2 === 10 && (n3 = [0, 0, _htonl(65535), n3]), c6 = p7(l2, o9, s4, null, n3, a16), HEAPU32[_3 >> 2] = c6, 0);
  };
  _getaddrinfo.sig = "ipppp";
  var _getnameinfo = (e4, t33, r11, _3, n3, a16, i7) => {
    var l2 = readSockaddr(e4, t33);
    if (l2.errno) return -6;
    var o9 = l2.port, s4 = l2.addr;
    function c6(p7) {
      var d5 = false;
      if (r11 && _3) {
        if (p7) s4 = p7;
        else if (i7 & 8) return -2;
        var u3 = stringToUTF8(s4, r11, _3);
        u3 + 1 >= _3 && (d5 = true);
      }
      return n3 && a16 && (o9 = "" + o9, u3 = stringToUTF8(o9, n3, a16), u3 + 1 >= a16 && (d5 = true)), d5 ? -12 : 0;
    }
    return r11 && _3 && !(i7 & 1) ? c6(DNS.lookup_addr(s4)) : c6(null);
  };
  _getnameinfo.sig = "ipipipii";
  var _random_get = (e4, t33) => randomFill(HEAPU8.subarray(e4, e4 + t33));
  _random_get.sig = "ipp";
  var stringToNewUTF8 = (e4) => {
    var t33 = lengthBytesUTF8(e4) + 1, r11 = _malloc(t33);
    return r11 && stringToUTF8(e4, r11, t33), r11;
  }, removeFunction = (e4) => {
    functionsInTableMap.delete(getWasmTableEntry(e4)), setWasmTableEntry(e4, null), freeTableIndexes.push(e4);
  }, FS_createPath = (...e4) => FS.createPath(...e4), FS_unlink = (...e4) => FS.unlink(...e4), FS_createLazyFile = (...e4) => FS.createLazyFile(...e4), FS_createDevice = (...e4) => FS.createDevice(...e4), setTempRet0 = (e4) => __emscripten_tempret_set(e4), _setTempRet0 = setTempRet0, getTempRet0 = () => __emscripten_tempret_get(), _getTempRet0 = getTempRet0, _emscripten_force_exit = (e4) => {
    __emscripten_runtime_keepalive_clear(), _exit(e4);
  };
  _emscripten_force_exit.sig = "vi";
  var _sched_yield = () => 0;
  _sched_yield.sig = "i";
  var findMatchingCatch = () => (setTempRet0(0), 0), ___cxa_find_matching_catch_2 = () => findMatchingCatch([]);
  ___cxa_find_matching_catch_2.sig = "p";
  var ___cxa_find_matching_catch_3 = (e4) => findMatchingCatch([e4]);
  ___cxa_find_matching_catch_3.sig = "pp";
  class ExceptionInfo {
    constructor(t33) {
      this.excPtr = t33, this.ptr = t33 - 24;
    }
    set_type(t33) {
      HEAPU32[this.ptr + 4 >> 2] = t33;
    }
    get_type() {
      return HEAPU32[this.ptr + 4 >> 2];
    }
    set_destructor(t33) {
      HEAPU32[this.ptr + 8 >> 2] = t33;
    }
    get_destructor() {
      return HEAPU32[this.ptr + 8 >> 2];
    }
    set_caught(t33) {
      t33 = t33 ? 1 : 0, HEAP8[this.ptr + 12] = t33;
    }
    get_caught() {
      return HEAP8[this.ptr + 12] != 0;
    }
    set_rethrown(t33) {
      t33 = t33 ? 1 : 0, HEAP8[this.ptr + 13] = t33;
    }
    get_rethrown() {
      return HEAP8[this.ptr + 13] != 0;
    }
    init(t33, r11) {
      this.set_adjusted_ptr(0), this.set_type(t33), this.set_destructor(r11);
    }
    set_adjusted_ptr(t33) {
      HEAPU32[this.ptr + 16 >> 2] = t33;
    }
    get_adjusted_ptr() {
      return HEAPU32[this.ptr + 16 >> 2];
    }
  }
  var uncaughtExceptionCount = 0, __Unwind_RaiseException = () => {
    abort();
  }, ___cxa_throw = (e4, t33, r11) => {
    var _3 = new ExceptionInfo(e4);
    _3.init(t33, r11), uncaughtExceptionCount++, __Unwind_RaiseException(e4);
  };
  ___cxa_throw.sig = "vppp";
  var exceptionCaught = [], ___cxa_rethrow = () => {
    exceptionCaught.length || abort("no exception to throw");
    var e4 = exceptionCaught.at(-1), t33 = e4.excPtr;
    e4.set_rethrown(true), e4.set_caught(false), uncaughtExceptionCount++, __Unwind_RaiseException(t33);
  };
  ___cxa_rethrow.sig = "v";
  var ___cxa_begin_catch = (e4) => {
    var t33 = new ExceptionInfo(e4);
    return t33.get_caught() || (t33.set_caught(true), uncaughtExceptionCount--), t33.set_rethrown(false), exceptionCaught.push(t33), ___cxa_get_exception_ptr(e4);
  };
  ___cxa_begin_catch.sig = "pp";
  var ___cxa_end_catch = () => {
    _setThrew(0, 0);
    var e4 = exceptionCaught.pop();
    ___cxa_decrement_exception_refcount(e4.excPtr);
  };
  ___cxa_end_catch.sig = "v";
  var ___cxa_uncaught_exceptions = () => uncaughtExceptionCount;
  ___cxa_uncaught_exceptions.sig = "i";
  var ___cxa_current_primary_exception = () => {
    if (!exceptionCaught.length) return 0;
    var e4 = exceptionCaught[exceptionCaught.length - 1];
    return ___cxa_increment_exception_refcount(e4.excPtr), e4.excPtr;
  };
  ___cxa_current_primary_exception.sig = "p";
  var ___cxa_rethrow_primary_exception = (e4) => {
    if (e4) {
      var t33 = new ExceptionInfo(e4);
      t33.set_rethrown(true), t33.set_caught(false), uncaughtExceptionCount++, __Unwind_RaiseException(e4);
    }
  };
  ___cxa_rethrow_primary_exception.sig = "vp";
  var __Unwind_Resume = () => {
    abort();
  }, ___resumeException = (e4) => {
    __Unwind_Resume(e4);
  };
  ___resumeException.sig = "vp", registerWasmPlugin(), FS.createPreloadedFile = FS_createPreloadedFile, FS.preloadFile = FS_preloadFile, FS.staticInit(), ENVIRONMENT_IS_NODE && NODEFS.staticInit(), initMemory(), Module.noExitRuntime && (noExitRuntime = Module.noExitRuntime), Module.print && (out = Module.print), Module.printErr && (err = Module.printErr), Module.dynamicLibraries && (dynamicLibraries = Module.dynamicLibraries), Module.arguments && (programArgs = Module.arguments), Module.thisProgram && (thisProgram = Module.thisProgram);
  var preInit = Module.preInit;
  if (preInit) for (typeof preInit == "function" && (Module.preInit = preInit = [preInit]); preInit.length > 0; ) preInit.shift()();
  Module.callMain = callMain, Module.stackSave = stackSave, Module.stackRestore = stackRestore, Module.ENV = ENV, Module.addRunDependency = addRunDependency, Module.removeRunDependency = removeRunDependency, Module.addFunction = addFunction, Module.removeFunction = removeFunction, Module.setValue = setValue, Module.getValue = getValue, Module.UTF8ToString = UTF8ToString, Module.stringToNewUTF8 = stringToNewUTF8, Module.stringToUTF8OnStack = stringToUTF8OnStack, Module.FS_preloadFile = FS_preloadFile, Module.FS_unlink = FS_unlink, Module.FS_createPath = FS_createPath, Module.FS_createDevice = FS_createDevice, Module.FS = FS, Module.FS_createDataFile = FS_createDataFile, Module.FS_createLazyFile = FS_createLazyFile, Module.MEMFS = MEMFS, Module.PROXYFS = PROXYFS, Module.NODEFS = NODEFS, Module.IDBFS = IDBFS, Module._exit = _exit, Module._setTempRet0 = _setTempRet0, Module._getTempRet0 = _getTempRet0, Module._emscripten_force_exit = _emscripten_force_exit, Module._sched_yield = _sched_yield, Module.___cxa_find_matching_catch_2 = ___cxa_find_matching_catch_2, Module.___cxa_find_matching_catch_3 = ___cxa_find_matching_catch_3, Module.___cxa_throw = ___cxa_throw, Module.___cxa_rethrow = ___cxa_rethrow, Module.___cxa_begin_catch = ___cxa_begin_catch, Module.___cxa_end_catch = ___cxa_end_catch, Module.___cxa_uncaught_exceptions = ___cxa_uncaught_exceptions, Module.___cxa_current_primary_exception = ___cxa_current_primary_exception, Module.___cxa_rethrow_primary_exception = ___cxa_rethrow_primary_exception, Module.___resumeException = ___resumeException;
  var ASM_CONSTS = {}, _palloc0, _RelationGetNumberOfBlocksInFork, _ExtendBufferedRel, _MarkBufferDirty, _XLogBeginInsert, _XLogRegisterData, _XLogRegisterBuffer, _XLogInsert, _UnlockReleaseBuffer, _palloc, _brin_build_desc, _EnterParallelMode, _CreateParallelContext, _GetTransactionSnapshot, _RegisterSnapshot, _table_parallelscan_estimate, _add_size, _tuplesort_estimate_shared, _mul_size, _strlen, _InitializeParallelDSM, _UnregisterSnapshot, _DestroyParallelContext, _ExitParallelMode, _shm_toc_allocate, _ConditionVariableInit, _table_parallelscan_initialize, _tuplesort_initialize_shared, _shm_toc_insert, _LaunchParallelWorkers, _WaitForParallelWorkersToAttach, _s_lock, _ConditionVariableSleep, _ConditionVariableCancelSleep, _tuplesort_performsort, _AllocSetContextCreateInternal, _tuplesort_end, _MemoryContextReset, _brin_deform_tuple, _pfree, _MemoryContextDelete, _errstart_cold, _errmsg_internal, _errfinish, _log_newpage_buffer, _ProcessInterrupts, _errstart, _errcode, _errmsg, _LockBuffer, _ReleaseBuffer, _IndexGetRelation, _table_open, _ReadBufferExtended, _table_close, _build_reloptions, _RelationGetIndexScan, _pgstat_assoc_relation, _palloc0_mul, _index_getprocinfo, _fmgr_info_copy, _FunctionCall4Coll, _palloc_mul, _FunctionCall1Coll, _brin_free_desc, _WaitForParallelWorkersToFinish, _PageGetFreeSpace, _BufferGetBlockNumber, _BuildIndexInfo, _Int64GetDatum, _DirectFunctionCall2Coll, _RecoveryInProgress, _GetUserIdAndSecContext, _SetUserIdAndSecContext, _NewGUCNestLevel, _RestrictSearchPath, _index_open, _object_ownercheck, _aclcheck_error, _AtEOXact_GUC, _relation_close, _errhint, _GetUserId, _ReadBuffer, _shm_toc_lookup, _pgstat_report_activity, _tuplesort_attach_shared, _index_close, _table_beginscan_parallel, _ConditionVariableSignal, _datumCopy, _lookup_type_cache, _get_fn_opclass_options, _log, _pg_detoast_datum, _index_getprocid, _errdetail_internal, _pg_popcount_optimized, _init_local_reloptions, _initStringInfo, _appendStringInfoChar, _appendStringInfo, _FunctionCall2Coll, _SearchSysCache4, _SysCacheGetAttrNotNull, _ReleaseSysCache, _get_opcode, _fmgr_info_cxt, _Float8GetDatum, _numeric_is_nan, _numeric_float8_no_overflow, _DirectFunctionCall1Coll, _pg_detoast_datum_packed, _pg_qsort, _get_typbyval, _get_typlen, _qsort_arg, _add_local_int_reloption, _getTypeOutputInfo, _fmgr_info, _OutputFunctionCall, _cstring_to_text_with_len, _accumArrayResult, _makeArrayResult, _OidOutputFunctionCall, _cstring_to_text, _PageGetExactFreeSpace, _PageIndexTupleOverwrite, _PageInit, _PageAddItemExtended, _LockRelationForExtension, _UnlockRelationForExtension, _smgropen, _smgrpin, _ItemPointerEquals, _detoast_external_attr, _CreateTemplateTupleDesc, _TupleDescInitEntry, _repalloc, _memcmp, _SearchSysCache1, _get_opfamily_name, _SearchSysCacheList, _check_amproc_signature, _check_amoptsproc_signature, _format_procedure, _format_operator, _check_amop_signature, _identify_opfamily_groups, _format_type_be, _ReleaseCatCacheList, _format_type_with_typemod, _errdetail, _strcmp, _DatumGetEOHP, _EOH_get_flat_size, _EOH_flatten_into, _toast_raw_datum_size, _getmissingattr, _hash_create, _hash_search, _nocachegetattr, _heap_getsysattr, _heap_datum_check, _heap_datum_update_type, _heap_form_tuple, _heap_modify_tuple, _heap_deform_tuple, _heap_modify_tuple_by_cols, _lookup_rowtype_tupdesc, _DecrTupleDescRefCount, _DatumGetHeapTupleHeader, _pg_detoast_datum_copy, _heap_freetuple, _hash_bytes, _index_form_tuple, _MemoryContextAllocZero, _nocache_index_getattr, _index_deform_tuple, _CopyIndexTuple, _CreateTupleDescTruncatedCopy, _enlargeStringInfo, _slot_getsomeattrs_int, _pg_lltoa, _pg_ltoa, _pq_sendbytes, _pg_printf, _relation_open, _LockRelationOid, _RelationIdGetRelation, _try_relation_open, _SearchSysCacheExists, _UnlockRelationOid, _relation_openrv, _AcceptInvalidationMessages, _RangeVarGetRelidExtended, _RelationClose, _add_reloption_kind, _register_reloptions_validator, _lappend, _pstrdup, _add_int_reloption, _add_real_reloption, _add_enum_reloption, _add_string_reloption, _strdup, _MemoryContextStrdup, _transformRelOptions, _deconstruct_array_builtin, _strncmp, _defGetString, _strchr, _defGetBoolean, _pg_sprintf, _untransformRelOptions, _text_to_cstring, _makeString, _makeDefElem, ___errno_location, _strtoull, _psprintf, _list_make1_impl, _heap_reloptions, _index_reloptions, _strcpy, _MemoryContextAlloc, _parse_bool, _parse_int, _parse_real, _pg_strcasecmp, _ScanKeyInit, _dsm_segment_handle, _dsm_create, _dsm_segment_address, _dsa_pin_mapping, _dsm_attach, _dsm_detach, _ShmemInitStruct, _LWLockAcquire, _LWLockRelease, _LWLockConditionalAcquire, _dsa_create_ext, _dsa_allocate_extended, _dsa_get_address, _LWLockInitialize, _dsa_attach, _dsa_free, _dsa_get_total_size, _MemoryContextMemAllocated, _check_stack_depth, _GetCurrentCommandId, _toast_open_indexes, _GetNewOidWithIndex, _heap_insert, _RelationGetIndexList, _list_free, _systable_beginscan, _systable_getnext, _systable_endscan, _toast_close_indexes, _systable_beginscan_ordered, _systable_getnext_ordered, _systable_endscan_ordered, _get_toast_snapshot, _convert_tuples_by_position, _execute_attr_map_tuple, _ExecStoreVirtualTuple, _bms_is_member, _bms_add_member, _free_conversion_map, _CreateTupleDescCopy, _FreeTupleDesc, _ResourceOwnerEnlarge, _ResourceOwnerRemember, _ResourceOwnerForget, _datumIsEqual, _equalRowTypes, _hashRowType, _namestrcpy, _TupleDescInitEntryCollation, _BuildDescFromLists, _stringToNode, _get_typlenbyvalalign, _deconstruct_array, _ginCompareAttEntries, _repalloc_huge, _GinDataLeafPageGetItems, _tbm_add_tuples, _ginPostingListDecode, _ItemPointerCompare, _gintuple_get_attrnum, _gintuple_get_key, _LockPage, _UnlockPage, _vacuum_delay_point, _RecordFreeIndexPage, _IndexFreeSpaceMapVacuum, _repalloc_mul, _initGinState, _pg_prng_double, _pgstat_progress_update_param, _log_newpage_range, _GetFreeIndexPage, _ConditionalLockBuffer, _LockBufferForCleanup, _ReadNextFullTransactionId, _PageIndexMultiDelete, _list_delete_first, _lcons, _pow, _smgrnblocks, _list_free_deep, _BufFileCreateTemp, _BufFileWrite, _BufFileReadExact, _BufFileClose, _pairingheap_remove_first, _pairingheap_add, _float_overflow_error, _float8_cmp_internal, _float_underflow_error, _DirectFunctionCall5Coll, _pairingheap_allocate, _get_func_rettype, _OidFunctionCall1Coll, _GenerationContextCreate, _block_range_read_stream_cb, _read_stream_begin_relation, _read_stream_next_buffer, _read_stream_end, _estimate_rel_size, __hash_spareindex, __hash_getbuf, __hash_relbuf, __hash_get_indextuple_hashkey, _hashcharextended, _hashint8, _hashint8extended, _hash_bytes_extended, _hashfloat8, _hashfloat8extended, _pg_newlocale_from_collation, __hash_ovflblkno_to_bitno, __hash_get_totalbuckets, _hash_destroy, _list_append_unique_oid, _list_member_oid, _CommandCounterIncrement, _get_opclass_input_type, _list_concat_copy, _HeapTupleSatisfiesVisibility, _GetAccessStrategy, _FreeAccessStrategy, _heap_getnext, _ExecStoreBufferHeapTuple, _heap_fetch, _HeapTupleSatisfiesVacuum, _GetMultiXactIdMembers, _TransactionIdPrecedes, _GetBulkInsertState, _FreeBulkInsertState, _visibilitymap_clear_locked, _pgstat_count_heap_insert, _heap_multi_insert, _ExecFetchSlotHeapTuple, _heap_delete, _IsInParallelMode, _visibilitymap_pin, _HeapTupleSatisfiesUpdate, _TransactionIdIsCurrentTransactionId, _TransactionIdDidCommit, _UnlockTuple, _TransactionIdIsInProgress, _bms_free, _bms_add_members, _bms_next_member, _bms_overlap, _HeapTupleGetUpdateXid, _heap_lock_tuple, _MultiXactIdPrecedes, _heap_tuple_needs_eventual_freeze, _PrefetchBuffer, _RelationTruncate, _FlushRelationBuffers, _smgrexists, _table_slot_create, _ExecDropSingleTupleTableSlot, _CreateExecutorState, _MakePerTupleExprContext, _ExecPrepareQual, _GetOldestNonRemovableTransactionId, _FormIndexDatum, _FreeExecutorState, _MakeSingleTupleTableSlot, _tuplesort_getdatum, _ExecStoreHeapTuple, _XidInMVCCSnapshot, _bsearch, _XLogRecGetBlockTagExtended, _hash_seq_init, _hash_seq_search, _errcode_for_file_access, _pg_snprintf, _OpenTransientFile, _ftruncate, _pwrite, _CloseTransientFile, _sscanf, _unlink, _fsync_fname, _GetCurrentTimestamp, _get_database_name, _get_namespace_name, _pg_prng_uint32, _GetRecordedFreeSpace, _visibilitymap_get_status, _vac_estimate_reltuples, _WaitLatch, _ResetLatch, _clock_gettime, _WalUsageAccumDiff, _BufferUsageAccumDiff, _appendStringInfoString, _set_errcontext_domain, _errcontext_msg, _visibilitymap_prepare_truncate, _GetIndexAmRoutine, _check_enable_rls, _pg_class_aclcheck, _pg_attribute_aclcheck, _try_index_open, _btboolcmp, _btint2cmp, _btint4cmp, _btint8cmp, _btoidcmp, _btcharcmp, __bt_form_posting, __bt_mkscankey, __bt_checkpage, __bt_compare, __bt_relbuf, __bt_search, __bt_binsrch_insert, __bt_freestack, __bt_metaversion, _get_opfamily_member, _OidFunctionCall2Coll, __bt_allequalimage, ___wasm_setjmp_test, _before_shmem_exit, ___wasm_setjmp, _cancel_before_shmem_exit, _pg_re_throw, _emscripten_longjmp, _ConditionVariableBroadcast, _datum_image_eq, _time, __bt_check_natts, _strlcpy, _strncpy, _timestamptz_to_str, _XLogRecGetBlockRefInfo, _varstr_cmp, _get_atttype, _getBaseType, _exprType, _GetActiveSnapshot, _errdetail_relkind_not_supported, _table_openrv, _table_slot_callbacks, _clamp_row_est, _pre_format_elog_string, _format_elog_string, _IsTransactionState, _estimate_expression_value, _SetConfigOption, _XLogFlush, _get_call_result_type, _HeapTupleHeaderGetDatum, _GenericXLogStart, _GenericXLogRegisterBuffer, _GenericXLogFinish, _GenericXLogAbort, _errmsg_plural, _ReadNextMultiXactId, _ReadMultiXactIdRange, _MultiXactIdPrecedesOrEquals, _init_MultiFuncCall, _TupleDescGetAttInMetadata, _per_MultiFuncCall, _BuildTupleFromCStrings, _end_MultiFuncCall, _GetCurrentSubTransactionId, _GetSessionUserId, _WaitForBackgroundWorkerShutdown, _RegisterDynamicBackgroundWorker, _appendBinaryStringInfo, _pq_getmsgbyte, _ThrowErrorData, _pq_getmsgint, _pq_getmsgint64, _die, _pqsignal_be, _BackgroundWorkerUnblockSignals, _load_external_function, _BackgroundWorkerInitializeConnectionByOid, _GetDatabaseEncoding, _StartTransactionCommand, _CommitTransactionCommand, _PushActiveSnapshot, _PopActiveSnapshot, _RmgrNotFound, _InitMaterializedSRF, _tuplestore_putvalues, _pread, _lseek, _strspn, _strtoll, _AllocateFile, _fgets, _ferror, _FreeFile, _getpid, _read, _write, _durable_rename, _BlessTupleDesc, _fstat, _superuser_arg, _wal_segment_close, _wal_segment_open, _XLogReaderAllocate, _XLogReadRecord, _XLogReaderFree, _rename, _access, _IsAbortedTransactionBlockState, _GetTopFullTransactionId, _GetCurrentFullTransactionId, _GetCurrentTransactionNestLevel, _ResourceOwnerCreate, _AbortCurrentTransaction, _PreventInTransactionBlock, _IsTransactionBlock, _RegisterXactCallback, _UnregisterXactCallback, _RegisterSubXactCallback, _BeginInternalSubTransaction, _ReleaseCurrentSubTransaction, _ResourceOwnerDelete, _RollbackAndReleaseCurrentSubTransaction, _pg_usleep, _close, _ReleaseExternalFD, _GetDefaultCharSignedness, _SplitIdentifierString, _guc_malloc, _find_option, _gettimeofday, _pg_strong_random, _stat, _GetFlushRecPtr, _GetXLogReplayRecPtr, _TimestampDifferenceMilliseconds, _strtoul, _readlink, _pg_fprintf, _fflush, _pgl_system, _wait_result_to_str, _replace_percent_placeholders, _makeStringInfo, _pg_toupper, _numeric_in, _DirectFunctionCall3Coll, _palloc_extended, _pg_vsnprintf, _XLogFindNextRecord, _RestoreBlockImage, _timestamptz_in, _fscanf, _symlink, _ConditionVariableTimedSleep, _ParseDateTime, _DecodeDateTime, _tm2timestamp, _XLogRecStoreStats, _hash_get_num_entries, _read_local_xlog_page_no_wait, _escape_json_with_len, _BufFileSeek, _destroyStringInfo, _list_sort, _lstat, _pgl_geteuid, _getegid, _pg_checksum_page, _CreateDestReceiver, _bbsink_forward_end_archive, _bbsink_forward_begin_manifest, _bbsink_forward_end_manifest, _bbsink_forward_end_backup, _bbsink_forward_cleanup, _MemoryContextAllocExtended, _appendStringInfoVA, _list_concat, _strrchr, _bbsink_forward_begin_backup, _bbsink_forward_archive_contents, _bbsink_forward_begin_archive, _bbsink_forward_manifest_contents, _has_privs_of_role, _BaseBackupAddTarget, _list_copy, _tuplestore_puttuple, _isatty, _makeRangeVar, _DefineIndex, _getc, _fread, _clearerr, _OidInputFunctionCall, _copyObjectImpl, _get_rolespec_oid, _lappend_oid, _get_object_address, _makeTypeNameFromNameList, _SearchSysCacheLocked1, _SearchSysCache2, _SysCacheGetAttr, _CatalogTupleUpdate, _get_attnum, _get_rel_name, _CatalogTupleDelete, _get_namespace_oid, _SearchSysCache3, _performDeletion, _CatalogTupleInsert, _recordDependencyOn, _RunObjectPostAlterHook, _aclcheck_error_col, _get_element_type, _object_aclcheck, _isTempNamespace, _pg_attribute_aclcheck_all, _IsToastNamespace, _IsCatalogNamespace, _superuser, _SearchSysCacheAttName, _LockDatabaseObject, _new_object_addresses, _UnlockDatabaseObject, _free_object_addresses, _performMultipleDeletions, _recordDependencyOnExpr, _get_typ_typrelid, _query_tree_walker_impl, _expression_tree_walker_impl, _add_exact_object_address, _get_rel_relkind, _SystemAttributeDefinition, _get_typtype, _list_delete_last, _type_is_collatable, _CatalogOpenIndexes, _CatalogCloseIndexes, _get_relname_relid, _GetSysCacheOid, _SearchSysCacheCopy, _CheckTableNotInUse, _RelationForgetRelation, _construct_array, _make_parsestate, _addRangeTableEntryForRelation, _addNSItemToQuery, _transformExpr, _coerce_to_boolean, _assign_expr_collations, _pull_var_clause, _get_attname, _equal, _coerce_to_target_type, _nodeToString, _list_delete_nth_cell, _lappend_int, _CatalogTupleInsertWithInfo, _heap_truncate_find_FKs, _list_oid_cmp, _buildint2vector, _buildoidvector, _parser_errposition, _check_functions_in_node, _exprLocation, _exprTypmod, _get_base_element_type, _make_ands_explicit, _SystemFuncName, _CreateTrigger, _plan_create_index_workers, _GetLatestSnapshot, _make_ands_implicit, _get_rel_relispartition, _get_partition_ancestors, _tuplesort_begin_datum, _tuplesort_putdatum, _list_delete_oid, _get_rel_namespace, _ExecOpenIndices, _ExecCloseIndices, _CatalogTupleUpdateWithInfo, _ConditionalLockRelationOid, _RelnameGetRelid, _get_relkind_objtype, _isAnyTempNamespace, _RelationIsVisible, _TypenameGetTypid, _FuncnameGetCandidates, _DeconstructQualifiedName, _get_func_arg_info, _NameListToString, _OpernameGetOprid, _OpclassnameGetOpcid, _OpclassIsVisible, _get_ts_config_oid, _makeRangeVarFromNameList, _quote_identifier, _atoi, _GetSearchPathMatcher, _SearchPathMatchesCurrentEnvironment, _get_collation_oid, _GetDatabaseEncodingName, _CacheRegisterSyscacheCallback, _fetch_search_path, _get_extension_oid, _get_tablespace_oid, _get_role_oid, _get_language_oid, _get_am_oid, _get_index_am_oid, _GetForeignServerByName, _typeStringToTypeName, _makeFloat, _list_make2_impl, _check_object_ownership, _GetUserNameFromId, _format_type_extended, _quote_qualified_identifier, _get_tablespace_name, _GetForeignServerExtended, _GetForeignServer, _get_extension_name, _construct_empty_array, _format_type_be_qualified, _get_namespace_name_or_temp, _list_make3_impl, _get_am_name, _construct_md_array, _pull_varattnos, _makeBoolExpr, _eval_const_expressions, _get_func_name, _construct_array_builtin, _makeObjectName, _get_primary_key_attnos, _check_functional_grouping, _bms_is_subset, _ProcessGUCArray, _LockHeldByMe, _CheckRelationOidLockedByMe, _getExtensionOfObject, _deleteDependencyRecordsFor, _find_inheritance_children, _ActiveSnapshotSet, _find_all_inheritors, _has_superclass, _get_opname, _strstr, _memchr, _build_function_result_tupdesc_t, _CheckFunctionValidatorAccess, _AcquireRewriteLocks, _pg_parse_query, _get_func_result_type, _function_parse_error_transpose, _geterrposition, _getinternalerrposition, _pg_mblen_cstr, _pg_mbstrlen_with_len, _errposition, _internalerrposition, _internalerrquery, _bms_num_members, _list_concat_unique_oid, _ATExecChangeOwner, _quote_literal_cstr, _get_array_type, _pnstrdup, _pg_mbcliplen, _smgrtruncate, _smgrreadv, _NewRelationCreateToastTable, _parse_analyze_fixedparams, _transformStmt, _free_parsestate, _makeFromExpr, _assign_query_collations, _makeTargetEntry, _exprCollation, _transformSortClause, _transformDistinctClause, _ParseFuncOrColumn, _select_common_type, _coerce_to_common_type, _select_common_collation, _contain_vars_of_level, _expandNSItemAttrs, _makeAlias, _addRangeTableEntryForSubquery, _assign_list_collations, _expandNSItemVars, _markTargetListOrigins, _addRangeTableEntryForJoin, _list_truncate, _makeVar, _analyze_requires_snapshot, _makeNullConst, _get_sort_group_operators, _refnameNamespaceItem, _getRTEPermissionInfo, _setup_parser_errposition_callback, _cancel_parser_errposition_callback, _locate_var_of_level, _makeBoolean, _makeInteger, _makeSimpleA_Expr, _makeTypeName, _SystemTypeName, _makeFuncCall, _makeA_Expr, _list_make4_impl, _addTargetToSortList, _locate_agg_of_level, _list_intersection_int, _get_sortgroupclause_tle, _flatten_join_alias_vars, _list_member_int, _list_union_int, _makeFuncExpr, _get_rte_attribute_name, _expression_tree_mutator_impl, _checkNameSpaceConflicts, _addRangeTableEntryForENR, _addRangeTableEntry, _FigureColname, _addRangeTableEntryForFunction, _coerce_to_specific_type, _typenameTypeIdAndMod, _get_typcollation, _markNullableIfNeeded, _markVarForSelectPriv, _coerce_type, _LookupFuncName, _parserOpenTable, _strip_implicit_coercions, _colNameToVar, _op_hashjoinable, _get_commutator, _get_ordering_op_properties, _can_coerce_type, _get_sortgroupref_tle, _assignSortGroupRef, _targetIsInSortList, _contain_aggs_of_level, _find_coercion_pathway, _typeidType, _typeTypeCollation, _typeLen, _typeByVal, _get_type_category_preferred, _makeConst, _type_is_enum, _verify_common_type, _type_is_range, _bms_del_member, _list_member, _raw_expression_tree_walker_impl, _type_is_rowtype, _scanNSItemForColumn, _make_op, _make_scalar_array_op, _count_nonjunk_tlist_entries, _makeWholeRowVar, _expandRTE, _contain_var_clause, _jsonb_in, _get_func_prokind, _escape_json, _geterrcode, _bit_in, _repalloc0, _bms_union, _varstr_levenshtein_less_equal, _get_atttypetypmodcoll, _raw_parser, _errsave_start, _errsave_finish, _makeColumnDef, _GetDefaultOpClass, _transformIndexStmt, _ChooseRelationName, _deparse_context_for, _deparse_expression, _expression_planner, _scanner_init, _scanner_finish, _core_yylex, _isxdigit, _scanner_isspace, _truncate_identifier, _ScanKeywordLookup, _pg_verifymbstr, _downcase_truncate_identifier, _pg_database_encoding_max_length, _getTypeInputInfo, _RenameSchema, _check_can_set_role, _namein, _BlockSampler_Init, _reservoir_init_selection_state, _reservoir_get_next_S, _sampler_random_fract, _std_typanalyze, _BlockSampler_HasMore, _BlockSampler_Next, _Async_Notify, _RangeVarCallbackMaintainsTable, _make_new_heap, _finish_heap_swap, _RenameRelationInternal, _OpenPipeStream, _pg_is_ascii, _ClosePipeStream, _fix_opfuncids, _PreventCommandIfReadOnly, _BeginCopyFrom, _EndCopyFrom, _ProcessCopyOptions, _pg_strtoint64, _CopyFromErrorCallback, _bms_make_singleton, _ExecInitRangeTable, _ExecInitResultRelation, _ExecInitQual, _contain_volatile_functions, _NextCopyFrom, _ExecCloseResultRelations, _ExecCloseRangeTableRelations, _ExecConstraints, _ExecInsertIndexTuples, _build_column_default, _ExecInitExpr, _fileno, _NextCopyFromRawFields, _resetStringInfo, _pq_copymsgbytes, _pg_encoding_max_length, _tolower, _pg_plan_query, _PushCopiedSnapshot, _UpdateActiveSnapshotCommandId, _CreateQueryDesc, _ExecutorStart, _ExecutorFinish, _ExecutorEnd, _FreeQueryDesc, _ExecutorRun, _pg_server_to_any, _fwrite, _CreateTableAsRelExists, _QueryRewrite, _DefineRelation, _rmdir, _atof, _int8in, _oidin, _RemoveObjects, _GetCommandTagEnum, _CreateCommandTag, _GetCommandTagName, _NewExplainState, _ExplainBeginOutput, _ExplainEndOutput, _ExplainOpenGroup, _ExplainPrintPlan, _ExplainIndentText, _ExplainPropertyInteger, _ExplainCloseGroup, _ExplainPropertyFloat, _ExplainPrintTriggers, _ExplainPropertyUInteger, _ExplainPropertyText, _GetConfigOptionByName, _ExplainPrintJITSummary, _ExplainPropertyBool, _InstrEndLoop, _appendStringInfoSpaces, _ExplainQueryText, _ExplainQueryParameters, _get_func_namespace, _escape_xml, _GetExplainExtensionId, _GetExplainExtensionState, _SetExplainExtensionState, _RegisterExtensionExplainOption, _get_extension_schema, _get_function_sibling_type, _GetSysCacheHashValue, _CreateSchemaCommand, _get_rel_type_id, _set_config_option, _pg_any_to_server, _DirectFunctionCall4Coll, _replace_text, _ProcessUtility, _strpbrk, _CleanQuerytext, _GetForeignDataWrapper, _CreateExprContext, _EnsurePortalSnapshotExists, _CheckIndexCompatible, _op_input_types, _ResolveOpClass, _get_opclass_family, _get_opfamily_member_for_cmptype, _pgstat_count_truncate, _SPI_connect, _SPI_exec, _SPI_execute, _SPI_getvalue, _generate_operator_clause, _SPI_finish, _CreateTransientRelDestReceiver, _MemoryContextSetIdentifier, _checkExprHasSubLink, _MemoryContextSetParent, _copyParamList, _SetTuplestoreDestReceiverParams, _tuplestore_rescan, _MemoryContextDeleteChildren, _GetCachedPlan, _makeParamList, _ReleaseCachedPlan, _bms_equal, _func_volatile, _register_label_provider, _DefineSequence, _AlterSequence, _RangeVarCallbackOwnsRelation, _nextval, _textToQualifiedNameList, _nextval_internal, _setval_oid, _tuplestore_gettupleslot, _list_delete, _tuplestore_end, _list_append_unique, _get_rel_relam, _contain_mutable_functions, _RemoveRelations, _ExecuteTruncateGuts, _InitResultRelInfo, _AlterTableLookupRelation, _AlterTable, _AlterTableInternal, _AlterTableGetLockLevel, _pg_get_indexdef_string, _ExecStoreAllNullTuple, _chmod, _ChangeVarNodes, _tuplestore_begin_heap, _tuplestore_puttupleslot, _ExecForceStoreHeapTuple, _ExecUpdateLockMode, _bms_copy, _strtoint, _strtod, _plain_crypt_verify, _ProcessConfigFile, _pgl_exit, _dsa_get_handle, _pg_strncasecmp, _guc_free, _ExecReScan, _ExecAsyncResponse, _ExecAsyncRequestDone, _ExecAsyncRequestPending, _ExprEvalPushStep, _lookup_rowtype_tupdesc_copy, _ExecInitExprWithParams, _ExecInitExprList, _ExecGetResultType, _ExecInitExtraTupleSlot, _MakeExpandedObjectReadOnlyInternal, _tuplesort_puttupleslot, _ArrayGetNItems, _expanded_record_fetch_field, _json_validate, _JsonbValueToJsonb, _numeric_out, _boolout, _bool_int4, _lookup_rowtype_tupdesc_domain, _MemoryContextGetParent, _DeleteExpandedObject, _CreateStandaloneExprContext, _ExecFindJunkAttributeInTlist, _standard_ExecutorStart, _ExecInitNode, _standard_ExecutorRun, _standard_ExecutorFinish, _standard_ExecutorEnd, _ExecEndNode, _InstrAlloc, _MakeTupleTableSlot, _ExecWithCheckOptions, _get_typlenbyval, _ExecInitScanTupleSlot, _InputFunctionCall, _list_delete_ptr, _FreeExprContext, _ExecAssignExprContext, _ExecAssignProjectionInfo, _ExecOpenScanRelation, _bms_intersect, _GetAttributeByName, _GetAttributeByNum, _ExecGetReturningSlot, _ExecGetResultRelCheckAsUser, _MemoryContextRegisterResetCallback, _cached_function_compile, _CommandIsReadOnly, _InstrUpdateTupleCount, _tuplesort_begin_heap, _AggCheckCallContext, _tuplesort_gettupleslot, _bms_del_members, _AddWaitEventToSet, _GetNumRegisteredWaitEvents, _tuplestore_clear, _get_attstatsslot, _free_attstatsslot, _SharedFileSetInit, _SharedFileSetAttach, _tuplesort_reset, _pairingheap_first, _bms_nonempty_difference, _datum_image_hash, _tuplesort_rescan, _WinGetPartitionLocalMemory, _WinGetCurrentPosition, _WinGetPartitionRowCount, _WinGetFuncArgInPartition, _WinGetFuncArgCurrent, _SPI_connect_ext, _SPI_commit, _CopyErrorData, _FlushErrorState, _ReThrowError, _SPI_commit_and_chain, _SPI_rollback, _SPI_rollback_and_chain, _SPI_freetuptable, _SPI_execute_extended, _SPI_execute_plan, _SPI_execp, _SPI_execute_plan_extended, _SPI_execute_plan_with_paramlist, _SPI_execute_with_args, _SPI_prepare, _SPI_prepare_extended, _SPI_keepplan, _SPI_saveplan, _SPI_freeplan, _SPI_copytuple, _SPI_returntuple, _SPI_modifytuple, _SPI_fnumber, _SPI_fname, _SPI_getbinval, _SPI_gettype, _SPI_gettypeid, _SPI_getrelname, _SPI_palloc, _SPI_repalloc, _SPI_pfree, _SPI_datumTransfer, _datumTransfer, _SPI_cursor_open_with_args, _SPI_cursor_open_with_paramlist, _SPI_cursor_parse_open, _SPI_cursor_find, _SPI_cursor_fetch, _SPI_scroll_cursor_fetch, _SPI_scroll_cursor_move, _SPI_cursor_close, _SPI_plan_is_valid, _SPI_result_code_string, _SPI_plan_get_plan_sources, _SPI_plan_get_cached_plan, _SPI_register_relation, _create_queryEnv, _register_ENR, _SPI_register_trigger_data, _tuplestore_tuple_count, _GetUserMapping, _GetForeignTable, _GetForeignColumnOptions, _initClosestMatch, _updateClosestMatch, _getClosestMatch, _GetExistingLocalJoinPath, _pathkeys_contained_in, _bloom_create, _bloom_free, _bloom_add_element, _bloom_lacks_element, _bloom_prop_bits_set, _dshash_create, _dshash_attach, _dshash_detach, _dshash_destroy, _dshash_get_hash_table_handle, _dshash_find, _dshash_find_or_insert, _dshash_delete_key, _dshash_release_lock, _tag_hash, _dshash_seq_init, _dshash_seq_next, _dshash_seq_term, _dshash_delete_current, _ldexp, _pg_b64_enc_len, _pg_b64_encode, _strtol, _gai_strerror, _bind, _pgl_connect, _pgl_send, _pgl_recv, _sendto, _select, _recvfrom, _libpqsrv_is_valid_proxy_option, _be_lo_unlink, _text_to_cstring_buffer, _feof, _pg_mb2wchar_with_len, _pg_regcomp, _pg_regerror, _strcat, _freeaddrinfo, _pgl_getsockname, _pgl_setsockopt, _pgl_fcntl, _listen, _accept, _utime, _pq_buffer_remaining_data, _pgl_getsockopt, _pq_sendtext, _pq_sendfloat4, _pq_sendfloat8, _pq_begintypsend, _pq_endtypsend, _pq_getmsgfloat4, _pq_getmsgfloat8, _pq_getmsgtext, _pg_strtoint32, _main, _pgl_getuid, _getenv, _bms_membership, _RegisterExtensibleNodeMethods, _list_make5_impl, _GetMemoryChunkContext, _list_insert_nth, _list_member_ptr, _list_delete_int, _list_intersection, _list_append_unique_ptr, _list_append_unique_int, _list_concat_unique_int, _make_opclause, _exprIsLengthCoercion, _outToken, _outNode, _appendStringInfoStringQuoted, _EnableQueryId, _nodeRead, _pg_strtok, _debackslash, _exp2, _find_base_rel, _add_path, _create_sort_path, _set_baserel_size_estimates, _get_func_support, _clauselist_selectivity, _get_tablespace_page_costs, _cost_qual_eval, _pull_varnos, _estimate_num_groups, _cost_sort, _get_sortgrouplist_exprs, _get_attavgwidth, _make_restrictinfo, _setup_eclass_member_iterator, _eclass_member_iterator_next, _remove_nulling_relids, _get_mergejoin_opfamilies, _generate_implied_equalities_for_column, _eclass_useful_for_merging, _join_clause_is_movable_to, _get_plan_rowmark, _is_pseudo_constant_for_index, _update_mergeclause_eclasses, _pull_vars_of_level, _find_join_rel, _make_canonical_pathkey, _get_sortgroupref_clause_noerr, _get_relids_in_jointree, _op_mergejoinable, _extract_actual_clauses, _tlist_member, _change_plan_targetlist, _make_foreignscan, _IncrementVarSublevelsUp, _find_nonnullable_rels, _setup_simple_rel_arrays, _standard_planner, _SS_process_sublinks, _add_new_columns_to_pathtarget, _get_agg_clause_costs, _grouping_is_sortable, _copy_pathtarget, _create_projection_path, _contain_nonstrict_functions, _get_translated_update_targetlist, _add_row_identity_var, _get_rel_all_updated_cols, _get_baserel_parampathinfo, _create_foreignscan_path, _create_foreign_join_path, _create_foreign_upper_path, _adjust_limit_rows_costs, _add_to_flat_tlist, _get_fn_expr_variadic, _get_fn_expr_argtype, _on_shmem_exit, _pgl_shmdt, _pgl_shmctl, _pgl_shmat, _mmap, _pgl_shmget, _pgl_munmap, _SignalHandlerForConfigReload, _SignalHandlerForShutdownRequest, _procsignal_sigusr1_handler, _ConditionalLockDatabaseObject, _RegisterBackgroundWorker, _WaitForBackgroundWorkerStartup, _open, _GetConfigOption, _puts, _fopen, _fclose, _fputc, _ftello, _malloc, _free, _realloc, _iswprint_l, _iswalpha_l, _iswdigit_l, _isdigit_l, _iswpunct_l, _iswspace_l, _iswlower_l, _iswupper_l, _pg_ascii_tolower, _towlower_l, _tolower_l, _towupper_l, _toupper_l, _pg_reg_getinitialstate, _pg_reg_getfinalstate, _pg_reg_getnumoutarcs, _pg_reg_getoutarcs, _pg_reg_getnumcolors, _pg_reg_colorisbegin, _pg_reg_colorisend, _pg_reg_getnumcharacters, _pg_reg_getcharacters, _dsa_pin, _OutputPluginPrepareWrite, _OutputPluginWrite, _array_contains_nulls, _CacheRegisterRelcacheCallback, _hash_seq_term, _FreeErrorData, _RelidByRelfilenumber, _GetRunningTransactionData, _SnapBuildRestoreSnapshot, _WaitLatchOrSocket, _BufFileCreateFileSet, _BufFileOpenFileSet, _BufFileTell, _ConditionVariablePrepareToSleep, _get_row_security_policies, _extract_variadic_args, _errhidestmt, _errhidecontext, _hash_estimate_size, _ShmemInitHash, _LockBufHdr, _LWLockHeldByMeInMode, _EvictUnpinnedBuffer, _EvictAllUnpinnedBuffers, _EvictRelUnpinnedBuffers, _have_free_buffer, _calloc, _BufFileExportFileSet, _BufFileRead, _copy_file, _fdatasync, _truncate, _dup, _AcquireExternalFD, _mkdir, _pgl_popen, _pgl_pclose, _closedir, _opendir, _readdir, _GetNamedDSMSegment, _pgl_atexit, _RequestAddinShmemSpace, _BackendXidGetPid, _pg_numa_init, _sysconf, _pg_numa_query_pages, _pg_get_shmem_pagesize, _LockAcquire, _LockRelease, _pgl_poll, _GetLockmodeName, _LWLockRegisterTranche, _GetNamedLWLockTranche, _LWLockNewTrancheId, _RequestNamedLWLockTranche, _LWLockHeldByMe, _ProcessStartupPacket, _htons, _htonl, _pgl_startPGlite, _pgl_pq_flush, _pgl_getMyProcPort, _pgl_sendConnData, _PostgresMainLongJmp, _PostgresMainLoopOnce, _PostgresSendReadyForQueryIfNecessary, _GetCommandLogLevel, _standard_ProcessUtility, _lookup_ts_dictionary_cache, _get_tsearch_config_filename, _str_tolower, _readstoplist, _searchstoplist, _tsearch_readline_begin, _tsearch_readline, _tsearch_readline_end, _stringToQualifiedNameList, _getTSCurrentConfig, _to_tsvector_byid, _t_isalnum_with_len, _isalnum, _t_isalnum_cstr, _pg_mblen_unbounded, _get_restriction_variable, _pg_mblen_range, _MemoryContextAllocHuge, _fseek, _WaitEventExtensionNew, _regprocedurein, _is_member_of_role, _expand_array, _exp, _arraycontsel, _arraycontjoinsel, _initArrayResult, _array_create_iterator, _array_iterate, _array_free_iterator, _ArrayGetIntegerTypmods, _boolin, ___multi3, _cash_cmp, _int64_to_numeric, _numeric_div, _numeric_round, _numeric_int8, _numeric_mul, _j2date, _EncodeDateOnly, _EncodeSpecialDate, _date_eq, _date_lt, _date_le, _date_gt, _date_ge, _date_cmp, _date_mi, _timestamp2tm, _time2tm, _EncodeTimeOnly, _time_eq, _time_lt, _time_le, _time_gt, _time_ge, _time_cmp, _time_mi_time, _timetz2tm, _timetz_cmp, _pg_tolower, _EncodeDateTime, _TransferExpandedObject, _forkname_to_number, _numeric_lt, _numeric_abs, _numeric_sub, _numeric_add, _numeric_ge, _err_generic_string, _domain_check, _enum_lt, _enum_le, _enum_ge, _enum_gt, _enum_cmp, _make_expanded_record_from_typeid, _make_expanded_record_from_tupdesc, _make_expanded_record_from_exprecord, _expanded_record_set_tuple, _expanded_record_fetch_tupdesc, _expanded_record_get_tuple, _deconstruct_expanded_record, _expanded_record_lookup_field, _expanded_record_set_field_internal, _expanded_record_set_fields, _float4in_internal, _strtof, _float_to_shortest_decimal_buf, _float8in, _float8in_internal, _float8out, _float8out_internal, _float8pl, _float4_cmp_internal, _btfloat4cmp, _btfloat8cmp, _dtoi4, _dtoi2, _cbrt, _dexp, _log10, _dacos, _acos, _dasin, _asin, _datan, _atan, _datan2, _atan2, _dcos, _cos, _dcot, _tan, _dsin, _sin, _dtan, _fmod, _degrees, _dpi, _radians, _sinh, _cosh, _tanh, _asinh, _acosh, _atanh, _float8_accum, _float8_stddev_pop, _float8_stddev_samp, _asc_tolower, _pg_strfold, _numeric_power, _dtoi8, _int8out, _fseeko, _int4in, _int4_bool, _int8pl, _int84, _int82, _json_in, _EncodeSpecialTimestamp, _pushJsonbValue, _numeric_int2, _numeric_int4, _numeric_float4, _numeric_float8, _numeric_normalize, _numeric_cmp, _numeric_eq, _hash_numeric, _hash_numeric_extended, _int2_numeric, _int4_numeric, _int8_numeric, _float4_numeric, _float8_numeric, _numeric_uminus, _numeric_ceil, _numeric_floor, _timestamp_cmp, _macaddr_cmp, _macaddr_lt, _macaddr_le, _macaddr_eq, _macaddr_ge, _macaddr_gt, _macaddr8_cmp, _macaddr8_lt, _macaddr8_le, _macaddr8_eq, _macaddr8_ge, _macaddr8_gt, _current_query, _generate_collation_name, _get_fn_expr_arg_stable, _unpack_sql_state, _get_fn_expr_rettype, _btnamecmp, _inet_in, _network_cmp, _convert_network_to_scalar, _numeric_sign, _numeric_gt, _numeric_le, _numeric_mod, _numeric_sqrt, ___divti3, _numeric_exp, _numeric_ln, _numeric_log, _oidout, _btrim1, _ltrim1, _rtrim1, _tuplesort_skiptuples, _interval_mi, _setlocale, _newlocale, _strftime_l, _freelocale, _pg_utf_mblen_private, _uselocale, _strcoll_l, _strxfrm_l, _drandom, _quote_ident, _textregexeq, _text_substr, _pg_wchar2mb_with_len, _regexp_split_to_array, _regclassin, _regtypeout, _regconfigout, _pg_get_indexdef_columns_extended, _pg_get_querydef, _strcspn, _generic_restriction_selectivity, _genericcostestimate, _tidin, _tidout, _timestamp_in, _timestamp_eq, _timestamp_lt, _timestamp_gt, _timestamp_le, _timestamp_ge, _interval_eq, _interval_lt, _interval_gt, _interval_le, _interval_ge, _interval_cmp, _timestamp_mi, _interval_um, _tsquery_requires_match, _TS_execute_ternary, _has_fn_opclass_options, _uuid_in, _uuid_out, _uuid_cmp, _gen_random_uuid, _varbit_in, _biteq, _bitlt, _bitle, _bitgt, _bitge, _bitcmp, _bitlength, _bpchareq, _bpcharlt, _bpcharle, _bpchargt, _bpcharge, _bpcharcmp, _pg_detoast_datum_slice, _text_substr_no_len, _texteq, _text_lt, _text_le, _text_gt, _text_ge, _bttextcmp, _byteaeq, _bytealt, _byteale, _byteagt, _byteage, _byteacmp, _to_hex32, _text_left, _text_right, _text_reverse, _varstr_levenshtein, _wcslen, _pg_xml_init, _xml_ereport, _pg_xml_done, _pg_do_encoding_conversion, _CreateCacheMemoryContext, _cfunc_resolve_polymorphic_argtypes, _get_typsubscript, _CachedPlanAllowsSimpleValidityCheck, _CachedPlanIsSimplyValid, _GetCachedExpression, _FreeCachedExpression, _ReleaseAllPlanCacheRefsInOwner, _SearchSysCache, _lookup_rowtype_tupdesc_noerror, _abort, _in_error_recursion_trouble, _pg_vfprintf, _pgl_longjmp, _openlog, _syslog, _GetErrorContextStack, _closelog, _dlsym, _dlopen, _dlerror, _dlclose, _find_rendezvous_variable, _CallerFInfoFunctionCall1, _CallerFInfoFunctionCall2, _FunctionCall0Coll, _RelationNameGetTupleDesc, _memcpy, _hash_freeze, _chdir, _pg_bindtextdomain, _pg_mblen, _check_encoding_conversion_args, _DefineCustomBoolVariable, _DefineCustomIntVariable, _DefineCustomRealVariable, _DefineCustomStringVariable, _DefineCustomEnumVariable, _MarkGUCPrefixReserved, _sampler_random_init_state, _dsa_trim, _pchomp, _PinPortal, _UnpinPortal, ___lshrti3, _realpath, _float_to_shortest_decimal_bufn, _IsValidJsonNumber, _pg_prng_uint64, _makeStringInfoExt, _initStringInfoExt, _pgl_getpwuid, _getcwd, _pthread_mutex_lock, _localeconv, _pthread_mutex_unlock, _nanosleep, _sigaction, _strchrnul, _snprintf, _strerror_r, _clear_setitimer, _pgl_setPGliteActive, _pgl_siglongjmp, _pgl_set_system_fn, _pgl_set_popen_fn, _pgl_set_pclose_fn, _pgl_run_atexit_funcs, _pgl_freopen, _fiprintf, _pgl_set_rw_cbs, _vfprintf, _pthread_key_create, _pthread_getspecific, _pthread_key_delete, _pthread_setspecific, _toupper, _iconv_open, _iconv_close, _iconv, _pthread_mutex_init, _pthread_mutex_destroy, _pthread_cond_init, _pthread_cond_destroy, _pthread_self, _pthread_cond_wait, _pthread_cond_signal, _pthread_once, ___cxa_atexit, _fputs, _vsnprintf, ___small_fprintf, _zcalloc, _zcfree, ___dynamic_cast, ___cxa_pure_virtual, _modf, _localtime_r, _strncat, _munmap, ___ctype_get_mb_cur_max, ___ctype_tolower_loc, ___ctype_toupper_loc, _fdopen, _sqrt, _acosl, _aligned_alloc, _atan2l, ___funcs_on_exit, _atexit, ___cxa_finalize, _btowc, _clock, _scalbn, _cosl, _dladdr, ___dl_seterr, _duplocale, __emscripten_find_dylib, _memmove, _memset, _fchmod, _fchmodat, _fchown, _fcntl, _fdopendir, _fmax, _fmin, _fputwc, _frexp, _ftell, _getentropy, _geteuid, _getgid, _mbtowc, _getuid, _getwc, _gmtime, _hypot, _mbrtowc, _ioctl, _isalpha, _isgraph, _isspace, _iswblank_l, _iswcntrl_l, _iswxdigit_l, _isxdigit_l, _pthread_cond_broadcast, _pthread_atfork, _pthread_mutex_trylock, _pthread_create, _pthread_join, _pthread_cond_timedwait, _pthread_detach, _link, _llround, _localtime, _log2, _logb, _lround, _mbrlen, _mbsnrtowcs, _mbsrtowcs, _memmem, _memrchr, _emscripten_builtin_memalign, _socket, _nextafter, _nextafterf, _ntohs, _openat, _pathconf, _perror, _iprintf, ___small_printf, _pthread_mutexattr_getprotocol, _pthread_mutexattr_getpshared, _pthread_mutexattr_getrobust, _pthread_mutexattr_gettype, _pthread_mutexattr_destroy, _pthread_mutexattr_init, _pthread_mutexattr_setprotocol, _pthread_mutexattr_setpshared, _pthread_mutexattr_settype, _putchar, _qsort, _srand, _rand, _remainder, _remove, _remquo, _round, _roundf, __emscripten_timeout, _sinl, _siprintf, _sqrtl, _vsscanf, _statvfs, _strcasecmp, _strerror, _strftime, _strncasecmp, ___floatsitf, ___multf3, ___addtf3, ___extenddftf2, ___getf2, ___subtf3, ___divtf3, ___eqtf2, ___letf2, ___trunctfdf2, _strtold, _strtof_l, _strtod_l, _strtold_l, _strtok, _strtoull_l, _strtoll_l, _swprintf, _connect, _trunc, _ungetc, _ungetwc, _unlinkat, _usleep, _utimensat, _vasprintf, _wcrtomb, _wcscoll_l, _wcsnrtombs, _wcstof, _wcstod, _wcstold, _wcstoull, _wcstoll, _wcstoul, _wcstol, _wcsxfrm_l, _wctob, _wmemchr, _wmemcmp, _emscripten_get_sbrk_ptr, ___ashlti3, ___lttf2, _setThrew, __emscripten_tempret_set, __emscripten_tempret_get, ___fixtfsi, __emscripten_stack_restore, __emscripten_stack_alloc, _emscripten_stack_get_current, ___cxa_decrement_exception_refcount, ___cxa_increment_exception_refcount, ___cxa_bad_cast, ___cxa_bad_typeid, ___cxa_allocate_exception, ___cxa_free_exception, ___cxa_init_primary_exception, ___cxa_get_exception_ptr, ___stack_pointer, ___table_base, _LocalBufferBlockPointers, _BufferBlocks, _wal_level, _CurrentMemoryContext, ___memory_base, _SnapshotAnyData, _debug_query_string, _maintenance_work_mem, __indirect_function_table, _CritSectionCount, _InterruptPending, _ParallelWorkerNumber, _pg_number_of_ones, _TopMemoryContext, _IsUnderPostmaster, _MainLWLockArray, _CurrentResourceOwner, _MyBackendType, _work_mem, _pg_global_prng_state, _NBuffers, _XactIsoLevel, _bsysscan, _CheckXidAlive, _MyProc, _MyDatabaseId, _MyDatabaseTableSpace, _TTSOpsBufferHeapTuple, _RecentXmin, _TTSOpsHeapTuple, _pgWalUsage, _pgBufferUsage, _error_context_stack, _MyLatch, _SnapshotSelfData, ___THREW__, ___threwValue, _PG_exception_stack, _TTSOpsVirtual, _GUC_check_errdetail_string, _TransamVariables, _TopTransactionContext, _InterruptHoldoffCount, _MyProcPid, _RmgrTable, _process_shared_preload_libraries_in_progress, _wal_segment_size, _TopTransactionResourceOwner, _arch_module_check_errdetail_string, _stdout, _stdin, _creating_extension, _object_access_hook, _InvalidObjectAddress, _check_function_bodies, _post_parse_analyze_hook, _ScanKeywordTokens, _ScanKeywords, _standard_conforming_strings, _None_Receiver, _explain_per_plan_hook, _explain_get_index_name_hook, _explain_per_node_hook, _CacheMemoryContext, _SPI_processed, _SPI_tuptable, _TTSOpsMinimalTuple, _check_password_hook, _ConfigReloadPending, _max_parallel_maintenance_workers, _DateStyle, _ExecutorStart_hook, _ExecutorRun_hook, _ExecutorFinish_hook, _ExecutorEnd_hook, _ExecutorCheckPerms_hook, _SPI_result, _stderr, _MyProcPort, _ClientAuthentication_hook, _set_rel_pathlist_hook, _cpu_tuple_cost, _cpu_operator_cost, _seq_page_cost, _planner_hook, _get_relation_info_hook, _QueryCancelPending, _ShutdownRequestPending, _MyStartTime, _cluster_name, _ProcDiePending, _application_name, _row_security_policy_hook_restrictive, _row_security_policy_hook_permissive, _BufferDescriptors, _shmem_startup_hook, _ProcessUtility_hook, _IntervalStyle, _extra_float_digits, _ScanKeywordCategories, _pg_crc32_table, _shmem_request_hook, _z_errmsg, __length_code, __dist_code, ___heap_base, wasmTable;
  function assignWasmExports(e4) {
    _palloc0 = Module._palloc0 = e4.palloc0, _RelationGetNumberOfBlocksInFork = Module._RelationGetNumberOfBlocksInFork = e4.RelationGetNumberOfBlocksInFork, _ExtendBufferedRel = Module._ExtendBufferedRel = e4.ExtendBufferedRel, _MarkBufferDirty = Module._MarkBufferDirty = e4.MarkBufferDirty, _XLogBeginInsert = Module._XLogBeginInsert = e4.XLogBeginInsert, _XLogRegisterData = Module._XLogRegisterData = e4.XLogRegisterData, _XLogRegisterBuffer = Module._XLogRegisterBuffer = e4.XLogRegisterBuffer, _XLogInsert = Module._XLogInsert = e4.XLogInsert, _UnlockReleaseBuffer = Module._UnlockReleaseBuffer = e4.UnlockReleaseBuffer, _palloc = Module._palloc = e4.palloc, _brin_build_desc = Module._brin_build_desc = e4.brin_build_desc, _EnterParallelMode = Module._EnterParallelMode = e4.EnterParallelMode, _CreateParallelContext = Module._CreateParallelContext = e4.CreateParallelContext, _GetTransactionSnapshot = Module._GetTransactionSnapshot = e4.GetTransactionSnapshot, _RegisterSnapshot = Module._RegisterSnapshot = e4.RegisterSnapshot, _table_parallelscan_estimate = Module._table_parallelscan_estimate = e4.table_parallelscan_estimate, _add_size = Module._add_size = e4.add_size, _tuplesort_estimate_shared = Module._tuplesort_estimate_shared = e4.tuplesort_estimate_shared, _mul_size = Module._mul_size = e4.mul_size, _strlen = Module._strlen = e4.strlen, _InitializeParallelDSM = Module._InitializeParallelDSM = e4.InitializeParallelDSM, _UnregisterSnapshot = Module._UnregisterSnapshot = e4.UnregisterSnapshot, _DestroyParallelContext = Module._DestroyParallelContext = e4.DestroyParallelContext, _ExitParallelMode = Module._ExitParallelMode = e4.ExitParallelMode, _shm_toc_allocate = Module._shm_toc_allocate = e4.shm_toc_allocate, _ConditionVariableInit = Module._ConditionVariableInit = e4.ConditionVariableInit, _table_parallelscan_initialize = Module._table_parallelscan_initialize = e4.table_parallelscan_initialize, _tuplesort_initialize_shared = Module._tuplesort_initialize_shared = e4.tuplesort_initialize_shared, _shm_toc_insert = Module._shm_toc_insert = e4.shm_toc_insert, _LaunchParallelWorkers = Module._LaunchParallelWorkers = e4.LaunchParallelWorkers, _WaitForParallelWorkersToAttach = Module._WaitForParallelWorkersToAttach = e4.WaitForParallelWorkersToAttach, _s_lock = Module._s_lock = e4.s_lock, _ConditionVariableSleep = Module._ConditionVariableSleep = e4.ConditionVariableSleep, _ConditionVariableCancelSleep = Module._ConditionVariableCancelSleep = e4.ConditionVariableCancelSleep, _tuplesort_performsort = Module._tuplesort_performsort = e4.tuplesort_performsort, _AllocSetContextCreateInternal = Module._AllocSetContextCreateInternal = e4.AllocSetContextCreateInternal, _tuplesort_end = Module._tuplesort_end = e4.tuplesort_end, _MemoryContextReset = Module._MemoryContextReset = e4.MemoryContextReset, _brin_deform_tuple = Module._brin_deform_tuple = e4.brin_deform_tuple, _pfree = Module._pfree = e4.pfree, _MemoryContextDelete = Module._MemoryContextDelete = e4.MemoryContextDelete, _errstart_cold = Module._errstart_cold = e4.errstart_cold, _errmsg_internal = Module._errmsg_internal = e4.errmsg_internal, _errfinish = Module._errfinish = e4.errfinish, _log_newpage_buffer = Module._log_newpage_buffer = e4.log_newpage_buffer, _ProcessInterrupts = Module._ProcessInterrupts = e4.ProcessInterrupts, _errstart = Module._errstart = e4.errstart, _errcode = Module._errcode = e4.errcode, _errmsg = Module._errmsg = e4.errmsg, _LockBuffer = Module._LockBuffer = e4.LockBuffer, _ReleaseBuffer = Module._ReleaseBuffer = e4.ReleaseBuffer, _IndexGetRelation = Module._IndexGetRelation = e4.IndexGetRelation, _table_open = Module._table_open = e4.table_open, _ReadBufferExtended = Module._ReadBufferExtended = e4.ReadBufferExtended, _table_close = Module._table_close = e4.table_close, _build_reloptions = Module._build_reloptions = e4.build_reloptions, _RelationGetIndexScan = Module._RelationGetIndexScan = e4.RelationGetIndexScan, _pgstat_assoc_relation = Module._pgstat_assoc_relation = e4.pgstat_assoc_relation, _palloc0_mul = Module._palloc0_mul = e4.palloc0_mul, _index_getprocinfo = Module._index_getprocinfo = e4.index_getprocinfo, _fmgr_info_copy = Module._fmgr_info_copy = e4.fmgr_info_copy, _FunctionCall4Coll = Module._FunctionCall4Coll = e4.FunctionCall4Coll, _palloc_mul = Module._palloc_mul = e4.palloc_mul, _FunctionCall1Coll = Module._FunctionCall1Coll = e4.FunctionCall1Coll, _brin_free_desc = Module._brin_free_desc = e4.brin_free_desc, _WaitForParallelWorkersToFinish = Module._WaitForParallelWorkersToFinish = e4.WaitForParallelWorkersToFinish, _PageGetFreeSpace = Module._PageGetFreeSpace = e4.PageGetFreeSpace, _BufferGetBlockNumber = Module._BufferGetBlockNumber = e4.BufferGetBlockNumber, _BuildIndexInfo = Module._BuildIndexInfo = e4.BuildIndexInfo, _Int64GetDatum = Module._Int64GetDatum = e4.Int64GetDatum, _DirectFunctionCall2Coll = Module._DirectFunctionCall2Coll = e4.DirectFunctionCall2Coll, _RecoveryInProgress = Module._RecoveryInProgress = e4.RecoveryInProgress, _GetUserIdAndSecContext = Module._GetUserIdAndSecContext = e4.GetUserIdAndSecContext, _SetUserIdAndSecContext = Module._SetUserIdAndSecContext = e4.SetUserIdAndSecContext, _NewGUCNestLevel = Module._NewGUCNestLevel = e4.NewGUCNestLevel, _RestrictSearchPath = Module._RestrictSearchPath = e4.RestrictSearchPath, _index_open = Module._index_open = e4.index_open, _object_ownercheck = Module._object_ownercheck = e4.object_ownercheck, _aclcheck_error = Module._aclcheck_error = e4.aclcheck_error, _AtEOXact_GUC = Module._AtEOXact_GUC = e4.AtEOXact_GUC, _relation_close = Module._relation_close = e4.relation_close, _errhint = Module._errhint = e4.errhint, _GetUserId = Module._GetUserId = e4.GetUserId, _ReadBuffer = Module._ReadBuffer = e4.ReadBuffer, _shm_toc_lookup = Module._shm_toc_lookup = e4.shm_toc_lookup, _pgstat_report_activity = Module._pgstat_report_activity = e4.pgstat_report_activity, _tuplesort_attach_shared = Module._tuplesort_attach_shared = e4.tuplesort_attach_shared, _index_close = Module._index_close = e4.index_close, _table_beginscan_parallel = Module._table_beginscan_parallel = e4.table_beginscan_parallel, _ConditionVariableSignal = Module._ConditionVariableSignal = e4.ConditionVariableSignal, _datumCopy = Module._datumCopy = e4.datumCopy, _lookup_type_cache = Module._lookup_type_cache = e4.lookup_type_cache, _get_fn_opclass_options = Module._get_fn_opclass_options = e4.get_fn_opclass_options, _log = Module._log = e4.log, _pg_detoast_datum = Module._pg_detoast_datum = e4.pg_detoast_datum, _index_getprocid = Module._index_getprocid = e4.index_getprocid, _errdetail_internal = Module._errdetail_internal = e4.errdetail_internal, _pg_popcount_optimized = Module._pg_popcount_optimized = e4.pg_popcount_optimized, _init_local_reloptions = Module._init_local_reloptions = e4.init_local_reloptions, _initStringInfo = Module._initStringInfo = e4.initStringInfo, _appendStringInfoChar = Module._appendStringInfoChar = e4.appendStringInfoChar, _appendStringInfo = Module._appendStringInfo = e4.appendStringInfo, _FunctionCall2Coll = Module._FunctionCall2Coll = e4.FunctionCall2Coll, _SearchSysCache4 = Module._SearchSysCache4 = e4.SearchSysCache4, _SysCacheGetAttrNotNull = Module._SysCacheGetAttrNotNull = e4.SysCacheGetAttrNotNull, _ReleaseSysCache = Module._ReleaseSysCache = e4.ReleaseSysCache, _get_opcode = Module._get_opcode = e4.get_opcode, _fmgr_info_cxt = Module._fmgr_info_cxt = e4.fmgr_info_cxt, _Float8GetDatum = Module._Float8GetDatum = e4.Float8GetDatum, _numeric_is_nan = Module._numeric_is_nan = e4.numeric_is_nan, _numeric_float8_no_overflow = Module._numeric_float8_no_overflow = e4.numeric_float8_no_overflow, _DirectFunctionCall1Coll = Module._DirectFunctionCall1Coll = e4.DirectFunctionCall1Coll, _pg_detoast_datum_packed = Module._pg_detoast_datum_packed = e4.pg_detoast_datum_packed, _pg_qsort = Module._pg_qsort = e4.pg_qsort, _get_typbyval = Module._get_typbyval = e4.get_typbyval, _get_typlen = Module._get_typlen = e4.get_typlen, _qsort_arg = Module._qsort_arg = e4.qsort_arg, _add_local_int_reloption = Module._add_local_int_reloption = e4.add_local_int_reloption, _getTypeOutputInfo = Module._getTypeOutputInfo = e4.getTypeOutputInfo, _fmgr_info = Module._fmgr_info = e4.fmgr_info, _OutputFunctionCall = Module._OutputFunctionCall = e4.OutputFunctionCall, _cstring_to_text_with_len = Module._cstring_to_text_with_len = e4.cstring_to_text_with_len, _accumArrayResult = Module._accumArrayResult = e4.accumArrayResult, _makeArrayResult = Module._makeArrayResult = e4.makeArrayResult, _OidOutputFunctionCall = Module._OidOutputFunctionCall = e4.OidOutputFunctionCall, _cstring_to_text = Module._cstring_to_text = e4.cstring_to_text, _PageGetExactFreeSpace = Module._PageGetExactFreeSpace = e4.PageGetExactFreeSpace, _PageIndexTupleOverwrite = Module._PageIndexTupleOverwrite = e4.PageIndexTupleOverwrite, _PageInit = Module._PageInit = e4.PageInit, _PageAddItemExtended = Module._PageAddItemExtended = e4.PageAddItemExtended, _LockRelationForExtension = Module._LockRelationForExtension = e4.LockRelationForExtension, _UnlockRelationForExtension = Module._UnlockRelationForExtension = e4.UnlockRelationForExtension, _smgropen = Module._smgropen = e4.smgropen, _smgrpin = Module._smgrpin = e4.smgrpin, _ItemPointerEquals = Module._ItemPointerEquals = e4.ItemPointerEquals, _detoast_external_attr = Module._detoast_external_attr = e4.detoast_external_attr, _CreateTemplateTupleDesc = Module._CreateTemplateTupleDesc = e4.CreateTemplateTupleDesc, _TupleDescInitEntry = Module._TupleDescInitEntry = e4.TupleDescInitEntry, _repalloc = Module._repalloc = e4.repalloc, _memcmp = Module._memcmp = e4.memcmp, _SearchSysCache1 = Module._SearchSysCache1 = e4.SearchSysCache1, _get_opfamily_name = Module._get_opfamily_name = e4.get_opfamily_name, _SearchSysCacheList = Module._SearchSysCacheList = e4.SearchSysCacheList, _check_amproc_signature = Module._check_amproc_signature = e4.check_amproc_signature, _check_amoptsproc_signature = Module._check_amoptsproc_signature = e4.check_amoptsproc_signature, _format_procedure = Module._format_procedure = e4.format_procedure, _format_operator = Module._format_operator = e4.format_operator, _check_amop_signature = Module._check_amop_signature = e4.check_amop_signature, _identify_opfamily_groups = Module._identify_opfamily_groups = e4.identify_opfamily_groups, _format_type_be = Module._format_type_be = e4.format_type_be, _ReleaseCatCacheList = Module._ReleaseCatCacheList = e4.ReleaseCatCacheList, _format_type_with_typemod = Module._format_type_with_typemod = e4.format_type_with_typemod, _errdetail = Module._errdetail = e4.errdetail, _strcmp = Module._strcmp = e4.strcmp, _DatumGetEOHP = Module._DatumGetEOHP = e4.DatumGetEOHP, _EOH_get_flat_size = Module._EOH_get_flat_size = e4.EOH_get_flat_size, _EOH_flatten_into = Module._EOH_flatten_into = e4.EOH_flatten_into, _toast_raw_datum_size = Module._toast_raw_datum_size = e4.toast_raw_datum_size, _getmissingattr = Module._getmissingattr = e4.getmissingattr, _hash_create = Module._hash_create = e4.hash_create, _hash_search = Module._hash_search = e4.hash_search, _nocachegetattr = Module._nocachegetattr = e4.nocachegetattr, _heap_getsysattr = Module._heap_getsysattr = e4.heap_getsysattr, _heap_datum_check = Module._heap_datum_check = e4.heap_datum_check, _heap_datum_update_type = Module._heap_datum_update_type = e4.heap_datum_update_type, _heap_form_tuple = Module._heap_form_tuple = e4.heap_form_tuple, _heap_modify_tuple = Module._heap_modify_tuple = e4.heap_modify_tuple, _heap_deform_tuple = Module._heap_deform_tuple = e4.heap_deform_tuple, _heap_modify_tuple_by_cols = Module._heap_modify_tuple_by_cols = e4.heap_modify_tuple_by_cols, _lookup_rowtype_tupdesc = Module._lookup_rowtype_tupdesc = e4.lookup_rowtype_tupdesc, _DecrTupleDescRefCount = Module._DecrTupleDescRefCount = e4.DecrTupleDescRefCount, _DatumGetHeapTupleHeader = Module._DatumGetHeapTupleHeader = e4.DatumGetHeapTupleHeader, _pg_detoast_datum_copy = Module._pg_detoast_datum_copy = e4.pg_detoast_datum_copy, _heap_freetuple = Module._heap_freetuple = e4.heap_freetuple, _hash_bytes = Module._hash_bytes = e4.hash_bytes, _index_form_tuple = Module._index_form_tuple = e4.index_form_tuple, _MemoryContextAllocZero = Module._MemoryContextAllocZero = e4.MemoryContextAllocZero, _nocache_index_getattr = Module._nocache_index_getattr = e4.nocache_index_getattr, _index_deform_tuple = Module._index_deform_tuple = e4.index_deform_tuple, _CopyIndexTuple = Module._CopyIndexTuple = e4.CopyIndexTuple, _CreateTupleDescTruncatedCopy = Module._CreateTupleDescTruncatedCopy = e4.CreateTupleDescTruncatedCopy, _enlargeStringInfo = Module._enlargeStringInfo = e4.enlargeStringInfo, _slot_getsomeattrs_int = Module._slot_getsomeattrs_int = e4.slot_getsomeattrs_int, _pg_lltoa = Module._pg_lltoa = e4.pg_lltoa, _pg_ltoa = Module._pg_ltoa = e4.pg_ltoa, _pq_sendbytes = Module._pq_sendbytes = e4.pq_sendbytes, _pg_printf = Module._pg_printf = e4.pg_printf, _relation_open = Module._relation_open = e4.relation_open, _LockRelationOid = Module._LockRelationOid = e4.LockRelationOid, _RelationIdGetRelation = Module._RelationIdGetRelation = e4.RelationIdGetRelation, _try_relation_open = Module._try_relation_open = e4.try_relation_open, _SearchSysCacheExists = Module._SearchSysCacheExists = e4.SearchSysCacheExists, _UnlockRelationOid = Module._UnlockRelationOid = e4.UnlockRelationOid, _relation_openrv = Module._relation_openrv = e4.relation_openrv, _AcceptInvalidationMessages = Module._AcceptInvalidationMessages = e4.AcceptInvalidationMessages, _RangeVarGetRelidExtended = Module._RangeVarGetRelidExtended = e4.RangeVarGetRelidExtended, _RelationClose = Module._RelationClose = e4.RelationClose, _add_reloption_kind = Module._add_reloption_kind = e4.add_reloption_kind, _register_reloptions_validator = Module._register_reloptions_validator = e4.register_reloptions_validator, _lappend = Module._lappend = e4.lappend, _pstrdup = Module._pstrdup = e4.pstrdup, _add_int_reloption = Module._add_int_reloption = e4.add_int_reloption, _add_real_reloption = Module._add_real_reloption = e4.add_real_reloption, _add_enum_reloption = Module._add_enum_reloption = e4.add_enum_reloption, _add_string_reloption = Module._add_string_reloption = e4.add_string_reloption, _strdup = Module._strdup = e4.strdup, _MemoryContextStrdup = Module._MemoryContextStrdup = e4.MemoryContextStrdup, _transformRelOptions = Module._transformRelOptions = e4.transformRelOptions, _deconstruct_array_builtin = Module._deconstruct_array_builtin = e4.deconstruct_array_builtin, _strncmp = Module._strncmp = e4.strncmp, _defGetString = Module._defGetString = e4.defGetString, _strchr = Module._strchr = e4.strchr, _defGetBoolean = Module._defGetBoolean = e4.defGetBoolean, _pg_sprintf = Module._pg_sprintf = e4.pg_sprintf, _untransformRelOptions = Module._untransformRelOptions = e4.untransformRelOptions, _text_to_cstring = Module._text_to_cstring = e4.text_to_cstring, _makeString = Module._makeString = e4.makeString, _makeDefElem = Module._makeDefElem = e4.makeDefElem, ___errno_location = Module.___errno_location = e4.__errno_location, _strtoull = Module._strtoull = e4.strtoull, _psprintf = Module._psprintf = e4.psprintf, _list_make1_impl = Module._list_make1_impl = e4.list_make1_impl, _heap_reloptions = Module._heap_reloptions = e4.heap_reloptions, _index_reloptions = Module._index_reloptions = e4.index_reloptions, _strcpy = Module._strcpy = e4.strcpy, _MemoryContextAlloc = Module._MemoryContextAlloc = e4.MemoryContextAlloc, _parse_bool = Module._parse_bool = e4.parse_bool, _parse_int = Module._parse_int = e4.parse_int, _parse_real = Module._parse_real = e4.parse_real, _pg_strcasecmp = Module._pg_strcasecmp = e4.pg_strcasecmp, _ScanKeyInit = Module._ScanKeyInit = e4.ScanKeyInit, _dsm_segment_handle = Module._dsm_segment_handle = e4.dsm_segment_handle, _dsm_create = Module._dsm_create = e4.dsm_create, _dsm_segment_address = Module._dsm_segment_address = e4.dsm_segment_address, _dsa_pin_mapping = Module._dsa_pin_mapping = e4.dsa_pin_mapping, _dsm_attach = Module._dsm_attach = e4.dsm_attach, _dsm_detach = Module._dsm_detach = e4.dsm_detach, _ShmemInitStruct = Module._ShmemInitStruct = e4.ShmemInitStruct, _LWLockAcquire = Module._LWLockAcquire = e4.LWLockAcquire, _LWLockRelease = Module._LWLockRelease = e4.LWLockRelease, _LWLockConditionalAcquire = Module._LWLockConditionalAcquire = e4.LWLockConditionalAcquire, _dsa_create_ext = Module._dsa_create_ext = e4.dsa_create_ext, _dsa_allocate_extended = Module._dsa_allocate_extended = e4.dsa_allocate_extended, _dsa_get_address = Module._dsa_get_address = e4.dsa_get_address, _LWLockInitialize = Module._LWLockInitialize = e4.LWLockInitialize, _dsa_attach = Module._dsa_attach = e4.dsa_attach, _dsa_free = Module._dsa_free = e4.dsa_free, _dsa_get_total_size = Module._dsa_get_total_size = e4.dsa_get_total_size, _MemoryContextMemAllocated = Module._MemoryContextMemAllocated = e4.MemoryContextMemAllocated, _check_stack_depth = Module._check_stack_depth = e4.check_stack_depth, _GetCurrentCommandId = Module._GetCurrentCommandId = e4.GetCurrentCommandId, _toast_open_indexes = Module._toast_open_indexes = e4.toast_open_indexes, _GetNewOidWithIndex = Module._GetNewOidWithIndex = e4.GetNewOidWithIndex, _heap_insert = Module._heap_insert = e4.heap_insert, _RelationGetIndexList = Module._RelationGetIndexList = e4.RelationGetIndexList, _list_free = Module._list_free = e4.list_free, _systable_beginscan = Module._systable_beginscan = e4.systable_beginscan, _systable_getnext = Module._systable_getnext = e4.systable_getnext, _systable_endscan = Module._systable_endscan = e4.systable_endscan, _toast_close_indexes = Module._toast_close_indexes = e4.toast_close_indexes, _systable_beginscan_ordered = Module._systable_beginscan_ordered = e4.systable_beginscan_ordered, _systable_getnext_ordered = Module._systable_getnext_ordered = e4.systable_getnext_ordered, _systable_endscan_ordered = Module._systable_endscan_ordered = e4.systable_endscan_ordered, _get_toast_snapshot = Module._get_toast_snapshot = e4.get_toast_snapshot, _convert_tuples_by_position = Module._convert_tuples_by_position = e4.convert_tuples_by_position, _execute_attr_map_tuple = Module._execute_attr_map_tuple = e4.execute_attr_map_tuple, _ExecStoreVirtualTuple = Module._ExecStoreVirtualTuple = e4.ExecStoreVirtualTuple, _bms_is_member = Module._bms_is_member = e4.bms_is_member, _bms_add_member = Module._bms_add_member = e4.bms_add_member, _free_conversion_map = Module._free_conversion_map = e4.free_conversion_map, _CreateTupleDescCopy = Module._CreateTupleDescCopy = e4.CreateTupleDescCopy, _FreeTupleDesc = Module._FreeTupleDesc = e4.FreeTupleDesc, _ResourceOwnerEnlarge = Module._ResourceOwnerEnlarge = e4.ResourceOwnerEnlarge, _ResourceOwnerRemember = Module._ResourceOwnerRemember = e4.ResourceOwnerRemember, _ResourceOwnerForget = Module._ResourceOwnerForget = e4.ResourceOwnerForget, _datumIsEqual = Module._datumIsEqual = e4.datumIsEqual, _equalRowTypes = Module._equalRowTypes = e4.equalRowTypes, _hashRowType = Module._hashRowType = e4.hashRowType, _namestrcpy = Module._namestrcpy = e4.namestrcpy, _TupleDescInitEntryCollation = Module._TupleDescInitEntryCollation = e4.TupleDescInitEntryCollation, _BuildDescFromLists = Module._BuildDescFromLists = e4.BuildDescFromLists, _stringToNode = Module._stringToNode = e4.stringToNode, _get_typlenbyvalalign = Module._get_typlenbyvalalign = e4.get_typlenbyvalalign, _deconstruct_array = Module._deconstruct_array = e4.deconstruct_array, _ginCompareAttEntries = Module._ginCompareAttEntries = e4.ginCompareAttEntries, _repalloc_huge = Module._repalloc_huge = e4.repalloc_huge, _GinDataLeafPageGetItems = Module._GinDataLeafPageGetItems = e4.GinDataLeafPageGetItems, _tbm_add_tuples = Module._tbm_add_tuples = e4.tbm_add_tuples, _ginPostingListDecode = Module._ginPostingListDecode = e4.ginPostingListDecode, _ItemPointerCompare = Module._ItemPointerCompare = e4.ItemPointerCompare, _gintuple_get_attrnum = Module._gintuple_get_attrnum = e4.gintuple_get_attrnum, _gintuple_get_key = Module._gintuple_get_key = e4.gintuple_get_key, _LockPage = Module._LockPage = e4.LockPage, _UnlockPage = Module._UnlockPage = e4.UnlockPage, _vacuum_delay_point = Module._vacuum_delay_point = e4.vacuum_delay_point, _RecordFreeIndexPage = Module._RecordFreeIndexPage = e4.RecordFreeIndexPage, _IndexFreeSpaceMapVacuum = Module._IndexFreeSpaceMapVacuum = e4.IndexFreeSpaceMapVacuum, _repalloc_mul = Module._repalloc_mul = e4.repalloc_mul, _initGinState = Module._initGinState = e4.initGinState, _pg_prng_double = Module._pg_prng_double = e4.pg_prng_double, _pgstat_progress_update_param = Module._pgstat_progress_update_param = e4.pgstat_progress_update_param, _log_newpage_range = Module._log_newpage_range = e4.log_newpage_range, _GetFreeIndexPage = Module._GetFreeIndexPage = e4.GetFreeIndexPage, _ConditionalLockBuffer = Module._ConditionalLockBuffer = e4.ConditionalLockBuffer, _LockBufferForCleanup = Module._LockBufferForCleanup = e4.LockBufferForCleanup, _ReadNextFullTransactionId = Module._ReadNextFullTransactionId = e4.ReadNextFullTransactionId, _PageIndexMultiDelete = Module._PageIndexMultiDelete = e4.PageIndexMultiDelete, _list_delete_first = Module._list_delete_first = e4.list_delete_first, _lcons = Module._lcons = e4.lcons, _pow = Module._pow = e4.pow, _smgrnblocks = Module._smgrnblocks = e4.smgrnblocks, _list_free_deep = Module._list_free_deep = e4.list_free_deep, _BufFileCreateTemp = Module._BufFileCreateTemp = e4.BufFileCreateTemp, _BufFileWrite = Module._BufFileWrite = e4.BufFileWrite, _BufFileReadExact = Module._BufFileReadExact = e4.BufFileReadExact, _BufFileClose = Module._BufFileClose = e4.BufFileClose, _pairingheap_remove_first = Module._pairingheap_remove_first = e4.pairingheap_remove_first, _pairingheap_add = Module._pairingheap_add = e4.pairingheap_add, _float_overflow_error = Module._float_overflow_error = e4.float_overflow_error, _float8_cmp_internal = Module._float8_cmp_internal = e4.float8_cmp_internal, _float_underflow_error = Module._float_underflow_error = e4.float_underflow_error, _DirectFunctionCall5Coll = Module._DirectFunctionCall5Coll = e4.DirectFunctionCall5Coll, _pairingheap_allocate = Module._pairingheap_allocate = e4.pairingheap_allocate, _get_func_rettype = Module._get_func_rettype = e4.get_func_rettype, _OidFunctionCall1Coll = Module._OidFunctionCall1Coll = e4.OidFunctionCall1Coll, _GenerationContextCreate = Module._GenerationContextCreate = e4.GenerationContextCreate, _block_range_read_stream_cb = Module._block_range_read_stream_cb = e4.block_range_read_stream_cb, _read_stream_begin_relation = Module._read_stream_begin_relation = e4.read_stream_begin_relation, _read_stream_next_buffer = Module._read_stream_next_buffer = e4.read_stream_next_buffer, _read_stream_end = Module._read_stream_end = e4.read_stream_end, _estimate_rel_size = Module._estimate_rel_size = e4.estimate_rel_size, __hash_spareindex = Module.__hash_spareindex = e4._hash_spareindex, __hash_getbuf = Module.__hash_getbuf = e4._hash_getbuf, __hash_relbuf = Module.__hash_relbuf = e4._hash_relbuf, __hash_get_indextuple_hashkey = Module.__hash_get_indextuple_hashkey = e4._hash_get_indextuple_hashkey, _hashcharextended = Module._hashcharextended = e4.hashcharextended, _hashint8 = Module._hashint8 = e4.hashint8, _hashint8extended = Module._hashint8extended = e4.hashint8extended, _hash_bytes_extended = Module._hash_bytes_extended = e4.hash_bytes_extended, _hashfloat8 = Module._hashfloat8 = e4.hashfloat8, _hashfloat8extended = Module._hashfloat8extended = e4.hashfloat8extended, _pg_newlocale_from_collation = Module._pg_newlocale_from_collation = e4.pg_newlocale_from_collation, __hash_ovflblkno_to_bitno = Module.__hash_ovflblkno_to_bitno = e4._hash_ovflblkno_to_bitno, __hash_get_totalbuckets = Module.__hash_get_totalbuckets = e4._hash_get_totalbuckets, _hash_destroy = Module._hash_destroy = e4.hash_destroy, _list_append_unique_oid = Module._list_append_unique_oid = e4.list_append_unique_oid, _list_member_oid = Module._list_member_oid = e4.list_member_oid, _CommandCounterIncrement = Module._CommandCounterIncrement = e4.CommandCounterIncrement, _get_opclass_input_type = Module._get_opclass_input_type = e4.get_opclass_input_type, _list_concat_copy = Module._list_concat_copy = e4.list_concat_copy, _HeapTupleSatisfiesVisibility = Module._HeapTupleSatisfiesVisibility = e4.HeapTupleSatisfiesVisibility, _GetAccessStrategy = Module._GetAccessStrategy = e4.GetAccessStrategy, _FreeAccessStrategy = Module._FreeAccessStrategy = e4.FreeAccessStrategy, _heap_getnext = Module._heap_getnext = e4.heap_getnext, _ExecStoreBufferHeapTuple = Module._ExecStoreBufferHeapTuple = e4.ExecStoreBufferHeapTuple, _heap_fetch = Module._heap_fetch = e4.heap_fetch, _HeapTupleSatisfiesVacuum = Module._HeapTupleSatisfiesVacuum = e4.HeapTupleSatisfiesVacuum, _GetMultiXactIdMembers = Module._GetMultiXactIdMembers = e4.GetMultiXactIdMembers, _TransactionIdPrecedes = Module._TransactionIdPrecedes = e4.TransactionIdPrecedes, _GetBulkInsertState = Module._GetBulkInsertState = e4.GetBulkInsertState, _FreeBulkInsertState = Module._FreeBulkInsertState = e4.FreeBulkInsertState, _visibilitymap_clear_locked = Module._visibilitymap_clear_locked = e4.visibilitymap_clear_locked, _pgstat_count_heap_insert = Module._pgstat_count_heap_insert = e4.pgstat_count_heap_insert, _heap_multi_insert = Module._heap_multi_insert = e4.heap_multi_insert, _ExecFetchSlotHeapTuple = Module._ExecFetchSlotHeapTuple = e4.ExecFetchSlotHeapTuple, _heap_delete = Module._heap_delete = e4.heap_delete, _IsInParallelMode = Module._IsInParallelMode = e4.IsInParallelMode, _visibilitymap_pin = Module._visibilitymap_pin = e4.visibilitymap_pin, _HeapTupleSatisfiesUpdate = Module._HeapTupleSatisfiesUpdate = e4.HeapTupleSatisfiesUpdate, _TransactionIdIsCurrentTransactionId = Module._TransactionIdIsCurrentTransactionId = e4.TransactionIdIsCurrentTransactionId, _TransactionIdDidCommit = Module._TransactionIdDidCommit = e4.TransactionIdDidCommit, _UnlockTuple = Module._UnlockTuple = e4.UnlockTuple, _TransactionIdIsInProgress = Module._TransactionIdIsInProgress = e4.TransactionIdIsInProgress, _bms_free = Module._bms_free = e4.bms_free, _bms_add_members = Module._bms_add_members = e4.bms_add_members, _bms_next_member = Module._bms_next_member = e4.bms_next_member, _bms_overlap = Module._bms_overlap = e4.bms_overlap, _HeapTupleGetUpdateXid = Module._HeapTupleGetUpdateXid = e4.HeapTupleGetUpdateXid, _heap_lock_tuple = Module._heap_lock_tuple = e4.heap_lock_tuple, _MultiXactIdPrecedes = Module._MultiXactIdPrecedes = e4.MultiXactIdPrecedes, _heap_tuple_needs_eventual_freeze = Module._heap_tuple_needs_eventual_freeze = e4.heap_tuple_needs_eventual_freeze, _PrefetchBuffer = Module._PrefetchBuffer = e4.PrefetchBuffer, _RelationTruncate = Module._RelationTruncate = e4.RelationTruncate, _FlushRelationBuffers = Module._FlushRelationBuffers = e4.FlushRelationBuffers, _smgrexists = Module._smgrexists = e4.smgrexists, _table_slot_create = Module._table_slot_create = e4.table_slot_create, _ExecDropSingleTupleTableSlot = Module._ExecDropSingleTupleTableSlot = e4.ExecDropSingleTupleTableSlot, _CreateExecutorState = Module._CreateExecutorState = e4.CreateExecutorState, _MakePerTupleExprContext = Module._MakePerTupleExprContext = e4.MakePerTupleExprContext, _ExecPrepareQual = Module._ExecPrepareQual = e4.ExecPrepareQual, _GetOldestNonRemovableTransactionId = Module._GetOldestNonRemovableTransactionId = e4.GetOldestNonRemovableTransactionId, _FormIndexDatum = Module._FormIndexDatum = e4.FormIndexDatum, _FreeExecutorState = Module._FreeExecutorState = e4.FreeExecutorState, _MakeSingleTupleTableSlot = Module._MakeSingleTupleTableSlot = e4.MakeSingleTupleTableSlot, _tuplesort_getdatum = Module._tuplesort_getdatum = e4.tuplesort_getdatum, _ExecStoreHeapTuple = Module._ExecStoreHeapTuple = e4.ExecStoreHeapTuple, _XidInMVCCSnapshot = Module._XidInMVCCSnapshot = e4.XidInMVCCSnapshot, _bsearch = Module._bsearch = e4.bsearch, _XLogRecGetBlockTagExtended = Module._XLogRecGetBlockTagExtended = e4.XLogRecGetBlockTagExtended, _hash_seq_init = Module._hash_seq_init = e4.hash_seq_init, _hash_seq_search = Module._hash_seq_search = e4.hash_seq_search, _errcode_for_file_access = Module._errcode_for_file_access = e4.errcode_for_file_access, _pg_snprintf = Module._pg_snprintf = e4.pg_snprintf, _OpenTransientFile = Module._OpenTransientFile = e4.OpenTransientFile, _ftruncate = Module._ftruncate = e4.ftruncate, _pwrite = Module._pwrite = e4.pwrite, _CloseTransientFile = Module._CloseTransientFile = e4.CloseTransientFile, _sscanf = Module._sscanf = e4.sscanf, _unlink = Module._unlink = e4.unlink, _fsync_fname = Module._fsync_fname = e4.fsync_fname, _GetCurrentTimestamp = Module._GetCurrentTimestamp = e4.GetCurrentTimestamp, _get_database_name = Module._get_database_name = e4.get_database_name, _get_namespace_name = Module._get_namespace_name = e4.get_namespace_name, _pg_prng_uint32 = Module._pg_prng_uint32 = e4.pg_prng_uint32, _GetRecordedFreeSpace = Module._GetRecordedFreeSpace = e4.GetRecordedFreeSpace, _visibilitymap_get_status = Module._visibilitymap_get_status = e4.visibilitymap_get_status, _vac_estimate_reltuples = Module._vac_estimate_reltuples = e4.vac_estimate_reltuples, _WaitLatch = Module._WaitLatch = e4.WaitLatch, _ResetLatch = Module._ResetLatch = e4.ResetLatch, _clock_gettime = Module._clock_gettime = e4.clock_gettime, _WalUsageAccumDiff = Module._WalUsageAccumDiff = e4.WalUsageAccumDiff, _BufferUsageAccumDiff = Module._BufferUsageAccumDiff = e4.BufferUsageAccumDiff, _appendStringInfoString = Module._appendStringInfoString = e4.appendStringInfoString, _set_errcontext_domain = Module._set_errcontext_domain = e4.set_errcontext_domain, _errcontext_msg = Module._errcontext_msg = e4.errcontext_msg, _visibilitymap_prepare_truncate = Module._visibilitymap_prepare_truncate = e4.visibilitymap_prepare_truncate, _GetIndexAmRoutine = Module._GetIndexAmRoutine = e4.GetIndexAmRoutine, _check_enable_rls = Module._check_enable_rls = e4.check_enable_rls, _pg_class_aclcheck = Module._pg_class_aclcheck = e4.pg_class_aclcheck, _pg_attribute_aclcheck = Module._pg_attribute_aclcheck = e4.pg_attribute_aclcheck, _try_index_open = Module._try_index_open = e4.try_index_open, _btboolcmp = Module._btboolcmp = e4.btboolcmp, _btint2cmp = Module._btint2cmp = e4.btint2cmp, _btint4cmp = Module._btint4cmp = e4.btint4cmp, _btint8cmp = Module._btint8cmp = e4.btint8cmp, _btoidcmp = Module._btoidcmp = e4.btoidcmp, _btcharcmp = Module._btcharcmp = e4.btcharcmp, __bt_form_posting = Module.__bt_form_posting = e4._bt_form_posting, __bt_mkscankey = Module.__bt_mkscankey = e4._bt_mkscankey, __bt_checkpage = Module.__bt_checkpage = e4._bt_checkpage, __bt_compare = Module.__bt_compare = e4._bt_compare, __bt_relbuf = Module.__bt_relbuf = e4._bt_relbuf, __bt_search = Module.__bt_search = e4._bt_search, __bt_binsrch_insert = Module.__bt_binsrch_insert = e4._bt_binsrch_insert, __bt_freestack = Module.__bt_freestack = e4._bt_freestack, __bt_metaversion = Module.__bt_metaversion = e4._bt_metaversion, _get_opfamily_member = Module._get_opfamily_member = e4.get_opfamily_member, _OidFunctionCall2Coll = Module._OidFunctionCall2Coll = e4.OidFunctionCall2Coll, __bt_allequalimage = Module.__bt_allequalimage = e4._bt_allequalimage, ___wasm_setjmp_test = Module.___wasm_setjmp_test = e4.__wasm_setjmp_test, _before_shmem_exit = Module._before_shmem_exit = e4.before_shmem_exit, ___wasm_setjmp = Module.___wasm_setjmp = e4.__wasm_setjmp, _cancel_before_shmem_exit = Module._cancel_before_shmem_exit = e4.cancel_before_shmem_exit, _pg_re_throw = Module._pg_re_throw = e4.pg_re_throw, _emscripten_longjmp = Module._emscripten_longjmp = e4.emscripten_longjmp, _ConditionVariableBroadcast = Module._ConditionVariableBroadcast = e4.ConditionVariableBroadcast, _datum_image_eq = Module._datum_image_eq = e4.datum_image_eq, _time = Module._time = e4.time, __bt_check_natts = Module.__bt_check_natts = e4._bt_check_natts, _strlcpy = Module._strlcpy = e4.strlcpy, _strncpy = Module._strncpy = e4.strncpy, _timestamptz_to_str = Module._timestamptz_to_str = e4.timestamptz_to_str, _XLogRecGetBlockRefInfo = Module._XLogRecGetBlockRefInfo = e4.XLogRecGetBlockRefInfo, _varstr_cmp = Module._varstr_cmp = e4.varstr_cmp, _get_atttype = Module._get_atttype = e4.get_atttype, _getBaseType = Module._getBaseType = e4.getBaseType, _exprType = Module._exprType = e4.exprType, _GetActiveSnapshot = Module._GetActiveSnapshot = e4.GetActiveSnapshot, _errdetail_relkind_not_supported = Module._errdetail_relkind_not_supported = e4.errdetail_relkind_not_supported, _table_openrv = Module._table_openrv = e4.table_openrv, _table_slot_callbacks = Module._table_slot_callbacks = e4.table_slot_callbacks, _clamp_row_est = Module._clamp_row_est = e4.clamp_row_est, _pre_format_elog_string = Module._pre_format_elog_string = e4.pre_format_elog_string, _format_elog_string = Module._format_elog_string = e4.format_elog_string, _IsTransactionState = Module._IsTransactionState = e4.IsTransactionState, _estimate_expression_value = Module._estimate_expression_value = e4.estimate_expression_value, _SetConfigOption = Module._SetConfigOption = e4.SetConfigOption, _XLogFlush = Module._XLogFlush = e4.XLogFlush, _get_call_result_type = Module._get_call_result_type = e4.get_call_result_type, _HeapTupleHeaderGetDatum = Module._HeapTupleHeaderGetDatum = e4.HeapTupleHeaderGetDatum, _GenericXLogStart = Module._GenericXLogStart = e4.GenericXLogStart, _GenericXLogRegisterBuffer = Module._GenericXLogRegisterBuffer = e4.GenericXLogRegisterBuffer, _GenericXLogFinish = Module._GenericXLogFinish = e4.GenericXLogFinish, _GenericXLogAbort = Module._GenericXLogAbort = e4.GenericXLogAbort, _errmsg_plural = Module._errmsg_plural = e4.errmsg_plural, _ReadNextMultiXactId = Module._ReadNextMultiXactId = e4.ReadNextMultiXactId, _ReadMultiXactIdRange = Module._ReadMultiXactIdRange = e4.ReadMultiXactIdRange, _MultiXactIdPrecedesOrEquals = Module._MultiXactIdPrecedesOrEquals = e4.MultiXactIdPrecedesOrEquals, _init_MultiFuncCall = Module._init_MultiFuncCall = e4.init_MultiFuncCall, _TupleDescGetAttInMetadata = Module._TupleDescGetAttInMetadata = e4.TupleDescGetAttInMetadata, _per_MultiFuncCall = Module._per_MultiFuncCall = e4.per_MultiFuncCall, _BuildTupleFromCStrings = Module._BuildTupleFromCStrings = e4.BuildTupleFromCStrings, _end_MultiFuncCall = Module._end_MultiFuncCall = e4.end_MultiFuncCall, _GetCurrentSubTransactionId = Module._GetCurrentSubTransactionId = e4.GetCurrentSubTransactionId, _GetSessionUserId = Module._GetSessionUserId = e4.GetSessionUserId, _WaitForBackgroundWorkerShutdown = Module._WaitForBackgroundWorkerShutdown = e4.WaitForBackgroundWorkerShutdown, _RegisterDynamicBackgroundWorker = Module._RegisterDynamicBackgroundWorker = e4.RegisterDynamicBackgroundWorker, _appendBinaryStringInfo = Module._appendBinaryStringInfo = e4.appendBinaryStringInfo, _pq_getmsgbyte = Module._pq_getmsgbyte = e4.pq_getmsgbyte, _ThrowErrorData = Module._ThrowErrorData = e4.ThrowErrorData, _pq_getmsgint = Module._pq_getmsgint = e4.pq_getmsgint, _pq_getmsgint64 = Module._pq_getmsgint64 = e4.pq_getmsgint64, _die = Module._die = e4.die, _pqsignal_be = Module._pqsignal_be = e4.pqsignal_be, _BackgroundWorkerUnblockSignals = Module._BackgroundWorkerUnblockSignals = e4.BackgroundWorkerUnblockSignals, _load_external_function = Module._load_external_function = e4.load_external_function, _BackgroundWorkerInitializeConnectionByOid = Module._BackgroundWorkerInitializeConnectionByOid = e4.BackgroundWorkerInitializeConnectionByOid, _GetDatabaseEncoding = Module._GetDatabaseEncoding = e4.GetDatabaseEncoding, _StartTransactionCommand = Module._StartTransactionCommand = e4.StartTransactionCommand, _CommitTransactionCommand = Module._CommitTransactionCommand = e4.CommitTransactionCommand, _PushActiveSnapshot = Module._PushActiveSnapshot = e4.PushActiveSnapshot, _PopActiveSnapshot = Module._PopActiveSnapshot = e4.PopActiveSnapshot, _RmgrNotFound = Module._RmgrNotFound = e4.RmgrNotFound, _InitMaterializedSRF = Module._InitMaterializedSRF = e4.InitMaterializedSRF, _tuplestore_putvalues = Module._tuplestore_putvalues = e4.tuplestore_putvalues, _pread = Module._pread = e4.pread, _lseek = Module._lseek = e4.lseek, _strspn = Module._strspn = e4.strspn, _strtoll = Module._strtoll = e4.strtoll, _AllocateFile = Module._AllocateFile = e4.AllocateFile, _fgets = Module._fgets = e4.fgets, _ferror = Module._ferror = e4.ferror, _FreeFile = Module._FreeFile = e4.FreeFile, _getpid = Module._getpid = e4.getpid, _read = Module._read = e4.read, _write = Module._write = e4.write, _durable_rename = Module._durable_rename = e4.durable_rename, _BlessTupleDesc = Module._BlessTupleDesc = e4.BlessTupleDesc, _fstat = Module._fstat = e4.fstat, _superuser_arg = Module._superuser_arg = e4.superuser_arg, _wal_segment_close = Module._wal_segment_close = e4.wal_segment_close, _wal_segment_open = Module._wal_segment_open = e4.wal_segment_open, _XLogReaderAllocate = Module._XLogReaderAllocate = e4.XLogReaderAllocate, _XLogReadRecord = Module._XLogReadRecord = e4.XLogReadRecord, _XLogReaderFree = Module._XLogReaderFree = e4.XLogReaderFree, _rename = Module._rename = e4.rename, _access = Module._access = e4.access, _IsAbortedTransactionBlockState = Module._IsAbortedTransactionBlockState = e4.IsAbortedTransactionBlockState, _GetTopFullTransactionId = Module._GetTopFullTransactionId = e4.GetTopFullTransactionId, _GetCurrentFullTransactionId = Module._GetCurrentFullTransactionId = e4.GetCurrentFullTransactionId, _GetCurrentTransactionNestLevel = Module._GetCurrentTransactionNestLevel = e4.GetCurrentTransactionNestLevel, _ResourceOwnerCreate = Module._ResourceOwnerCreate = e4.ResourceOwnerCreate, _AbortCurrentTransaction = Module._AbortCurrentTransaction = e4.AbortCurrentTransaction, _PreventInTransactionBlock = Module._PreventInTransactionBlock = e4.PreventInTransactionBlock, _IsTransactionBlock = Module._IsTransactionBlock = e4.IsTransactionBlock, _RegisterXactCallback = Module._RegisterXactCallback = e4.RegisterXactCallback, _UnregisterXactCallback = Module._UnregisterXactCallback = e4.UnregisterXactCallback, _RegisterSubXactCallback = Module._RegisterSubXactCallback = e4.RegisterSubXactCallback, _BeginInternalSubTransaction = Module._BeginInternalSubTransaction = e4.BeginInternalSubTransaction, _ReleaseCurrentSubTransaction = Module._ReleaseCurrentSubTransaction = e4.ReleaseCurrentSubTransaction, _ResourceOwnerDelete = Module._ResourceOwnerDelete = e4.ResourceOwnerDelete, _RollbackAndReleaseCurrentSubTransaction = Module._RollbackAndReleaseCurrentSubTransaction = e4.RollbackAndReleaseCurrentSubTransaction, _pg_usleep = Module._pg_usleep = e4.pg_usleep, _close = Module._close = e4.close, _ReleaseExternalFD = Module._ReleaseExternalFD = e4.ReleaseExternalFD, _GetDefaultCharSignedness = Module._GetDefaultCharSignedness = e4.GetDefaultCharSignedness, _SplitIdentifierString = Module._SplitIdentifierString = e4.SplitIdentifierString, _guc_malloc = Module._guc_malloc = e4.guc_malloc, _find_option = Module._find_option = e4.find_option, _gettimeofday = Module._gettimeofday = e4.gettimeofday, _pg_strong_random = Module._pg_strong_random = e4.pg_strong_random, _stat = Module._stat = e4.stat, _GetFlushRecPtr = Module._GetFlushRecPtr = e4.GetFlushRecPtr, _GetXLogReplayRecPtr = Module._GetXLogReplayRecPtr = e4.GetXLogReplayRecPtr, _TimestampDifferenceMilliseconds = Module._TimestampDifferenceMilliseconds = e4.TimestampDifferenceMilliseconds, _strtoul = Module._strtoul = e4.strtoul, _readlink = Module._readlink = e4.readlink, _pg_fprintf = Module._pg_fprintf = e4.pg_fprintf, _fflush = Module._fflush = e4.fflush, _pgl_system = Module._pgl_system = e4.pgl_system, _wait_result_to_str = Module._wait_result_to_str = e4.wait_result_to_str, _replace_percent_placeholders = Module._replace_percent_placeholders = e4.replace_percent_placeholders, _makeStringInfo = Module._makeStringInfo = e4.makeStringInfo, _pg_toupper = Module._pg_toupper = e4.pg_toupper, _numeric_in = Module._numeric_in = e4.numeric_in, _DirectFunctionCall3Coll = Module._DirectFunctionCall3Coll = e4.DirectFunctionCall3Coll, _palloc_extended = Module._palloc_extended = e4.palloc_extended, _pg_vsnprintf = Module._pg_vsnprintf = e4.pg_vsnprintf, _XLogFindNextRecord = Module._XLogFindNextRecord = e4.XLogFindNextRecord, _RestoreBlockImage = Module._RestoreBlockImage = e4.RestoreBlockImage, _timestamptz_in = Module._timestamptz_in = e4.timestamptz_in, _fscanf = Module._fscanf = e4.fscanf, _symlink = Module._symlink = e4.symlink, _ConditionVariableTimedSleep = Module._ConditionVariableTimedSleep = e4.ConditionVariableTimedSleep, _ParseDateTime = Module._ParseDateTime = e4.ParseDateTime, _DecodeDateTime = Module._DecodeDateTime = e4.DecodeDateTime, _tm2timestamp = Module._tm2timestamp = e4.tm2timestamp, _XLogRecStoreStats = Module._XLogRecStoreStats = e4.XLogRecStoreStats, _hash_get_num_entries = Module._hash_get_num_entries = e4.hash_get_num_entries, _read_local_xlog_page_no_wait = Module._read_local_xlog_page_no_wait = e4.read_local_xlog_page_no_wait, _escape_json_with_len = Module._escape_json_with_len = e4.escape_json_with_len, _BufFileSeek = Module._BufFileSeek = e4.BufFileSeek, _destroyStringInfo = Module._destroyStringInfo = e4.destroyStringInfo, _list_sort = Module._list_sort = e4.list_sort, _lstat = Module._lstat = e4.lstat, _pgl_geteuid = Module._pgl_geteuid = e4.pgl_geteuid, _getegid = Module._getegid = e4.getegid, _pg_checksum_page = Module._pg_checksum_page = e4.pg_checksum_page, _CreateDestReceiver = Module._CreateDestReceiver = e4.CreateDestReceiver, _bbsink_forward_end_archive = Module._bbsink_forward_end_archive = e4.bbsink_forward_end_archive, _bbsink_forward_begin_manifest = Module._bbsink_forward_begin_manifest = e4.bbsink_forward_begin_manifest, _bbsink_forward_end_manifest = Module._bbsink_forward_end_manifest = e4.bbsink_forward_end_manifest, _bbsink_forward_end_backup = Module._bbsink_forward_end_backup = e4.bbsink_forward_end_backup, _bbsink_forward_cleanup = Module._bbsink_forward_cleanup = e4.bbsink_forward_cleanup, _MemoryContextAllocExtended = Module._MemoryContextAllocExtended = e4.MemoryContextAllocExtended, _appendStringInfoVA = Module._appendStringInfoVA = e4.appendStringInfoVA, _list_concat = Module._list_concat = e4.list_concat, _strrchr = Module._strrchr = e4.strrchr, _bbsink_forward_begin_backup = Module._bbsink_forward_begin_backup = e4.bbsink_forward_begin_backup, _bbsink_forward_archive_contents = Module._bbsink_forward_archive_contents = e4.bbsink_forward_archive_contents, _bbsink_forward_begin_archive = Module._bbsink_forward_begin_archive = e4.bbsink_forward_begin_archive, _bbsink_forward_manifest_contents = Module._bbsink_forward_manifest_contents = e4.bbsink_forward_manifest_contents, _has_privs_of_role = Module._has_privs_of_role = e4.has_privs_of_role, _BaseBackupAddTarget = Module._BaseBackupAddTarget = e4.BaseBackupAddTarget, _list_copy = Module._list_copy = e4.list_copy, _tuplestore_puttuple = Module._tuplestore_puttuple = e4.tuplestore_puttuple, _isatty = Module._isatty = e4.isatty, _makeRangeVar = Module._makeRangeVar = e4.makeRangeVar, _DefineIndex = Module._DefineIndex = e4.DefineIndex, _getc = Module._getc = e4.getc, _fread = Module._fread = e4.fread, _clearerr = Module._clearerr = e4.clearerr, _OidInputFunctionCall = Module._OidInputFunctionCall = e4.OidInputFunctionCall, _copyObjectImpl = Module._copyObjectImpl = e4.copyObjectImpl, _get_rolespec_oid = Module._get_rolespec_oid = e4.get_rolespec_oid, _lappend_oid = Module._lappend_oid = e4.lappend_oid, _get_object_address = Module._get_object_address = e4.get_object_address, _makeTypeNameFromNameList = Module._makeTypeNameFromNameList = e4.makeTypeNameFromNameList, _SearchSysCacheLocked1 = Module._SearchSysCacheLocked1 = e4.SearchSysCacheLocked1, _SearchSysCache2 = Module._SearchSysCache2 = e4.SearchSysCache2, _SysCacheGetAttr = Module._SysCacheGetAttr = e4.SysCacheGetAttr, _CatalogTupleUpdate = Module._CatalogTupleUpdate = e4.CatalogTupleUpdate, _get_attnum = Module._get_attnum = e4.get_attnum, _get_rel_name = Module._get_rel_name = e4.get_rel_name, _CatalogTupleDelete = Module._CatalogTupleDelete = e4.CatalogTupleDelete, _get_namespace_oid = Module._get_namespace_oid = e4.get_namespace_oid, _SearchSysCache3 = Module._SearchSysCache3 = e4.SearchSysCache3, _performDeletion = Module._performDeletion = e4.performDeletion, _CatalogTupleInsert = Module._CatalogTupleInsert = e4.CatalogTupleInsert, _recordDependencyOn = Module._recordDependencyOn = e4.recordDependencyOn, _RunObjectPostAlterHook = Module._RunObjectPostAlterHook = e4.RunObjectPostAlterHook, _aclcheck_error_col = Module._aclcheck_error_col = e4.aclcheck_error_col, _get_element_type = Module._get_element_type = e4.get_element_type, _object_aclcheck = Module._object_aclcheck = e4.object_aclcheck, _isTempNamespace = Module._isTempNamespace = e4.isTempNamespace, _pg_attribute_aclcheck_all = Module._pg_attribute_aclcheck_all = e4.pg_attribute_aclcheck_all, _IsToastNamespace = Module._IsToastNamespace = e4.IsToastNamespace, _IsCatalogNamespace = Module._IsCatalogNamespace = e4.IsCatalogNamespace, _superuser = Module._superuser = e4.superuser, _SearchSysCacheAttName = Module._SearchSysCacheAttName = e4.SearchSysCacheAttName, _LockDatabaseObject = Module._LockDatabaseObject = e4.LockDatabaseObject, _new_object_addresses = Module._new_object_addresses = e4.new_object_addresses, _UnlockDatabaseObject = Module._UnlockDatabaseObject = e4.UnlockDatabaseObject, _free_object_addresses = Module._free_object_addresses = e4.free_object_addresses, _performMultipleDeletions = Module._performMultipleDeletions = e4.performMultipleDeletions, _recordDependencyOnExpr = Module._recordDependencyOnExpr = e4.recordDependencyOnExpr, _get_typ_typrelid = Module._get_typ_typrelid = e4.get_typ_typrelid, _query_tree_walker_impl = Module._query_tree_walker_impl = e4.query_tree_walker_impl, _expression_tree_walker_impl = Module._expression_tree_walker_impl = e4.expression_tree_walker_impl, _add_exact_object_address = Module._add_exact_object_address = e4.add_exact_object_address, _get_rel_relkind = Module._get_rel_relkind = e4.get_rel_relkind, _SystemAttributeDefinition = Module._SystemAttributeDefinition = e4.SystemAttributeDefinition, _get_typtype = Module._get_typtype = e4.get_typtype, _list_delete_last = Module._list_delete_last = e4.list_delete_last, _type_is_collatable = Module._type_is_collatable = e4.type_is_collatable, _CatalogOpenIndexes = Module._CatalogOpenIndexes = e4.CatalogOpenIndexes, _CatalogCloseIndexes = Module._CatalogCloseIndexes = e4.CatalogCloseIndexes, _get_relname_relid = Module._get_relname_relid = e4.get_relname_relid, _GetSysCacheOid = Module._GetSysCacheOid = e4.GetSysCacheOid, _SearchSysCacheCopy = Module._SearchSysCacheCopy = e4.SearchSysCacheCopy, _CheckTableNotInUse = Module._CheckTableNotInUse = e4.CheckTableNotInUse, _RelationForgetRelation = Module._RelationForgetRelation = e4.RelationForgetRelation, _construct_array = Module._construct_array = e4.construct_array, _make_parsestate = Module._make_parsestate = e4.make_parsestate, _addRangeTableEntryForRelation = Module._addRangeTableEntryForRelation = e4.addRangeTableEntryForRelation, _addNSItemToQuery = Module._addNSItemToQuery = e4.addNSItemToQuery, _transformExpr = Module._transformExpr = e4.transformExpr, _coerce_to_boolean = Module._coerce_to_boolean = e4.coerce_to_boolean, _assign_expr_collations = Module._assign_expr_collations = e4.assign_expr_collations, _pull_var_clause = Module._pull_var_clause = e4.pull_var_clause, _get_attname = Module._get_attname = e4.get_attname, _equal = Module._equal = e4.equal, _coerce_to_target_type = Module._coerce_to_target_type = e4.coerce_to_target_type, _nodeToString = Module._nodeToString = e4.nodeToString, _list_delete_nth_cell = Module._list_delete_nth_cell = e4.list_delete_nth_cell, _lappend_int = Module._lappend_int = e4.lappend_int, _CatalogTupleInsertWithInfo = Module._CatalogTupleInsertWithInfo = e4.CatalogTupleInsertWithInfo, _heap_truncate_find_FKs = Module._heap_truncate_find_FKs = e4.heap_truncate_find_FKs, _list_oid_cmp = Module._list_oid_cmp = e4.list_oid_cmp, _buildint2vector = Module._buildint2vector = e4.buildint2vector, _buildoidvector = Module._buildoidvector = e4.buildoidvector, _parser_errposition = Module._parser_errposition = e4.parser_errposition, _check_functions_in_node = Module._check_functions_in_node = e4.check_functions_in_node, _exprLocation = Module._exprLocation = e4.exprLocation, _exprTypmod = Module._exprTypmod = e4.exprTypmod, _get_base_element_type = Module._get_base_element_type = e4.get_base_element_type, _make_ands_explicit = Module._make_ands_explicit = e4.make_ands_explicit, _SystemFuncName = Module._SystemFuncName = e4.SystemFuncName, _CreateTrigger = Module._CreateTrigger = e4.CreateTrigger, _plan_create_index_workers = Module._plan_create_index_workers = e4.plan_create_index_workers, _GetLatestSnapshot = Module._GetLatestSnapshot = e4.GetLatestSnapshot, _make_ands_implicit = Module._make_ands_implicit = e4.make_ands_implicit, _get_rel_relispartition = Module._get_rel_relispartition = e4.get_rel_relispartition, _get_partition_ancestors = Module._get_partition_ancestors = e4.get_partition_ancestors, _tuplesort_begin_datum = Module._tuplesort_begin_datum = e4.tuplesort_begin_datum, _tuplesort_putdatum = Module._tuplesort_putdatum = e4.tuplesort_putdatum, _list_delete_oid = Module._list_delete_oid = e4.list_delete_oid, _get_rel_namespace = Module._get_rel_namespace = e4.get_rel_namespace, _ExecOpenIndices = Module._ExecOpenIndices = e4.ExecOpenIndices, _ExecCloseIndices = Module._ExecCloseIndices = e4.ExecCloseIndices, _CatalogTupleUpdateWithInfo = Module._CatalogTupleUpdateWithInfo = e4.CatalogTupleUpdateWithInfo, _ConditionalLockRelationOid = Module._ConditionalLockRelationOid = e4.ConditionalLockRelationOid, _RelnameGetRelid = Module._RelnameGetRelid = e4.RelnameGetRelid, _get_relkind_objtype = Module._get_relkind_objtype = e4.get_relkind_objtype, _isAnyTempNamespace = Module._isAnyTempNamespace = e4.isAnyTempNamespace, _RelationIsVisible = Module._RelationIsVisible = e4.RelationIsVisible, _TypenameGetTypid = Module._TypenameGetTypid = e4.TypenameGetTypid, _FuncnameGetCandidates = Module._FuncnameGetCandidates = e4.FuncnameGetCandidates, _DeconstructQualifiedName = Module._DeconstructQualifiedName = e4.DeconstructQualifiedName, _get_func_arg_info = Module._get_func_arg_info = e4.get_func_arg_info, _NameListToString = Module._NameListToString = e4.NameListToString, _OpernameGetOprid = Module._OpernameGetOprid = e4.OpernameGetOprid, _OpclassnameGetOpcid = Module._OpclassnameGetOpcid = e4.OpclassnameGetOpcid, _OpclassIsVisible = Module._OpclassIsVisible = e4.OpclassIsVisible, _get_ts_config_oid = Module._get_ts_config_oid = e4.get_ts_config_oid, _makeRangeVarFromNameList = Module._makeRangeVarFromNameList = e4.makeRangeVarFromNameList, _quote_identifier = Module._quote_identifier = e4.quote_identifier, _atoi = Module._atoi = e4.atoi, _GetSearchPathMatcher = Module._GetSearchPathMatcher = e4.GetSearchPathMatcher, _SearchPathMatchesCurrentEnvironment = Module._SearchPathMatchesCurrentEnvironment = e4.SearchPathMatchesCurrentEnvironment, _get_collation_oid = Module._get_collation_oid = e4.get_collation_oid, _GetDatabaseEncodingName = Module._GetDatabaseEncodingName = e4.GetDatabaseEncodingName, _CacheRegisterSyscacheCallback = Module._CacheRegisterSyscacheCallback = e4.CacheRegisterSyscacheCallback, _fetch_search_path = Module._fetch_search_path = e4.fetch_search_path, _get_extension_oid = Module._get_extension_oid = e4.get_extension_oid, _get_tablespace_oid = Module._get_tablespace_oid = e4.get_tablespace_oid, _get_role_oid = Module._get_role_oid = e4.get_role_oid, _get_language_oid = Module._get_language_oid = e4.get_language_oid, _get_am_oid = Module._get_am_oid = e4.get_am_oid, _get_index_am_oid = Module._get_index_am_oid = e4.get_index_am_oid, _GetForeignServerByName = Module._GetForeignServerByName = e4.GetForeignServerByName, _typeStringToTypeName = Module._typeStringToTypeName = e4.typeStringToTypeName, _makeFloat = Module._makeFloat = e4.makeFloat, _list_make2_impl = Module._list_make2_impl = e4.list_make2_impl, _check_object_ownership = Module._check_object_ownership = e4.check_object_ownership, _GetUserNameFromId = Module._GetUserNameFromId = e4.GetUserNameFromId, _format_type_extended = Module._format_type_extended = e4.format_type_extended, _quote_qualified_identifier = Module._quote_qualified_identifier = e4.quote_qualified_identifier, _get_tablespace_name = Module._get_tablespace_name = e4.get_tablespace_name, _GetForeignServerExtended = Module._GetForeignServerExtended = e4.GetForeignServerExtended, _GetForeignServer = Module._GetForeignServer = e4.GetForeignServer, _get_extension_name = Module._get_extension_name = e4.get_extension_name, _construct_empty_array = Module._construct_empty_array = e4.construct_empty_array, _format_type_be_qualified = Module._format_type_be_qualified = e4.format_type_be_qualified, _get_namespace_name_or_temp = Module._get_namespace_name_or_temp = e4.get_namespace_name_or_temp, _list_make3_impl = Module._list_make3_impl = e4.list_make3_impl, _get_am_name = Module._get_am_name = e4.get_am_name, _construct_md_array = Module._construct_md_array = e4.construct_md_array, _pull_varattnos = Module._pull_varattnos = e4.pull_varattnos, _makeBoolExpr = Module._makeBoolExpr = e4.makeBoolExpr, _eval_const_expressions = Module._eval_const_expressions = e4.eval_const_expressions, _get_func_name = Module._get_func_name = e4.get_func_name, _construct_array_builtin = Module._construct_array_builtin = e4.construct_array_builtin, _makeObjectName = Module._makeObjectName = e4.makeObjectName, _get_primary_key_attnos = Module._get_primary_key_attnos = e4.get_primary_key_attnos, _check_functional_grouping = Module._check_functional_grouping = e4.check_functional_grouping, _bms_is_subset = Module._bms_is_subset = e4.bms_is_subset, _ProcessGUCArray = Module._ProcessGUCArray = e4.ProcessGUCArray, _LockHeldByMe = Module._LockHeldByMe = e4.LockHeldByMe, _CheckRelationOidLockedByMe = Module._CheckRelationOidLockedByMe = e4.CheckRelationOidLockedByMe, _getExtensionOfObject = Module._getExtensionOfObject = e4.getExtensionOfObject, _deleteDependencyRecordsFor = Module._deleteDependencyRecordsFor = e4.deleteDependencyRecordsFor, _find_inheritance_children = Module._find_inheritance_children = e4.find_inheritance_children, _ActiveSnapshotSet = Module._ActiveSnapshotSet = e4.ActiveSnapshotSet, _find_all_inheritors = Module._find_all_inheritors = e4.find_all_inheritors, _has_superclass = Module._has_superclass = e4.has_superclass, _get_opname = Module._get_opname = e4.get_opname, _strstr = Module._strstr = e4.strstr, _memchr = Module._memchr = e4.memchr, _build_function_result_tupdesc_t = Module._build_function_result_tupdesc_t = e4.build_function_result_tupdesc_t, _CheckFunctionValidatorAccess = Module._CheckFunctionValidatorAccess = e4.CheckFunctionValidatorAccess, _AcquireRewriteLocks = Module._AcquireRewriteLocks = e4.AcquireRewriteLocks, _pg_parse_query = Module._pg_parse_query = e4.pg_parse_query, _get_func_result_type = Module._get_func_result_type = e4.get_func_result_type, _function_parse_error_transpose = Module._function_parse_error_transpose = e4.function_parse_error_transpose, _geterrposition = Module._geterrposition = e4.geterrposition, _getinternalerrposition = Module._getinternalerrposition = e4.getinternalerrposition, _pg_mblen_cstr = Module._pg_mblen_cstr = e4.pg_mblen_cstr, _pg_mbstrlen_with_len = Module._pg_mbstrlen_with_len = e4.pg_mbstrlen_with_len, _errposition = Module._errposition = e4.errposition, _internalerrposition = Module._internalerrposition = e4.internalerrposition, _internalerrquery = Module._internalerrquery = e4.internalerrquery, _bms_num_members = Module._bms_num_members = e4.bms_num_members, _list_concat_unique_oid = Module._list_concat_unique_oid = e4.list_concat_unique_oid, _ATExecChangeOwner = Module._ATExecChangeOwner = e4.ATExecChangeOwner, _quote_literal_cstr = Module._quote_literal_cstr = e4.quote_literal_cstr, _get_array_type = Module._get_array_type = e4.get_array_type, _pnstrdup = Module._pnstrdup = e4.pnstrdup, _pg_mbcliplen = Module._pg_mbcliplen = e4.pg_mbcliplen, _smgrtruncate = Module._smgrtruncate = e4.smgrtruncate, _smgrreadv = Module._smgrreadv = e4.smgrreadv, _NewRelationCreateToastTable = Module._NewRelationCreateToastTable = e4.NewRelationCreateToastTable, _parse_analyze_fixedparams = Module._parse_analyze_fixedparams = e4.parse_analyze_fixedparams, _transformStmt = Module._transformStmt = e4.transformStmt, _free_parsestate = Module._free_parsestate = e4.free_parsestate, _makeFromExpr = Module._makeFromExpr = e4.makeFromExpr, _assign_query_collations = Module._assign_query_collations = e4.assign_query_collations, _makeTargetEntry = Module._makeTargetEntry = e4.makeTargetEntry, _exprCollation = Module._exprCollation = e4.exprCollation, _transformSortClause = Module._transformSortClause = e4.transformSortClause, _transformDistinctClause = Module._transformDistinctClause = e4.transformDistinctClause, _ParseFuncOrColumn = Module._ParseFuncOrColumn = e4.ParseFuncOrColumn, _select_common_type = Module._select_common_type = e4.select_common_type, _coerce_to_common_type = Module._coerce_to_common_type = e4.coerce_to_common_type, _select_common_collation = Module._select_common_collation = e4.select_common_collation, _contain_vars_of_level = Module._contain_vars_of_level = e4.contain_vars_of_level, _expandNSItemAttrs = Module._expandNSItemAttrs = e4.expandNSItemAttrs, _makeAlias = Module._makeAlias = e4.makeAlias, _addRangeTableEntryForSubquery = Module._addRangeTableEntryForSubquery = e4.addRangeTableEntryForSubquery, _assign_list_collations = Module._assign_list_collations = e4.assign_list_collations, _expandNSItemVars = Module._expandNSItemVars = e4.expandNSItemVars, _markTargetListOrigins = Module._markTargetListOrigins = e4.markTargetListOrigins, _addRangeTableEntryForJoin = Module._addRangeTableEntryForJoin = e4.addRangeTableEntryForJoin, _list_truncate = Module._list_truncate = e4.list_truncate, _makeVar = Module._makeVar = e4.makeVar, _analyze_requires_snapshot = Module._analyze_requires_snapshot = e4.analyze_requires_snapshot, _makeNullConst = Module._makeNullConst = e4.makeNullConst, _get_sort_group_operators = Module._get_sort_group_operators = e4.get_sort_group_operators, _refnameNamespaceItem = Module._refnameNamespaceItem = e4.refnameNamespaceItem, _getRTEPermissionInfo = Module._getRTEPermissionInfo = e4.getRTEPermissionInfo, _setup_parser_errposition_callback = Module._setup_parser_errposition_callback = e4.setup_parser_errposition_callback, _cancel_parser_errposition_callback = Module._cancel_parser_errposition_callback = e4.cancel_parser_errposition_callback, _locate_var_of_level = Module._locate_var_of_level = e4.locate_var_of_level, _makeBoolean = Module._makeBoolean = e4.makeBoolean, _makeInteger = Module._makeInteger = e4.makeInteger, _makeSimpleA_Expr = Module._makeSimpleA_Expr = e4.makeSimpleA_Expr, _makeTypeName = Module._makeTypeName = e4.makeTypeName, _SystemTypeName = Module._SystemTypeName = e4.SystemTypeName, _makeFuncCall = Module._makeFuncCall = e4.makeFuncCall, _makeA_Expr = Module._makeA_Expr = e4.makeA_Expr, _list_make4_impl = Module._list_make4_impl = e4.list_make4_impl, _addTargetToSortList = Module._addTargetToSortList = e4.addTargetToSortList, _locate_agg_of_level = Module._locate_agg_of_level = e4.locate_agg_of_level, _list_intersection_int = Module._list_intersection_int = e4.list_intersection_int, _get_sortgroupclause_tle = Module._get_sortgroupclause_tle = e4.get_sortgroupclause_tle, _flatten_join_alias_vars = Module._flatten_join_alias_vars = e4.flatten_join_alias_vars, _list_member_int = Module._list_member_int = e4.list_member_int, _list_union_int = Module._list_union_int = e4.list_union_int, _makeFuncExpr = Module._makeFuncExpr = e4.makeFuncExpr, _get_rte_attribute_name = Module._get_rte_attribute_name = e4.get_rte_attribute_name, _expression_tree_mutator_impl = Module._expression_tree_mutator_impl = e4.expression_tree_mutator_impl, _checkNameSpaceConflicts = Module._checkNameSpaceConflicts = e4.checkNameSpaceConflicts, _addRangeTableEntryForENR = Module._addRangeTableEntryForENR = e4.addRangeTableEntryForENR, _addRangeTableEntry = Module._addRangeTableEntry = e4.addRangeTableEntry, _FigureColname = Module._FigureColname = e4.FigureColname, _addRangeTableEntryForFunction = Module._addRangeTableEntryForFunction = e4.addRangeTableEntryForFunction, _coerce_to_specific_type = Module._coerce_to_specific_type = e4.coerce_to_specific_type, _typenameTypeIdAndMod = Module._typenameTypeIdAndMod = e4.typenameTypeIdAndMod, _get_typcollation = Module._get_typcollation = e4.get_typcollation, _markNullableIfNeeded = Module._markNullableIfNeeded = e4.markNullableIfNeeded, _markVarForSelectPriv = Module._markVarForSelectPriv = e4.markVarForSelectPriv, _coerce_type = Module._coerce_type = e4.coerce_type, _LookupFuncName = Module._LookupFuncName = e4.LookupFuncName, _parserOpenTable = Module._parserOpenTable = e4.parserOpenTable, _strip_implicit_coercions = Module._strip_implicit_coercions = e4.strip_implicit_coercions, _colNameToVar = Module._colNameToVar = e4.colNameToVar, _op_hashjoinable = Module._op_hashjoinable = e4.op_hashjoinable, _get_commutator = Module._get_commutator = e4.get_commutator, _get_ordering_op_properties = Module._get_ordering_op_properties = e4.get_ordering_op_properties, _can_coerce_type = Module._can_coerce_type = e4.can_coerce_type, _get_sortgroupref_tle = Module._get_sortgroupref_tle = e4.get_sortgroupref_tle, _assignSortGroupRef = Module._assignSortGroupRef = e4.assignSortGroupRef, _targetIsInSortList = Module._targetIsInSortList = e4.targetIsInSortList, _contain_aggs_of_level = Module._contain_aggs_of_level = e4.contain_aggs_of_level, _find_coercion_pathway = Module._find_coercion_pathway = e4.find_coercion_pathway, _typeidType = Module._typeidType = e4.typeidType, _typeTypeCollation = Module._typeTypeCollation = e4.typeTypeCollation, _typeLen = Module._typeLen = e4.typeLen, _typeByVal = Module._typeByVal = e4.typeByVal, _get_type_category_preferred = Module._get_type_category_preferred = e4.get_type_category_preferred, _makeConst = Module._makeConst = e4.makeConst, _type_is_enum = Module._type_is_enum = e4.type_is_enum, _verify_common_type = Module._verify_common_type = e4.verify_common_type, _type_is_range = Module._type_is_range = e4.type_is_range, _bms_del_member = Module._bms_del_member = e4.bms_del_member, _list_member = Module._list_member = e4.list_member, _raw_expression_tree_walker_impl = Module._raw_expression_tree_walker_impl = e4.raw_expression_tree_walker_impl, _type_is_rowtype = Module._type_is_rowtype = e4.type_is_rowtype, _scanNSItemForColumn = Module._scanNSItemForColumn = e4.scanNSItemForColumn, _make_op = Module._make_op = e4.make_op, _make_scalar_array_op = Module._make_scalar_array_op = e4.make_scalar_array_op, _count_nonjunk_tlist_entries = Module._count_nonjunk_tlist_entries = e4.count_nonjunk_tlist_entries, _makeWholeRowVar = Module._makeWholeRowVar = e4.makeWholeRowVar, _expandRTE = Module._expandRTE = e4.expandRTE, _contain_var_clause = Module._contain_var_clause = e4.contain_var_clause, _jsonb_in = Module._jsonb_in = e4.jsonb_in, _get_func_prokind = Module._get_func_prokind = e4.get_func_prokind, _escape_json = Module._escape_json = e4.escape_json, _geterrcode = Module._geterrcode = e4.geterrcode, _bit_in = Module._bit_in = e4.bit_in, _repalloc0 = Module._repalloc0 = e4.repalloc0, _bms_union = Module._bms_union = e4.bms_union, _varstr_levenshtein_less_equal = Module._varstr_levenshtein_less_equal = e4.varstr_levenshtein_less_equal, _get_atttypetypmodcoll = Module._get_atttypetypmodcoll = e4.get_atttypetypmodcoll, _raw_parser = Module._raw_parser = e4.raw_parser, _errsave_start = Module._errsave_start = e4.errsave_start, _errsave_finish = Module._errsave_finish = e4.errsave_finish, _makeColumnDef = Module._makeColumnDef = e4.makeColumnDef, _GetDefaultOpClass = Module._GetDefaultOpClass = e4.GetDefaultOpClass, _transformIndexStmt = Module._transformIndexStmt = e4.transformIndexStmt, _ChooseRelationName = Module._ChooseRelationName = e4.ChooseRelationName, _deparse_context_for = Module._deparse_context_for = e4.deparse_context_for, _deparse_expression = Module._deparse_expression = e4.deparse_expression, _expression_planner = Module._expression_planner = e4.expression_planner, _scanner_init = Module._scanner_init = e4.scanner_init, _scanner_finish = Module._scanner_finish = e4.scanner_finish, _core_yylex = Module._core_yylex = e4.core_yylex, _isxdigit = Module._isxdigit = e4.isxdigit, _scanner_isspace = Module._scanner_isspace = e4.scanner_isspace, _truncate_identifier = Module._truncate_identifier = e4.truncate_identifier, _ScanKeywordLookup = Module._ScanKeywordLookup = e4.ScanKeywordLookup, _pg_verifymbstr = Module._pg_verifymbstr = e4.pg_verifymbstr, _downcase_truncate_identifier = Module._downcase_truncate_identifier = e4.downcase_truncate_identifier, _pg_database_encoding_max_length = Module._pg_database_encoding_max_length = e4.pg_database_encoding_max_length, _getTypeInputInfo = Module._getTypeInputInfo = e4.getTypeInputInfo, _RenameSchema = Module._RenameSchema = e4.RenameSchema, _check_can_set_role = Module._check_can_set_role = e4.check_can_set_role, _namein = Module._namein = e4.namein, _BlockSampler_Init = Module._BlockSampler_Init = e4.BlockSampler_Init, _reservoir_init_selection_state = Module._reservoir_init_selection_state = e4.reservoir_init_selection_state, _reservoir_get_next_S = Module._reservoir_get_next_S = e4.reservoir_get_next_S, _sampler_random_fract = Module._sampler_random_fract = e4.sampler_random_fract, _std_typanalyze = Module._std_typanalyze = e4.std_typanalyze, _BlockSampler_HasMore = Module._BlockSampler_HasMore = e4.BlockSampler_HasMore, _BlockSampler_Next = Module._BlockSampler_Next = e4.BlockSampler_Next, _Async_Notify = Module._Async_Notify = e4.Async_Notify, _RangeVarCallbackMaintainsTable = Module._RangeVarCallbackMaintainsTable = e4.RangeVarCallbackMaintainsTable, _make_new_heap = Module._make_new_heap = e4.make_new_heap, _finish_heap_swap = Module._finish_heap_swap = e4.finish_heap_swap, _RenameRelationInternal = Module._RenameRelationInternal = e4.RenameRelationInternal, _OpenPipeStream = Module._OpenPipeStream = e4.OpenPipeStream, _pg_is_ascii = Module._pg_is_ascii = e4.pg_is_ascii, _ClosePipeStream = Module._ClosePipeStream = e4.ClosePipeStream, _fix_opfuncids = Module._fix_opfuncids = e4.fix_opfuncids, _PreventCommandIfReadOnly = Module._PreventCommandIfReadOnly = e4.PreventCommandIfReadOnly, _BeginCopyFrom = Module._BeginCopyFrom = e4.BeginCopyFrom, _EndCopyFrom = Module._EndCopyFrom = e4.EndCopyFrom, _ProcessCopyOptions = Module._ProcessCopyOptions = e4.ProcessCopyOptions, _pg_strtoint64 = Module._pg_strtoint64 = e4.pg_strtoint64, _CopyFromErrorCallback = Module._CopyFromErrorCallback = e4.CopyFromErrorCallback, _bms_make_singleton = Module._bms_make_singleton = e4.bms_make_singleton, _ExecInitRangeTable = Module._ExecInitRangeTable = e4.ExecInitRangeTable, _ExecInitResultRelation = Module._ExecInitResultRelation = e4.ExecInitResultRelation, _ExecInitQual = Module._ExecInitQual = e4.ExecInitQual, _contain_volatile_functions = Module._contain_volatile_functions = e4.contain_volatile_functions, _NextCopyFrom = Module._NextCopyFrom = e4.NextCopyFrom, _ExecCloseResultRelations = Module._ExecCloseResultRelations = e4.ExecCloseResultRelations, _ExecCloseRangeTableRelations = Module._ExecCloseRangeTableRelations = e4.ExecCloseRangeTableRelations, _ExecConstraints = Module._ExecConstraints = e4.ExecConstraints, _ExecInsertIndexTuples = Module._ExecInsertIndexTuples = e4.ExecInsertIndexTuples, _build_column_default = Module._build_column_default = e4.build_column_default, _ExecInitExpr = Module._ExecInitExpr = e4.ExecInitExpr, _fileno = Module._fileno = e4.fileno, _NextCopyFromRawFields = Module._NextCopyFromRawFields = e4.NextCopyFromRawFields, _resetStringInfo = Module._resetStringInfo = e4.resetStringInfo, _pq_copymsgbytes = Module._pq_copymsgbytes = e4.pq_copymsgbytes, _pg_encoding_max_length = Module._pg_encoding_max_length = e4.pg_encoding_max_length, _tolower = Module._tolower = e4.tolower, _pg_plan_query = Module._pg_plan_query = e4.pg_plan_query, _PushCopiedSnapshot = Module._PushCopiedSnapshot = e4.PushCopiedSnapshot, _UpdateActiveSnapshotCommandId = Module._UpdateActiveSnapshotCommandId = e4.UpdateActiveSnapshotCommandId, _CreateQueryDesc = Module._CreateQueryDesc = e4.CreateQueryDesc, _ExecutorStart = Module._ExecutorStart = e4.ExecutorStart, _ExecutorFinish = Module._ExecutorFinish = e4.ExecutorFinish, _ExecutorEnd = Module._ExecutorEnd = e4.ExecutorEnd, _FreeQueryDesc = Module._FreeQueryDesc = e4.FreeQueryDesc, _ExecutorRun = Module._ExecutorRun = e4.ExecutorRun, _pg_server_to_any = Module._pg_server_to_any = e4.pg_server_to_any, _fwrite = Module._fwrite = e4.fwrite, _CreateTableAsRelExists = Module._CreateTableAsRelExists = e4.CreateTableAsRelExists, _QueryRewrite = Module._QueryRewrite = e4.QueryRewrite, _DefineRelation = Module._DefineRelation = e4.DefineRelation, _rmdir = Module._rmdir = e4.rmdir, _atof = Module._atof = e4.atof, _int8in = Module._int8in = e4.int8in, _oidin = Module._oidin = e4.oidin, _RemoveObjects = Module._RemoveObjects = e4.RemoveObjects, _GetCommandTagEnum = Module._GetCommandTagEnum = e4.GetCommandTagEnum, _CreateCommandTag = Module._CreateCommandTag = e4.CreateCommandTag, _GetCommandTagName = Module._GetCommandTagName = e4.GetCommandTagName, _NewExplainState = Module._NewExplainState = e4.NewExplainState, _ExplainBeginOutput = Module._ExplainBeginOutput = e4.ExplainBeginOutput, _ExplainEndOutput = Module._ExplainEndOutput = e4.ExplainEndOutput, _ExplainOpenGroup = Module._ExplainOpenGroup = e4.ExplainOpenGroup, _ExplainPrintPlan = Module._ExplainPrintPlan = e4.ExplainPrintPlan, _ExplainIndentText = Module._ExplainIndentText = e4.ExplainIndentText, _ExplainPropertyInteger = Module._ExplainPropertyInteger = e4.ExplainPropertyInteger, _ExplainCloseGroup = Module._ExplainCloseGroup = e4.ExplainCloseGroup, _ExplainPropertyFloat = Module._ExplainPropertyFloat = e4.ExplainPropertyFloat, _ExplainPrintTriggers = Module._ExplainPrintTriggers = e4.ExplainPrintTriggers, _ExplainPropertyUInteger = Module._ExplainPropertyUInteger = e4.ExplainPropertyUInteger, _ExplainPropertyText = Module._ExplainPropertyText = e4.ExplainPropertyText, _GetConfigOptionByName = Module._GetConfigOptionByName = e4.GetConfigOptionByName, _ExplainPrintJITSummary = Module._ExplainPrintJITSummary = e4.ExplainPrintJITSummary, _ExplainPropertyBool = Module._ExplainPropertyBool = e4.ExplainPropertyBool, _InstrEndLoop = Module._InstrEndLoop = e4.InstrEndLoop, _appendStringInfoSpaces = Module._appendStringInfoSpaces = e4.appendStringInfoSpaces, _ExplainQueryText = Module._ExplainQueryText = e4.ExplainQueryText, _ExplainQueryParameters = Module._ExplainQueryParameters = e4.ExplainQueryParameters, _get_func_namespace = Module._get_func_namespace = e4.get_func_namespace, _escape_xml = Module._escape_xml = e4.escape_xml, _GetExplainExtensionId = Module._GetExplainExtensionId = e4.GetExplainExtensionId, _GetExplainExtensionState = Module._GetExplainExtensionState = e4.GetExplainExtensionState, _SetExplainExtensionState = Module._SetExplainExtensionState = e4.SetExplainExtensionState, _RegisterExtensionExplainOption = Module._RegisterExtensionExplainOption = e4.RegisterExtensionExplainOption, _get_extension_schema = Module._get_extension_schema = e4.get_extension_schema, _get_function_sibling_type = Module._get_function_sibling_type = e4.get_function_sibling_type, _GetSysCacheHashValue = Module._GetSysCacheHashValue = e4.GetSysCacheHashValue, _CreateSchemaCommand = Module._CreateSchemaCommand = e4.CreateSchemaCommand, _get_rel_type_id = Module._get_rel_type_id = e4.get_rel_type_id, _set_config_option = Module._set_config_option = e4.set_config_option, _pg_any_to_server = Module._pg_any_to_server = e4.pg_any_to_server, _DirectFunctionCall4Coll = Module._DirectFunctionCall4Coll = e4.DirectFunctionCall4Coll, _replace_text = Module._replace_text = e4.replace_text, _ProcessUtility = Module._ProcessUtility = e4.ProcessUtility, _strpbrk = Module._strpbrk = e4.strpbrk, _CleanQuerytext = Module._CleanQuerytext = e4.CleanQuerytext, _GetForeignDataWrapper = Module._GetForeignDataWrapper = e4.GetForeignDataWrapper, _CreateExprContext = Module._CreateExprContext = e4.CreateExprContext, _EnsurePortalSnapshotExists = Module._EnsurePortalSnapshotExists = e4.EnsurePortalSnapshotExists, _CheckIndexCompatible = Module._CheckIndexCompatible = e4.CheckIndexCompatible, _op_input_types = Module._op_input_types = e4.op_input_types, _ResolveOpClass = Module._ResolveOpClass = e4.ResolveOpClass, _get_opclass_family = Module._get_opclass_family = e4.get_opclass_family, _get_opfamily_member_for_cmptype = Module._get_opfamily_member_for_cmptype = e4.get_opfamily_member_for_cmptype, _pgstat_count_truncate = Module._pgstat_count_truncate = e4.pgstat_count_truncate, _SPI_connect = Module._SPI_connect = e4.SPI_connect, _SPI_exec = Module._SPI_exec = e4.SPI_exec, _SPI_execute = Module._SPI_execute = e4.SPI_execute, _SPI_getvalue = Module._SPI_getvalue = e4.SPI_getvalue, _generate_operator_clause = Module._generate_operator_clause = e4.generate_operator_clause, _SPI_finish = Module._SPI_finish = e4.SPI_finish, _CreateTransientRelDestReceiver = Module._CreateTransientRelDestReceiver = e4.CreateTransientRelDestReceiver, _MemoryContextSetIdentifier = Module._MemoryContextSetIdentifier = e4.MemoryContextSetIdentifier, _checkExprHasSubLink = Module._checkExprHasSubLink = e4.checkExprHasSubLink, _MemoryContextSetParent = Module._MemoryContextSetParent = e4.MemoryContextSetParent, _copyParamList = Module._copyParamList = e4.copyParamList, _SetTuplestoreDestReceiverParams = Module._SetTuplestoreDestReceiverParams = e4.SetTuplestoreDestReceiverParams, _tuplestore_rescan = Module._tuplestore_rescan = e4.tuplestore_rescan, _MemoryContextDeleteChildren = Module._MemoryContextDeleteChildren = e4.MemoryContextDeleteChildren, _GetCachedPlan = Module._GetCachedPlan = e4.GetCachedPlan, _makeParamList = Module._makeParamList = e4.makeParamList, _ReleaseCachedPlan = Module._ReleaseCachedPlan = e4.ReleaseCachedPlan, _bms_equal = Module._bms_equal = e4.bms_equal, _func_volatile = Module._func_volatile = e4.func_volatile, _register_label_provider = Module._register_label_provider = e4.register_label_provider, _DefineSequence = Module._DefineSequence = e4.DefineSequence, _AlterSequence = Module._AlterSequence = e4.AlterSequence, _RangeVarCallbackOwnsRelation = Module._RangeVarCallbackOwnsRelation = e4.RangeVarCallbackOwnsRelation, _nextval = Module._nextval = e4.nextval, _textToQualifiedNameList = Module._textToQualifiedNameList = e4.textToQualifiedNameList, _nextval_internal = Module._nextval_internal = e4.nextval_internal, _setval_oid = Module._setval_oid = e4.setval_oid, _tuplestore_gettupleslot = Module._tuplestore_gettupleslot = e4.tuplestore_gettupleslot, _list_delete = Module._list_delete = e4.list_delete, _tuplestore_end = Module._tuplestore_end = e4.tuplestore_end, _list_append_unique = Module._list_append_unique = e4.list_append_unique, _get_rel_relam = Module._get_rel_relam = e4.get_rel_relam, _contain_mutable_functions = Module._contain_mutable_functions = e4.contain_mutable_functions, _RemoveRelations = Module._RemoveRelations = e4.RemoveRelations, _ExecuteTruncateGuts = Module._ExecuteTruncateGuts = e4.ExecuteTruncateGuts, _InitResultRelInfo = Module._InitResultRelInfo = e4.InitResultRelInfo, _AlterTableLookupRelation = Module._AlterTableLookupRelation = e4.AlterTableLookupRelation, _AlterTable = Module._AlterTable = e4.AlterTable, _AlterTableInternal = Module._AlterTableInternal = e4.AlterTableInternal, _AlterTableGetLockLevel = Module._AlterTableGetLockLevel = e4.AlterTableGetLockLevel, _pg_get_indexdef_string = Module._pg_get_indexdef_string = e4.pg_get_indexdef_string, _ExecStoreAllNullTuple = Module._ExecStoreAllNullTuple = e4.ExecStoreAllNullTuple, _chmod = Module._chmod = e4.chmod, _ChangeVarNodes = Module._ChangeVarNodes = e4.ChangeVarNodes, _tuplestore_begin_heap = Module._tuplestore_begin_heap = e4.tuplestore_begin_heap, _tuplestore_puttupleslot = Module._tuplestore_puttupleslot = e4.tuplestore_puttupleslot, _ExecForceStoreHeapTuple = Module._ExecForceStoreHeapTuple = e4.ExecForceStoreHeapTuple, _ExecUpdateLockMode = Module._ExecUpdateLockMode = e4.ExecUpdateLockMode, _bms_copy = Module._bms_copy = e4.bms_copy, _strtoint = Module._strtoint = e4.strtoint, _strtod = Module._strtod = e4.strtod, _plain_crypt_verify = Module._plain_crypt_verify = e4.plain_crypt_verify, _ProcessConfigFile = Module._ProcessConfigFile = e4.ProcessConfigFile, _pgl_exit = Module._pgl_exit = e4.pgl_exit, _dsa_get_handle = Module._dsa_get_handle = e4.dsa_get_handle, _pg_strncasecmp = Module._pg_strncasecmp = e4.pg_strncasecmp, _guc_free = Module._guc_free = e4.guc_free, _ExecReScan = Module._ExecReScan = e4.ExecReScan, _ExecAsyncResponse = Module._ExecAsyncResponse = e4.ExecAsyncResponse, _ExecAsyncRequestDone = Module._ExecAsyncRequestDone = e4.ExecAsyncRequestDone, _ExecAsyncRequestPending = Module._ExecAsyncRequestPending = e4.ExecAsyncRequestPending, _ExprEvalPushStep = Module._ExprEvalPushStep = e4.ExprEvalPushStep, _lookup_rowtype_tupdesc_copy = Module._lookup_rowtype_tupdesc_copy = e4.lookup_rowtype_tupdesc_copy, _ExecInitExprWithParams = Module._ExecInitExprWithParams = e4.ExecInitExprWithParams, _ExecInitExprList = Module._ExecInitExprList = e4.ExecInitExprList, _ExecGetResultType = Module._ExecGetResultType = e4.ExecGetResultType, _ExecInitExtraTupleSlot = Module._ExecInitExtraTupleSlot = e4.ExecInitExtraTupleSlot, _MakeExpandedObjectReadOnlyInternal = Module._MakeExpandedObjectReadOnlyInternal = e4.MakeExpandedObjectReadOnlyInternal, _tuplesort_puttupleslot = Module._tuplesort_puttupleslot = e4.tuplesort_puttupleslot, _ArrayGetNItems = Module._ArrayGetNItems = e4.ArrayGetNItems, _expanded_record_fetch_field = Module._expanded_record_fetch_field = e4.expanded_record_fetch_field, _json_validate = Module._json_validate = e4.json_validate, _JsonbValueToJsonb = Module._JsonbValueToJsonb = e4.JsonbValueToJsonb, _numeric_out = Module._numeric_out = e4.numeric_out, _boolout = Module._boolout = e4.boolout, _bool_int4 = Module._bool_int4 = e4.bool_int4, _lookup_rowtype_tupdesc_domain = Module._lookup_rowtype_tupdesc_domain = e4.lookup_rowtype_tupdesc_domain, _MemoryContextGetParent = Module._MemoryContextGetParent = e4.MemoryContextGetParent, _DeleteExpandedObject = Module._DeleteExpandedObject = e4.DeleteExpandedObject, _CreateStandaloneExprContext = Module._CreateStandaloneExprContext = e4.CreateStandaloneExprContext, _ExecFindJunkAttributeInTlist = Module._ExecFindJunkAttributeInTlist = e4.ExecFindJunkAttributeInTlist, _standard_ExecutorStart = Module._standard_ExecutorStart = e4.standard_ExecutorStart, _ExecInitNode = Module._ExecInitNode = e4.ExecInitNode, _standard_ExecutorRun = Module._standard_ExecutorRun = e4.standard_ExecutorRun, _standard_ExecutorFinish = Module._standard_ExecutorFinish = e4.standard_ExecutorFinish, _standard_ExecutorEnd = Module._standard_ExecutorEnd = e4.standard_ExecutorEnd, _ExecEndNode = Module._ExecEndNode = e4.ExecEndNode, _InstrAlloc = Module._InstrAlloc = e4.InstrAlloc, _MakeTupleTableSlot = Module._MakeTupleTableSlot = e4.MakeTupleTableSlot, _ExecWithCheckOptions = Module._ExecWithCheckOptions = e4.ExecWithCheckOptions, _get_typlenbyval = Module._get_typlenbyval = e4.get_typlenbyval, _ExecInitScanTupleSlot = Module._ExecInitScanTupleSlot = e4.ExecInitScanTupleSlot, _InputFunctionCall = Module._InputFunctionCall = e4.InputFunctionCall, _list_delete_ptr = Module._list_delete_ptr = e4.list_delete_ptr, _FreeExprContext = Module._FreeExprContext = e4.FreeExprContext, _ExecAssignExprContext = Module._ExecAssignExprContext = e4.ExecAssignExprContext, _ExecAssignProjectionInfo = Module._ExecAssignProjectionInfo = e4.ExecAssignProjectionInfo, _ExecOpenScanRelation = Module._ExecOpenScanRelation = e4.ExecOpenScanRelation, _bms_intersect = Module._bms_intersect = e4.bms_intersect, _GetAttributeByName = Module._GetAttributeByName = e4.GetAttributeByName, _GetAttributeByNum = Module._GetAttributeByNum = e4.GetAttributeByNum, _ExecGetReturningSlot = Module._ExecGetReturningSlot = e4.ExecGetReturningSlot, _ExecGetResultRelCheckAsUser = Module._ExecGetResultRelCheckAsUser = e4.ExecGetResultRelCheckAsUser, _MemoryContextRegisterResetCallback = Module._MemoryContextRegisterResetCallback = e4.MemoryContextRegisterResetCallback, _cached_function_compile = Module._cached_function_compile = e4.cached_function_compile, _CommandIsReadOnly = Module._CommandIsReadOnly = e4.CommandIsReadOnly, _InstrUpdateTupleCount = Module._InstrUpdateTupleCount = e4.InstrUpdateTupleCount, _tuplesort_begin_heap = Module._tuplesort_begin_heap = e4.tuplesort_begin_heap, _AggCheckCallContext = Module._AggCheckCallContext = e4.AggCheckCallContext, _tuplesort_gettupleslot = Module._tuplesort_gettupleslot = e4.tuplesort_gettupleslot, _bms_del_members = Module._bms_del_members = e4.bms_del_members, _AddWaitEventToSet = Module._AddWaitEventToSet = e4.AddWaitEventToSet, _GetNumRegisteredWaitEvents = Module._GetNumRegisteredWaitEvents = e4.GetNumRegisteredWaitEvents, _tuplestore_clear = Module._tuplestore_clear = e4.tuplestore_clear, _get_attstatsslot = Module._get_attstatsslot = e4.get_attstatsslot, _free_attstatsslot = Module._free_attstatsslot = e4.free_attstatsslot, _SharedFileSetInit = Module._SharedFileSetInit = e4.SharedFileSetInit, _SharedFileSetAttach = Module._SharedFileSetAttach = e4.SharedFileSetAttach, _tuplesort_reset = Module._tuplesort_reset = e4.tuplesort_reset, _pairingheap_first = Module._pairingheap_first = e4.pairingheap_first, _bms_nonempty_difference = Module._bms_nonempty_difference = e4.bms_nonempty_difference, _datum_image_hash = Module._datum_image_hash = e4.datum_image_hash, _tuplesort_rescan = Module._tuplesort_rescan = e4.tuplesort_rescan, _WinGetPartitionLocalMemory = Module._WinGetPartitionLocalMemory = e4.WinGetPartitionLocalMemory, _WinGetCurrentPosition = Module._WinGetCurrentPosition = e4.WinGetCurrentPosition, _WinGetPartitionRowCount = Module._WinGetPartitionRowCount = e4.WinGetPartitionRowCount, _WinGetFuncArgInPartition = Module._WinGetFuncArgInPartition = e4.WinGetFuncArgInPartition, _WinGetFuncArgCurrent = Module._WinGetFuncArgCurrent = e4.WinGetFuncArgCurrent, _SPI_connect_ext = Module._SPI_connect_ext = e4.SPI_connect_ext, _SPI_commit = Module._SPI_commit = e4.SPI_commit, _CopyErrorData = Module._CopyErrorData = e4.CopyErrorData, _FlushErrorState = Module._FlushErrorState = e4.FlushErrorState, _ReThrowError = Module._ReThrowError = e4.ReThrowError, _SPI_commit_and_chain = Module._SPI_commit_and_chain = e4.SPI_commit_and_chain, _SPI_rollback = Module._SPI_rollback = e4.SPI_rollback, _SPI_rollback_and_chain = Module._SPI_rollback_and_chain = e4.SPI_rollback_and_chain, _SPI_freetuptable = Module._SPI_freetuptable = e4.SPI_freetuptable, _SPI_execute_extended = Module._SPI_execute_extended = e4.SPI_execute_extended, _SPI_execute_plan = Module._SPI_execute_plan = e4.SPI_execute_plan, _SPI_execp = Module._SPI_execp = e4.SPI_execp, _SPI_execute_plan_extended = Module._SPI_execute_plan_extended = e4.SPI_execute_plan_extended, _SPI_execute_plan_with_paramlist = Module._SPI_execute_plan_with_paramlist = e4.SPI_execute_plan_with_paramlist, _SPI_execute_with_args = Module._SPI_execute_with_args = e4.SPI_execute_with_args, _SPI_prepare = Module._SPI_prepare = e4.SPI_prepare, _SPI_prepare_extended = Module._SPI_prepare_extended = e4.SPI_prepare_extended, _SPI_keepplan = Module._SPI_keepplan = e4.SPI_keepplan, _SPI_saveplan = Module._SPI_saveplan = e4.SPI_saveplan, _SPI_freeplan = Module._SPI_freeplan = e4.SPI_freeplan, _SPI_copytuple = Module._SPI_copytuple = e4.SPI_copytuple, _SPI_returntuple = Module._SPI_returntuple = e4.SPI_returntuple, _SPI_modifytuple = Module._SPI_modifytuple = e4.SPI_modifytuple, _SPI_fnumber = Module._SPI_fnumber = e4.SPI_fnumber, _SPI_fname = Module._SPI_fname = e4.SPI_fname, _SPI_getbinval = Module._SPI_getbinval = e4.SPI_getbinval, _SPI_gettype = Module._SPI_gettype = e4.SPI_gettype, _SPI_gettypeid = Module._SPI_gettypeid = e4.SPI_gettypeid, _SPI_getrelname = Module._SPI_getrelname = e4.SPI_getrelname, _SPI_palloc = Module._SPI_palloc = e4.SPI_palloc, _SPI_repalloc = Module._SPI_repalloc = e4.SPI_repalloc, _SPI_pfree = Module._SPI_pfree = e4.SPI_pfree, _SPI_datumTransfer = Module._SPI_datumTransfer = e4.SPI_datumTransfer, _datumTransfer = Module._datumTransfer = e4.datumTransfer, _SPI_cursor_open_with_args = Module._SPI_cursor_open_with_args = e4.SPI_cursor_open_with_args, _SPI_cursor_open_with_paramlist = Module._SPI_cursor_open_with_paramlist = e4.SPI_cursor_open_with_paramlist, _SPI_cursor_parse_open = Module._SPI_cursor_parse_open = e4.SPI_cursor_parse_open, _SPI_cursor_find = Module._SPI_cursor_find = e4.SPI_cursor_find, _SPI_cursor_fetch = Module._SPI_cursor_fetch = e4.SPI_cursor_fetch, _SPI_scroll_cursor_fetch = Module._SPI_scroll_cursor_fetch = e4.SPI_scroll_cursor_fetch, _SPI_scroll_cursor_move = Module._SPI_scroll_cursor_move = e4.SPI_scroll_cursor_move, _SPI_cursor_close = Module._SPI_cursor_close = e4.SPI_cursor_close, _SPI_plan_is_valid = Module._SPI_plan_is_valid = e4.SPI_plan_is_valid, _SPI_result_code_string = Module._SPI_result_code_string = e4.SPI_result_code_string, _SPI_plan_get_plan_sources = Module._SPI_plan_get_plan_sources = e4.SPI_plan_get_plan_sources, _SPI_plan_get_cached_plan = Module._SPI_plan_get_cached_plan = e4.SPI_plan_get_cached_plan, _SPI_register_relation = Module._SPI_register_relation = e4.SPI_register_relation, _create_queryEnv = Module._create_queryEnv = e4.create_queryEnv, _register_ENR = Module._register_ENR = e4.register_ENR, _SPI_register_trigger_data = Module._SPI_register_trigger_data = e4.SPI_register_trigger_data, _tuplestore_tuple_count = Module._tuplestore_tuple_count = e4.tuplestore_tuple_count, _GetUserMapping = Module._GetUserMapping = e4.GetUserMapping, _GetForeignTable = Module._GetForeignTable = e4.GetForeignTable, _GetForeignColumnOptions = Module._GetForeignColumnOptions = e4.GetForeignColumnOptions, _initClosestMatch = Module._initClosestMatch = e4.initClosestMatch, _updateClosestMatch = Module._updateClosestMatch = e4.updateClosestMatch, _getClosestMatch = Module._getClosestMatch = e4.getClosestMatch, _GetExistingLocalJoinPath = Module._GetExistingLocalJoinPath = e4.GetExistingLocalJoinPath, _pathkeys_contained_in = Module._pathkeys_contained_in = e4.pathkeys_contained_in, _bloom_create = Module._bloom_create = e4.bloom_create, _bloom_free = Module._bloom_free = e4.bloom_free, _bloom_add_element = Module._bloom_add_element = e4.bloom_add_element, _bloom_lacks_element = Module._bloom_lacks_element = e4.bloom_lacks_element, _bloom_prop_bits_set = Module._bloom_prop_bits_set = e4.bloom_prop_bits_set, _dshash_create = Module._dshash_create = e4.dshash_create, _dshash_attach = Module._dshash_attach = e4.dshash_attach, _dshash_detach = Module._dshash_detach = e4.dshash_detach, _dshash_destroy = Module._dshash_destroy = e4.dshash_destroy, _dshash_get_hash_table_handle = Module._dshash_get_hash_table_handle = e4.dshash_get_hash_table_handle, _dshash_find = Module._dshash_find = e4.dshash_find, _dshash_find_or_insert = Module._dshash_find_or_insert = e4.dshash_find_or_insert, _dshash_delete_key = Module._dshash_delete_key = e4.dshash_delete_key, _dshash_release_lock = Module._dshash_release_lock = e4.dshash_release_lock, _tag_hash = Module._tag_hash = e4.tag_hash, _dshash_seq_init = Module._dshash_seq_init = e4.dshash_seq_init, _dshash_seq_next = Module._dshash_seq_next = e4.dshash_seq_next, _dshash_seq_term = Module._dshash_seq_term = e4.dshash_seq_term, _dshash_delete_current = Module._dshash_delete_current = e4.dshash_delete_current, _ldexp = Module._ldexp = e4.ldexp, _pg_b64_enc_len = Module._pg_b64_enc_len = e4.pg_b64_enc_len, _pg_b64_encode = Module._pg_b64_encode = e4.pg_b64_encode, _strtol = Module._strtol = e4.strtol, _gai_strerror = Module._gai_strerror = e4.gai_strerror, _bind = Module._bind = e4.bind, _pgl_connect = Module._pgl_connect = e4.pgl_connect, _pgl_send = Module._pgl_send = e4.pgl_send, _pgl_recv = Module._pgl_recv = e4.pgl_recv, _sendto = Module._sendto = e4.sendto, _select = Module._select = e4.select, _recvfrom = Module._recvfrom = e4.recvfrom, _libpqsrv_is_valid_proxy_option = Module._libpqsrv_is_valid_proxy_option = e4.libpqsrv_is_valid_proxy_option, _be_lo_unlink = Module._be_lo_unlink = e4.be_lo_unlink, _text_to_cstring_buffer = Module._text_to_cstring_buffer = e4.text_to_cstring_buffer, _feof = Module._feof = e4.feof, _pg_mb2wchar_with_len = Module._pg_mb2wchar_with_len = e4.pg_mb2wchar_with_len, _pg_regcomp = Module._pg_regcomp = e4.pg_regcomp, _pg_regerror = Module._pg_regerror = e4.pg_regerror, _strcat = Module._strcat = e4.strcat, _freeaddrinfo = Module._freeaddrinfo = e4.freeaddrinfo, _pgl_getsockname = Module._pgl_getsockname = e4.pgl_getsockname, _pgl_setsockopt = Module._pgl_setsockopt = e4.pgl_setsockopt, _pgl_fcntl = Module._pgl_fcntl = e4.pgl_fcntl, _listen = Module._listen = e4.listen, _accept = Module._accept = e4.accept, _utime = Module._utime = e4.utime, _pq_buffer_remaining_data = Module._pq_buffer_remaining_data = e4.pq_buffer_remaining_data, _pgl_getsockopt = Module._pgl_getsockopt = e4.pgl_getsockopt, _pq_sendtext = Module._pq_sendtext = e4.pq_sendtext, _pq_sendfloat4 = Module._pq_sendfloat4 = e4.pq_sendfloat4, _pq_sendfloat8 = Module._pq_sendfloat8 = e4.pq_sendfloat8, _pq_begintypsend = Module._pq_begintypsend = e4.pq_begintypsend, _pq_endtypsend = Module._pq_endtypsend = e4.pq_endtypsend, _pq_getmsgfloat4 = Module._pq_getmsgfloat4 = e4.pq_getmsgfloat4, _pq_getmsgfloat8 = Module._pq_getmsgfloat8 = e4.pq_getmsgfloat8, _pq_getmsgtext = Module._pq_getmsgtext = e4.pq_getmsgtext, _pg_strtoint32 = Module._pg_strtoint32 = e4.pg_strtoint32, _main = Module._main = e4.__main_argc_argv, _pgl_getuid = Module._pgl_getuid = e4.pgl_getuid, _getenv = Module._getenv = e4.getenv, _bms_membership = Module._bms_membership = e4.bms_membership, _RegisterExtensibleNodeMethods = Module._RegisterExtensibleNodeMethods = e4.RegisterExtensibleNodeMethods, _list_make5_impl = Module._list_make5_impl = e4.list_make5_impl, _GetMemoryChunkContext = Module._GetMemoryChunkContext = e4.GetMemoryChunkContext, _list_insert_nth = Module._list_insert_nth = e4.list_insert_nth, _list_member_ptr = Module._list_member_ptr = e4.list_member_ptr, _list_delete_int = Module._list_delete_int = e4.list_delete_int, _list_intersection = Module._list_intersection = e4.list_intersection, _list_append_unique_ptr = Module._list_append_unique_ptr = e4.list_append_unique_ptr, _list_append_unique_int = Module._list_append_unique_int = e4.list_append_unique_int, _list_concat_unique_int = Module._list_concat_unique_int = e4.list_concat_unique_int, _make_opclause = Module._make_opclause = e4.make_opclause, _exprIsLengthCoercion = Module._exprIsLengthCoercion = e4.exprIsLengthCoercion, _outToken = Module._outToken = e4.outToken, _outNode = Module._outNode = e4.outNode, _appendStringInfoStringQuoted = Module._appendStringInfoStringQuoted = e4.appendStringInfoStringQuoted, _EnableQueryId = Module._EnableQueryId = e4.EnableQueryId, _nodeRead = Module._nodeRead = e4.nodeRead, _pg_strtok = Module._pg_strtok = e4.pg_strtok, _debackslash = Module._debackslash = e4.debackslash, _exp2 = Module._exp2 = e4.exp2, _find_base_rel = Module._find_base_rel = e4.find_base_rel, _add_path = Module._add_path = e4.add_path, _create_sort_path = Module._create_sort_path = e4.create_sort_path, _set_baserel_size_estimates = Module._set_baserel_size_estimates = e4.set_baserel_size_estimates, _get_func_support = Module._get_func_support = e4.get_func_support, _clauselist_selectivity = Module._clauselist_selectivity = e4.clauselist_selectivity, _get_tablespace_page_costs = Module._get_tablespace_page_costs = e4.get_tablespace_page_costs, _cost_qual_eval = Module._cost_qual_eval = e4.cost_qual_eval, _pull_varnos = Module._pull_varnos = e4.pull_varnos, _estimate_num_groups = Module._estimate_num_groups = e4.estimate_num_groups, _cost_sort = Module._cost_sort = e4.cost_sort, _get_sortgrouplist_exprs = Module._get_sortgrouplist_exprs = e4.get_sortgrouplist_exprs, _get_attavgwidth = Module._get_attavgwidth = e4.get_attavgwidth, _make_restrictinfo = Module._make_restrictinfo = e4.make_restrictinfo, _setup_eclass_member_iterator = Module._setup_eclass_member_iterator = e4.setup_eclass_member_iterator, _eclass_member_iterator_next = Module._eclass_member_iterator_next = e4.eclass_member_iterator_next, _remove_nulling_relids = Module._remove_nulling_relids = e4.remove_nulling_relids, _get_mergejoin_opfamilies = Module._get_mergejoin_opfamilies = e4.get_mergejoin_opfamilies, _generate_implied_equalities_for_column = Module._generate_implied_equalities_for_column = e4.generate_implied_equalities_for_column, _eclass_useful_for_merging = Module._eclass_useful_for_merging = e4.eclass_useful_for_merging, _join_clause_is_movable_to = Module._join_clause_is_movable_to = e4.join_clause_is_movable_to, _get_plan_rowmark = Module._get_plan_rowmark = e4.get_plan_rowmark, _is_pseudo_constant_for_index = Module._is_pseudo_constant_for_index = e4.is_pseudo_constant_for_index, _update_mergeclause_eclasses = Module._update_mergeclause_eclasses = e4.update_mergeclause_eclasses, _pull_vars_of_level = Module._pull_vars_of_level = e4.pull_vars_of_level, _find_join_rel = Module._find_join_rel = e4.find_join_rel, _make_canonical_pathkey = Module._make_canonical_pathkey = e4.make_canonical_pathkey, _get_sortgroupref_clause_noerr = Module._get_sortgroupref_clause_noerr = e4.get_sortgroupref_clause_noerr, _get_relids_in_jointree = Module._get_relids_in_jointree = e4.get_relids_in_jointree, _op_mergejoinable = Module._op_mergejoinable = e4.op_mergejoinable, _extract_actual_clauses = Module._extract_actual_clauses = e4.extract_actual_clauses, _tlist_member = Module._tlist_member = e4.tlist_member, _change_plan_targetlist = Module._change_plan_targetlist = e4.change_plan_targetlist, _make_foreignscan = Module._make_foreignscan = e4.make_foreignscan, _IncrementVarSublevelsUp = Module._IncrementVarSublevelsUp = e4.IncrementVarSublevelsUp, _find_nonnullable_rels = Module._find_nonnullable_rels = e4.find_nonnullable_rels, _setup_simple_rel_arrays = Module._setup_simple_rel_arrays = e4.setup_simple_rel_arrays, _standard_planner = Module._standard_planner = e4.standard_planner, _SS_process_sublinks = Module._SS_process_sublinks = e4.SS_process_sublinks, _add_new_columns_to_pathtarget = Module._add_new_columns_to_pathtarget = e4.add_new_columns_to_pathtarget, _get_agg_clause_costs = Module._get_agg_clause_costs = e4.get_agg_clause_costs, _grouping_is_sortable = Module._grouping_is_sortable = e4.grouping_is_sortable, _copy_pathtarget = Module._copy_pathtarget = e4.copy_pathtarget, _create_projection_path = Module._create_projection_path = e4.create_projection_path, _contain_nonstrict_functions = Module._contain_nonstrict_functions = e4.contain_nonstrict_functions, _get_translated_update_targetlist = Module._get_translated_update_targetlist = e4.get_translated_update_targetlist, _add_row_identity_var = Module._add_row_identity_var = e4.add_row_identity_var, _get_rel_all_updated_cols = Module._get_rel_all_updated_cols = e4.get_rel_all_updated_cols, _get_baserel_parampathinfo = Module._get_baserel_parampathinfo = e4.get_baserel_parampathinfo, _create_foreignscan_path = Module._create_foreignscan_path = e4.create_foreignscan_path, _create_foreign_join_path = Module._create_foreign_join_path = e4.create_foreign_join_path, _create_foreign_upper_path = Module._create_foreign_upper_path = e4.create_foreign_upper_path, _adjust_limit_rows_costs = Module._adjust_limit_rows_costs = e4.adjust_limit_rows_costs, _add_to_flat_tlist = Module._add_to_flat_tlist = e4.add_to_flat_tlist, _get_fn_expr_variadic = Module._get_fn_expr_variadic = e4.get_fn_expr_variadic, _get_fn_expr_argtype = Module._get_fn_expr_argtype = e4.get_fn_expr_argtype, _on_shmem_exit = Module._on_shmem_exit = e4.on_shmem_exit, _pgl_shmdt = Module._pgl_shmdt = e4.pgl_shmdt, _pgl_shmctl = Module._pgl_shmctl = e4.pgl_shmctl, _pgl_shmat = Module._pgl_shmat = e4.pgl_shmat, _mmap = Module._mmap = e4.mmap, _pgl_shmget = Module._pgl_shmget = e4.pgl_shmget, _pgl_munmap = Module._pgl_munmap = e4.pgl_munmap, _SignalHandlerForConfigReload = Module._SignalHandlerForConfigReload = e4.SignalHandlerForConfigReload, _SignalHandlerForShutdownRequest = Module._SignalHandlerForShutdownRequest = e4.SignalHandlerForShutdownRequest, _procsignal_sigusr1_handler = Module._procsignal_sigusr1_handler = e4.procsignal_sigusr1_handler, _ConditionalLockDatabaseObject = Module._ConditionalLockDatabaseObject = e4.ConditionalLockDatabaseObject, _RegisterBackgroundWorker = Module._RegisterBackgroundWorker = e4.RegisterBackgroundWorker, _WaitForBackgroundWorkerStartup = Module._WaitForBackgroundWorkerStartup = e4.WaitForBackgroundWorkerStartup, _open = Module._open = e4.open, _GetConfigOption = Module._GetConfigOption = e4.GetConfigOption, _puts = Module._puts = e4.puts, _fopen = Module._fopen = e4.fopen, _fclose = Module._fclose = e4.fclose, _fputc = Module._fputc = e4.fputc, _ftello = Module._ftello = e4.ftello, _malloc = Module._malloc = e4.malloc, _free = Module._free = e4.free, _realloc = Module._realloc = e4.realloc, _iswprint_l = Module._iswprint_l = e4.iswprint_l, _iswalpha_l = Module._iswalpha_l = e4.iswalpha_l, _iswdigit_l = Module._iswdigit_l = e4.iswdigit_l, _isdigit_l = Module._isdigit_l = e4.isdigit_l, _iswpunct_l = Module._iswpunct_l = e4.iswpunct_l, _iswspace_l = Module._iswspace_l = e4.iswspace_l, _iswlower_l = Module._iswlower_l = e4.iswlower_l, _iswupper_l = Module._iswupper_l = e4.iswupper_l, _pg_ascii_tolower = Module._pg_ascii_tolower = e4.pg_ascii_tolower, _towlower_l = Module._towlower_l = e4.towlower_l, _tolower_l = Module._tolower_l = e4.tolower_l, _towupper_l = Module._towupper_l = e4.towupper_l, _toupper_l = Module._toupper_l = e4.toupper_l, _pg_reg_getinitialstate = Module._pg_reg_getinitialstate = e4.pg_reg_getinitialstate, _pg_reg_getfinalstate = Module._pg_reg_getfinalstate = e4.pg_reg_getfinalstate, _pg_reg_getnumoutarcs = Module._pg_reg_getnumoutarcs = e4.pg_reg_getnumoutarcs, _pg_reg_getoutarcs = Module._pg_reg_getoutarcs = e4.pg_reg_getoutarcs, _pg_reg_getnumcolors = Module._pg_reg_getnumcolors = e4.pg_reg_getnumcolors, _pg_reg_colorisbegin = Module._pg_reg_colorisbegin = e4.pg_reg_colorisbegin, _pg_reg_colorisend = Module._pg_reg_colorisend = e4.pg_reg_colorisend, _pg_reg_getnumcharacters = Module._pg_reg_getnumcharacters = e4.pg_reg_getnumcharacters, _pg_reg_getcharacters = Module._pg_reg_getcharacters = e4.pg_reg_getcharacters, _dsa_pin = Module._dsa_pin = e4.dsa_pin, _OutputPluginPrepareWrite = Module._OutputPluginPrepareWrite = e4.OutputPluginPrepareWrite, _OutputPluginWrite = Module._OutputPluginWrite = e4.OutputPluginWrite, _array_contains_nulls = Module._array_contains_nulls = e4.array_contains_nulls, _CacheRegisterRelcacheCallback = Module._CacheRegisterRelcacheCallback = e4.CacheRegisterRelcacheCallback, _hash_seq_term = Module._hash_seq_term = e4.hash_seq_term, _FreeErrorData = Module._FreeErrorData = e4.FreeErrorData, _RelidByRelfilenumber = Module._RelidByRelfilenumber = e4.RelidByRelfilenumber, _GetRunningTransactionData = Module._GetRunningTransactionData = e4.GetRunningTransactionData, _SnapBuildRestoreSnapshot = Module._SnapBuildRestoreSnapshot = e4.SnapBuildRestoreSnapshot, _WaitLatchOrSocket = Module._WaitLatchOrSocket = e4.WaitLatchOrSocket, _BufFileCreateFileSet = Module._BufFileCreateFileSet = e4.BufFileCreateFileSet, _BufFileOpenFileSet = Module._BufFileOpenFileSet = e4.BufFileOpenFileSet, _BufFileTell = Module._BufFileTell = e4.BufFileTell, _ConditionVariablePrepareToSleep = Module._ConditionVariablePrepareToSleep = e4.ConditionVariablePrepareToSleep, _get_row_security_policies = Module._get_row_security_policies = e4.get_row_security_policies, _extract_variadic_args = Module._extract_variadic_args = e4.extract_variadic_args, _errhidestmt = Module._errhidestmt = e4.errhidestmt, _errhidecontext = Module._errhidecontext = e4.errhidecontext, _hash_estimate_size = Module._hash_estimate_size = e4.hash_estimate_size, _ShmemInitHash = Module._ShmemInitHash = e4.ShmemInitHash, _LockBufHdr = Module._LockBufHdr = e4.LockBufHdr, _LWLockHeldByMeInMode = Module._LWLockHeldByMeInMode = e4.LWLockHeldByMeInMode, _EvictUnpinnedBuffer = Module._EvictUnpinnedBuffer = e4.EvictUnpinnedBuffer, _EvictAllUnpinnedBuffers = Module._EvictAllUnpinnedBuffers = e4.EvictAllUnpinnedBuffers, _EvictRelUnpinnedBuffers = Module._EvictRelUnpinnedBuffers = e4.EvictRelUnpinnedBuffers, _have_free_buffer = Module._have_free_buffer = e4.have_free_buffer, _calloc = Module._calloc = e4.calloc, _BufFileExportFileSet = Module._BufFileExportFileSet = e4.BufFileExportFileSet, _BufFileRead = Module._BufFileRead = e4.BufFileRead, _copy_file = Module._copy_file = e4.copy_file, _fdatasync = Module._fdatasync = e4.fdatasync, _truncate = Module._truncate = e4.truncate, _dup = Module._dup = e4.dup, _AcquireExternalFD = Module._AcquireExternalFD = e4.AcquireExternalFD, _mkdir = Module._mkdir = e4.mkdir, _pgl_popen = Module._pgl_popen = e4.pgl_popen, _pgl_pclose = Module._pgl_pclose = e4.pgl_pclose, _closedir = Module._closedir = e4.closedir, _opendir = Module._opendir = e4.opendir, _readdir = Module._readdir = e4.readdir, _GetNamedDSMSegment = Module._GetNamedDSMSegment = e4.GetNamedDSMSegment, _pgl_atexit = Module._pgl_atexit = e4.pgl_atexit, _RequestAddinShmemSpace = Module._RequestAddinShmemSpace = e4.RequestAddinShmemSpace, _BackendXidGetPid = Module._BackendXidGetPid = e4.BackendXidGetPid, _pg_numa_init = Module._pg_numa_init = e4.pg_numa_init, _sysconf = Module._sysconf = e4.sysconf, _pg_numa_query_pages = Module._pg_numa_query_pages = e4.pg_numa_query_pages, _pg_get_shmem_pagesize = Module._pg_get_shmem_pagesize = e4.pg_get_shmem_pagesize, _LockAcquire = Module._LockAcquire = e4.LockAcquire, _LockRelease = Module._LockRelease = e4.LockRelease, _pgl_poll = Module._pgl_poll = e4.pgl_poll, _GetLockmodeName = Module._GetLockmodeName = e4.GetLockmodeName, _LWLockRegisterTranche = Module._LWLockRegisterTranche = e4.LWLockRegisterTranche, _GetNamedLWLockTranche = Module._GetNamedLWLockTranche = e4.GetNamedLWLockTranche, _LWLockNewTrancheId = Module._LWLockNewTrancheId = e4.LWLockNewTrancheId, _RequestNamedLWLockTranche = Module._RequestNamedLWLockTranche = e4.RequestNamedLWLockTranche, _LWLockHeldByMe = Module._LWLockHeldByMe = e4.LWLockHeldByMe, _ProcessStartupPacket = Module._ProcessStartupPacket = e4.ProcessStartupPacket, _htons = e4.htons, _htonl = e4.htonl, _pgl_startPGlite = Module._pgl_startPGlite = e4.pgl_startPGlite, _pgl_pq_flush = Module._pgl_pq_flush = e4.pgl_pq_flush, _pgl_getMyProcPort = Module._pgl_getMyProcPort = e4.pgl_getMyProcPort, _pgl_sendConnData = Module._pgl_sendConnData = e4.pgl_sendConnData, _PostgresMainLongJmp = Module._PostgresMainLongJmp = e4.PostgresMainLongJmp, _PostgresMainLoopOnce = Module._PostgresMainLoopOnce = e4.PostgresMainLoopOnce, _PostgresSendReadyForQueryIfNecessary = Module._PostgresSendReadyForQueryIfNecessary = e4.PostgresSendReadyForQueryIfNecessary, _GetCommandLogLevel = Module._GetCommandLogLevel = e4.GetCommandLogLevel, _standard_ProcessUtility = Module._standard_ProcessUtility = e4.standard_ProcessUtility, _lookup_ts_dictionary_cache = Module._lookup_ts_dictionary_cache = e4.lookup_ts_dictionary_cache, _get_tsearch_config_filename = Module._get_tsearch_config_filename = e4.get_tsearch_config_filename, _str_tolower = Module._str_tolower = e4.str_tolower, _readstoplist = Module._readstoplist = e4.readstoplist, _searchstoplist = Module._searchstoplist = e4.searchstoplist, _tsearch_readline_begin = Module._tsearch_readline_begin = e4.tsearch_readline_begin, _tsearch_readline = Module._tsearch_readline = e4.tsearch_readline, _tsearch_readline_end = Module._tsearch_readline_end = e4.tsearch_readline_end, _stringToQualifiedNameList = Module._stringToQualifiedNameList = e4.stringToQualifiedNameList, _getTSCurrentConfig = Module._getTSCurrentConfig = e4.getTSCurrentConfig, _to_tsvector_byid = Module._to_tsvector_byid = e4.to_tsvector_byid, _t_isalnum_with_len = Module._t_isalnum_with_len = e4.t_isalnum_with_len, _isalnum = Module._isalnum = e4.isalnum, _t_isalnum_cstr = Module._t_isalnum_cstr = e4.t_isalnum_cstr, _pg_mblen_unbounded = Module._pg_mblen_unbounded = e4.pg_mblen_unbounded, _get_restriction_variable = Module._get_restriction_variable = e4.get_restriction_variable, _pg_mblen_range = Module._pg_mblen_range = e4.pg_mblen_range, _MemoryContextAllocHuge = Module._MemoryContextAllocHuge = e4.MemoryContextAllocHuge, _fseek = Module._fseek = e4.fseek, _WaitEventExtensionNew = Module._WaitEventExtensionNew = e4.WaitEventExtensionNew, _regprocedurein = Module._regprocedurein = e4.regprocedurein, _is_member_of_role = Module._is_member_of_role = e4.is_member_of_role, _expand_array = Module._expand_array = e4.expand_array, _exp = Module._exp = e4.exp, _arraycontsel = Module._arraycontsel = e4.arraycontsel, _arraycontjoinsel = Module._arraycontjoinsel = e4.arraycontjoinsel, _initArrayResult = Module._initArrayResult = e4.initArrayResult, _array_create_iterator = Module._array_create_iterator = e4.array_create_iterator, _array_iterate = Module._array_iterate = e4.array_iterate, _array_free_iterator = Module._array_free_iterator = e4.array_free_iterator, _ArrayGetIntegerTypmods = Module._ArrayGetIntegerTypmods = e4.ArrayGetIntegerTypmods, _boolin = Module._boolin = e4.boolin, ___multi3 = Module.___multi3 = e4.__multi3, _cash_cmp = Module._cash_cmp = e4.cash_cmp, _int64_to_numeric = Module._int64_to_numeric = e4.int64_to_numeric, _numeric_div = Module._numeric_div = e4.numeric_div, _numeric_round = Module._numeric_round = e4.numeric_round, _numeric_int8 = Module._numeric_int8 = e4.numeric_int8, _numeric_mul = Module._numeric_mul = e4.numeric_mul, _j2date = Module._j2date = e4.j2date, _EncodeDateOnly = Module._EncodeDateOnly = e4.EncodeDateOnly, _EncodeSpecialDate = Module._EncodeSpecialDate = e4.EncodeSpecialDate, _date_eq = Module._date_eq = e4.date_eq, _date_lt = Module._date_lt = e4.date_lt, _date_le = Module._date_le = e4.date_le, _date_gt = Module._date_gt = e4.date_gt, _date_ge = Module._date_ge = e4.date_ge, _date_cmp = Module._date_cmp = e4.date_cmp, _date_mi = Module._date_mi = e4.date_mi, _timestamp2tm = Module._timestamp2tm = e4.timestamp2tm, _time2tm = Module._time2tm = e4.time2tm, _EncodeTimeOnly = Module._EncodeTimeOnly = e4.EncodeTimeOnly, _time_eq = Module._time_eq = e4.time_eq, _time_lt = Module._time_lt = e4.time_lt, _time_le = Module._time_le = e4.time_le, _time_gt = Module._time_gt = e4.time_gt, _time_ge = Module._time_ge = e4.time_ge, _time_cmp = Module._time_cmp = e4.time_cmp, _time_mi_time = Module._time_mi_time = e4.time_mi_time, _timetz2tm = Module._timetz2tm = e4.timetz2tm, _timetz_cmp = Module._timetz_cmp = e4.timetz_cmp, _pg_tolower = Module._pg_tolower = e4.pg_tolower, _EncodeDateTime = Module._EncodeDateTime = e4.EncodeDateTime, _TransferExpandedObject = Module._TransferExpandedObject = e4.TransferExpandedObject, _forkname_to_number = Module._forkname_to_number = e4.forkname_to_number, _numeric_lt = Module._numeric_lt = e4.numeric_lt, _numeric_abs = Module._numeric_abs = e4.numeric_abs, _numeric_sub = Module._numeric_sub = e4.numeric_sub, _numeric_add = Module._numeric_add = e4.numeric_add, _numeric_ge = Module._numeric_ge = e4.numeric_ge, _err_generic_string = Module._err_generic_string = e4.err_generic_string, _domain_check = Module._domain_check = e4.domain_check, _enum_lt = Module._enum_lt = e4.enum_lt, _enum_le = Module._enum_le = e4.enum_le, _enum_ge = Module._enum_ge = e4.enum_ge, _enum_gt = Module._enum_gt = e4.enum_gt, _enum_cmp = Module._enum_cmp = e4.enum_cmp, _make_expanded_record_from_typeid = Module._make_expanded_record_from_typeid = e4.make_expanded_record_from_typeid, _make_expanded_record_from_tupdesc = Module._make_expanded_record_from_tupdesc = e4.make_expanded_record_from_tupdesc, _make_expanded_record_from_exprecord = Module._make_expanded_record_from_exprecord = e4.make_expanded_record_from_exprecord, _expanded_record_set_tuple = Module._expanded_record_set_tuple = e4.expanded_record_set_tuple, _expanded_record_fetch_tupdesc = Module._expanded_record_fetch_tupdesc = e4.expanded_record_fetch_tupdesc, _expanded_record_get_tuple = Module._expanded_record_get_tuple = e4.expanded_record_get_tuple, _deconstruct_expanded_record = Module._deconstruct_expanded_record = e4.deconstruct_expanded_record, _expanded_record_lookup_field = Module._expanded_record_lookup_field = e4.expanded_record_lookup_field, _expanded_record_set_field_internal = Module._expanded_record_set_field_internal = e4.expanded_record_set_field_internal, _expanded_record_set_fields = Module._expanded_record_set_fields = e4.expanded_record_set_fields, _float4in_internal = Module._float4in_internal = e4.float4in_internal, _strtof = Module._strtof = e4.strtof, _float_to_shortest_decimal_buf = Module._float_to_shortest_decimal_buf = e4.float_to_shortest_decimal_buf, _float8in = Module._float8in = e4.float8in, _float8in_internal = Module._float8in_internal = e4.float8in_internal, _float8out = Module._float8out = e4.float8out, _float8out_internal = Module._float8out_internal = e4.float8out_internal, _float8pl = Module._float8pl = e4.float8pl, _float4_cmp_internal = Module._float4_cmp_internal = e4.float4_cmp_internal, _btfloat4cmp = Module._btfloat4cmp = e4.btfloat4cmp, _btfloat8cmp = Module._btfloat8cmp = e4.btfloat8cmp, _dtoi4 = Module._dtoi4 = e4.dtoi4, _dtoi2 = Module._dtoi2 = e4.dtoi2, _cbrt = Module._cbrt = e4.cbrt, _dexp = Module._dexp = e4.dexp, _log10 = Module._log10 = e4.log10, _dacos = Module._dacos = e4.dacos, _acos = Module._acos = e4.acos, _dasin = Module._dasin = e4.dasin, _asin = Module._asin = e4.asin, _datan = Module._datan = e4.datan, _atan = Module._atan = e4.atan, _datan2 = Module._datan2 = e4.datan2, _atan2 = Module._atan2 = e4.atan2, _dcos = Module._dcos = e4.dcos, _cos = Module._cos = e4.cos, _dcot = Module._dcot = e4.dcot, _tan = Module._tan = e4.tan, _dsin = Module._dsin = e4.dsin, _sin = Module._sin = e4.sin, _dtan = Module._dtan = e4.dtan, _fmod = Module._fmod = e4.fmod, _degrees = Module._degrees = e4.degrees, _dpi = Module._dpi = e4.dpi, _radians = Module._radians = e4.radians, _sinh = Module._sinh = e4.sinh, _cosh = Module._cosh = e4.cosh, _tanh = Module._tanh = e4.tanh, _asinh = Module._asinh = e4.asinh, _acosh = Module._acosh = e4.acosh, _atanh = Module._atanh = e4.atanh, _float8_accum = Module._float8_accum = e4.float8_accum, _float8_stddev_pop = Module._float8_stddev_pop = e4.float8_stddev_pop, _float8_stddev_samp = Module._float8_stddev_samp = e4.float8_stddev_samp, _asc_tolower = Module._asc_tolower = e4.asc_tolower, _pg_strfold = Module._pg_strfold = e4.pg_strfold, _numeric_power = Module._numeric_power = e4.numeric_power, _dtoi8 = Module._dtoi8 = e4.dtoi8, _int8out = Module._int8out = e4.int8out, _fseeko = Module._fseeko = e4.fseeko, _int4in = Module._int4in = e4.int4in, _int4_bool = Module._int4_bool = e4.int4_bool, _int8pl = Module._int8pl = e4.int8pl, _int84 = Module._int84 = e4.int84, _int82 = Module._int82 = e4.int82, _json_in = Module._json_in = e4.json_in, _EncodeSpecialTimestamp = Module._EncodeSpecialTimestamp = e4.EncodeSpecialTimestamp, _pushJsonbValue = Module._pushJsonbValue = e4.pushJsonbValue, _numeric_int2 = Module._numeric_int2 = e4.numeric_int2, _numeric_int4 = Module._numeric_int4 = e4.numeric_int4, _numeric_float4 = Module._numeric_float4 = e4.numeric_float4, _numeric_float8 = Module._numeric_float8 = e4.numeric_float8, _numeric_normalize = Module._numeric_normalize = e4.numeric_normalize, _numeric_cmp = Module._numeric_cmp = e4.numeric_cmp, _numeric_eq = Module._numeric_eq = e4.numeric_eq, _hash_numeric = Module._hash_numeric = e4.hash_numeric, _hash_numeric_extended = Module._hash_numeric_extended = e4.hash_numeric_extended, _int2_numeric = Module._int2_numeric = e4.int2_numeric, _int4_numeric = Module._int4_numeric = e4.int4_numeric, _int8_numeric = Module._int8_numeric = e4.int8_numeric, _float4_numeric = Module._float4_numeric = e4.float4_numeric, _float8_numeric = Module._float8_numeric = e4.float8_numeric, _numeric_uminus = Module._numeric_uminus = e4.numeric_uminus, _numeric_ceil = Module._numeric_ceil = e4.numeric_ceil, _numeric_floor = Module._numeric_floor = e4.numeric_floor, _timestamp_cmp = Module._timestamp_cmp = e4.timestamp_cmp, _macaddr_cmp = Module._macaddr_cmp = e4.macaddr_cmp, _macaddr_lt = Module._macaddr_lt = e4.macaddr_lt, _macaddr_le = Module._macaddr_le = e4.macaddr_le, _macaddr_eq = Module._macaddr_eq = e4.macaddr_eq, _macaddr_ge = Module._macaddr_ge = e4.macaddr_ge, _macaddr_gt = Module._macaddr_gt = e4.macaddr_gt, _macaddr8_cmp = Module._macaddr8_cmp = e4.macaddr8_cmp, _macaddr8_lt = Module._macaddr8_lt = e4.macaddr8_lt, _macaddr8_le = Module._macaddr8_le = e4.macaddr8_le, _macaddr8_eq = Module._macaddr8_eq = e4.macaddr8_eq, _macaddr8_ge = Module._macaddr8_ge = e4.macaddr8_ge, _macaddr8_gt = Module._macaddr8_gt = e4.macaddr8_gt, _current_query = Module._current_query = e4.current_query, _generate_collation_name = Module._generate_collation_name = e4.generate_collation_name, _get_fn_expr_arg_stable = Module._get_fn_expr_arg_stable = e4.get_fn_expr_arg_stable, _unpack_sql_state = Module._unpack_sql_state = e4.unpack_sql_state, _get_fn_expr_rettype = Module._get_fn_expr_rettype = e4.get_fn_expr_rettype, _btnamecmp = Module._btnamecmp = e4.btnamecmp, _inet_in = Module._inet_in = e4.inet_in, _network_cmp = Module._network_cmp = e4.network_cmp, _convert_network_to_scalar = Module._convert_network_to_scalar = e4.convert_network_to_scalar, _numeric_sign = Module._numeric_sign = e4.numeric_sign, _numeric_gt = Module._numeric_gt = e4.numeric_gt, _numeric_le = Module._numeric_le = e4.numeric_le, _numeric_mod = Module._numeric_mod = e4.numeric_mod, _numeric_sqrt = Module._numeric_sqrt = e4.numeric_sqrt, ___divti3 = Module.___divti3 = e4.__divti3, _numeric_exp = Module._numeric_exp = e4.numeric_exp, _numeric_ln = Module._numeric_ln = e4.numeric_ln, _numeric_log = Module._numeric_log = e4.numeric_log, _oidout = Module._oidout = e4.oidout, _btrim1 = Module._btrim1 = e4.btrim1, _ltrim1 = Module._ltrim1 = e4.ltrim1, _rtrim1 = Module._rtrim1 = e4.rtrim1, _tuplesort_skiptuples = Module._tuplesort_skiptuples = e4.tuplesort_skiptuples, _interval_mi = Module._interval_mi = e4.interval_mi, _setlocale = Module._setlocale = e4.setlocale, _newlocale = Module._newlocale = e4.newlocale, _strftime_l = Module._strftime_l = e4.strftime_l, _freelocale = Module._freelocale = e4.freelocale, _pg_utf_mblen_private = Module._pg_utf_mblen_private = e4.pg_utf_mblen_private, _uselocale = Module._uselocale = e4.uselocale, _strcoll_l = Module._strcoll_l = e4.strcoll_l, _strxfrm_l = Module._strxfrm_l = e4.strxfrm_l, _drandom = Module._drandom = e4.drandom, _quote_ident = Module._quote_ident = e4.quote_ident, _textregexeq = Module._textregexeq = e4.textregexeq, _text_substr = Module._text_substr = e4.text_substr, _pg_wchar2mb_with_len = Module._pg_wchar2mb_with_len = e4.pg_wchar2mb_with_len, _regexp_split_to_array = Module._regexp_split_to_array = e4.regexp_split_to_array, _regclassin = Module._regclassin = e4.regclassin, _regtypeout = Module._regtypeout = e4.regtypeout, _regconfigout = Module._regconfigout = e4.regconfigout, _pg_get_indexdef_columns_extended = Module._pg_get_indexdef_columns_extended = e4.pg_get_indexdef_columns_extended, _pg_get_querydef = Module._pg_get_querydef = e4.pg_get_querydef, _strcspn = Module._strcspn = e4.strcspn, _generic_restriction_selectivity = Module._generic_restriction_selectivity = e4.generic_restriction_selectivity, _genericcostestimate = Module._genericcostestimate = e4.genericcostestimate, _tidin = Module._tidin = e4.tidin, _tidout = Module._tidout = e4.tidout, _timestamp_in = Module._timestamp_in = e4.timestamp_in, _timestamp_eq = Module._timestamp_eq = e4.timestamp_eq, _timestamp_lt = Module._timestamp_lt = e4.timestamp_lt, _timestamp_gt = Module._timestamp_gt = e4.timestamp_gt, _timestamp_le = Module._timestamp_le = e4.timestamp_le, _timestamp_ge = Module._timestamp_ge = e4.timestamp_ge, _interval_eq = Module._interval_eq = e4.interval_eq, _interval_lt = Module._interval_lt = e4.interval_lt, _interval_gt = Module._interval_gt = e4.interval_gt, _interval_le = Module._interval_le = e4.interval_le, _interval_ge = Module._interval_ge = e4.interval_ge, _interval_cmp = Module._interval_cmp = e4.interval_cmp, _timestamp_mi = Module._timestamp_mi = e4.timestamp_mi, _interval_um = Module._interval_um = e4.interval_um, _tsquery_requires_match = Module._tsquery_requires_match = e4.tsquery_requires_match, _TS_execute_ternary = Module._TS_execute_ternary = e4.TS_execute_ternary, _has_fn_opclass_options = Module._has_fn_opclass_options = e4.has_fn_opclass_options, _uuid_in = Module._uuid_in = e4.uuid_in, _uuid_out = Module._uuid_out = e4.uuid_out, _uuid_cmp = Module._uuid_cmp = e4.uuid_cmp, _gen_random_uuid = Module._gen_random_uuid = e4.gen_random_uuid, _varbit_in = Module._varbit_in = e4.varbit_in, _biteq = Module._biteq = e4.biteq, _bitlt = Module._bitlt = e4.bitlt, _bitle = Module._bitle = e4.bitle, _bitgt = Module._bitgt = e4.bitgt, _bitge = Module._bitge = e4.bitge, _bitcmp = Module._bitcmp = e4.bitcmp, _bitlength = Module._bitlength = e4.bitlength, _bpchareq = Module._bpchareq = e4.bpchareq, _bpcharlt = Module._bpcharlt = e4.bpcharlt, _bpcharle = Module._bpcharle = e4.bpcharle, _bpchargt = Module._bpchargt = e4.bpchargt, _bpcharge = Module._bpcharge = e4.bpcharge, _bpcharcmp = Module._bpcharcmp = e4.bpcharcmp, _pg_detoast_datum_slice = Module._pg_detoast_datum_slice = e4.pg_detoast_datum_slice, _text_substr_no_len = Module._text_substr_no_len = e4.text_substr_no_len, _texteq = Module._texteq = e4.texteq, _text_lt = Module._text_lt = e4.text_lt, _text_le = Module._text_le = e4.text_le, _text_gt = Module._text_gt = e4.text_gt, _text_ge = Module._text_ge = e4.text_ge, _bttextcmp = Module._bttextcmp = e4.bttextcmp, _byteaeq = Module._byteaeq = e4.byteaeq, _bytealt = Module._bytealt = e4.bytealt, _byteale = Module._byteale = e4.byteale, _byteagt = Module._byteagt = e4.byteagt, _byteage = Module._byteage = e4.byteage, _byteacmp = Module._byteacmp = e4.byteacmp, _to_hex32 = Module._to_hex32 = e4.to_hex32, _text_left = Module._text_left = e4.text_left, _text_right = Module._text_right = e4.text_right, _text_reverse = Module._text_reverse = e4.text_reverse, _varstr_levenshtein = Module._varstr_levenshtein = e4.varstr_levenshtein, _wcslen = Module._wcslen = e4.wcslen, _pg_xml_init = Module._pg_xml_init = e4.pg_xml_init, _xml_ereport = Module._xml_ereport = e4.xml_ereport, _pg_xml_done = Module._pg_xml_done = e4.pg_xml_done, _pg_do_encoding_conversion = Module._pg_do_encoding_conversion = e4.pg_do_encoding_conversion, _CreateCacheMemoryContext = Module._CreateCacheMemoryContext = e4.CreateCacheMemoryContext, _cfunc_resolve_polymorphic_argtypes = Module._cfunc_resolve_polymorphic_argtypes = e4.cfunc_resolve_polymorphic_argtypes, _get_typsubscript = Module._get_typsubscript = e4.get_typsubscript, _CachedPlanAllowsSimpleValidityCheck = Module._CachedPlanAllowsSimpleValidityCheck = e4.CachedPlanAllowsSimpleValidityCheck, _CachedPlanIsSimplyValid = Module._CachedPlanIsSimplyValid = e4.CachedPlanIsSimplyValid, _GetCachedExpression = Module._GetCachedExpression = e4.GetCachedExpression, _FreeCachedExpression = Module._FreeCachedExpression = e4.FreeCachedExpression, _ReleaseAllPlanCacheRefsInOwner = Module._ReleaseAllPlanCacheRefsInOwner = e4.ReleaseAllPlanCacheRefsInOwner, _SearchSysCache = Module._SearchSysCache = e4.SearchSysCache, _lookup_rowtype_tupdesc_noerror = Module._lookup_rowtype_tupdesc_noerror = e4.lookup_rowtype_tupdesc_noerror, _abort = Module._abort = e4.abort, _in_error_recursion_trouble = Module._in_error_recursion_trouble = e4.in_error_recursion_trouble, _pg_vfprintf = Module._pg_vfprintf = e4.pg_vfprintf, _pgl_longjmp = Module._pgl_longjmp = e4.pgl_longjmp, _openlog = Module._openlog = e4.openlog, _syslog = Module._syslog = e4.syslog, _GetErrorContextStack = Module._GetErrorContextStack = e4.GetErrorContextStack, _closelog = Module._closelog = e4.closelog, _dlsym = Module._dlsym = e4.dlsym, _dlopen = Module._dlopen = e4.dlopen, _dlerror = Module._dlerror = e4.dlerror, _dlclose = Module._dlclose = e4.dlclose, _find_rendezvous_variable = Module._find_rendezvous_variable = e4.find_rendezvous_variable, _CallerFInfoFunctionCall1 = Module._CallerFInfoFunctionCall1 = e4.CallerFInfoFunctionCall1, _CallerFInfoFunctionCall2 = Module._CallerFInfoFunctionCall2 = e4.CallerFInfoFunctionCall2, _FunctionCall0Coll = Module._FunctionCall0Coll = e4.FunctionCall0Coll, _RelationNameGetTupleDesc = Module._RelationNameGetTupleDesc = e4.RelationNameGetTupleDesc, _memcpy = Module._memcpy = e4.memcpy, _hash_freeze = Module._hash_freeze = e4.hash_freeze, _chdir = Module._chdir = e4.chdir, _pg_bindtextdomain = Module._pg_bindtextdomain = e4.pg_bindtextdomain, _pg_mblen = Module._pg_mblen = e4.pg_mblen, _check_encoding_conversion_args = Module._check_encoding_conversion_args = e4.check_encoding_conversion_args, _DefineCustomBoolVariable = Module._DefineCustomBoolVariable = e4.DefineCustomBoolVariable, _DefineCustomIntVariable = Module._DefineCustomIntVariable = e4.DefineCustomIntVariable, _DefineCustomRealVariable = Module._DefineCustomRealVariable = e4.DefineCustomRealVariable, _DefineCustomStringVariable = Module._DefineCustomStringVariable = e4.DefineCustomStringVariable, _DefineCustomEnumVariable = Module._DefineCustomEnumVariable = e4.DefineCustomEnumVariable, _MarkGUCPrefixReserved = Module._MarkGUCPrefixReserved = e4.MarkGUCPrefixReserved, _sampler_random_init_state = Module._sampler_random_init_state = e4.sampler_random_init_state, _dsa_trim = Module._dsa_trim = e4.dsa_trim, _pchomp = Module._pchomp = e4.pchomp, _PinPortal = Module._PinPortal = e4.PinPortal, _UnpinPortal = Module._UnpinPortal = e4.UnpinPortal, ___lshrti3 = Module.___lshrti3 = e4.__lshrti3, _realpath = Module._realpath = e4.realpath, _float_to_shortest_decimal_bufn = Module._float_to_shortest_decimal_bufn = e4.float_to_shortest_decimal_bufn, _IsValidJsonNumber = Module._IsValidJsonNumber = e4.IsValidJsonNumber, _pg_prng_uint64 = Module._pg_prng_uint64 = e4.pg_prng_uint64, _makeStringInfoExt = Module._makeStringInfoExt = e4.makeStringInfoExt, _initStringInfoExt = Module._initStringInfoExt = e4.initStringInfoExt, _pgl_getpwuid = Module._pgl_getpwuid = e4.pgl_getpwuid, _getcwd = Module._getcwd = e4.getcwd, _pthread_mutex_lock = Module._pthread_mutex_lock = e4.pthread_mutex_lock, _localeconv = Module._localeconv = e4.localeconv, _pthread_mutex_unlock = Module._pthread_mutex_unlock = e4.pthread_mutex_unlock, _nanosleep = Module._nanosleep = e4.nanosleep, _sigaction = Module._sigaction = e4.sigaction, _strchrnul = Module._strchrnul = e4.strchrnul, _snprintf = Module._snprintf = e4.snprintf, _strerror_r = Module._strerror_r = e4.strerror_r, _clear_setitimer = Module._clear_setitimer = e4.clear_setitimer, _pgl_setPGliteActive = Module._pgl_setPGliteActive = e4.pgl_setPGliteActive, _pgl_siglongjmp = Module._pgl_siglongjmp = e4.pgl_siglongjmp, _pgl_set_system_fn = Module._pgl_set_system_fn = e4.pgl_set_system_fn, _pgl_set_popen_fn = Module._pgl_set_popen_fn = e4.pgl_set_popen_fn, _pgl_set_pclose_fn = Module._pgl_set_pclose_fn = e4.pgl_set_pclose_fn, _pgl_run_atexit_funcs = Module._pgl_run_atexit_funcs = e4.pgl_run_atexit_funcs, _pgl_freopen = Module._pgl_freopen = e4.pgl_freopen, _fiprintf = Module._fiprintf = e4.fiprintf, _pgl_set_rw_cbs = Module._pgl_set_rw_cbs = e4.pgl_set_rw_cbs, _vfprintf = Module._vfprintf = e4.vfprintf, _pthread_key_create = Module._pthread_key_create = e4.pthread_key_create, _pthread_getspecific = Module._pthread_getspecific = e4.pthread_getspecific, _pthread_key_delete = Module._pthread_key_delete = e4.pthread_key_delete, _pthread_setspecific = Module._pthread_setspecific = e4.pthread_setspecific, _toupper = Module._toupper = e4.toupper, _iconv_open = Module._iconv_open = e4.iconv_open, _iconv_close = Module._iconv_close = e4.iconv_close, _iconv = Module._iconv = e4.iconv, _pthread_mutex_init = Module._pthread_mutex_init = e4.pthread_mutex_init, _pthread_mutex_destroy = Module._pthread_mutex_destroy = e4.pthread_mutex_destroy, _pthread_cond_init = Module._pthread_cond_init = e4.pthread_cond_init, _pthread_cond_destroy = Module._pthread_cond_destroy = e4.pthread_cond_destroy, _pthread_self = Module._pthread_self = e4.pthread_self, _pthread_cond_wait = Module._pthread_cond_wait = e4.pthread_cond_wait, _pthread_cond_signal = Module._pthread_cond_signal = e4.pthread_cond_signal, _pthread_once = Module._pthread_once = e4.pthread_once, ___cxa_atexit = Module.___cxa_atexit = e4.__cxa_atexit, _fputs = Module._fputs = e4.fputs, _vsnprintf = Module._vsnprintf = e4.vsnprintf, ___small_fprintf = Module.___small_fprintf = e4.__small_fprintf, _zcalloc = Module._zcalloc = e4.zcalloc, _zcfree = Module._zcfree = e4.zcfree, ___dynamic_cast = Module.___dynamic_cast = e4.__dynamic_cast, ___cxa_pure_virtual = Module.___cxa_pure_virtual = e4.__cxa_pure_virtual, _modf = Module._modf = e4.modf, _localtime_r = Module._localtime_r = e4.localtime_r, _strncat = Module._strncat = e4.strncat, _munmap = Module._munmap = e4.munmap, ___ctype_get_mb_cur_max = Module.___ctype_get_mb_cur_max = e4.__ctype_get_mb_cur_max, ___ctype_tolower_loc = Module.___ctype_tolower_loc = e4.__ctype_tolower_loc, ___ctype_toupper_loc = Module.___ctype_toupper_loc = e4.__ctype_toupper_loc, _fdopen = Module._fdopen = e4.fdopen, _sqrt = Module._sqrt = e4.sqrt, _acosl = Module._acosl = e4.acosl, _aligned_alloc = Module._aligned_alloc = e4.aligned_alloc, _atan2l = Module._atan2l = e4.atan2l, ___funcs_on_exit = e4.__funcs_on_exit, _atexit = Module._atexit = e4.atexit, ___cxa_finalize = Module.___cxa_finalize = e4.__cxa_finalize, _btowc = Module._btowc = e4.btowc, _clock = Module._clock = e4.clock, _scalbn = Module._scalbn = e4.scalbn, _cosl = Module._cosl = e4.cosl, _dladdr = Module._dladdr = e4.dladdr, ___dl_seterr = e4.__dl_seterr, _duplocale = Module._duplocale = e4.duplocale, __emscripten_find_dylib = e4._emscripten_find_dylib, _memmove = Module._memmove = e4.memmove, _memset = Module._memset = e4.memset, _fchmod = Module._fchmod = e4.fchmod, _fchmodat = Module._fchmodat = e4.fchmodat, _fchown = Module._fchown = e4.fchown, _fcntl = Module._fcntl = e4.fcntl, _fdopendir = Module._fdopendir = e4.fdopendir, _fmax = Module._fmax = e4.fmax, _fmin = Module._fmin = e4.fmin, _fputwc = Module._fputwc = e4.fputwc, _frexp = Module._frexp = e4.frexp, _ftell = Module._ftell = e4.ftell, _getentropy = Module._getentropy = e4.getentropy, _geteuid = Module._geteuid = e4.geteuid, _getgid = Module._getgid = e4.getgid, _mbtowc = Module._mbtowc = e4.mbtowc, _getuid = Module._getuid = e4.getuid, _getwc = Module._getwc = e4.getwc, _gmtime = Module._gmtime = e4.gmtime, _hypot = Module._hypot = e4.hypot, _mbrtowc = Module._mbrtowc = e4.mbrtowc, _ioctl = Module._ioctl = e4.ioctl, _isalpha = Module._isalpha = e4.isalpha, _isgraph = Module._isgraph = e4.isgraph, _isspace = Module._isspace = e4.isspace, _iswblank_l = Module._iswblank_l = e4.iswblank_l, _iswcntrl_l = Module._iswcntrl_l = e4.iswcntrl_l, _iswxdigit_l = Module._iswxdigit_l = e4.iswxdigit_l, _isxdigit_l = Module._isxdigit_l = e4.isxdigit_l, _pthread_cond_broadcast = Module._pthread_cond_broadcast = e4.pthread_cond_broadcast, _pthread_atfork = Module._pthread_atfork = e4.pthread_atfork, _pthread_mutex_trylock = Module._pthread_mutex_trylock = e4.pthread_mutex_trylock, _pthread_create = Module._pthread_create = e4.pthread_create, _pthread_join = Module._pthread_join = e4.pthread_join, _pthread_cond_timedwait = Module._pthread_cond_timedwait = e4.pthread_cond_timedwait, _pthread_detach = Module._pthread_detach = e4.pthread_detach, _link = Module._link = e4.link, _llround = Module._llround = e4.llround, _localtime = Module._localtime = e4.localtime, _log2 = Module._log2 = e4.log2, _logb = Module._logb = e4.logb, _lround = Module._lround = e4.lround, _mbrlen = Module._mbrlen = e4.mbrlen, _mbsnrtowcs = Module._mbsnrtowcs = e4.mbsnrtowcs, _mbsrtowcs = Module._mbsrtowcs = e4.mbsrtowcs, _memmem = Module._memmem = e4.memmem, _memrchr = Module._memrchr = e4.memrchr, _emscripten_builtin_memalign = e4.emscripten_builtin_memalign, _socket = Module._socket = e4.socket, _nextafter = Module._nextafter = e4.nextafter, _nextafterf = Module._nextafterf = e4.nextafterf, _ntohs = e4.ntohs, _openat = Module._openat = e4.openat, _pathconf = Module._pathconf = e4.pathconf, _perror = Module._perror = e4.perror, _iprintf = Module._iprintf = e4.iprintf, ___small_printf = Module.___small_printf = e4.__small_printf, _pthread_mutexattr_getprotocol = Module._pthread_mutexattr_getprotocol = e4.pthread_mutexattr_getprotocol, _pthread_mutexattr_getpshared = Module._pthread_mutexattr_getpshared = e4.pthread_mutexattr_getpshared, _pthread_mutexattr_getrobust = Module._pthread_mutexattr_getrobust = e4.pthread_mutexattr_getrobust, _pthread_mutexattr_gettype = Module._pthread_mutexattr_gettype = e4.pthread_mutexattr_gettype, _pthread_mutexattr_destroy = Module._pthread_mutexattr_destroy = e4.pthread_mutexattr_destroy, _pthread_mutexattr_init = Module._pthread_mutexattr_init = e4.pthread_mutexattr_init, _pthread_mutexattr_setprotocol = Module._pthread_mutexattr_setprotocol = e4.pthread_mutexattr_setprotocol, _pthread_mutexattr_setpshared = Module._pthread_mutexattr_setpshared = e4.pthread_mutexattr_setpshared, _pthread_mutexattr_settype = Module._pthread_mutexattr_settype = e4.pthread_mutexattr_settype, _putchar = Module._putchar = e4.putchar, _qsort = Module._qsort = e4.qsort, _srand = Module._srand = e4.srand, _rand = Module._rand = e4.rand, _remainder = Module._remainder = e4.remainder, _remove = Module._remove = e4.remove, _remquo = Module._remquo = e4.remquo, _round = Module._round = e4.round, _roundf = Module._roundf = e4.roundf, __emscripten_timeout = e4._emscripten_timeout, _sinl = Module._sinl = e4.sinl, _siprintf = Module._siprintf = e4.siprintf, _sqrtl = Module._sqrtl = e4.sqrtl, _vsscanf = Module._vsscanf = e4.vsscanf, _statvfs = Module._statvfs = e4.statvfs, _strcasecmp = Module._strcasecmp = e4.strcasecmp, _strerror = Module._strerror = e4.strerror, _strftime = Module._strftime = e4.strftime, _strncasecmp = Module._strncasecmp = e4.strncasecmp, ___floatsitf = Module.___floatsitf = e4.__floatsitf, ___multf3 = Module.___multf3 = e4.__multf3, ___addtf3 = Module.___addtf3 = e4.__addtf3, ___extenddftf2 = Module.___extenddftf2 = e4.__extenddftf2, ___getf2 = Module.___getf2 = e4.__getf2, ___subtf3 = Module.___subtf3 = e4.__subtf3, ___divtf3 = Module.___divtf3 = e4.__divtf3, ___eqtf2 = Module.___eqtf2 = e4.__eqtf2, ___letf2 = Module.___letf2 = e4.__letf2, ___trunctfdf2 = Module.___trunctfdf2 = e4.__trunctfdf2, _strtold = Module._strtold = e4.strtold, _strtof_l = Module._strtof_l = e4.strtof_l, _strtod_l = Module._strtod_l = e4.strtod_l, _strtold_l = Module._strtold_l = e4.strtold_l, _strtok = Module._strtok = e4.strtok, _strtoull_l = Module._strtoull_l = e4.strtoull_l, _strtoll_l = Module._strtoll_l = e4.strtoll_l, _swprintf = Module._swprintf = e4.swprintf, _connect = Module._connect = e4.connect, _trunc = Module._trunc = e4.trunc, _ungetc = Module._ungetc = e4.ungetc, _ungetwc = Module._ungetwc = e4.ungetwc, _unlinkat = Module._unlinkat = e4.unlinkat, _usleep = Module._usleep = e4.usleep, _utimensat = Module._utimensat = e4.utimensat, _vasprintf = Module._vasprintf = e4.vasprintf, _wcrtomb = Module._wcrtomb = e4.wcrtomb, _wcscoll_l = Module._wcscoll_l = e4.wcscoll_l, _wcsnrtombs = Module._wcsnrtombs = e4.wcsnrtombs, _wcstof = Module._wcstof = e4.wcstof, _wcstod = Module._wcstod = e4.wcstod, _wcstold = Module._wcstold = e4.wcstold, _wcstoull = Module._wcstoull = e4.wcstoull, _wcstoll = Module._wcstoll = e4.wcstoll, _wcstoul = Module._wcstoul = e4.wcstoul, _wcstol = Module._wcstol = e4.wcstol, _wcsxfrm_l = Module._wcsxfrm_l = e4.wcsxfrm_l, _wctob = Module._wctob = e4.wctob, _wmemchr = Module._wmemchr = e4.wmemchr, _wmemcmp = Module._wmemcmp = e4.wmemcmp, _emscripten_get_sbrk_ptr = e4.emscripten_get_sbrk_ptr, ___ashlti3 = Module.___ashlti3 = e4.__ashlti3, ___lttf2 = Module.___lttf2 = e4.__lttf2, _setThrew = e4.setThrew, __emscripten_tempret_set = e4._emscripten_tempret_set, __emscripten_tempret_get = e4._emscripten_tempret_get, ___fixtfsi = Module.___fixtfsi = e4.__fixtfsi, __emscripten_stack_restore = e4._emscripten_stack_restore, __emscripten_stack_alloc = e4._emscripten_stack_alloc, _emscripten_stack_get_current = e4.emscripten_stack_get_current, ___cxa_decrement_exception_refcount = Module.___cxa_decrement_exception_refcount = e4.__cxa_decrement_exception_refcount, ___cxa_increment_exception_refcount = Module.___cxa_increment_exception_refcount = e4.__cxa_increment_exception_refcount, ___cxa_bad_cast = Module.___cxa_bad_cast = e4.__cxa_bad_cast, ___cxa_bad_typeid = Module.___cxa_bad_typeid = e4.__cxa_bad_typeid, ___cxa_allocate_exception = Module.___cxa_allocate_exception = e4.__cxa_allocate_exception, ___cxa_free_exception = Module.___cxa_free_exception = e4.__cxa_free_exception, ___cxa_init_primary_exception = Module.___cxa_init_primary_exception = e4.__cxa_init_primary_exception, ___cxa_get_exception_ptr = Module.___cxa_get_exception_ptr = e4.__cxa_get_exception_ptr, ___stack_pointer = Module.___stack_pointer = e4.__stack_pointer, ___table_base = Module.___table_base = e4.__table_base.value, _LocalBufferBlockPointers = Module._LocalBufferBlockPointers = e4.LocalBufferBlockPointers.value, _BufferBlocks = Module._BufferBlocks = e4.BufferBlocks.value, _wal_level = Module._wal_level = e4.wal_level.value, _CurrentMemoryContext = Module._CurrentMemoryContext = e4.CurrentMemoryContext.value, ___memory_base = Module.___memory_base = e4.__memory_base.value, _SnapshotAnyData = Module._SnapshotAnyData = e4.SnapshotAnyData.value, _debug_query_string = Module._debug_query_string = e4.debug_query_string.value, _maintenance_work_mem = Module._maintenance_work_mem = e4.maintenance_work_mem.value, __indirect_function_table = wasmTable = e4.__indirect_function_table, _CritSectionCount = Module._CritSectionCount = e4.CritSectionCount.value, _InterruptPending = Module._InterruptPending = e4.InterruptPending.value, _ParallelWorkerNumber = Module._ParallelWorkerNumber = e4.ParallelWorkerNumber.value, _pg_number_of_ones = Module._pg_number_of_ones = e4.pg_number_of_ones.value, _TopMemoryContext = Module._TopMemoryContext = e4.TopMemoryContext.value, _IsUnderPostmaster = Module._IsUnderPostmaster = e4.IsUnderPostmaster.value, _MainLWLockArray = Module._MainLWLockArray = e4.MainLWLockArray.value, _CurrentResourceOwner = Module._CurrentResourceOwner = e4.CurrentResourceOwner.value, _MyBackendType = Module._MyBackendType = e4.MyBackendType.value, _work_mem = Module._work_mem = e4.work_mem.value, _pg_global_prng_state = Module._pg_global_prng_state = e4.pg_global_prng_state.value, _NBuffers = Module._NBuffers = e4.NBuffers.value, _XactIsoLevel = Module._XactIsoLevel = e4.XactIsoLevel.value, _bsysscan = Module._bsysscan = e4.bsysscan.value, _CheckXidAlive = Module._CheckXidAlive = e4.CheckXidAlive.value, _MyProc = Module._MyProc = e4.MyProc.value, _MyDatabaseId = Module._MyDatabaseId = e4.MyDatabaseId.value, _MyDatabaseTableSpace = Module._MyDatabaseTableSpace = e4.MyDatabaseTableSpace.value, _TTSOpsBufferHeapTuple = Module._TTSOpsBufferHeapTuple = e4.TTSOpsBufferHeapTuple.value, _RecentXmin = Module._RecentXmin = e4.RecentXmin.value, _TTSOpsHeapTuple = Module._TTSOpsHeapTuple = e4.TTSOpsHeapTuple.value, _pgWalUsage = Module._pgWalUsage = e4.pgWalUsage.value, _pgBufferUsage = Module._pgBufferUsage = e4.pgBufferUsage.value, _error_context_stack = Module._error_context_stack = e4.error_context_stack.value, _MyLatch = Module._MyLatch = e4.MyLatch.value, _SnapshotSelfData = Module._SnapshotSelfData = e4.SnapshotSelfData.value, ___THREW__ = Module.___THREW__ = e4.__THREW__.value, ___threwValue = Module.___threwValue = e4.__threwValue.value, _PG_exception_stack = Module._PG_exception_stack = e4.PG_exception_stack.value, _TTSOpsVirtual = Module._TTSOpsVirtual = e4.TTSOpsVirtual.value, _GUC_check_errdetail_string = Module._GUC_check_errdetail_string = e4.GUC_check_errdetail_string.value, _TransamVariables = Module._TransamVariables = e4.TransamVariables.value, _TopTransactionContext = Module._TopTransactionContext = e4.TopTransactionContext.value, _InterruptHoldoffCount = Module._InterruptHoldoffCount = e4.InterruptHoldoffCount.value, _MyProcPid = Module._MyProcPid = e4.MyProcPid.value, _RmgrTable = Module._RmgrTable = e4.RmgrTable.value, _process_shared_preload_libraries_in_progress = Module._process_shared_preload_libraries_in_progress = e4.process_shared_preload_libraries_in_progress.value, _wal_segment_size = Module._wal_segment_size = e4.wal_segment_size.value, _TopTransactionResourceOwner = Module._TopTransactionResourceOwner = e4.TopTransactionResourceOwner.value, _arch_module_check_errdetail_string = Module._arch_module_check_errdetail_string = e4.arch_module_check_errdetail_string.value, _stdout = Module._stdout = e4.stdout.value, _stdin = Module._stdin = e4.stdin.value, _creating_extension = Module._creating_extension = e4.creating_extension.value, _object_access_hook = Module._object_access_hook = e4.object_access_hook.value, _InvalidObjectAddress = Module._InvalidObjectAddress = e4.InvalidObjectAddress.value, _check_function_bodies = Module._check_function_bodies = e4.check_function_bodies.value, _post_parse_analyze_hook = Module._post_parse_analyze_hook = e4.post_parse_analyze_hook.value, _ScanKeywordTokens = Module._ScanKeywordTokens = e4.ScanKeywordTokens.value, _ScanKeywords = Module._ScanKeywords = e4.ScanKeywords.value, _standard_conforming_strings = Module._standard_conforming_strings = e4.standard_conforming_strings.value, _None_Receiver = Module._None_Receiver = e4.None_Receiver.value, _explain_per_plan_hook = Module._explain_per_plan_hook = e4.explain_per_plan_hook.value, _explain_get_index_name_hook = Module._explain_get_index_name_hook = e4.explain_get_index_name_hook.value, _explain_per_node_hook = Module._explain_per_node_hook = e4.explain_per_node_hook.value, _CacheMemoryContext = Module._CacheMemoryContext = e4.CacheMemoryContext.value, _SPI_processed = Module._SPI_processed = e4.SPI_processed.value, _SPI_tuptable = Module._SPI_tuptable = e4.SPI_tuptable.value, _TTSOpsMinimalTuple = Module._TTSOpsMinimalTuple = e4.TTSOpsMinimalTuple.value, _check_password_hook = Module._check_password_hook = e4.check_password_hook.value, _ConfigReloadPending = Module._ConfigReloadPending = e4.ConfigReloadPending.value, _max_parallel_maintenance_workers = Module._max_parallel_maintenance_workers = e4.max_parallel_maintenance_workers.value, _DateStyle = Module._DateStyle = e4.DateStyle.value, _ExecutorStart_hook = Module._ExecutorStart_hook = e4.ExecutorStart_hook.value, _ExecutorRun_hook = Module._ExecutorRun_hook = e4.ExecutorRun_hook.value, _ExecutorFinish_hook = Module._ExecutorFinish_hook = e4.ExecutorFinish_hook.value, _ExecutorEnd_hook = Module._ExecutorEnd_hook = e4.ExecutorEnd_hook.value, _ExecutorCheckPerms_hook = Module._ExecutorCheckPerms_hook = e4.ExecutorCheckPerms_hook.value, _SPI_result = Module._SPI_result = e4.SPI_result.value, _stderr = Module._stderr = e4.stderr.value, _MyProcPort = Module._MyProcPort = e4.MyProcPort.value, _ClientAuthentication_hook = Module._ClientAuthentication_hook = e4.ClientAuthentication_hook.value, _set_rel_pathlist_hook = Module._set_rel_pathlist_hook = e4.set_rel_pathlist_hook.value, _cpu_tuple_cost = Module._cpu_tuple_cost = e4.cpu_tuple_cost.value, _cpu_operator_cost = Module._cpu_operator_cost = e4.cpu_operator_cost.value, _seq_page_cost = Module._seq_page_cost = e4.seq_page_cost.value, _planner_hook = Module._planner_hook = e4.planner_hook.value, _get_relation_info_hook = Module._get_relation_info_hook = e4.get_relation_info_hook.value, _QueryCancelPending = Module._QueryCancelPending = e4.QueryCancelPending.value, _ShutdownRequestPending = Module._ShutdownRequestPending = e4.ShutdownRequestPending.value, _MyStartTime = Module._MyStartTime = e4.MyStartTime.value, _cluster_name = Module._cluster_name = e4.cluster_name.value, _ProcDiePending = Module._ProcDiePending = e4.ProcDiePending.value, _application_name = Module._application_name = e4.application_name.value, _row_security_policy_hook_restrictive = Module._row_security_policy_hook_restrictive = e4.row_security_policy_hook_restrictive.value, _row_security_policy_hook_permissive = Module._row_security_policy_hook_permissive = e4.row_security_policy_hook_permissive.value, _BufferDescriptors = Module._BufferDescriptors = e4.BufferDescriptors.value, _shmem_startup_hook = Module._shmem_startup_hook = e4.shmem_startup_hook.value, _ProcessUtility_hook = Module._ProcessUtility_hook = e4.ProcessUtility_hook.value, _IntervalStyle = Module._IntervalStyle = e4.IntervalStyle.value, _extra_float_digits = Module._extra_float_digits = e4.extra_float_digits.value, _ScanKeywordCategories = Module._ScanKeywordCategories = e4.ScanKeywordCategories.value, _pg_crc32_table = Module._pg_crc32_table = e4.pg_crc32_table.value, _shmem_request_hook = Module._shmem_request_hook = e4.shmem_request_hook.value, _z_errmsg = Module._z_errmsg = e4.z_errmsg.value, __length_code = Module.__length_code = e4._length_code.value, __dist_code = Module.__dist_code = e4._dist_code.value, ___heap_base = e4.__heap_base.value;
  }
  var wasmImports = { __assert_fail: ___assert_fail, __call_sighandler: ___call_sighandler, __cxa_begin_catch: ___cxa_begin_catch, __cxa_current_primary_exception: ___cxa_current_primary_exception, __cxa_end_catch: ___cxa_end_catch, __cxa_find_matching_catch_2: ___cxa_find_matching_catch_2, __cxa_find_matching_catch_3: ___cxa_find_matching_catch_3, __cxa_rethrow: ___cxa_rethrow, __cxa_rethrow_primary_exception: ___cxa_rethrow_primary_exception, __cxa_throw: ___cxa_throw, __cxa_uncaught_exceptions: ___cxa_uncaught_exceptions, __resumeException: ___resumeException, __syscall_accept4: ___syscall_accept4, __syscall_bind: ___syscall_bind, __syscall_chdir: ___syscall_chdir, __syscall_chmod: ___syscall_chmod, __syscall_connect: ___syscall_connect, __syscall_dup: ___syscall_dup, __syscall_dup3: ___syscall_dup3, __syscall_faccessat: ___syscall_faccessat, __syscall_fadvise64: ___syscall_fadvise64, __syscall_fallocate: ___syscall_fallocate, __syscall_fchmod: ___syscall_fchmod, __syscall_fchmodat2: ___syscall_fchmodat2, __syscall_fchown32: ___syscall_fchown32, __syscall_fchownat: ___syscall_fchownat, __syscall_fcntl64: ___syscall_fcntl64, __syscall_fdatasync: ___syscall_fdatasync, __syscall_fstat64: ___syscall_fstat64, __syscall_ftruncate64: ___syscall_ftruncate64, __syscall_getcwd: ___syscall_getcwd, __syscall_getdents64: ___syscall_getdents64, __syscall_getegid32: ___syscall_getegid32, __syscall_geteuid32: ___syscall_geteuid32, __syscall_getgid32: ___syscall_getgid32, __syscall_getuid32: ___syscall_getuid32, __syscall_ioctl: ___syscall_ioctl, __syscall_linkat: ___syscall_linkat, __syscall_listen: ___syscall_listen, __syscall_lstat64: ___syscall_lstat64, __syscall_mkdirat: ___syscall_mkdirat, __syscall_newfstatat: ___syscall_newfstatat, __syscall_openat: ___syscall_openat, __syscall_pipe2: ___syscall_pipe2, __syscall_poll: ___syscall_poll, __syscall_readlinkat: ___syscall_readlinkat, __syscall_recvfrom: ___syscall_recvfrom, __syscall_renameat: ___syscall_renameat, __syscall_rmdir: ___syscall_rmdir, __syscall_sendto: ___syscall_sendto, __syscall_socket: ___syscall_socket, __syscall_stat64: ___syscall_stat64, __syscall_statfs64: ___syscall_statfs64, __syscall_symlinkat: ___syscall_symlinkat, __syscall_truncate64: ___syscall_truncate64, __syscall_umask: ___syscall_umask, __syscall_unlinkat: ___syscall_unlinkat, __syscall_utimensat: ___syscall_utimensat, _abort_js: __abort_js, _dlopen_js: __dlopen_js, _dlsym_js: __dlsym_js, _emscripten_runtime_keepalive_clear: __emscripten_runtime_keepalive_clear, _emscripten_throw_longjmp: __emscripten_throw_longjmp, _gmtime_js: __gmtime_js, _localtime_js: __localtime_js, _mmap_js: __mmap_js, _munmap_js: __munmap_js, _setitimer_js: __setitimer_js, _tzset_js: __tzset_js, clock_time_get: _clock_time_get, emscripten_date_now: _emscripten_date_now, emscripten_force_exit: _emscripten_force_exit, emscripten_get_heap_max: _emscripten_get_heap_max, emscripten_get_now: _emscripten_get_now, emscripten_resize_heap: _emscripten_resize_heap, environ_get: _environ_get, environ_sizes_get: _environ_sizes_get, exit: _exit, fd_close: _fd_close, fd_fdstat_get: _fd_fdstat_get, fd_pread: _fd_pread, fd_pwrite: _fd_pwrite, fd_read: _fd_read, fd_seek: _fd_seek, fd_sync: _fd_sync, fd_write: _fd_write, getTempRet0: _getTempRet0, getaddrinfo: _getaddrinfo, getnameinfo: _getnameinfo, invoke_di, invoke_i, invoke_id, invoke_ii, invoke_iii, invoke_iiii, invoke_iiiii, invoke_iiiiii, invoke_iiiiiii, invoke_iiiiiiii, invoke_iiiiiiiii, invoke_iiiiiiiiii, invoke_iiiiiiiiiii, invoke_iiiiiiiiiiiiii, invoke_iiiiiiiiiiiiiiiiii, invoke_iiiiiji, invoke_iiiij, invoke_iiij, invoke_iiji, invoke_iijj, invoke_ij, invoke_ijiiiii, invoke_ijiiiiii, invoke_ijji, invoke_j, invoke_ji, invoke_jii, invoke_jiiii, invoke_jiiiiii, invoke_jiiiiiiiii, invoke_jij, invoke_v, invoke_vi, invoke_vid, invoke_vii, invoke_viii, invoke_viiii, invoke_viiiii, invoke_viiiiii, invoke_viiiiiii, invoke_viiiiiiii, invoke_viiiiiiiii, invoke_viiiiiiiiiiii, invoke_viiiji, invoke_viij, invoke_viiji, invoke_viijii, invoke_viijiiii, invoke_vij, invoke_viji, invoke_vijiji, invoke_vijjii, invoke_vj, invoke_vji, invoke_vjii, invoke_vjjii, memory: wasmMemory, proc_exit: _proc_exit, random_get: _random_get, sched_yield: _sched_yield, setTempRet0: _setTempRet0 };
  function invoke_ii(e4, t33) {
    var r11 = stackSave();
    try {
      return getWasmTableEntry(e4)(t33);
    } catch (_3) {
      if (stackRestore(r11), !(_3 instanceof EmscriptenEH)) throw _3;
      _setThrew(1, 0);
    }
  }
  function invoke_vii(e4, t33, r11) {
    var _3 = stackSave();
    try {
      getWasmTableEntry(e4)(t33, r11);
    } catch (n3) {
      if (stackRestore(_3), !(n3 instanceof EmscriptenEH)) throw n3;
      _setThrew(1, 0);
    }
  }
  function invoke_viiiii(e4, t33, r11, _3, n3, a16) {
    var i7 = stackSave();
    try {
      getWasmTableEntry(e4)(t33, r11, _3, n3, a16);
    } catch (l2) {
      if (stackRestore(i7), !(l2 instanceof EmscriptenEH)) throw l2;
      _setThrew(1, 0);
    }
  }
  function invoke_vi(e4, t33) {
    var r11 = stackSave();
    try {
      getWasmTableEntry(e4)(t33);
    } catch (_3) {
      if (stackRestore(r11), !(_3 instanceof EmscriptenEH)) throw _3;
      _setThrew(1, 0);
    }
  }
  function invoke_v(e4) {
    var t33 = stackSave();
    try {
      getWasmTableEntry(e4)();
    } catch (r11) {
      if (stackRestore(t33), !(r11 instanceof EmscriptenEH)) throw r11;
      _setThrew(1, 0);
    }
  }
  function invoke_iii(e4, t33, r11) {
    var _3 = stackSave();
    try {
      return getWasmTableEntry(e4)(t33, r11);
    } catch (n3) {
      if (stackRestore(_3), !(n3 instanceof EmscriptenEH)) throw n3;
      _setThrew(1, 0);
    }
  }
  function invoke_viii(e4, t33, r11, _3) {
    var n3 = stackSave();
    try {
      getWasmTableEntry(e4)(t33, r11, _3);
    } catch (a16) {
      if (stackRestore(n3), !(a16 instanceof EmscriptenEH)) throw a16;
      _setThrew(1, 0);
    }
  }
  function invoke_iiii(e4, t33, r11, _3) {
    var n3 = stackSave();
    try {
      return getWasmTableEntry(e4)(t33, r11, _3);
    } catch (a16) {
      if (stackRestore(n3), !(a16 instanceof EmscriptenEH)) throw a16;
      _setThrew(1, 0);
    }
  }
  function invoke_jii(e4, t33, r11) {
    var _3 = stackSave();
    try {
      return getWasmTableEntry(e4)(t33, r11);
    } catch (n3) {
      if (stackRestore(_3), !(n3 instanceof EmscriptenEH)) throw n3;
      return _setThrew(1, 0), 0n;
    }
  }
  function invoke_iiiii(e4, t33, r11, _3, n3) {
    var a16 = stackSave();
    try {
      return getWasmTableEntry(e4)(t33, r11, _3, n3);
    } catch (i7) {
      if (stackRestore(a16), !(i7 instanceof EmscriptenEH)) throw i7;
      _setThrew(1, 0);
    }
  }
  function invoke_i(e4) {
    var t33 = stackSave();
    try {
      return getWasmTableEntry(e4)();
    } catch (r11) {
      if (stackRestore(t33), !(r11 instanceof EmscriptenEH)) throw r11;
      _setThrew(1, 0);
    }
  }
  function invoke_ji(e4, t33) {
    var r11 = stackSave();
    try {
      return getWasmTableEntry(e4)(t33);
    } catch (_3) {
      if (stackRestore(r11), !(_3 instanceof EmscriptenEH)) throw _3;
      return _setThrew(1, 0), 0n;
    }
  }
  function invoke_jiiiiiiiii(e4, t33, r11, _3, n3, a16, i7, l2, o9, s4) {
    var c6 = stackSave();
    try {
      return getWasmTableEntry(e4)(t33, r11, _3, n3, a16, i7, l2, o9, s4);
    } catch (p7) {
      if (stackRestore(c6), !(p7 instanceof EmscriptenEH)) throw p7;
      return _setThrew(1, 0), 0n;
    }
  }
  function invoke_jiiiiii(e4, t33, r11, _3, n3, a16, i7) {
    var l2 = stackSave();
    try {
      return getWasmTableEntry(e4)(t33, r11, _3, n3, a16, i7);
    } catch (o9) {
      if (stackRestore(l2), !(o9 instanceof EmscriptenEH)) throw o9;
      return _setThrew(1, 0), 0n;
    }
  }
  function invoke_vji(e4, t33, r11) {
    var _3 = stackSave();
    try {
      getWasmTableEntry(e4)(t33, r11);
    } catch (n3) {
      if (stackRestore(_3), !(n3 instanceof EmscriptenEH)) throw n3;
      _setThrew(1, 0);
    }
  }
  function invoke_viiji(e4, t33, r11, _3, n3) {
    var a16 = stackSave();
    try {
      getWasmTableEntry(e4)(t33, r11, _3, n3);
    } catch (i7) {
      if (stackRestore(a16), !(i7 instanceof EmscriptenEH)) throw i7;
      _setThrew(1, 0);
    }
  }
  function invoke_iiiij(e4, t33, r11, _3, n3) {
    var a16 = stackSave();
    try {
      return getWasmTableEntry(e4)(t33, r11, _3, n3);
    } catch (i7) {
      if (stackRestore(a16), !(i7 instanceof EmscriptenEH)) throw i7;
      _setThrew(1, 0);
    }
  }
  function invoke_iiiiiiiiiiiiii(e4, t33, r11, _3, n3, a16, i7, l2, o9, s4, c6, p7, d5, u3) {
    var f5 = stackSave();
    try {
      return getWasmTableEntry(e4)(t33, r11, _3, n3, a16, i7, l2, o9, s4, c6, p7, d5, u3);
    } catch (m7) {
      if (stackRestore(f5), !(m7 instanceof EmscriptenEH)) throw m7;
      _setThrew(1, 0);
    }
  }
  function invoke_vijiji(e4, t33, r11, _3, n3, a16) {
    var i7 = stackSave();
    try {
      getWasmTableEntry(e4)(t33, r11, _3, n3, a16);
    } catch (l2) {
      if (stackRestore(i7), !(l2 instanceof EmscriptenEH)) throw l2;
      _setThrew(1, 0);
    }
  }
  function invoke_viji(e4, t33, r11, _3) {
    var n3 = stackSave();
    try {
      getWasmTableEntry(e4)(t33, r11, _3);
    } catch (a16) {
      if (stackRestore(n3), !(a16 instanceof EmscriptenEH)) throw a16;
      _setThrew(1, 0);
    }
  }
  function invoke_iiiiii(e4, t33, r11, _3, n3, a16) {
    var i7 = stackSave();
    try {
      return getWasmTableEntry(e4)(t33, r11, _3, n3, a16);
    } catch (l2) {
      if (stackRestore(i7), !(l2 instanceof EmscriptenEH)) throw l2;
      _setThrew(1, 0);
    }
  }
  function invoke_viiii(e4, t33, r11, _3, n3) {
    var a16 = stackSave();
    try {
      getWasmTableEntry(e4)(t33, r11, _3, n3);
    } catch (i7) {
      if (stackRestore(a16), !(i7 instanceof EmscriptenEH)) throw i7;
      _setThrew(1, 0);
    }
  }
  function invoke_iiiiiiiii(e4, t33, r11, _3, n3, a16, i7, l2, o9) {
    var s4 = stackSave();
    try {
      return getWasmTableEntry(e4)(t33, r11, _3, n3, a16, i7, l2, o9);
    } catch (c6) {
      if (stackRestore(s4), !(c6 instanceof EmscriptenEH)) throw c6;
      _setThrew(1, 0);
    }
  }
  function invoke_iiiiiiiiiiiiiiiiii(e4, t33, r11, _3, n3, a16, i7, l2, o9, s4, c6, p7, d5, u3, f5, m7, y6, v5) {
    var k4 = stackSave();
    try {
      return getWasmTableEntry(e4)(t33, r11, _3, n3, a16, i7, l2, o9, s4, c6, p7, d5, u3, f5, m7, y6, v5);
    } catch (P6) {
      if (stackRestore(k4), !(P6 instanceof EmscriptenEH)) throw P6;
      _setThrew(1, 0);
    }
  }
  function invoke_iiiiiii(e4, t33, r11, _3, n3, a16, i7) {
    var l2 = stackSave();
    try {
      return getWasmTableEntry(e4)(t33, r11, _3, n3, a16, i7);
    } catch (o9) {
      if (stackRestore(l2), !(o9 instanceof EmscriptenEH)) throw o9;
      _setThrew(1, 0);
    }
  }
  function invoke_vj(e4, t33) {
    var r11 = stackSave();
    try {
      getWasmTableEntry(e4)(t33);
    } catch (_3) {
      if (stackRestore(r11), !(_3 instanceof EmscriptenEH)) throw _3;
      _setThrew(1, 0);
    }
  }
  function invoke_iiiiiiiiii(e4, t33, r11, _3, n3, a16, i7, l2, o9, s4) {
    var c6 = stackSave();
    try {
      return getWasmTableEntry(e4)(t33, r11, _3, n3, a16, i7, l2, o9, s4);
    } catch (p7) {
      if (stackRestore(c6), !(p7 instanceof EmscriptenEH)) throw p7;
      _setThrew(1, 0);
    }
  }
  function invoke_viij(e4, t33, r11, _3) {
    var n3 = stackSave();
    try {
      getWasmTableEntry(e4)(t33, r11, _3);
    } catch (a16) {
      if (stackRestore(n3), !(a16 instanceof EmscriptenEH)) throw a16;
      _setThrew(1, 0);
    }
  }
  function invoke_viiiiiiii(e4, t33, r11, _3, n3, a16, i7, l2, o9) {
    var s4 = stackSave();
    try {
      getWasmTableEntry(e4)(t33, r11, _3, n3, a16, i7, l2, o9);
    } catch (c6) {
      if (stackRestore(s4), !(c6 instanceof EmscriptenEH)) throw c6;
      _setThrew(1, 0);
    }
  }
  function invoke_viiiiiiiii(e4, t33, r11, _3, n3, a16, i7, l2, o9, s4) {
    var c6 = stackSave();
    try {
      getWasmTableEntry(e4)(t33, r11, _3, n3, a16, i7, l2, o9, s4);
    } catch (p7) {
      if (stackRestore(c6), !(p7 instanceof EmscriptenEH)) throw p7;
      _setThrew(1, 0);
    }
  }
  function invoke_vij(e4, t33, r11) {
    var _3 = stackSave();
    try {
      getWasmTableEntry(e4)(t33, r11);
    } catch (n3) {
      if (stackRestore(_3), !(n3 instanceof EmscriptenEH)) throw n3;
      _setThrew(1, 0);
    }
  }
  function invoke_viiiiii(e4, t33, r11, _3, n3, a16, i7) {
    var l2 = stackSave();
    try {
      getWasmTableEntry(e4)(t33, r11, _3, n3, a16, i7);
    } catch (o9) {
      if (stackRestore(l2), !(o9 instanceof EmscriptenEH)) throw o9;
      _setThrew(1, 0);
    }
  }
  function invoke_iiji(e4, t33, r11, _3) {
    var n3 = stackSave();
    try {
      return getWasmTableEntry(e4)(t33, r11, _3);
    } catch (a16) {
      if (stackRestore(n3), !(a16 instanceof EmscriptenEH)) throw a16;
      _setThrew(1, 0);
    }
  }
  function invoke_ij(e4, t33) {
    var r11 = stackSave();
    try {
      return getWasmTableEntry(e4)(t33);
    } catch (_3) {
      if (stackRestore(r11), !(_3 instanceof EmscriptenEH)) throw _3;
      _setThrew(1, 0);
    }
  }
  function invoke_viiiiiii(e4, t33, r11, _3, n3, a16, i7, l2) {
    var o9 = stackSave();
    try {
      getWasmTableEntry(e4)(t33, r11, _3, n3, a16, i7, l2);
    } catch (s4) {
      if (stackRestore(o9), !(s4 instanceof EmscriptenEH)) throw s4;
      _setThrew(1, 0);
    }
  }
  function invoke_viiiji(e4, t33, r11, _3, n3, a16) {
    var i7 = stackSave();
    try {
      getWasmTableEntry(e4)(t33, r11, _3, n3, a16);
    } catch (l2) {
      if (stackRestore(i7), !(l2 instanceof EmscriptenEH)) throw l2;
      _setThrew(1, 0);
    }
  }
  function invoke_iiiiiiii(e4, t33, r11, _3, n3, a16, i7, l2) {
    var o9 = stackSave();
    try {
      return getWasmTableEntry(e4)(t33, r11, _3, n3, a16, i7, l2);
    } catch (s4) {
      if (stackRestore(o9), !(s4 instanceof EmscriptenEH)) throw s4;
      _setThrew(1, 0);
    }
  }
  function invoke_iiij(e4, t33, r11, _3) {
    var n3 = stackSave();
    try {
      return getWasmTableEntry(e4)(t33, r11, _3);
    } catch (a16) {
      if (stackRestore(n3), !(a16 instanceof EmscriptenEH)) throw a16;
      _setThrew(1, 0);
    }
  }
  function invoke_vid(e4, t33, r11) {
    var _3 = stackSave();
    try {
      getWasmTableEntry(e4)(t33, r11);
    } catch (n3) {
      if (stackRestore(_3), !(n3 instanceof EmscriptenEH)) throw n3;
      _setThrew(1, 0);
    }
  }
  function invoke_j(e4) {
    var t33 = stackSave();
    try {
      return getWasmTableEntry(e4)();
    } catch (r11) {
      if (stackRestore(t33), !(r11 instanceof EmscriptenEH)) throw r11;
      return _setThrew(1, 0), 0n;
    }
  }
  function invoke_vjjii(e4, t33, r11, _3, n3) {
    var a16 = stackSave();
    try {
      getWasmTableEntry(e4)(t33, r11, _3, n3);
    } catch (i7) {
      if (stackRestore(a16), !(i7 instanceof EmscriptenEH)) throw i7;
      _setThrew(1, 0);
    }
  }
  function invoke_ijji(e4, t33, r11, _3) {
    var n3 = stackSave();
    try {
      return getWasmTableEntry(e4)(t33, r11, _3);
    } catch (a16) {
      if (stackRestore(n3), !(a16 instanceof EmscriptenEH)) throw a16;
      _setThrew(1, 0);
    }
  }
  function invoke_iijj(e4, t33, r11, _3) {
    var n3 = stackSave();
    try {
      return getWasmTableEntry(e4)(t33, r11, _3);
    } catch (a16) {
      if (stackRestore(n3), !(a16 instanceof EmscriptenEH)) throw a16;
      _setThrew(1, 0);
    }
  }
  function invoke_jij(e4, t33, r11) {
    var _3 = stackSave();
    try {
      return getWasmTableEntry(e4)(t33, r11);
    } catch (n3) {
      if (stackRestore(_3), !(n3 instanceof EmscriptenEH)) throw n3;
      return _setThrew(1, 0), 0n;
    }
  }
  function invoke_ijiiiiii(e4, t33, r11, _3, n3, a16, i7, l2) {
    var o9 = stackSave();
    try {
      return getWasmTableEntry(e4)(t33, r11, _3, n3, a16, i7, l2);
    } catch (s4) {
      if (stackRestore(o9), !(s4 instanceof EmscriptenEH)) throw s4;
      _setThrew(1, 0);
    }
  }
  function invoke_viijii(e4, t33, r11, _3, n3, a16) {
    var i7 = stackSave();
    try {
      getWasmTableEntry(e4)(t33, r11, _3, n3, a16);
    } catch (l2) {
      if (stackRestore(i7), !(l2 instanceof EmscriptenEH)) throw l2;
      _setThrew(1, 0);
    }
  }
  function invoke_iiiiiji(e4, t33, r11, _3, n3, a16, i7) {
    var l2 = stackSave();
    try {
      return getWasmTableEntry(e4)(t33, r11, _3, n3, a16, i7);
    } catch (o9) {
      if (stackRestore(l2), !(o9 instanceof EmscriptenEH)) throw o9;
      _setThrew(1, 0);
    }
  }
  function invoke_viijiiii(e4, t33, r11, _3, n3, a16, i7, l2) {
    var o9 = stackSave();
    try {
      getWasmTableEntry(e4)(t33, r11, _3, n3, a16, i7, l2);
    } catch (s4) {
      if (stackRestore(o9), !(s4 instanceof EmscriptenEH)) throw s4;
      _setThrew(1, 0);
    }
  }
  function invoke_vijjii(e4, t33, r11, _3, n3, a16) {
    var i7 = stackSave();
    try {
      getWasmTableEntry(e4)(t33, r11, _3, n3, a16);
    } catch (l2) {
      if (stackRestore(i7), !(l2 instanceof EmscriptenEH)) throw l2;
      _setThrew(1, 0);
    }
  }
  function invoke_vjii(e4, t33, r11, _3) {
    var n3 = stackSave();
    try {
      getWasmTableEntry(e4)(t33, r11, _3);
    } catch (a16) {
      if (stackRestore(n3), !(a16 instanceof EmscriptenEH)) throw a16;
      _setThrew(1, 0);
    }
  }
  function invoke_jiiii(e4, t33, r11, _3, n3) {
    var a16 = stackSave();
    try {
      return getWasmTableEntry(e4)(t33, r11, _3, n3);
    } catch (i7) {
      if (stackRestore(a16), !(i7 instanceof EmscriptenEH)) throw i7;
      return _setThrew(1, 0), 0n;
    }
  }
  function invoke_viiiiiiiiiiii(e4, t33, r11, _3, n3, a16, i7, l2, o9, s4, c6, p7, d5) {
    var u3 = stackSave();
    try {
      getWasmTableEntry(e4)(t33, r11, _3, n3, a16, i7, l2, o9, s4, c6, p7, d5);
    } catch (f5) {
      if (stackRestore(u3), !(f5 instanceof EmscriptenEH)) throw f5;
      _setThrew(1, 0);
    }
  }
  function invoke_di(e4, t33) {
    var r11 = stackSave();
    try {
      return getWasmTableEntry(e4)(t33);
    } catch (_3) {
      if (stackRestore(r11), !(_3 instanceof EmscriptenEH)) throw _3;
      _setThrew(1, 0);
    }
  }
  function invoke_id(e4, t33) {
    var r11 = stackSave();
    try {
      return getWasmTableEntry(e4)(t33);
    } catch (_3) {
      if (stackRestore(r11), !(_3 instanceof EmscriptenEH)) throw _3;
      _setThrew(1, 0);
    }
  }
  function invoke_ijiiiii(e4, t33, r11, _3, n3, a16, i7) {
    var l2 = stackSave();
    try {
      return getWasmTableEntry(e4)(t33, r11, _3, n3, a16, i7);
    } catch (o9) {
      if (stackRestore(l2), !(o9 instanceof EmscriptenEH)) throw o9;
      _setThrew(1, 0);
    }
  }
  function invoke_iiiiiiiiiii(e4, t33, r11, _3, n3, a16, i7, l2, o9, s4, c6) {
    var p7 = stackSave();
    try {
      return getWasmTableEntry(e4)(t33, r11, _3, n3, a16, i7, l2, o9, s4, c6);
    } catch (d5) {
      if (stackRestore(p7), !(d5 instanceof EmscriptenEH)) throw d5;
      _setThrew(1, 0);
    }
  }
  function callMain(e4 = []) {
    var t33 = resolveGlobalSymbol("main").sym;
    if (t33) {
      e4.unshift(thisProgram);
      var r11 = e4.length, _3 = stackAlloc((r11 + 1) * 4), n3 = _3;
      for (var a16 of e4) HEAPU32[n3 >> 2] = stringToUTF8OnStack(a16), n3 += 4;
      HEAPU32[n3 >> 2] = 0;
      try {
        var i7 = t33(r11, _3);
        return exitJS(i7, true), i7;
      } catch (l2) {
        return handleException(l2);
      }
    }
  }
  async function run(e4 = programArgs) {
    preRun(), runDependencies && await resolveRunDependencies();
    var t33 = Module.setStatus;
    if (t33 && (t33("Running..."), await new Promise((_3) => setTimeout(_3, 1)), setTimeout(t33, 1, "")), !ABORT) {
      initRuntime(), Module.onRuntimeInitialized?.();
      var r11 = Module.noInitialRun || true;
      r11 || callMain(e4), postRun();
    }
  }
  var wasmExports;
  return wasmExports = await createWasm(), await run(), quit_ = (e4, t33) => {
    throw t33;
  }, Module;
}
var Ue3 = it2;
var He3 = Ue3;
var Y3 = class {
  constructor(t33 = { results: [], throwOnError: false, onNotice: void 0, databaseError: null }) {
    this.results = [];
    this.throwOnError = false;
    this.databaseError = null;
    this.results = t33.results || [], this.throwOnError = t33.throwOnError || false, this.onNotice = t33.onNotice, this.databaseError = t33.databaseError === void 0 ? null : t33.databaseError;
  }
};
var G2;
var $4;
var Q3;
var J3;
var te2;
var re2;
var de;
var Me3;
var ve2;
var _e2;
var ne;
var ce2;
var ae3;
var Z2;
var E4;
var D7;
var x7;
var ie3;
var A4;
var le2;
var j4;
var U6;
var z5;
var O3;
var ue2;
var pe2;
var ge2;
var oe3;
var S4;
var Te3;
var Pe3;
var Ee2;
var We2;
var Ve2;
var Xe2;
var Ke2;
var Ce3;
var Ye2;
var N4;
var $e2;
var Qe2;
var Je2;
var Ze2;
var xe3;
var q3 = class q4 extends z2 {
  constructor(r11 = {}, _3 = {}) {
    super();
    R(this, S4);
    this.POSTGRES_MAIN_LONGJMP = 100;
    this.PGLITE_EXIT_ALIVE = 99;
    R(this, G2);
    R(this, $4, false);
    R(this, Q3, false);
    R(this, J3, false);
    R(this, te2, false);
    R(this, re2, new V2());
    R(this, de, new V2());
    R(this, Me3, new V2());
    R(this, ve2, new V2());
    R(this, _e2, false);
    this.debug = 0;
    R(this, ne);
    R(this, ce2, []);
    R(this, ae3, new pe());
    R(this, Z2);
    R(this, E4);
    R(this, D7, /* @__PURE__ */ new Map());
    R(this, x7, /* @__PURE__ */ new Set());
    R(this, ie3, -1);
    R(this, A4, new Y3());
    R(this, le2, -1);
    R(this, j4, []);
    R(this, U6, 0);
    R(this, z5, new Uint8Array(0));
    R(this, O3, 0);
    R(this, ue2, -1);
    R(this, pe2, -1);
    R(this, ge2, -1);
    this.externalCommandStreamFd = null;
    R(this, oe3, false);
    typeof r11 == "string" ? _3 = { dataDir: r11, ..._3 } : _3 = r11, this.dataDir = _3.dataDir, _3.parsers !== void 0 && (this.parsers = { ...this.parsers, ..._3.parsers }), _3.serializers !== void 0 && (this.serializers = { ...this.serializers, ..._3.serializers }), _3?.debug !== void 0 && (this.debug = _3.debug), _3?.relaxedDurability !== void 0 && x(this, te2, _3.relaxedDurability), x(this, ne, _3.extensions ?? {}), this.waitReady = T(this, S4, Ee2).call(this, _3 ?? {});
  }
  get ENV() {
    return this.mod?.ENV;
  }
  static async create(r11, _3) {
    let n3 = typeof r11 == "string" ? { dataDir: r11, ..._3 ?? {} } : r11 ?? _3 ?? {}, a16 = new q4(n3);
    return await a16.waitReady, a16;
  }
  handleExternalCmd(r11, _3) {
    if (r11.startsWith("locale -a") && _3 === "r") {
      let n3 = this.mod.stringToUTF8OnStack("/pglite/locale-a"), a16 = this.mod.stringToUTF8OnStack(_3);
      return this.mod._fopen(n3, a16);
    }
    throw new Error("Unhandled cmd");
  }
  get Module() {
    return this.mod;
  }
  get ready() {
    return h(this, $4) && !h(this, Q3) && !h(this, J3);
  }
  get closed() {
    return h(this, J3);
  }
  async close() {
    await this._checkReady(), await h(this, de).runExclusive(async () => {
      await h(this, re2).runExclusive(async () => {
        await this._checkReady(), x(this, Q3, true);
      });
    });
    for (let r11 of h(this, ce2)) await r11();
    try {
      this.mod._pgl_setPGliteActive(0), await this.execProtocol($e.end()), this.mod._pgl_run_atexit_funcs();
    } catch (r11) {
      let _3 = r11;
      _3.name === "ExitStatus" && _3.status === 0 || T(this, S4, N4).call(this, "An error occured while closing the db", r11.toString());
    } finally {
      this.mod.removeFunction(h(this, le2)), this.mod.removeFunction(h(this, ie3));
    }
    await this.fs.closeFs(), x(this, J3, true), x(this, Q3, false), x(this, $4, false), x(this, oe3, false);
    try {
      this.mod._emscripten_force_exit(0);
    } catch (r11) {
      T(this, S4, N4).call(this, r11), r11.status !== 0 && T(this, S4, N4).call(this, "Error when exiting", r11.toString());
    } finally {
      this.mod = void 0;
    }
  }
  async [Symbol.asyncDispose]() {
    await this.close();
  }
  async _handleBlob(r11) {
    x(this, Z2, r11 ? await r11.arrayBuffer() : void 0);
  }
  async _cleanupBlob() {
    x(this, Z2, void 0);
  }
  async _getWrittenBlob() {
    if (!h(this, E4)) return;
    let r11 = new Blob(h(this, E4));
    return x(this, E4, void 0), r11;
  }
  async _checkReady() {
    if (h(this, Q3)) throw new Error("PGlite is closing");
    if (h(this, J3)) throw new Error("PGlite is closed");
    h(this, $4) || await this.waitReady;
  }
  execProtocolRawSync(r11) {
    let _3 = this.mod;
    if (x(this, U6, 0), x(this, O3, 0), x(this, j4, r11), h(this, G2) || x(this, G2, T(this, S4, Ke2)), h(this, z5).length !== q4.DEFAULT_RECV_BUF_SIZE && x(this, z5, new Uint8Array(q4.DEFAULT_RECV_BUF_SIZE)), r11[0] === 88) return new Uint8Array(0);
    if (r11[0] === 0) return T(this, S4, xe3).call(this, r11);
    try {
      for (; h(this, U6) < r11.length || _3._pq_buffer_remaining_data() > 0; ) {
        let n3;
        try {
          n3 = _3.stackSave(), _3._PostgresMainLoopOnce();
        } catch (a16) {
          _3.stackRestore(n3), a16.status === this.POSTGRES_MAIN_LONGJMP && _3._PostgresMainLongJmp();
        }
      }
    } finally {
      _3._PostgresSendReadyForQueryIfNecessary(), _3._pgl_pq_flush();
    }
    return x(this, j4, []), h(this, O3) ? new Uint8Array(h(this, z5).subarray(0, h(this, O3))) : new Uint8Array(0);
  }
  async execProtocolRaw(r11, { syncToFs: _3 = true } = {}) {
    let n3 = this.execProtocolRawSync(r11);
    return _3 && await this.syncToFs(), n3;
  }
  async execProtocolRawStream(r11, { syncToFs: _3 = true, onRawData: n3 }) {
    x(this, G2, (a16) => (n3(a16), a16.length));
    try {
      this.execProtocolRawSync(r11);
    } finally {
      x(this, G2, void 0);
    }
    _3 && await this.syncToFs();
  }
  async execProtocol(r11, { syncToFs: _3 = true, throwOnError: n3 = true, onNotice: a16 } = {}) {
    x(this, A4, new Y3({ throwOnError: n3, onNotice: a16 }));
    let i7 = await this.execProtocolRaw(r11, { syncToFs: _3 }), l2 = h(this, A4).databaseError, o9 = { messages: h(this, A4).results, data: i7 };
    if (x(this, A4, new Y3()), x(this, G2, void 0), n3 && l2) throw x(this, ae3, new pe()), l2;
    return o9;
  }
  async execProtocolStream(r11, { syncToFs: _3, throwOnError: n3 = true, onNotice: a16 } = {}) {
    x(this, A4, new Y3({ throwOnError: n3, onNotice: a16 })), x(this, G2, T(this, S4, Ce3)), await this.execProtocolRaw(r11, { syncToFs: _3 });
    let i7 = h(this, A4).databaseError, l2 = h(this, A4).results;
    if (x(this, A4, new Y3()), x(this, G2, void 0), n3 && i7) throw x(this, ae3, new pe()), i7;
    return l2;
  }
  isInTransaction() {
    return this.mod._IsTransactionBlock() !== 0;
  }
  async syncToFs() {
    if (h(this, _e2)) return;
    x(this, _e2, true);
    let r11 = async () => {
      await h(this, ve2).runExclusive(async () => {
        x(this, _e2, false), await this.fs.syncToFs(h(this, te2));
      });
    };
    h(this, te2) ? r11() : await r11();
  }
  async listen(r11, _3, n3) {
    return this._runExclusiveListen(() => T(this, S4, $e2).call(this, r11, _3, n3));
  }
  async unlisten(r11, _3, n3) {
    return this._runExclusiveListen(() => T(this, S4, Qe2).call(this, r11, _3, n3));
  }
  onNotification(r11) {
    return h(this, x7).add(r11), () => {
      h(this, x7).delete(r11);
    };
  }
  offNotification(r11) {
    h(this, x7).delete(r11);
  }
  async dumpDataDir(r11) {
    return await h(this, re2).runExclusive(async () => {
      await this._checkReady();
      let n3 = this.dataDir?.split("/").pop() ?? "pgdata";
      return this.fs.dumpTar(n3, r11);
    });
  }
  _runExclusiveQuery(r11) {
    return h(this, re2).runExclusive(r11);
  }
  _runExclusiveTransaction(r11) {
    return h(this, de).runExclusive(r11);
  }
  async clone() {
    let r11 = await this.dumpDataDir("none");
    return q4.create({ loadDataDir: r11, extensions: h(this, ne) });
  }
  _runExclusiveListen(r11) {
    return h(this, Me3).runExclusive(r11);
  }
  callMain(r11) {
    return this.mod.callMain(r11);
  }
  copyToFS(r11, _3, n3) {
    se2(this.mod.FS, r11, _3, n3);
  }
};
G2 = /* @__PURE__ */ new WeakMap(), $4 = /* @__PURE__ */ new WeakMap(), Q3 = /* @__PURE__ */ new WeakMap(), J3 = /* @__PURE__ */ new WeakMap(), te2 = /* @__PURE__ */ new WeakMap(), re2 = /* @__PURE__ */ new WeakMap(), de = /* @__PURE__ */ new WeakMap(), Me3 = /* @__PURE__ */ new WeakMap(), ve2 = /* @__PURE__ */ new WeakMap(), _e2 = /* @__PURE__ */ new WeakMap(), ne = /* @__PURE__ */ new WeakMap(), ce2 = /* @__PURE__ */ new WeakMap(), ae3 = /* @__PURE__ */ new WeakMap(), Z2 = /* @__PURE__ */ new WeakMap(), E4 = /* @__PURE__ */ new WeakMap(), D7 = /* @__PURE__ */ new WeakMap(), x7 = /* @__PURE__ */ new WeakMap(), ie3 = /* @__PURE__ */ new WeakMap(), A4 = /* @__PURE__ */ new WeakMap(), le2 = /* @__PURE__ */ new WeakMap(), j4 = /* @__PURE__ */ new WeakMap(), U6 = /* @__PURE__ */ new WeakMap(), z5 = /* @__PURE__ */ new WeakMap(), O3 = /* @__PURE__ */ new WeakMap(), ue2 = /* @__PURE__ */ new WeakMap(), pe2 = /* @__PURE__ */ new WeakMap(), ge2 = /* @__PURE__ */ new WeakMap(), oe3 = /* @__PURE__ */ new WeakMap(), S4 = /* @__PURE__ */ new WeakSet(), Te3 = function(r11) {
  this.debug && console.debug(r11);
}, Pe3 = function(r11) {
  this.debug && console.error(r11);
}, Ee2 = async function(r11) {
  if (r11.fs) this.fs = r11.fs;
  else {
    let { dataDir: d5, fsType: u3 } = Be2(r11.dataDir);
    this.fs = await Ge2(d5, u3);
  }
  let _3 = {}, n3 = [], a16 = [...this.debug ? ["-d", this.debug.toString()] : []];
  r11.pgliteWasmModule || p3.startArtifactDownload(new URL("./pglite.wasm", import.meta.url)), r11.initdbWasmModule || p3.startArtifactDownload(new URL("./initdb.wasm", import.meta.url));
  let i7 = r11.fsBundle ? r11.fsBundle.arrayBuffer() : p3.getFsBundle(new URL("./pglite.data", import.meta.url)), l2;
  i7.then((d5) => {
    l2 = d5;
  });
  let o9 = new WebAssembly.Memory({ initial: r11.initialMemory ? r11.initialMemory / (64 * 1024) : 2048, maximum: 32768 }), s4 = { thisProgram: pt2, PGLITE_ENV: {}, WASM_PREFIX: p3.WASM_PREFIX, arguments: a16, noExitRuntime: true, wasmMemory: o9, stdin: () => null, print: (d5) => {
    if (r11.onStdout && r11.onStdout(d5)) return T(this, S4, Te3).call(this, d5);
    T(this, S4, Te3).call(this, d5);
  }, printErr: (d5) => {
    if (r11.onStderr && r11.onStderr(d5)) return T(this, S4, Pe3).call(this, d5);
    T(this, S4, Pe3).call(this, d5);
  }, instantiateWasm: (d5, u3) => (p3.instantiateWasm(d5, r11.pgliteWasmModule ?? (() => new URL("./pglite.wasm", import.meta.url))).then(({ instance: f5, module: m7 }) => {
    u3(f5, m7);
  }), {}), getPreloadedPackage: (d5, u3) => {
    if (d5 === "pglite.data") {
      if (l2.byteLength !== u3) throw new Error(`Invalid FS bundle size: ${l2.byteLength} !== ${u3}`);
      return l2;
    }
    throw new Error(`Unknown package: ${d5}`);
  }, preRun: [(d5) => {
    d5.onRuntimeInitialized = () => {
      T(this, S4, Xe2).call(this, d5);
    };
  }, (d5) => {
    let u3 = d5.FS.makedev(64, 0), f5 = { open: (m7) => {
    }, close: (m7) => {
    }, read: (m7, y6, v5, k4, P6) => {
      let M2 = h(this, Z2);
      if (!M2) throw new Error("No /dev/blob File or Blob provided to read from");
      let C5 = new Uint8Array(M2);
      if (P6 >= C5.length) return 0;
      let b4 = Math.min(C5.length - P6, k4);
      for (let H4 = 0; H4 < b4; H4++) y6[v5 + H4] = C5[P6 + H4];
      return b4;
    }, write: (m7, y6, v5, k4, P6) => (h(this, E4) ?? x(this, E4, []), h(this, E4).push(y6.slice(v5, v5 + k4)), k4), llseek: (m7, y6, v5) => {
      let k4 = h(this, Z2);
      if (!k4) throw new Error("No /dev/blob File or Blob provided to llseek");
      let P6 = y6;
      if (v5 === 1 ? P6 += m7.position : v5 === 2 && (P6 = new Uint8Array(k4).length), P6 < 0) throw new d5.FS.ErrnoError(28);
      return P6;
    } };
    d5.FS.registerDevice(u3, f5), d5.FS.mkdev("/dev/blob", u3);
  }, (d5) => {
    d5.ENV.HOME = "/home/postgres", d5.ENV.USER = "postgres", d5.ENV.LOGNAME = "postgres", d5.ENV.PGDATA = I, d5.ENV.PGUSER = r11.username ?? "postgres", d5.ENV.PGDATABASE = r11.database ?? "postgres", d5.ENV.LANG = d5.ENV.LC_COLLATE = d5.ENV.LC_CTYPE = "en_US.UTF-8", d5.ENV.TZ = "UTC", d5.ENV.PGTZ = "UTC", d5.ENV.PGCLIENTENCODING = "UTF8", d5.ENV.ICU_DATA = Hr, d5.PGLITE_ENV && Object.assign(d5.ENV, d5.PGLITE_ENV);
  }, (d5) => {
    r11.pgDataProxyFs && (d5.FS.mkdirTree(I), d5.FS.mount(d5.PROXYFS, { root: I, fs: r11.pgDataProxyFs }, I));
  }] }, { emscriptenOpts: c6 } = await this.fs.init(this, s4);
  s4 = c6;
  let p7 = [];
  for (let [d5, u3] of Object.entries(h(this, ne))) if (u3 instanceof URL) _3[d5] = Fe2(u3);
  else {
    let f5 = await u3.setup(this, s4);
    if (f5.emscriptenOpts && (s4 = f5.emscriptenOpts), f5.namespaceObj) {
      let m7 = this;
      m7[d5] = f5.namespaceObj;
    }
    f5.bundlePath && (_3[d5] = Fe2(f5.bundlePath)), f5.init && n3.push(f5.init), f5.close && h(this, ce2).push(f5.close), p7.push(...f5.sharedPreloadLibraries ?? []);
  }
  if (s4.pg_extensions = _3, await i7, this.mod = await He3(s4), this.mod.FS.chmod("/home/postgres/.pgpass", 384), this.mod.FS.chmod(Lr, 365), this.mod.FS.chmod(pt2, 365), await this.fs.initialSyncFs(), r11.icuDataDir && await T(this, S4, Ve2).call(this, r11.icuDataDir), !r11.noInitDb) {
    if (r11.loadDataDir) {
      if (this.mod.FS.analyzePath(I + "/PG_VERSION").exists) throw new Error("Database already exists, cannot load from tarball");
      T(this, S4, N4).call(this, "pglite: loading data from tarball"), await Jr(this.mod.FS, r11.loadDataDir, I);
    } else if (this.mod.FS.analyzePath(I + "/PG_VERSION").exists) T(this, S4, N4).call(this, "pglite: found DB, resuming");
    else {
      T(this, S4, N4).call(this, "pglite: no db in filesystem, running initdb");
      let d5 = { ...r11 };
      d5.noInitDb = true, d5.dataDir = void 0, d5.extensions = void 0, d5.loadDataDir = void 0, d5.fs = void 0;
      let u3 = this.fs instanceof ee2;
      u3 && (this.mod.FS.mkdirTree(I, 448), d5.pgDataProxyFs = this.mod.FS);
      let f5 = await q3.create(d5);
      try {
        let m7 = await St2({ pg: f5, debug: r11.debug, wasmModule: r11.initdbWasmModule, args: r11.initDbStartParams });
        if (m7.exitCode !== 0 && !m7.stderr.includes("exists but is not empty")) throw new Error("INITDB failed to initialize: " + m7.stderr);
        if (!u3) {
          let y6 = await f5.dumpDataDir("none");
          await Jr(this.mod.FS, y6, I);
        }
      } finally {
        await f5.close();
      }
      await this.syncToFs();
    }
    await Le3(this.mod, (...d5) => T(this, S4, N4).call(this, ...d5)), T(this, S4, We2).call(this, p7, r11), this.mod._pgl_setPGliteActive(1), T(this, S4, Ze2).call(this, { pgDataFolder: I, startParams: [...r11.startParams || q3.defaultStartParams, ...this.debug ? ["-d", this.debug.toString()] : []] }), T(this, S4, Je2).call(this), x(this, $4, true), r11.username && await this.exec(`SET ROLE ${r11.username};`), await this._initArrayTypes();
    for (let d5 of n3) await d5();
  }
}, We2 = function(r11, _3) {
  if (r11.length && !_3.postgresqlconf && (_3.postgresqlconf = new Array()), _3.postgresqlconf) {
    let n3 = typeof _3.postgresqlconf == "string" ? _3.postgresqlconf : _3.postgresqlconf.join(`
`);
    if (r11.length) {
      let a16 = n3.match(/^(shared_preload_libraries\s*=\s*)(.*)$/m);
      if (a16) {
        let i7 = a16[2].split(",").map((o9) => o9.trim()), l2 = [.../* @__PURE__ */ new Set([...i7, ...r11])];
        n3 = n3.replace(a16[0], `${a16[1]}${l2.join(",")}`);
      } else n3 += `
shared_preload_libraries=${r11.join(",")}`;
    }
    se2(this.mod.FS, `${I}/postgresql.conf`, new TextEncoder().encode(n3));
  }
}, Ve2 = async function(r11) {
  T(this, S4, N4).call(this, `pglite: icuDataDir specified, removing default icu data dir at ${Hr}`), p3.rmdirRecursive(this.mod.FS, Hr), T(this, S4, N4).call(this, `pglite: loading icu data from tarball ${r11}`), this.mod.FS.mkdirTree(Hr), await Jr(this.mod.FS, r11, Hr);
}, Xe2 = function(r11) {
  x(this, ue2, r11.addFunction((_3) => (T(this, S4, N4).call(this, `Postgres tried to execute ${r11.UTF8ToString(_3)}, returning 1.`), 1), "pi")), r11._pgl_set_system_fn(h(this, ue2)), x(this, pe2, r11.addFunction((_3, n3) => {
    let a16 = r11.UTF8ToString(n3), i7 = r11.UTF8ToString(_3);
    return this.externalCommandStreamFd = this.handleExternalCmd(i7, a16), this.externalCommandStreamFd;
  }, "ppp")), r11._pgl_set_popen_fn(h(this, pe2)), x(this, ge2, r11.addFunction((_3) => {
    if (_3 === this.externalCommandStreamFd) this.mod._fclose(this.externalCommandStreamFd), this.externalCommandStreamFd = null;
    else throw `Unhandled pclose ${_3}`;
    T(this, S4, N4).call(this, "pclose_fn", _3);
  }, "pi")), r11._pgl_set_pclose_fn(h(this, ge2)), x(this, ie3, r11.addFunction((_3, n3) => {
    let a16;
    try {
      a16 = this.mod.HEAPU8.subarray(_3, _3 + n3);
    } catch (i7) {
      throw console.error("error", i7), i7;
    }
    return h(this, G2).call(this, a16);
  }, "ipi")), x(this, le2, r11.addFunction((_3, n3) => {
    let a16 = h(this, j4).length - h(this, U6);
    return a16 > n3 && (a16 = n3), this.mod.HEAPU8.set(h(this, j4).subarray(h(this, U6), h(this, U6) + a16), _3), x(this, U6, h(this, U6) + a16), a16;
  }, "ipi")), r11._pgl_set_rw_cbs(h(this, le2), h(this, ie3));
}, Ke2 = function(r11) {
  let _3 = r11.slice(), n3 = h(this, O3) + _3.length;
  if (n3 > h(this, z5).length) {
    let a16 = h(this, z5).length + (h(this, z5).length >> 1) + n3;
    n3 > q3.MAX_BUFFER_SIZE && (n3 = q3.MAX_BUFFER_SIZE);
    let i7 = new Uint8Array(a16);
    i7.set(h(this, z5).subarray(0, h(this, O3))), x(this, z5, i7);
  }
  return h(this, z5).set(_3, h(this, O3)), x(this, O3, h(this, O3) + _3.length), T(this, S4, Ce3).call(this, _3);
}, Ce3 = function(r11) {
  return h(this, ae3).parse(r11, (_3) => {
    let n3 = T(this, S4, Ye2).call(this, _3);
    n3 && h(this, A4).results.push(n3);
  }), r11.length;
}, Ye2 = function(r11) {
  if (!h(this, A4).databaseError) {
    if (r11 instanceof O) h(this, A4).throwOnError && (h(this, A4).databaseError = r11);
    else if (r11 instanceof te) this.debug > 0 && console.warn(r11), h(this, A4).onNotice && h(this, A4).onNotice(r11);
    else if (r11 instanceof $) {
      let _3 = h(this, D7).get(r11.channel);
      _3 && _3.forEach((n3) => {
        queueMicrotask(() => n3(r11.payload));
      }), h(this, x7).forEach((n3) => {
        queueMicrotask(() => n3(r11.channel, r11.payload));
      });
    }
    return r11;
  }
  return null;
}, N4 = function(...r11) {
  this.debug > 0 && console.log(...r11);
}, $e2 = async function(r11, _3, n3) {
  let a16 = p3.toPostgresName(r11), i7 = n3 ?? this;
  h(this, D7).has(a16) || h(this, D7).set(a16, /* @__PURE__ */ new Set()), h(this, D7).get(a16).add(_3);
  try {
    await i7.exec(`LISTEN ${r11}`);
  } catch (l2) {
    throw h(this, D7).get(a16).delete(_3), h(this, D7).get(a16)?.size === 0 && h(this, D7).delete(a16), l2;
  }
  return async (l2) => {
    await this.unlisten(a16, _3, l2);
  };
}, Qe2 = async function(r11, _3, n3) {
  let a16 = p3.toPostgresName(r11), i7 = n3 ?? this, l2 = async () => {
    await i7.exec(`UNLISTEN ${r11}`), h(this, D7).get(a16)?.size === 0 && h(this, D7).delete(a16);
  };
  _3 ? (h(this, D7).get(a16)?.delete(_3), h(this, D7).get(a16)?.size === 0 && await l2()) : await l2();
}, Je2 = function() {
  if (h(this, oe3)) throw new Error("PGlite single mode already running");
  this.mod._pgl_startPGlite(), x(this, oe3, true);
}, Ze2 = function(r11) {
  let _3 = [...r11.startParams, "-D", r11.pgDataFolder, this.mod.ENV.PGDATABASE], n3 = -1;
  if (n3 = this.mod.callMain(_3), n3 !== this.PGLITE_EXIT_ALIVE) throw new Error("PGlite failed to initialize properly");
}, xe3 = function(r11) {
  x(this, U6, 0), x(this, O3, 0), x(this, j4, r11);
  let _3 = this.mod._pgl_getMyProcPort();
  if (this.mod._ProcessStartupPacket(_3, true, true) !== 0) throw new Error(`Cannot process startup packet + ${r11.toString()}`);
  return this.mod._pgl_sendConnData(), this.mod._pgl_pq_flush(), x(this, j4, []), h(this, O3) ? h(this, z5).subarray(0, h(this, O3)) : new Uint8Array(0);
}, q3.paths = { PG_ROOT: U3, PGDATA: I, ICU_DATA_PATH: Hr, INITDB_EXE_PATH: Lr, POSTGRES_EXE_PATH: pt2 }, q3.DEFAULT_RECV_BUF_SIZE = 1 * 1024 * 1024, q3.MAX_BUFFER_SIZE = Math.pow(2, 30), q3.defaultStartParams = ["--single", "-F", "-O", "-j", "-c", "search_path=public", "-c", "exit_on_error=false", "-c", "log_checkpoints=false", "-c", "max_worker_processes=0", "-c", "max_parallel_workers=0", "-c", "max_parallel_workers_per_gather=0", "-c", "io_method=sync", "-c", "max_parallel_maintenance_workers=0"];
var je2 = q3;

// node_modules/@electric-sql/pglite/dist/chunk-VQDTEBLE.js
init_chunk_ZSOCVAT7();
u();

// node_modules/@electric-sql/pglite/dist/index.js
init_chunk_N66TTF7B();
init_chunk_BD5WXLQO();
init_chunk_ZSOCVAT7();
u();
u();

// src/replay/datadir-archive.ts
var BLOCK = 512;
var WAL_PAGE = 8192;
var WAL_SEGMENT = 16 * 1024 * 1024;
var SEGMENT_NAME = /(?:^|\/)pg_wal\/([0-9A-F]{8})([0-9A-F]{8})([0-9A-F]{8})$/;
function cString(bytes) {
  const end = bytes.indexOf(0);
  return new TextDecoder("latin1").decode(end < 0 ? bytes : bytes.subarray(0, end));
}
function readEntries(tar) {
  const entries = [];
  let offset = 0;
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((b4) => b4 === 0)) return { entries, trailer: tar.subarray(offset) };
    const size = parseInt(cString(header.subarray(124, 136)).trim() || "0", 8);
    if (!Number.isFinite(size) || offset + BLOCK + size > tar.length) return void 0;
    const prefix = cString(header.subarray(345, 500));
    const name2 = (prefix ? `${prefix}/` : "") + cString(header.subarray(0, 100));
    entries.push({ header, name: name2, data: tar.subarray(offset + BLOCK, offset + BLOCK + size) });
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
  }
  return void 0;
}
function segmentNumber(match) {
  return BigInt(`0x${match[2]}`) * BigInt(4294967296 / WAL_SEGMENT) + BigInt(`0x${match[3]}`);
}
function validWalBytes(data, segment) {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let end = 0;
  while (end + WAL_PAGE <= data.length && view.getBigUint64(end + 8, true) === segment * BigInt(WAL_SEGMENT) + BigInt(end)) end += WAL_PAGE;
  return end;
}
function withSize(header, size) {
  const out2 = new Uint8Array(header);
  const encoder = new TextEncoder();
  out2.set(encoder.encode(`${size.toString(8).padStart(11, "0")}\0`), 124);
  out2.fill(32, 148, 156);
  const sum = out2.reduce((a16, b4) => a16 + b4, 0);
  out2.set(encoder.encode(`${sum.toString(8).padStart(6, "0")}\0 `), 148);
  return out2;
}
function trimWal(tar) {
  const parsed = readEntries(tar);
  if (!parsed) return tar;
  const parts = [];
  for (const entry of parsed.entries) {
    const segment = SEGMENT_NAME.exec(entry.name);
    const keep = segment ? validWalBytes(entry.data, segmentNumber(segment)) : entry.data.length;
    if (keep === 0 && segment) continue;
    const data = entry.data.subarray(0, keep);
    parts.push(keep === entry.data.length ? entry.header : withSize(entry.header, keep), data, new Uint8Array(Math.ceil(keep / BLOCK) * BLOCK - keep));
  }
  parts.push(parsed.trailer);
  const out2 = new Uint8Array(parts.reduce((n3, p7) => n3 + p7.length, 0));
  let offset = 0;
  for (const p7 of parts) {
    out2.set(p7, offset);
    offset += p7.length;
  }
  return out2;
}

// src/replay/extensions.ts
var LOADERS = {
  amcheck: async () => (await Promise.resolve().then(() => (init_amcheck(), amcheck_exports))).amcheck,
  auto_explain: async () => (await Promise.resolve().then(() => (init_auto_explain(), auto_explain_exports))).auto_explain,
  bloom: async () => (await Promise.resolve().then(() => (init_bloom(), bloom_exports))).bloom,
  btree_gin: async () => (await Promise.resolve().then(() => (init_btree_gin(), btree_gin_exports))).btree_gin,
  btree_gist: async () => (await Promise.resolve().then(() => (init_btree_gist(), btree_gist_exports))).btree_gist,
  citext: async () => (await Promise.resolve().then(() => (init_citext(), citext_exports))).citext,
  cube: async () => (await Promise.resolve().then(() => (init_cube(), cube_exports))).cube,
  dict_int: async () => (await Promise.resolve().then(() => (init_dict_int(), dict_int_exports))).dict_int,
  dict_xsyn: async () => (await Promise.resolve().then(() => (init_dict_xsyn(), dict_xsyn_exports))).dict_xsyn,
  earthdistance: async () => (await Promise.resolve().then(() => (init_earthdistance(), earthdistance_exports))).earthdistance,
  file_fdw: async () => (await Promise.resolve().then(() => (init_file_fdw(), file_fdw_exports))).file_fdw,
  fuzzystrmatch: async () => (await Promise.resolve().then(() => (init_fuzzystrmatch(), fuzzystrmatch_exports))).fuzzystrmatch,
  hstore: async () => (await Promise.resolve().then(() => (init_hstore(), hstore_exports))).hstore,
  intarray: async () => (await Promise.resolve().then(() => (init_intarray(), intarray_exports))).intarray,
  isn: async () => (await Promise.resolve().then(() => (init_isn(), isn_exports))).isn,
  lo: async () => (await Promise.resolve().then(() => (init_lo(), lo_exports))).lo,
  ltree: async () => (await Promise.resolve().then(() => (init_ltree(), ltree_exports))).ltree,
  // The "spi" bundle holds moddatetime, autoinc, insert_username and refint.
  moddatetime: async () => (await Promise.resolve().then(() => (init_moddatetime(), moddatetime_exports))).moddatetime,
  pageinspect: async () => (await Promise.resolve().then(() => (init_pageinspect(), pageinspect_exports))).pageinspect,
  pg_buffercache: async () => (await Promise.resolve().then(() => (init_pg_buffercache(), pg_buffercache_exports))).pg_buffercache,
  pg_freespacemap: async () => (await Promise.resolve().then(() => (init_pg_freespacemap(), pg_freespacemap_exports))).pg_freespacemap,
  pg_stat_statements: async () => (await Promise.resolve().then(() => (init_pg_stat_statements(), pg_stat_statements_exports))).pg_stat_statements,
  pg_surgery: async () => (await Promise.resolve().then(() => (init_pg_surgery(), pg_surgery_exports))).pg_surgery,
  pg_trgm: async () => (await Promise.resolve().then(() => (init_pg_trgm(), pg_trgm_exports))).pg_trgm,
  pg_visibility: async () => (await Promise.resolve().then(() => (init_pg_visibility(), pg_visibility_exports))).pg_visibility,
  pg_walinspect: async () => (await Promise.resolve().then(() => (init_pg_walinspect(), pg_walinspect_exports))).pg_walinspect,
  pgcrypto: async () => (await Promise.resolve().then(() => (init_pgcrypto(), pgcrypto_exports))).pgcrypto,
  seg: async () => (await Promise.resolve().then(() => (init_seg(), seg_exports))).seg,
  tablefunc: async () => (await Promise.resolve().then(() => (init_tablefunc(), tablefunc_exports))).tablefunc,
  tcn: async () => (await Promise.resolve().then(() => (init_tcn(), tcn_exports))).tcn,
  tsm_system_rows: async () => (await Promise.resolve().then(() => (init_tsm_system_rows(), tsm_system_rows_exports))).tsm_system_rows,
  tsm_system_time: async () => (await Promise.resolve().then(() => (init_tsm_system_time(), tsm_system_time_exports))).tsm_system_time,
  unaccent: async () => (await Promise.resolve().then(() => (init_unaccent(), unaccent_exports))).unaccent,
  uuid_ossp: async () => (await Promise.resolve().then(() => (init_uuid_ossp(), uuid_ossp_exports))).uuid_ossp
};
var MODULE_OF = {
  "uuid-ossp": "uuid_ossp",
  autoinc: "moddatetime",
  insert_username: "moddatetime",
  refint: "moddatetime"
};
var REQUIRES = {
  earthdistance: ["cube"]
};
var SHIPPED_EXTENSIONS = [
  "plpgsql",
  ...Object.keys(LOADERS).filter((m7) => m7 !== "uuid_ossp"),
  ...Object.keys(MODULE_OF)
].sort();
function moduleName(sqlName) {
  const name2 = sqlName.toLowerCase();
  const mod = MODULE_OF[name2] ?? name2;
  return Object.hasOwn(LOADERS, mod) ? mod : void 0;
}
async function loadExtensions(sqlNames) {
  const wanted = /* @__PURE__ */ new Set();
  const visit = (name2) => {
    const mod = moduleName(name2);
    if (!mod || wanted.has(mod)) return;
    wanted.add(mod);
    for (const dep of REQUIRES[mod] ?? []) visit(dep);
  };
  sqlNames.forEach(visit);
  const modules = {};
  for (const mod of wanted) modules[mod] = await LOADERS[mod]();
  return { modules, loaded: [...wanted].sort() };
}

// src/replay/work-clock.ts
import { readFileSync, readlinkSync } from "node:fs";
function ownThreadEntry() {
  try {
    const entry = readlinkSync("/proc/thread-self");
    return Number.isFinite(schedstatMs(entry)) ? entry : void 0;
  } catch {
    return void 0;
  }
}
function schedstatMs(entry) {
  return Number(readFileSync(`/proc/${entry}/schedstat`, "utf8").split(" ", 1)[0]) / 1e6;
}

// src/replay/worker-protocol.ts
var FATAL_ERROR_NAMES = /* @__PURE__ */ new Set(["RuntimeError", "ExitStatus"]);

// src/replay/worker.ts
if (!parentPort) throw new Error("replay worker must run in a worker thread");
var port = parentPort;
var db;
function toErrorInfo(err2) {
  if (err2 && typeof err2 === "object") {
    const e4 = err2;
    const str = (v5) => typeof v5 === "string" && v5 !== "" ? v5 : void 0;
    const position = str(e4.position);
    return {
      // Not a PostgreSQL error (a JS failure in the worker): XX000 is PostgreSQL's internal_error.
      code: str(e4.code) ?? "XX000",
      message: str(e4.message) ?? String(err2),
      detail: str(e4.detail),
      hint: str(e4.hint),
      position: position !== void 0 ? Number(position) : void 0,
      name: str(e4.name)
    };
  }
  return { code: "XX000", message: String(err2) };
}
async function handle2(req) {
  switch (req.op) {
    case "init": {
      const { modules, loaded } = await loadExtensions(req.extensions);
      db = await je2.create({
        extensions: modules,
        dataDir: req.dataDir,
        pgliteWasmModule: req.wasmModule,
        // Unzipped here: zlib's synchronous gunzip takes 50 ms where PGlite's stream takes 200.
        // A Blob typed as a tar is read as one (a gzip type would make PGlite unzip it again).
        loadDataDir: req.loadDataDir ? new Blob([gunzipSync(req.loadDataDir)], { type: "application/x-tar" }) : void 0
      });
      await db.query("SELECT 1");
      const result = { loaded, thread: ownThreadEntry() };
      return result;
    }
    case "exec":
      await need().exec(req.sql);
      return null;
    case "execEach": {
      const progress = new Int32Array(req.progress);
      for (const [i7, sql] of req.sqls.entries()) {
        try {
          await need().exec(sql);
        } catch (err2) {
          const error = toErrorInfo(err2);
          if (error.name && FATAL_ERROR_NAMES.has(error.name)) throw err2;
          const result2 = { completed: i7, error };
          return result2;
        }
        Atomics.store(progress, 0, i7 + 1);
      }
      const result = { completed: req.sqls.length };
      return result;
    }
    case "query":
      return (await need().query(req.sql, req.params)).rows;
    case "dump": {
      await need().query("SELECT pg_switch_wal()");
      await need().exec("CHECKPOINT");
      const blob = await need().dumpDataDir("none");
      return new Uint8Array(gzipSync(trimWal(new Uint8Array(await blob.arrayBuffer()))));
    }
    case "close":
      await db?.close();
      db = void 0;
      return null;
  }
}
function need() {
  if (!db) throw new Error("replay worker: database not initialised");
  return db;
}
var queue = Promise.resolve();
port.on("message", (req) => {
  queue = queue.then(async () => {
    let reply;
    try {
      reply = { id: req.id, ok: true, result: await handle2(req) };
    } catch (err2) {
      reply = { id: req.id, ok: false, error: toErrorInfo(err2) };
    }
    port.postMessage(reply);
  });
});
