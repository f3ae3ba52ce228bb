#!/usr/bin/env node
import { createRequire as __pgmrCreateRequire } from 'node:module';
import { fileURLToPath as __pgmrFileURLToPath } from 'node:url';
import { dirname as __pgmrDirname } from 'node:path';
const require = __pgmrCreateRequire(import.meta.url);
const __filename = __pgmrFileURLToPath(import.meta.url);
const __dirname = __pgmrDirname(__filename);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a14, b) => (typeof require !== "undefined" ? require : a14)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e4) {
    throw err = [e4], e4;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e4) {
    throw mod = 0, e4;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap3;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i6 = 0; i6 < node.items.length; ++i6) {
            const ci = visit_(i6, node.items[i6], visitor, path);
            if (typeof ci === "number")
              i6 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i6, 1);
              i6 -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i6 = 0; i6 < node.items.length; ++i6) {
            const ci = await visitAsync_(i6, node.items[i6], visitor, path);
            if (typeof ci === "number")
              i6 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i6, 1);
              i6 -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version3] = parts;
            if (version3 === "1.1" || version3 === "1.2") {
              this.yaml.version = version3;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version3);
              onError(6, `Unsupported YAML version ${version3}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i6 = 1; true; ++i6) {
        const name = `${prefix}${i6}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i6 = 0, len = val.length; i6 < len; ++i6) {
            const v0 = val[i6];
            const v1 = applyReviver(reviver, val, String(i6), v0);
            if (v1 === void 0)
              delete val[i6];
            else if (v1 !== v0)
              val[i6] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i6) => toJS(v, String(i6), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c3 = getAliasCount(doc, item, anchors2);
          if (c3 > count)
            count = c3;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t32) => t32.tag === tagName);
        const tagObj = match.find((t32) => !t32.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t32) => t32.identify?.(value) && !t32.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i6 = path.length - 1; i6 >= 0; --i6) {
        const k = path[i6];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a14 = [];
          a14[k] = v;
          v = a14;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode2 = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i6 = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode2 === FOLD_BLOCK) {
        i6 = consumeMoreIndentedLines(text, i6, indent.length);
        if (i6 !== -1)
          end = i6 + endStep;
      }
      for (let ch; ch = text[i6 += 1]; ) {
        if (mode2 === FOLD_QUOTED && ch === "\\") {
          escStart = i6;
          switch (text[i6 + 1]) {
            case "x":
              i6 += 3;
              break;
            case "u":
              i6 += 5;
              break;
            case "U":
              i6 += 9;
              break;
            default:
              i6 += 1;
          }
          escEnd = i6;
        }
        if (ch === "\n") {
          if (mode2 === FOLD_BLOCK)
            i6 = consumeMoreIndentedLines(text, i6, indent.length);
          end = i6 + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i6 + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i6;
          }
          if (i6 >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode2 === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i6 += 1];
                overflow = true;
              }
              const j = i6 > escEnd + 1 ? i6 - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i7 = 0; i7 < folds.length; ++i7) {
        const fold = folds[i7];
        const end2 = folds[i7 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode2 === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i6, indent) {
      let end = i6;
      let start = i6 + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i6 < start + indent) {
          ch = text[++i6];
        } else {
          do {
            ch = text[++i6];
          } while (ch && ch !== "\n");
          end = i6;
          start = i6 + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i6 = 0, start = 0; i6 < strLen; ++i6) {
        if (str[i6] === "\n") {
          if (i6 - start > limit)
            return true;
          start = i6 + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i6 = 0, ch = json[i6]; ch; ch = json[++i6]) {
        if (ch === " " && json[i6 + 1] === "\\" && json[i6 + 2] === "n") {
          str += json.slice(start, i6) + "\\ ";
          i6 += 1;
          start = i6;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i6 + 1]) {
            case "u":
              {
                str += json.slice(start, i6);
                const code = json.substr(i6 + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i6, 6);
                }
                i6 += 5;
                start = i6 + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i6 + 2] === '"' || json.length < minMultiLineLength) {
                i6 += 1;
              } else {
                str += json.slice(start, i6) + "\n\n";
                while (json[i6 + 2] === "\\" && json[i6 + 3] === "n" && json[i6 + 4] !== '"') {
                  str += "\n";
                  i6 += 2;
                }
                str += indent;
                if (json[i6 + 2] === " ")
                  str += "\\";
                i6 += 1;
                start = i6 + 1;
              }
              break;
            default:
              i6 += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body2 = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body2}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t32 = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t32);
        if (res === null)
          throw new Error(`Unsupported default string type ${t32}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t32) => t32.tag === item.tag);
        if (match.length > 0)
          return match.find((t32) => t32.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t32) => t32.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t32) => t32.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t32) => t32.format === item.format) ?? match.find((t32) => !t32.format);
      } else {
        obj = item;
        tagObj = tags.find((t32) => t32.nodeClass && obj instanceof t32.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o5) => tagObj = o5 });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i6 = 0; i6 < items.length; ++i6) {
        const item = items[i6];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i6 = 1; i6 < lines.length; ++i6) {
          const line = lines[i6];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i6 = 0; i6 < items.length; ++i6) {
        const item = items[i6];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i6 < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i6 = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i6 === -1)
            this.items.push(_pair);
          else
            this.items.splice(i6, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i6 = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i6++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i6 = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i6++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i6 = n.indexOf(".");
        if (i6 < 0) {
          i6 = n.length;
          n += ".";
        }
        let d2 = minFractionDigits - (n.length - i6 - 1);
        while (d2-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i6 = 0; i6 < str.length; ++i6)
            buffer[i6] = str.charCodeAt(i6);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i6 = 0; i6 < buf.length; ++i6)
            s += String.fromCharCode(buf[i6]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i6 = 0, o5 = 0; i6 < n; ++i6, o5 += lineWidth) {
            lines[i6] = str.substr(o5, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i6 = 0; i6 < seq.items.length; ++i6) {
          let item = seq.items[i6];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i6] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i6 = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i6++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p3) => res2 * num(60) + num(p3), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp2 = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp2.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d2 = parseSexagesimal(tz, false);
          if (Math.abs(d2) < 30)
            d2 *= 60;
          date -= 6e4 * d2;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp2 = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp2.intTime,
      timestamp2.floatTime,
      timestamp2.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp2 = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp2.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp2.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp2.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp2.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a14, b) => a14.key < b.key ? -1 : a14.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body2 = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body2 += stringifyComment.lineComment(body2, "", commentString(contentComment));
        if ((body2[0] === "|" || body2[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body2}`;
        } else
          lines.push(body2);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version: version3 } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version3 = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version: version3 });
        this.setSchema(version3, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version3, options = {}) {
        if (typeof version3 === "number")
          version3 = String(version3);
        let opt;
        switch (version3) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version3;
            else
              this.directives = new directives.Directives({ version: version3 });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version3);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a14, b) => a14 === b || identity.isScalar(a14) && identity.isScalar(b) && a14.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode2 = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode2))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode2.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode2.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode2, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode2.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode2.comment)
              keyNode2.comment += "\n" + valueProps.comment;
            else
              keyNode2.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode2);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i6 = 0; i6 < fc.items.length; ++i6) {
        const collItem = fc.items[i6];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i6 === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i6 < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i6 === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode2 = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode2.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode2.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode2.comment)
              keyNode2.comment += "\n" + valueProps.comment;
            else
              keyNode2.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode2, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode2))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode2).range;
            map.range = [keyNode2.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t32) => t32.tag === tagName && t32.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines2(scalar.source) : [];
      let chompStart = lines.length;
      for (let i6 = lines.length - 1; i6 >= 0; --i6) {
        const content = lines[i6][1];
        if (content === "" || content === "\r")
          chompStart = i6;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i6 = 0; i6 < chompStart; ++i6) {
        const [indent, content] = lines[i6];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i6;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i6 = lines.length - 1; i6 >= chompStart; --i6) {
        if (lines[i6][0].length > trimIndent)
          chompStart = i6 + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i6 = 0; i6 < contentStart; ++i6)
        value += lines[i6][0].slice(trimIndent) + "\n";
      for (let i6 = contentStart; i6 < chompStart; ++i6) {
        let [indent, content] = lines[i6];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i6 = chompStart; i6 < lines.length; ++i6)
            value += "\n" + lines[i6][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode2 = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i6 = 1; i6 < source.length; ++i6) {
        const ch = source[i6];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i6;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i6 = 1; i6 < props.length; ++i6) {
        const token = props[i6];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode: mode2, indent, chomp, comment, length };
    }
    function splitLines2(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i6 = 1; i6 < split.length; i6 += 2)
        lines.push([split[i6], split[i6 + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i6 = 1; i6 < source.length - 1; ++i6) {
        const ch = source[i6];
        if (ch === "\r" && source[i6 + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i6);
          res += fold;
          i6 = offset;
        } else if (ch === "\\") {
          let next = source[++i6];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i6 + 1];
            while (next === " " || next === "	")
              next = source[++i6 + 1];
          } else if (next === "\r" && source[i6 + 1] === "\n") {
            next = source[++i6 + 1];
            while (next === " " || next === "	")
              next = source[++i6 + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i6 + 1, length, onError);
            i6 += length;
          } else {
            const raw = source.substr(i6 - 1, 2);
            onError(i6 - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i6;
          let next = source[i6 + 1];
          while (next === " " || next === "	")
            next = source[++i6 + 1];
          if (next !== "\n" && !(next === "\r" && source[i6 + 2] === "\n"))
            res += i6 > wsStart ? source.slice(wsStart, i6 + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i6 = pos - 1; i6 >= 0; --i6) {
          let st = before[i6];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i6];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i6];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i6 = 0; i6 < prelude.length; ++i6) {
        const source = prelude[i6];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i6 + 1]?.[0] !== "#")
              i6 += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i6 = 0; i6 < this.errors.length; ++i6)
            doc.errors.push(this.errors[i6]);
          for (let i6 = 0; i6 < this.warnings.length; ++i6)
            doc.warnings.push(this.warnings[i6]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body2 = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body2 };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body2 = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body2;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body2 });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i6 = 0; i6 < token.items.length; ++i6) {
            const ci = _visit(Object.freeze(path.concat([[field, i6]])), token.items[i6], visitor);
            if (typeof ci === "number")
              i6 = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i6, 1);
              i6 -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM2 = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM2:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM2:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM2;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar3;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i6 = this.pos;
        let ch = this.buffer[i6];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i6];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i6 + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i6 = this.pos;
        while (true) {
          const ch = this.buffer[++i6];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i7 = this.pos; ch = this.buffer[i7]; ++i7) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i7;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i7 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i6 = nl + 1;
        ch = this.buffer[i6];
        while (ch === " ")
          ch = this.buffer[++i6];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i6];
          nl = i6 - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i7 = nl - 1;
            let ch2 = this.buffer[i7];
            if (ch2 === "\r")
              ch2 = this.buffer[--i7];
            const lastChar = i7;
            while (ch2 === " ")
              ch2 = this.buffer[--i7];
            if (ch2 === "\n" && i7 >= this.pos && i7 + 1 + indent > lastChar)
              nl = i7;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i6 = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i6]) {
          if (ch === ":") {
            const next = this.buffer[i6 + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i6;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i6 + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i6 += 1;
                ch = "\n";
                next = this.buffer[i6 + 1];
              } else
                end = i6;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i6 + 1);
              if (cs === -1)
                break;
              i6 = Math.max(i6, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i6;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i6, allowEmpty) {
        const s = this.buffer.slice(this.pos, i6);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i6 = this.pos + 2;
          let ch = this.buffer[i6];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i6];
          return yield* this.pushToIndex(ch === ">" ? i6 + 1 : i6, false);
        } else {
          let i6 = this.pos + 1;
          let ch = this.buffer[i6];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i6];
            else if (ch === "%" && hexDigits.has(this.buffer[i6 + 1]) && hexDigits.has(this.buffer[i6 + 2])) {
              ch = this.buffer[i6 += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i6, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i6 = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i6];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i6 - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i6;
        }
        return n;
      }
      *pushUntil(test) {
        let i6 = this.pos;
        let ch = this.buffer[i6];
        while (!test(ch))
          ch = this.buffer[++i6];
        return yield* this.pushToIndex(i6, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter3 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter3;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i6 = 0; i6 < list.length; ++i6)
        if (list[i6].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i6 = 0; i6 < list.length; ++i6) {
        switch (list[i6].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i6;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i6 = prev.length;
      loop: while (--i6 >= 0) {
        switch (prev[i6].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i6]?.type === "space") {
      }
      return prev.splice(i6, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i6 = 0; i6 < source.length; ++i6)
          target.push(source[i6]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i6 = 0; i6 < it.sep.length; ++i6) {
              const st = it.sep[i6];
              switch (st.type) {
                case "newline":
                  nl.push(i6);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument3(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument3(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument3;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i6 = slashes[idx];
          const value2 = input.slice(n2, i6);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i6 >= start) {
            parts.push(value2);
            prevIndex = i6;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError2 = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i6 = 0; i6 < values.length; i6++) {
        for (let j = i6 + 1; j < values.length; j++) {
          const a14 = values[i6];
          const b = values[j];
          const char = a14[0];
          if (!char || a14 !== char.repeat(a14.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a14 === b || a14.startsWith(b) || b.startsWith(a14)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i6 = 1; i6 < pattern.length; i6++) {
        const ch = pattern[i6];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i6 !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i6),
              end: i6
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body2, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body2).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal2 = normalizeSimpleBranch(branch);
        if (literal2 && literal2.length === 1) {
          safeChars.push(literal2);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse2 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal2 = input.slice(token.startIndex, state.index + 1);
        const body2 = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body2, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal2;
          open.output = safeOutput || utils.escapeRegex(literal2);
          for (let i6 = token.tokensIndex + 1; i6 < tokens.length; i6++) {
            tokens[i6].value = "";
            tokens[i6].output = "";
            delete tokens[i6].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError2("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError2("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError2("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i6 = arr.length - 1; i6 >= 0; i6--) {
              tokens.pop();
              if (arr[i6].type === "brace") {
                break;
              }
              if (arr[i6].type !== "dots") {
                range.unshift(arr[i6].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t32 of toks) {
              state.output += t32.output || t32.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError2("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError2("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError2("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch4 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch4(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch4.compileRe(glob, options) : picomatch4.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch4(opts.ignore, ignoreOpts, returnState);
      }
      const matcher2 = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch4.test(input, regex, options, { glob, posix: posix2 });
        const result = { glob, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher2.state = state;
      }
      return matcher2;
    };
    picomatch4.test = (input, regex, options, { glob, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch4.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch4.matchBase = (input, glob, options, posix2 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch4.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch4.isMatch = (str, patterns, options) => picomatch4(patterns, options)(str);
    picomatch4.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p3) => picomatch4.parse(p3, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch4.scan = (input, options) => scan(input, options);
    picomatch4.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch4.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch4.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch4.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch4.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch4.constants = constants;
    module.exports = picomatch4;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch4(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch4, pico);
    module.exports = picomatch4;
  }
});

// node_modules/@pgsql/types/types.js
var require_types = __commonJS({
  "node_modules/@pgsql/types/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/@pgsql/types/enums.js
var require_enums = __commonJS({
  "node_modules/@pgsql/types/enums.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/@pgsql/types/index.js
var require_types2 = __commonJS({
  "node_modules/@pgsql/types/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o5, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o5, k2, desc);
    }) : (function(o5, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o5[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p3 in m) if (p3 !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p3)) __createBinding(exports2, m, p3);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    __exportStar(require_types(), exports);
    __exportStar(require_enums(), exports);
  }
});

// node_modules/libpg-query/wasm/libpg-query.js
var require_libpg_query = __commonJS({
  "node_modules/libpg-query/wasm/libpg-query.js"(exports, module) {
    var PgQueryModule = (() => {
      var _scriptName = globalThis.document?.currentScript?.src;
      return async function(moduleArg = {}) {
        var Module = moduleArg;
        var ENVIRONMENT_IS_WEB = !!globalThis.window;
        var ENVIRONMENT_IS_WORKER = !!globalThis.WorkerGlobalScope;
        var ENVIRONMENT_IS_NODE = globalThis.process?.versions?.node && globalThis.process?.type != "renderer";
        var programArgs = [];
        var thisProgram = "./this.program";
        var quit_ = (status, toThrow) => {
          throw toThrow;
        };
        if (typeof __filename != "undefined") {
          _scriptName = __filename;
        } else if (ENVIRONMENT_IS_WORKER) {
          _scriptName = self.location.href;
        }
        var scriptDirectory = "";
        function locateFile(path) {
          if (Module["locateFile"]) {
            return Module["locateFile"](path, scriptDirectory);
          }
          return scriptDirectory + path;
        }
        var readAsync, readBinary;
        if (ENVIRONMENT_IS_NODE) {
          var fs = __require("node:fs");
          scriptDirectory = __dirname + "/";
          readBinary = (filename) => {
            filename = isFileURI(filename) ? new URL(filename) : filename;
            var ret = fs.readFileSync(filename);
            return ret;
          };
          readAsync = async (filename, binary = true) => {
            filename = isFileURI(filename) ? new URL(filename) : filename;
            var ret = fs.readFileSync(filename, binary ? void 0 : "utf8");
            return ret;
          };
          if (process.argv.length > 1) {
            thisProgram = process.argv[1].replace(/\\/g, "/");
          }
          programArgs = process.argv.slice(2);
          quit_ = (status, toThrow) => {
            process.exitCode = status;
            throw toThrow;
          };
        } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
          try {
            scriptDirectory = new URL(".", _scriptName).href;
          } catch {
          }
          {
            if (ENVIRONMENT_IS_WORKER) {
              readBinary = (url) => {
                var xhr = new XMLHttpRequest();
                xhr.open("GET", url, false);
                xhr.responseType = "arraybuffer";
                xhr.send(null);
                return new Uint8Array(xhr.response);
              };
            }
            readAsync = async (url) => {
              var response = await fetch(url, { credentials: "same-origin" });
              if (response.ok) {
                return response.arrayBuffer();
              }
              throw new Error(response.status + " : " + response.url);
            };
          }
        } else {
        }
        var out = console.log.bind(console);
        var err = console.error.bind(console);
        var wasmBinary;
        var ABORT = false;
        var EXITSTATUS;
        var isFileURI = (filename) => filename.startsWith("file://");
        class EmscriptenEH {
        }
        class EmscriptenSjLj extends EmscriptenEH {
        }
        var runtimeInitialized = false;
        function getMemoryBuffer() {
          return wasmMemory.buffer;
        }
        function updateMemoryViews() {
          if (HEAP8?.buffer?.resizable) return;
          var b = getMemoryBuffer();
          HEAP8 = new Int8Array(b);
          HEAP16 = new Int16Array(b);
          Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
          HEAPU16 = new Uint16Array(b);
          HEAP32 = new Int32Array(b);
          Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
          HEAPF32 = new Float32Array(b);
          HEAPF64 = new Float64Array(b);
          HEAP64 = new BigInt64Array(b);
          HEAPU64 = new BigUint64Array(b);
        }
        function preRun() {
          var preRun2 = Module["preRun"];
          if (preRun2) {
            if (typeof preRun2 == "function") preRun2 = [preRun2];
            onPreRuns.push(...preRun2);
          }
          callRuntimeCallbacks(onPreRuns);
        }
        function initRuntime() {
          runtimeInitialized = true;
          if (!Module["noFSInit"] && !FS.initialized) FS.init();
          TTY.init();
          wasmExports["A"]();
          FS.ignorePermissions = false;
        }
        function postRun() {
          var postRun2 = Module["postRun"];
          if (postRun2) {
            if (typeof postRun2 == "function") postRun2 = [postRun2];
            onPostRuns.push(...postRun2);
          }
          callRuntimeCallbacks(onPostRuns);
        }
        function abort(what) {
          Module["onAbort"]?.(what);
          what = `Aborted(${what})`;
          err(what);
          ABORT = true;
          what += ". Build with -sASSERTIONS for more info.";
          var e4 = new WebAssembly.RuntimeError(what);
          throw e4;
        }
        var wasmBinaryFile;
        function findWasmBinary() {
          return locateFile("libpg-query.wasm");
        }
        function getBinarySync(file) {
          if (readBinary) {
            return readBinary(file);
          }
          throw "both async and sync fetching of the wasm failed";
        }
        async function getWasmBinary(binaryFile) {
          if (!wasmBinary) {
            try {
              var response = await readAsync(binaryFile);
              return new Uint8Array(response);
            } catch {
            }
          }
          return getBinarySync(binaryFile);
        }
        async function instantiateArrayBuffer(binaryFile, imports) {
          try {
            var binary = await getWasmBinary(binaryFile);
            var instance = await WebAssembly.instantiate(binary, imports);
            return instance;
          } catch (reason) {
            err(`failed to asynchronously prepare wasm: ${reason}`);
            abort(reason);
          }
        }
        async function instantiateAsync(binary, binaryFile, imports) {
          if (!binary && !ENVIRONMENT_IS_NODE) {
            try {
              var response = fetch(binaryFile, { credentials: "same-origin" });
              var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
              return instantiationResult;
            } catch (reason) {
              err(`wasm streaming compile failed: ${reason}`);
              err("falling back to ArrayBuffer instantiation");
            }
          }
          return instantiateArrayBuffer(binaryFile, imports);
        }
        function getWasmImports() {
          var imports = { a: wasmImports };
          return imports;
        }
        async function createWasm() {
          function receiveInstance(instance) {
            wasmExports = instance.exports;
            assignWasmExports(wasmExports);
            updateMemoryViews();
            return wasmExports;
          }
          function receiveInstantiationResult(result2) {
            return receiveInstance(result2["instance"]);
          }
          var info = getWasmImports();
          var instantiateWasm = Module["instantiateWasm"];
          if (instantiateWasm) {
            return new Promise((resolve2) => {
              instantiateWasm(info, (inst) => resolve2(receiveInstance(inst)));
            });
          }
          wasmBinaryFile ??= findWasmBinary();
          var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info);
          var exports2 = receiveInstantiationResult(result);
          return exports2;
        }
        class ExitStatus {
          name = "ExitStatus";
          constructor(status) {
            this.message = `Program terminated with exit(${status})`;
            this.status = status;
          }
        }
        var HEAP16;
        var HEAP32;
        var HEAP64;
        var HEAP8;
        var HEAPF32;
        var HEAPF64;
        var HEAPU16;
        var HEAPU32;
        var HEAPU64;
        var HEAPU8;
        var callRuntimeCallbacks = (callbacks) => {
          while (callbacks.length > 0) {
            callbacks.shift()(Module);
          }
        };
        var onPostRuns = [];
        var onPreRuns = [];
        function getValue(ptr, type = "i8") {
          if (type.endsWith("*")) type = "*";
          switch (type) {
            case "i1":
              return HEAP8[ptr];
            case "i8":
              return HEAP8[ptr];
            case "i16":
              return HEAP16[ptr >> 1];
            case "i32":
              return HEAP32[ptr >> 2];
            case "i64":
              return HEAP64[ptr >> 3];
            case "float":
              return HEAPF32[ptr >> 2];
            case "double":
              return HEAPF64[ptr >> 3];
            case "*":
              return HEAPU32[ptr >> 2];
            default:
              abort(`invalid type for getValue: ${type}`);
          }
        }
        var noExitRuntime = true;
        var stackRestore = (val) => __emscripten_stack_restore(val);
        var stackSave = () => _emscripten_stack_get_current();
        var UTF8Decoder = globalThis.TextDecoder && new TextDecoder();
        var findStringEnd = (heapOrArray, idx, maxBytesToRead, ignoreNul) => {
          var maxIdx = idx + maxBytesToRead;
          if (ignoreNul) return maxIdx;
          while (heapOrArray[idx] && !(idx >= maxIdx)) ++idx;
          return idx;
        };
        var UTF8ArrayToString = (heapOrArray, idx = 0, maxBytesToRead, ignoreNul) => {
          var endPtr = findStringEnd(heapOrArray, idx, maxBytesToRead, ignoreNul);
          if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
            return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
          }
          var str = "";
          while (idx < endPtr) {
            var u0 = heapOrArray[idx++];
            if (!(u0 & 128)) {
              str += String.fromCharCode(u0);
              continue;
            }
            var u1 = heapOrArray[idx++] & 63;
            if ((u0 & 224) == 192) {
              str += String.fromCharCode((u0 & 31) << 6 | u1);
              continue;
            }
            var u2 = heapOrArray[idx++] & 63;
            if ((u0 & 240) == 224) {
              u0 = (u0 & 15) << 12 | u1 << 6 | u2;
            } else {
              u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
            }
            if (u0 < 65536) {
              str += String.fromCharCode(u0);
            } else {
              var ch = u0 - 65536;
              str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
            }
          }
          return str;
        };
        var UTF8ToString = (ptr, maxBytesToRead, ignoreNul) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead, ignoreNul) : "";
        var ___assert_fail = (condition, filename, line, func) => abort(`Assertion failed: ${UTF8ToString(condition)}, at: ` + [filename ? UTF8ToString(filename) : "unknown filename", line, func ? UTF8ToString(func) : "unknown function"]);
        var __abort_js = () => abort("");
        var runtimeKeepaliveCounter = 0;
        var __emscripten_runtime_keepalive_clear = () => {
          noExitRuntime = false;
          runtimeKeepaliveCounter = 0;
        };
        var __emscripten_throw_longjmp = () => {
          throw new EmscriptenSjLj();
        };
        var timers = {};
        var handleException = (e4) => {
          if (e4 instanceof ExitStatus || e4 == "unwind") {
            return EXITSTATUS;
          }
          quit_(1, e4);
        };
        var keepRuntimeAlive = () => noExitRuntime || runtimeKeepaliveCounter > 0;
        var _proc_exit = (code) => {
          EXITSTATUS = code;
          if (!keepRuntimeAlive()) {
            Module["onExit"]?.(code);
            ABORT = true;
          }
          quit_(code, new ExitStatus(code));
        };
        var exitJS = (status, implicit) => {
          EXITSTATUS = status;
          _proc_exit(status);
        };
        var _exit = exitJS;
        var maybeExit = () => {
          if (!keepRuntimeAlive()) {
            try {
              _exit(EXITSTATUS);
            } catch (e4) {
              handleException(e4);
            }
          }
        };
        var callUserCallback = (func) => {
          if (ABORT) {
            return;
          }
          try {
            return func();
          } catch (e4) {
            handleException(e4);
          } finally {
            maybeExit();
          }
        };
        var _emscripten_get_now = () => performance.now();
        var __setitimer_js = (which, timeout_ms) => {
          if (timers[which]) {
            clearTimeout(timers[which].id);
            delete timers[which];
          }
          if (!timeout_ms) return 0;
          var id = setTimeout(() => {
            delete timers[which];
            callUserCallback(() => __emscripten_timeout(which, _emscripten_get_now()));
          }, timeout_ms);
          timers[which] = { id, timeout_ms };
          return 0;
        };
        var getHeapMax = () => 1073741824;
        var alignMemory = (size, alignment) => Math.ceil(size / alignment) * alignment;
        var growMemory = (size) => {
          var oldHeapSize = wasmMemory.buffer.byteLength;
          var pages = (size - oldHeapSize + 65535) / 65536 | 0;
          try {
            wasmMemory.grow(pages);
            updateMemoryViews();
            return 1;
          } catch (e4) {
          }
        };
        var _emscripten_resize_heap = (requestedSize) => {
          var oldSize = HEAPU8.length;
          requestedSize >>>= 0;
          var maxHeapSize = getHeapMax();
          if (requestedSize > maxHeapSize) {
            return false;
          }
          for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
            var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
            overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
            var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
            var replacement2 = growMemory(newSize);
            if (replacement2) {
              return true;
            }
          }
          return false;
        };
        var PATH = { isAbs: (path) => path.charAt(0) === "/", splitPath: (filename) => {
          var splitPathRe = /^(\/?|)([\s\S]*?)((?:\.{1,2}|[^\/]+?|)(\.[^.\/]*|))(?:[\/]*)$/;
          return splitPathRe.exec(filename).slice(1);
        }, normalizeArray: (parts, allowAboveRoot) => {
          var up = 0;
          for (var i6 = parts.length - 1; i6 >= 0; i6--) {
            var last = parts[i6];
            if (last === ".") {
              parts.splice(i6, 1);
            } else if (last === "..") {
              parts.splice(i6, 1);
              up++;
            } else if (up) {
              parts.splice(i6, 1);
              up--;
            }
          }
          if (allowAboveRoot) {
            for (; up; up--) {
              parts.unshift("..");
            }
          }
          return parts;
        }, normalize: (path) => {
          var isAbsolute = PATH.isAbs(path), trailingSlash = path.slice(-1) === "/";
          path = PATH.normalizeArray(path.split("/").filter((p3) => !!p3), !isAbsolute).join("/");
          if (!path && !isAbsolute) {
            path = ".";
          }
          if (path && trailingSlash) {
            path += "/";
          }
          return (isAbsolute ? "/" : "") + path;
        }, dirname: (path) => {
          var result = PATH.splitPath(path), root = result[0], dir = result[1];
          if (!root && !dir) {
            return ".";
          }
          if (dir) {
            dir = dir.slice(0, -1);
          }
          return root + dir;
        }, basename: (path) => path && path.match(/([^\/]+|\/)\/*$/)[1], join: (...paths) => PATH.normalize(paths.join("/")), join2: (l, r9) => PATH.normalize(l + "/" + r9) };
        var initRandomFill = () => {
          if (ENVIRONMENT_IS_NODE) {
            var nodeCrypto = __require("node:crypto");
            return (view) => (nodeCrypto.randomFillSync(view), 0);
          }
          return (view) => (crypto.getRandomValues(view), 0);
        };
        var randomFill = (view) => (randomFill = initRandomFill())(view);
        var PATH_FS = { resolve: (...args) => {
          var resolvedPath = "", resolvedAbsolute = false;
          for (var i6 = args.length - 1; i6 >= -1 && !resolvedAbsolute; i6--) {
            var path = i6 >= 0 ? args[i6] : FS.cwd();
            if (typeof path != "string") {
              throw new TypeError("Arguments to path.resolve must be strings");
            } else if (!path) {
              return "";
            }
            resolvedPath = path + "/" + resolvedPath;
            resolvedAbsolute = PATH.isAbs(path);
          }
          resolvedPath = PATH.normalizeArray(resolvedPath.split("/").filter((p3) => !!p3), !resolvedAbsolute).join("/");
          return (resolvedAbsolute ? "/" : "") + resolvedPath || ".";
        }, relative: (from, to) => {
          from = PATH_FS.resolve(from).slice(1);
          to = PATH_FS.resolve(to).slice(1);
          function trim(arr) {
            var start = 0;
            for (; start < arr.length; start++) {
              if (arr[start] !== "") break;
            }
            var end = arr.length - 1;
            for (; end >= 0; end--) {
              if (arr[end] !== "") break;
            }
            if (start > end) return [];
            return arr.slice(start, end - start + 1);
          }
          var fromParts = trim(from.split("/"));
          var toParts = trim(to.split("/"));
          var length = Math.min(fromParts.length, toParts.length);
          var samePartsLength = length;
          for (var i6 = 0; i6 < length; i6++) {
            if (fromParts[i6] !== toParts[i6]) {
              samePartsLength = i6;
              break;
            }
          }
          var outputParts = [];
          for (var i6 = samePartsLength; i6 < fromParts.length; i6++) {
            outputParts.push("..");
          }
          outputParts = outputParts.concat(toParts.slice(samePartsLength));
          return outputParts.join("/");
        } };
        var FS_stdin_getChar_buffer = [];
        var lengthBytesUTF8 = (str) => {
          var len = 0;
          for (var i6 = 0; i6 < str.length; ++i6) {
            var c3 = str.charCodeAt(i6);
            if (c3 <= 127) {
              len++;
            } else if (c3 <= 2047) {
              len += 2;
            } else if (c3 >= 55296 && c3 <= 57343) {
              len += 4;
              ++i6;
            } else {
              len += 3;
            }
          }
          return len;
        };
        var stringToUTF8Array = (str, heap, outIdx, maxBytesToWrite) => {
          if (!(maxBytesToWrite > 0)) return 0;
          var startIdx = outIdx;
          var endIdx = outIdx + maxBytesToWrite - 1;
          for (var i6 = 0; i6 < str.length; ++i6) {
            var u2 = str.codePointAt(i6);
            if (u2 <= 127) {
              if (outIdx >= endIdx) break;
              heap[outIdx++] = u2;
            } else if (u2 <= 2047) {
              if (outIdx + 1 >= endIdx) break;
              heap[outIdx++] = 192 | u2 >> 6;
              heap[outIdx++] = 128 | u2 & 63;
            } else if (u2 <= 65535) {
              if (outIdx + 2 >= endIdx) break;
              heap[outIdx++] = 224 | u2 >> 12;
              heap[outIdx++] = 128 | u2 >> 6 & 63;
              heap[outIdx++] = 128 | u2 & 63;
            } else {
              if (outIdx + 3 >= endIdx) break;
              heap[outIdx++] = 240 | u2 >> 18;
              heap[outIdx++] = 128 | u2 >> 12 & 63;
              heap[outIdx++] = 128 | u2 >> 6 & 63;
              heap[outIdx++] = 128 | u2 & 63;
              i6++;
            }
          }
          heap[outIdx] = 0;
          return outIdx - startIdx;
        };
        var intArrayFromString = (stringy, dontAddNull, length) => {
          var len = length > 0 ? length : lengthBytesUTF8(stringy) + 1;
          var u8array = new Array(len);
          var numBytesWritten = stringToUTF8Array(stringy, u8array, 0, u8array.length);
          if (dontAddNull) u8array.length = numBytesWritten;
          return u8array;
        };
        var FS_stdin_getChar = () => {
          if (!FS_stdin_getChar_buffer.length) {
            var result = null;
            if (ENVIRONMENT_IS_NODE) {
              var BUFSIZE = 256;
              var buf = Buffer.alloc(BUFSIZE);
              var bytesRead = 0;
              var fd = process.stdin.fd;
              try {
                bytesRead = fs.readSync(fd, buf, 0, BUFSIZE);
              } catch (e4) {
                if (e4.toString().includes("EOF")) bytesRead = 0;
                else throw e4;
              }
              if (bytesRead > 0) {
                result = buf.slice(0, bytesRead).toString("utf-8");
              }
            } else if (globalThis.window?.prompt) {
              result = window.prompt("Input: ");
              if (result !== null) {
                result += "\n";
              }
            } else {
            }
            if (!result) {
              return null;
            }
            FS_stdin_getChar_buffer = intArrayFromString(result, true);
          }
          return FS_stdin_getChar_buffer.shift();
        };
        var TTY = { ttys: [], init() {
        }, shutdown() {
        }, register(dev, ops) {
          TTY.ttys[dev] = { input: [], output: [], ops };
          FS.registerDevice(dev, TTY.stream_ops);
        }, stream_ops: { open(stream) {
          var tty = TTY.ttys[stream.node.rdev];
          if (!tty) {
            throw new FS.ErrnoError(43);
          }
          stream.tty = tty;
          stream.seekable = false;
        }, close(stream) {
          stream.tty.ops.fsync(stream.tty);
        }, fsync(stream) {
          stream.tty.ops.fsync(stream.tty);
        }, read(stream, buffer, offset, length, pos) {
          if (!stream.tty || !stream.tty.ops.get_char) {
            throw new FS.ErrnoError(60);
          }
          var bytesRead = 0;
          for (var i6 = 0; i6 < length; i6++) {
            var result;
            try {
              result = stream.tty.ops.get_char(stream.tty);
            } catch (e4) {
              throw new FS.ErrnoError(29);
            }
            if (result === void 0 && bytesRead === 0) {
              throw new FS.ErrnoError(6);
            }
            if (result === null || result === void 0) break;
            bytesRead++;
            buffer[offset + i6] = result;
          }
          if (bytesRead) {
            stream.node.atime = Date.now();
          }
          return bytesRead;
        }, write(stream, buffer, offset, length, pos) {
          if (!stream.tty || !stream.tty.ops.put_char) {
            throw new FS.ErrnoError(60);
          }
          try {
            for (var i6 = 0; i6 < length; i6++) {
              stream.tty.ops.put_char(stream.tty, buffer[offset + i6]);
            }
          } catch (e4) {
            throw new FS.ErrnoError(29);
          }
          if (length) {
            stream.node.mtime = stream.node.ctime = Date.now();
          }
          return i6;
        } }, default_tty_ops: { get_char(tty) {
          return FS_stdin_getChar();
        }, put_char(tty, val) {
          if (val === null || val === 10) {
            out(UTF8ArrayToString(tty.output));
            tty.output = [];
          } else {
            if (val != 0) tty.output.push(val);
          }
        }, fsync(tty) {
          if (tty.output?.length > 0) {
            out(UTF8ArrayToString(tty.output));
            tty.output = [];
          }
        }, ioctl_tcgets(tty) {
          return { c_iflag: 25856, c_oflag: 5, c_cflag: 191, c_lflag: 35387, c_cc: [3, 28, 127, 21, 4, 0, 1, 0, 17, 19, 26, 0, 18, 15, 23, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] };
        }, ioctl_tcsets(tty, optional_actions, data) {
          return 0;
        }, ioctl_tiocgwinsz(tty) {
          return [24, 80];
        } }, default_tty1_ops: { put_char(tty, val) {
          if (val === null || val === 10) {
            err(UTF8ArrayToString(tty.output));
            tty.output = [];
          } else {
            if (val != 0) tty.output.push(val);
          }
        }, fsync(tty) {
          if (tty.output?.length > 0) {
            err(UTF8ArrayToString(tty.output));
            tty.output = [];
          }
        } } };
        var mmapAlloc = (size) => {
          abort();
        };
        var MEMFS = { ops_table: null, mount(mount) {
          return MEMFS.createNode(null, "/", 16895, 0);
        }, createNode(parent, name, mode2, dev) {
          if (FS.isBlkdev(mode2) || FS.isFIFO(mode2)) {
            throw new FS.ErrnoError(63);
          }
          MEMFS.ops_table ||= { dir: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, lookup: MEMFS.node_ops.lookup, mknod: MEMFS.node_ops.mknod, rename: MEMFS.node_ops.rename, unlink: MEMFS.node_ops.unlink, rmdir: MEMFS.node_ops.rmdir, readdir: MEMFS.node_ops.readdir, symlink: MEMFS.node_ops.symlink }, stream: { llseek: MEMFS.stream_ops.llseek } }, file: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: { llseek: MEMFS.stream_ops.llseek, read: MEMFS.stream_ops.read, write: MEMFS.stream_ops.write, mmap: MEMFS.stream_ops.mmap, msync: MEMFS.stream_ops.msync } }, link: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, readlink: MEMFS.node_ops.readlink }, stream: {} }, chrdev: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: FS.chrdev_stream_ops } };
          var node = FS.createNode(parent, name, mode2, dev);
          if (FS.isDir(node.mode)) {
            node.node_ops = MEMFS.ops_table.dir.node;
            node.stream_ops = MEMFS.ops_table.dir.stream;
            node.contents = {};
          } else if (FS.isFile(node.mode)) {
            node.node_ops = MEMFS.ops_table.file.node;
            node.stream_ops = MEMFS.ops_table.file.stream;
            node.usedBytes = 0;
            node.contents = MEMFS.emptyFileContents ??= new Uint8Array(0);
          } else if (FS.isLink(node.mode)) {
            node.node_ops = MEMFS.ops_table.link.node;
            node.stream_ops = MEMFS.ops_table.link.stream;
          } else if (FS.isChrdev(node.mode)) {
            node.node_ops = MEMFS.ops_table.chrdev.node;
            node.stream_ops = MEMFS.ops_table.chrdev.stream;
          }
          node.atime = node.mtime = node.ctime = Date.now();
          if (parent) {
            parent.contents[name] = node;
            parent.atime = parent.mtime = parent.ctime = node.atime;
          }
          return node;
        }, getFileDataAsTypedArray(node) {
          return node.contents.subarray(0, node.usedBytes);
        }, expandFileStorage(node, newCapacity) {
          var prevCapacity = node.contents.length;
          if (prevCapacity >= newCapacity) return;
          var CAPACITY_DOUBLING_MAX = 1024 * 1024;
          newCapacity = Math.max(newCapacity, prevCapacity * (prevCapacity < CAPACITY_DOUBLING_MAX ? 2 : 1.125) >>> 0);
          if (prevCapacity) newCapacity = Math.max(newCapacity, 256);
          var oldContents = MEMFS.getFileDataAsTypedArray(node);
          node.contents = new Uint8Array(newCapacity);
          node.contents.set(oldContents);
        }, resizeFileStorage(node, newSize) {
          if (node.usedBytes == newSize) return;
          var oldContents = node.contents;
          node.contents = new Uint8Array(newSize);
          node.contents.set(oldContents.subarray(0, Math.min(newSize, node.usedBytes)));
          node.usedBytes = newSize;
        }, node_ops: { getattr(node) {
          var attr = {};
          attr.dev = FS.isChrdev(node.mode) ? node.id : 1;
          attr.ino = node.id;
          attr.mode = node.mode;
          attr.nlink = 1;
          attr.uid = 0;
          attr.gid = 0;
          attr.rdev = node.rdev;
          if (FS.isDir(node.mode)) {
            attr.size = 4096;
          } else if (FS.isFile(node.mode)) {
            attr.size = node.usedBytes;
          } else if (FS.isLink(node.mode)) {
            attr.size = node.link.length;
          } else {
            attr.size = 0;
          }
          attr.atime = new Date(node.atime);
          attr.mtime = new Date(node.mtime);
          attr.ctime = new Date(node.ctime);
          attr.blksize = 4096;
          attr.blocks = Math.ceil(attr.size / attr.blksize);
          return attr;
        }, setattr(node, attr) {
          for (const key of ["mode", "atime", "mtime", "ctime"]) {
            if (attr[key] != null) {
              node[key] = attr[key];
            }
          }
          if (attr.size !== void 0) {
            MEMFS.resizeFileStorage(node, attr.size);
          }
        }, lookup(parent, name) {
          if (!MEMFS.doesNotExistError) {
            MEMFS.doesNotExistError = new FS.ErrnoError(44);
            MEMFS.doesNotExistError.stack = "<generic error, no stack>";
          }
          throw MEMFS.doesNotExistError;
        }, mknod(parent, name, mode2, dev) {
          return MEMFS.createNode(parent, name, mode2, dev);
        }, rename(old_node, new_dir, new_name) {
          var new_node;
          try {
            new_node = FS.lookupNode(new_dir, new_name);
          } catch (e4) {
          }
          if (new_node) {
            if (FS.isDir(old_node.mode)) {
              for (var i6 in new_node.contents) {
                throw new FS.ErrnoError(55);
              }
            }
            FS.hashRemoveNode(new_node);
          }
          delete old_node.parent.contents[old_node.name];
          new_dir.contents[new_name] = old_node;
          old_node.name = new_name;
          new_dir.ctime = new_dir.mtime = old_node.parent.ctime = old_node.parent.mtime = Date.now();
        }, unlink(parent, name) {
          delete parent.contents[name];
          parent.ctime = parent.mtime = Date.now();
        }, rmdir(parent, name) {
          var node = FS.lookupNode(parent, name);
          for (var i6 in node.contents) {
            throw new FS.ErrnoError(55);
          }
          delete parent.contents[name];
          parent.ctime = parent.mtime = Date.now();
        }, readdir(node) {
          return [".", "..", ...Object.keys(node.contents)];
        }, symlink(parent, newname, oldpath) {
          var node = MEMFS.createNode(parent, newname, 511 | 40960, 0);
          node.link = oldpath;
          return node;
        }, readlink(node) {
          if (!FS.isLink(node.mode)) {
            throw new FS.ErrnoError(28);
          }
          return node.link;
        } }, stream_ops: { read(stream, buffer, offset, length, position) {
          var contents = stream.node.contents;
          if (position >= stream.node.usedBytes) return 0;
          var size = Math.min(stream.node.usedBytes - position, length);
          buffer.set(contents.subarray(position, position + size), offset);
          return size;
        }, write(stream, buffer, offset, length, position, canOwn) {
          if (buffer.buffer === HEAP8.buffer) {
            canOwn = false;
          }
          if (!length) return 0;
          var node = stream.node;
          node.mtime = node.ctime = Date.now();
          if (canOwn) {
            node.contents = buffer.subarray(offset, offset + length);
            node.usedBytes = length;
          } else if (node.usedBytes === 0 && position === 0) {
            node.contents = buffer.slice(offset, offset + length);
            node.usedBytes = length;
          } else {
            MEMFS.expandFileStorage(node, position + length);
            node.contents.set(buffer.subarray(offset, offset + length), position);
            node.usedBytes = Math.max(node.usedBytes, position + length);
          }
          return length;
        }, llseek(stream, offset, whence) {
          var position = offset;
          if (whence === 1) {
            position += stream.position;
          } else if (whence === 2) {
            if (FS.isFile(stream.node.mode)) {
              position += stream.node.usedBytes;
            }
          }
          if (position < 0) {
            throw new FS.ErrnoError(28);
          }
          return position;
        }, mmap(stream, length, position, prot, flags) {
          if (!FS.isFile(stream.node.mode)) {
            throw new FS.ErrnoError(43);
          }
          var ptr;
          var allocated;
          var contents = stream.node.contents;
          if (!(flags & 2) && contents.buffer === HEAP8.buffer) {
            allocated = false;
            ptr = contents.byteOffset;
          } else {
            allocated = true;
            ptr = mmapAlloc(length);
            if (!ptr) {
              throw new FS.ErrnoError(48);
            }
            if (contents) {
              if (position > 0 || position + length < contents.length) {
                if (contents.subarray) {
                  contents = contents.subarray(position, position + length);
                } else {
                  contents = Array.prototype.slice.call(contents, position, position + length);
                }
              }
              HEAP8.set(contents, ptr);
            }
          }
          return { ptr, allocated };
        }, msync(stream, buffer, offset, length, mmapFlags) {
          MEMFS.stream_ops.write(stream, buffer, 0, length, offset, false);
          return 0;
        } } };
        var FS_modeStringToFlags = (str) => {
          if (typeof str != "string") return str;
          var flagModes = { r: 0, "r+": 2, w: 512 | 64 | 1, "w+": 512 | 64 | 2, a: 1024 | 64 | 1, "a+": 1024 | 64 | 2 };
          var flags = flagModes[str];
          if (typeof flags == "undefined") {
            throw new Error(`Unknown file open mode: ${str}`);
          }
          return flags;
        };
        var FS_fileDataToTypedArray = (data) => {
          if (typeof data == "string") {
            data = intArrayFromString(data, true);
          }
          if (!data.subarray) {
            data = new Uint8Array(data);
          }
          return data;
        };
        var FS_getMode = (canRead, canWrite) => {
          var mode2 = 0;
          if (canRead) mode2 |= 292 | 73;
          if (canWrite) mode2 |= 146;
          return mode2;
        };
        var asyncLoad = async (url) => {
          var arrayBuffer = await readAsync(url);
          return new Uint8Array(arrayBuffer);
        };
        var FS_createDataFile = (...args) => FS.createDataFile(...args);
        var getUniqueRunDependency = (id) => id;
        var dependenciesPromise = null;
        var resolveRunDependencies = async () => dependenciesPromise;
        var runDependencies = 0;
        var dependenciesPromiseResolve = null;
        var removeRunDependency = (id) => {
          runDependencies--;
          Module["monitorRunDependencies"]?.(runDependencies);
          if (!runDependencies) {
            dependenciesPromiseResolve();
          }
        };
        var addRunDependency = (id) => {
          if (!runDependencies) {
            dependenciesPromise = new Promise((resolve2) => dependenciesPromiseResolve = resolve2);
          }
          runDependencies++;
          Module["monitorRunDependencies"]?.(runDependencies);
        };
        var preloadPlugins = [];
        var FS_handledByPreloadPlugin = async (byteArray, fullname) => {
          if (typeof Browser != "undefined") Browser.init();
          for (var plugin of preloadPlugins) {
            if (plugin["canHandle"](fullname)) {
              return plugin["handle"](byteArray, fullname);
            }
          }
          return byteArray;
        };
        var FS_preloadFile = async (parent, name, url, canRead, canWrite, dontCreateFile, canOwn, preFinish) => {
          var fullname = name ? PATH_FS.resolve(PATH.join2(parent, name)) : parent;
          var dep = getUniqueRunDependency(`cp ${fullname}`);
          addRunDependency(dep);
          try {
            var byteArray = url;
            if (typeof url == "string") {
              byteArray = await asyncLoad(url);
            }
            byteArray = await FS_handledByPreloadPlugin(byteArray, fullname);
            preFinish?.();
            if (!dontCreateFile) {
              FS_createDataFile(parent, name, byteArray, canRead, canWrite, canOwn);
            }
          } finally {
            removeRunDependency(dep);
          }
        };
        var FS_createPreloadedFile = (parent, name, url, canRead, canWrite, onload, onerror, dontCreateFile, canOwn, preFinish) => {
          FS_preloadFile(parent, name, url, canRead, canWrite, dontCreateFile, canOwn, preFinish).then(onload).catch(onerror);
        };
        var FS = { root: null, mounts: [], devices: {}, streams: [], nextInode: 1, nameTable: null, currentPath: "/", initialized: false, ignorePermissions: true, filesystems: null, syncFSRequests: 0, ErrnoError: class {
          name = "ErrnoError";
          constructor(errno) {
            this.errno = errno;
          }
        }, FSStream: class {
          shared = {};
          get object() {
            return this.node;
          }
          set object(val) {
            this.node = val;
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
          set flags(val) {
            this.shared.flags = val;
          }
          get position() {
            return this.shared.position;
          }
          set position(val) {
            this.shared.position = val;
          }
        }, FSNode: class {
          node_ops = {};
          stream_ops = {};
          readMode = 292 | 73;
          writeMode = 146;
          mounted = null;
          constructor(parent, name, mode2, rdev) {
            if (!parent) {
              parent = this;
            }
            this.parent = parent;
            this.mount = parent.mount;
            this.id = FS.nextInode++;
            this.name = name;
            this.mode = mode2;
            this.rdev = rdev;
            this.atime = this.mtime = this.ctime = Date.now();
          }
          get read() {
            return (this.mode & this.readMode) === this.readMode;
          }
          set read(val) {
            val ? this.mode |= this.readMode : this.mode &= ~this.readMode;
          }
          get write() {
            return (this.mode & this.writeMode) === this.writeMode;
          }
          set write(val) {
            val ? this.mode |= this.writeMode : this.mode &= ~this.writeMode;
          }
          get isFolder() {
            return FS.isDir(this.mode);
          }
          get isDevice() {
            return FS.isChrdev(this.mode);
          }
          addListener(cb, exclusive = false) {
            var entry = { cb, exclusive };
            var listeners = this.listeners ??= /* @__PURE__ */ new Set();
            listeners.add(entry);
            return { listeners, entry };
          }
          notifyListeners(flags) {
            if (!this.listeners) return;
            var excl;
            for (var entry of this.listeners) {
              if (entry.exclusive) (excl ||= []).push(entry);
              else entry.cb(flags);
            }
            if (excl) {
              var i6 = (this.exclTurn || 0) % excl.length;
              this.exclTurn = i6 + 1;
              excl[i6].cb(flags);
            }
          }
        }, lookupPath(path, opts = {}) {
          if (!path) {
            throw new FS.ErrnoError(44);
          }
          opts.follow_mount ??= true;
          if (!PATH.isAbs(path)) {
            path = FS.cwd() + "/" + path;
          }
          linkloop: for (var nlinks = 0; nlinks < 40; nlinks++) {
            var parts = path.split("/").filter((p3) => !!p3);
            var current = FS.root;
            var current_path = "/";
            for (var i6 = 0; i6 < parts.length; i6++) {
              var islast = i6 === parts.length - 1;
              if (islast && opts.parent) {
                break;
              }
              if (parts[i6] === ".") {
                continue;
              }
              if (parts[i6] === "..") {
                current_path = PATH.dirname(current_path);
                if (FS.isRoot(current)) {
                  path = current_path + "/" + parts.slice(i6 + 1).join("/");
                  nlinks--;
                  continue linkloop;
                } else {
                  current = current.parent;
                }
                continue;
              }
              current_path = PATH.join2(current_path, parts[i6]);
              try {
                current = FS.lookupNode(current, parts[i6]);
              } catch (e4) {
                if (e4?.errno === 44 && islast && opts.noent_okay) {
                  return { path: current_path };
                }
                throw e4;
              }
              if (FS.isMountpoint(current) && (!islast || opts.follow_mount)) {
                current = current.mounted.root;
              }
              if (FS.isLink(current.mode) && (!islast || opts.follow)) {
                if (!current.node_ops.readlink) {
                  throw new FS.ErrnoError(52);
                }
                var link = current.node_ops.readlink(current);
                if (!PATH.isAbs(link)) {
                  link = PATH.dirname(current_path) + "/" + link;
                }
                path = link + "/" + parts.slice(i6 + 1).join("/");
                continue linkloop;
              }
            }
            return { path: current_path, node: current };
          }
          throw new FS.ErrnoError(32);
        }, getPath(node) {
          var path;
          while (true) {
            if (FS.isRoot(node)) {
              var mount = node.mount.mountpoint;
              if (!path) return mount;
              return mount[mount.length - 1] !== "/" ? `${mount}/${path}` : mount + path;
            }
            path = path ? `${node.name}/${path}` : node.name;
            node = node.parent;
          }
        }, hashName(parentid, name) {
          var hash = 0;
          for (var i6 = 0; i6 < name.length; i6++) {
            hash = (hash << 5) - hash + name.charCodeAt(i6) | 0;
          }
          return (parentid + hash >>> 0) % FS.nameTable.length;
        }, hashAddNode(node) {
          var hash = FS.hashName(node.parent.id, node.name);
          node.name_next = FS.nameTable[hash];
          FS.nameTable[hash] = node;
        }, hashRemoveNode(node) {
          var hash = FS.hashName(node.parent.id, node.name);
          if (FS.nameTable[hash] === node) {
            FS.nameTable[hash] = node.name_next;
          } else {
            var current = FS.nameTable[hash];
            while (current) {
              if (current.name_next === node) {
                current.name_next = node.name_next;
                break;
              }
              current = current.name_next;
            }
          }
        }, lookupNode(parent, name) {
          var errCode = FS.mayLookup(parent);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          var hash = FS.hashName(parent.id, name);
          for (var node = FS.nameTable[hash]; node; node = node.name_next) {
            var nodeName = node.name;
            if (node.parent.id === parent.id && nodeName === name) {
              return node;
            }
          }
          return FS.lookup(parent, name);
        }, createNode(parent, name, mode2, rdev) {
          var node = new FS.FSNode(parent, name, mode2, rdev);
          FS.hashAddNode(node);
          return node;
        }, destroyNode(node) {
          FS.hashRemoveNode(node);
        }, isRoot(node) {
          return node === node.parent;
        }, isMountpoint(node) {
          return !!node.mounted;
        }, isFile(mode2) {
          return (mode2 & 61440) === 32768;
        }, isDir(mode2) {
          return (mode2 & 61440) === 16384;
        }, isLink(mode2) {
          return (mode2 & 61440) === 40960;
        }, isChrdev(mode2) {
          return (mode2 & 61440) === 8192;
        }, isBlkdev(mode2) {
          return (mode2 & 61440) === 24576;
        }, isFIFO(mode2) {
          return (mode2 & 61440) === 4096;
        }, isSocket(mode2) {
          return (mode2 & 49152) === 49152;
        }, flagsToPermissionString(flag) {
          var perms = ["r", "w", "rw"][flag & 3];
          if (flag & 512) {
            perms += "w";
          }
          return perms;
        }, nodePermissions(node, perms) {
          if (FS.ignorePermissions) {
            return 0;
          }
          if (perms.includes("r") && !(node.mode & 292)) {
            return 2;
          }
          if (perms.includes("w") && !(node.mode & 146)) {
            return 2;
          }
          if (perms.includes("x") && !(node.mode & 73)) {
            return 2;
          }
          return 0;
        }, mayLookup(dir) {
          if (!FS.isDir(dir.mode)) return 54;
          var errCode = FS.nodePermissions(dir, "x");
          if (errCode) return errCode;
          if (!dir.node_ops.lookup) return 2;
          return 0;
        }, mayCreate(dir, name) {
          if (!FS.isDir(dir.mode)) {
            return 54;
          }
          try {
            var node = FS.lookupNode(dir, name);
            return 20;
          } catch (e4) {
          }
          return FS.nodePermissions(dir, "wx");
        }, mayDelete(dir, name, isdir) {
          var node;
          try {
            node = FS.lookupNode(dir, name);
          } catch (e4) {
            return e4.errno;
          }
          var errCode = FS.nodePermissions(dir, "wx");
          if (errCode) {
            return errCode;
          }
          if (isdir) {
            if (!FS.isDir(node.mode)) {
              return 54;
            }
            if (FS.isRoot(node) || FS.getPath(node) === FS.cwd()) {
              return 10;
            }
          } else if (FS.isDir(node.mode)) {
            return 31;
          }
          return 0;
        }, mayOpen(node, flags) {
          if (!node) {
            return 44;
          }
          if (FS.isLink(node.mode)) {
            return 32;
          }
          var mode2 = FS.flagsToPermissionString(flags);
          if (FS.isDir(node.mode)) {
            if (mode2 !== "r" || flags & (512 | 64)) {
              return 31;
            }
          }
          return FS.nodePermissions(node, mode2);
        }, checkOpExists(op, err2) {
          if (!op) {
            throw new FS.ErrnoError(err2);
          }
          return op;
        }, MAX_OPEN_FDS: 4096, nextfd() {
          for (var fd = 0; fd <= FS.MAX_OPEN_FDS; fd++) {
            if (!FS.streams[fd]) {
              return fd;
            }
          }
          throw new FS.ErrnoError(33);
        }, getStreamChecked(fd) {
          var stream = FS.getStream(fd);
          if (!stream) {
            throw new FS.ErrnoError(8);
          }
          return stream;
        }, getStream: (fd) => FS.streams[fd], createStream(stream, fd = -1) {
          stream = Object.assign(new FS.FSStream(), stream);
          if (fd == -1) {
            fd = FS.nextfd();
          }
          stream.fd = fd;
          FS.streams[fd] = stream;
          return stream;
        }, closeStream(fd) {
          FS.streams[fd] = null;
        }, dupStream(origStream, fd = -1) {
          var stream = FS.createStream(origStream, fd);
          stream.stream_ops?.dup?.(stream);
          return stream;
        }, doSetAttr(stream, node, attr) {
          var setattr = stream?.stream_ops.setattr;
          var arg = setattr ? stream : node;
          setattr ??= node.node_ops.setattr;
          FS.checkOpExists(setattr, 63);
          try {
            setattr(arg, attr);
          } catch (e4) {
            if (e4 instanceof RangeError) {
              throw new FS.ErrnoError(22);
            }
            throw e4;
          }
        }, chrdev_stream_ops: { open(stream) {
          var device = FS.getDevice(stream.node.rdev);
          stream.stream_ops = device.stream_ops;
          stream.stream_ops.open?.(stream);
        }, llseek() {
          throw new FS.ErrnoError(70);
        } }, major: (dev) => dev >> 8, minor: (dev) => dev & 255, makedev: (ma, mi) => ma << 8 | mi, registerDevice(dev, ops) {
          FS.devices[dev] = { stream_ops: ops };
        }, getDevice: (dev) => FS.devices[dev], getMounts(mount) {
          var mounts = [];
          var check2 = [mount];
          while (check2.length) {
            var m = check2.pop();
            mounts.push(m);
            check2.push(...m.mounts);
          }
          return mounts;
        }, syncfs(populate, callback) {
          if (typeof populate == "function") {
            callback = populate;
            populate = false;
          }
          FS.syncFSRequests++;
          if (FS.syncFSRequests > 1) {
            err(`warning: ${FS.syncFSRequests} FS.syncfs operations in flight at once, probably just doing extra work`);
          }
          var mounts = FS.getMounts(FS.root.mount);
          var completed = 0;
          function doCallback(errCode) {
            FS.syncFSRequests--;
            return callback(errCode);
          }
          function done(errCode) {
            if (errCode) {
              if (!done.errored) {
                done.errored = true;
                return doCallback(errCode);
              }
              return;
            }
            if (++completed >= mounts.length) {
              doCallback(null);
            }
          }
          for (var mount of mounts) {
            if (mount.type.syncfs) {
              mount.type.syncfs(mount, populate, done);
            } else {
              done(null);
            }
          }
        }, mount(type, opts, mountpoint) {
          var root = mountpoint === "/";
          var pseudo = !mountpoint;
          var node;
          if (root && FS.root) {
            throw new FS.ErrnoError(10);
          } else if (!root && !pseudo) {
            var lookup = FS.lookupPath(mountpoint, { follow_mount: false });
            mountpoint = lookup.path;
            node = lookup.node;
            if (FS.isMountpoint(node)) {
              throw new FS.ErrnoError(10);
            }
            if (!FS.isDir(node.mode)) {
              throw new FS.ErrnoError(54);
            }
          }
          var mount = { type, opts, mountpoint, mounts: [] };
          var mountRoot = type.mount(mount);
          mountRoot.mount = mount;
          mount.root = mountRoot;
          if (root) {
            FS.root = mountRoot;
          } else if (node) {
            node.mounted = mount;
            if (node.mount) {
              node.mount.mounts.push(mount);
            }
          }
          return mountRoot;
        }, unmount(mountpoint) {
          var lookup = FS.lookupPath(mountpoint, { follow_mount: false });
          if (!FS.isMountpoint(lookup.node)) {
            throw new FS.ErrnoError(28);
          }
          var node = lookup.node;
          var mount = node.mounted;
          var mounts = FS.getMounts(mount);
          for (var [hash, current] of Object.entries(FS.nameTable)) {
            while (current) {
              var next = current.name_next;
              if (mounts.includes(current.mount)) {
                FS.destroyNode(current);
              }
              current = next;
            }
          }
          node.mounted = null;
          var idx = node.mount.mounts.indexOf(mount);
          node.mount.mounts.splice(idx, 1);
        }, lookup(parent, name) {
          return parent.node_ops.lookup(parent, name);
        }, mknod(path, mode2, dev) {
          var lookup = FS.lookupPath(path, { parent: true });
          var parent = lookup.node;
          var name = PATH.basename(path);
          if (!name) {
            throw new FS.ErrnoError(28);
          }
          if (name === "." || name === "..") {
            throw new FS.ErrnoError(20);
          }
          var errCode = FS.mayCreate(parent, name);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.mknod) {
            throw new FS.ErrnoError(63);
          }
          return parent.node_ops.mknod(parent, name, mode2, dev);
        }, statfs(path) {
          return FS.statfsNode(FS.lookupPath(path, { follow: true }).node);
        }, statfsStream(stream) {
          return FS.statfsNode(stream.node);
        }, statfsNode(node) {
          var rtn = { bsize: 4096, frsize: 4096, blocks: 1e6, bfree: 5e5, bavail: 5e5, files: FS.nextInode, ffree: FS.nextInode - 1, fsid: 42, flags: 2, namelen: 255 };
          if (node.node_ops.statfs) {
            Object.assign(rtn, node.node_ops.statfs(node.mount.opts.root));
          }
          return rtn;
        }, create(path, mode2 = 438) {
          mode2 &= 4095;
          mode2 |= 32768;
          return FS.mknod(path, mode2, 0);
        }, mkdir(path, mode2 = 511) {
          mode2 &= 511 | 512;
          mode2 |= 16384;
          return FS.mknod(path, mode2, 0);
        }, mkdirTree(path, mode2) {
          var dirs = path.split("/");
          var d2 = "";
          for (var dir of dirs) {
            if (!dir) continue;
            if (d2 || PATH.isAbs(path)) d2 += "/";
            d2 += dir;
            try {
              FS.mkdir(d2, mode2);
            } catch (e4) {
              if (e4.errno != 20) throw e4;
            }
          }
        }, mkdev(path, mode2, dev) {
          if (typeof dev == "undefined") {
            dev = mode2;
            mode2 = 438;
          }
          mode2 |= 8192;
          return FS.mknod(path, mode2, dev);
        }, symlink(oldpath, newpath) {
          if (!PATH_FS.resolve(oldpath)) {
            throw new FS.ErrnoError(44);
          }
          var lookup = FS.lookupPath(newpath, { parent: true });
          var parent = lookup.node;
          if (!parent) {
            throw new FS.ErrnoError(44);
          }
          var newname = PATH.basename(newpath);
          var errCode = FS.mayCreate(parent, newname);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.symlink) {
            throw new FS.ErrnoError(63);
          }
          return parent.node_ops.symlink(parent, newname, oldpath);
        }, link(oldpath, newpath, flags) {
          var lookup = FS.lookupPath(newpath, { parent: true });
          var parent = lookup.node;
          if (!parent) {
            throw new FS.ErrnoError(44);
          }
          var newname = PATH.basename(newpath);
          var errCode = FS.mayCreate(parent, newname);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.link) {
            throw new FS.ErrnoError(34);
          }
          return parent.node_ops.link(parent, newname, oldpath, flags);
        }, rename(old_path, new_path) {
          var old_dirname = PATH.dirname(old_path);
          var new_dirname = PATH.dirname(new_path);
          var old_name = PATH.basename(old_path);
          var new_name = PATH.basename(new_path);
          var lookup, old_dir, new_dir;
          lookup = FS.lookupPath(old_path, { parent: true });
          old_dir = lookup.node;
          lookup = FS.lookupPath(new_path, { parent: true });
          new_dir = lookup.node;
          if (!old_dir || !new_dir) throw new FS.ErrnoError(44);
          if (old_dir.mount !== new_dir.mount) {
            throw new FS.ErrnoError(75);
          }
          var old_node = FS.lookupNode(old_dir, old_name);
          var relative2 = PATH_FS.relative(old_path, new_dirname);
          if (relative2.charAt(0) !== ".") {
            throw new FS.ErrnoError(28);
          }
          relative2 = PATH_FS.relative(new_path, old_dirname);
          if (relative2.charAt(0) !== ".") {
            throw new FS.ErrnoError(55);
          }
          var new_node;
          try {
            new_node = FS.lookupNode(new_dir, new_name);
          } catch (e4) {
          }
          if (old_node === new_node) {
            return;
          }
          var isdir = FS.isDir(old_node.mode);
          var errCode = FS.mayDelete(old_dir, old_name, isdir);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          errCode = new_node ? FS.mayDelete(new_dir, new_name, isdir) : FS.mayCreate(new_dir, new_name);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!old_dir.node_ops.rename) {
            throw new FS.ErrnoError(63);
          }
          if (FS.isMountpoint(old_node) || new_node && FS.isMountpoint(new_node)) {
            throw new FS.ErrnoError(10);
          }
          if (new_dir !== old_dir) {
            errCode = FS.nodePermissions(old_dir, "w");
            if (errCode) {
              throw new FS.ErrnoError(errCode);
            }
          }
          FS.hashRemoveNode(old_node);
          try {
            old_dir.node_ops.rename(old_node, new_dir, new_name);
            old_node.parent = new_dir;
          } catch (e4) {
            throw e4;
          } finally {
            FS.hashAddNode(old_node);
          }
        }, rmdir(path) {
          var lookup = FS.lookupPath(path, { parent: true });
          var parent = lookup.node;
          var name = PATH.basename(path);
          var node = FS.lookupNode(parent, name);
          var errCode = FS.mayDelete(parent, name, true);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.rmdir) {
            throw new FS.ErrnoError(63);
          }
          if (FS.isMountpoint(node)) {
            throw new FS.ErrnoError(10);
          }
          parent.node_ops.rmdir(parent, name);
          FS.destroyNode(node);
        }, readdir(path) {
          var lookup = FS.lookupPath(path, { follow: true });
          var node = lookup.node;
          var readdir = FS.checkOpExists(node.node_ops.readdir, 54);
          return readdir(node);
        }, unlink(path) {
          var lookup = FS.lookupPath(path, { parent: true });
          var parent = lookup.node;
          if (!parent) {
            throw new FS.ErrnoError(44);
          }
          var name = PATH.basename(path);
          var node = FS.lookupNode(parent, name);
          var errCode = FS.mayDelete(parent, name, false);
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          if (!parent.node_ops.unlink) {
            throw new FS.ErrnoError(63);
          }
          if (FS.isMountpoint(node)) {
            throw new FS.ErrnoError(10);
          }
          parent.node_ops.unlink(parent, name);
          FS.destroyNode(node);
        }, readlink(path) {
          var lookup = FS.lookupPath(path);
          var link = lookup.node;
          if (!link) {
            throw new FS.ErrnoError(44);
          }
          if (!link.node_ops.readlink) {
            throw new FS.ErrnoError(28);
          }
          return link.node_ops.readlink(link);
        }, stat(path, dontFollow) {
          var lookup = FS.lookupPath(path, { follow: !dontFollow });
          var node = lookup.node;
          var getattr = FS.checkOpExists(node.node_ops.getattr, 63);
          return getattr(node);
        }, fstat(fd) {
          var stream = FS.getStreamChecked(fd);
          var node = stream.node;
          var getattr = stream.stream_ops.getattr;
          var arg = getattr ? stream : node;
          getattr ??= node.node_ops.getattr;
          FS.checkOpExists(getattr, 63);
          return getattr(arg);
        }, lstat(path) {
          return FS.stat(path, true);
        }, doChmod(stream, node, mode2, dontFollow) {
          FS.doSetAttr(stream, node, { mode: mode2 & 4095 | node.mode & ~4095, ctime: Date.now(), dontFollow });
        }, chmod(path, mode2, dontFollow) {
          var node;
          if (typeof path == "string") {
            var lookup = FS.lookupPath(path, { follow: !dontFollow });
            node = lookup.node;
          } else {
            node = path;
          }
          FS.doChmod(null, node, mode2, dontFollow);
        }, lchmod(path, mode2) {
          FS.chmod(path, mode2, true);
        }, fchmod(fd, mode2) {
          var stream = FS.getStreamChecked(fd);
          FS.doChmod(stream, stream.node, mode2, false);
        }, doChown(stream, node, dontFollow) {
          FS.doSetAttr(stream, node, { timestamp: Date.now(), dontFollow });
        }, chown(path, uid, gid, dontFollow) {
          var node;
          if (typeof path == "string") {
            var lookup = FS.lookupPath(path, { follow: !dontFollow });
            node = lookup.node;
          } else {
            node = path;
          }
          FS.doChown(null, node, dontFollow);
        }, lchown(path, uid, gid) {
          FS.chown(path, uid, gid, true);
        }, fchown(fd, uid, gid) {
          var stream = FS.getStreamChecked(fd);
          FS.doChown(stream, stream.node, false);
        }, doTruncate(stream, node, len) {
          if (FS.isDir(node.mode)) {
            throw new FS.ErrnoError(31);
          }
          if (!FS.isFile(node.mode)) {
            throw new FS.ErrnoError(28);
          }
          var errCode = FS.nodePermissions(node, "w");
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          FS.doSetAttr(stream, node, { size: len, timestamp: Date.now() });
        }, truncate(path, len) {
          if (len < 0) {
            throw new FS.ErrnoError(28);
          }
          var node;
          if (typeof path == "string") {
            var lookup = FS.lookupPath(path, { follow: true });
            node = lookup.node;
          } else {
            node = path;
          }
          FS.doTruncate(null, node, len);
        }, ftruncate(fd, len) {
          var stream = FS.getStreamChecked(fd);
          if (len < 0 || (stream.flags & 2097155) === 0) {
            throw new FS.ErrnoError(28);
          }
          FS.doTruncate(stream, stream.node, len);
        }, utime(path, atime, mtime, dontFollow) {
          var lookup = FS.lookupPath(path, { follow: !dontFollow });
          FS.doSetAttr(null, lookup.node, { atime, mtime, dontFollow });
        }, open(path, flags, mode2 = 438) {
          if (path === "") {
            throw new FS.ErrnoError(44);
          }
          flags = FS_modeStringToFlags(flags);
          if (flags & 64) {
            mode2 = mode2 & 4095 | 32768;
          } else {
            mode2 = 0;
          }
          var node;
          var isDirPath;
          if (typeof path == "object") {
            node = path;
          } else {
            isDirPath = path.endsWith("/");
            var lookup = FS.lookupPath(path, { follow: !(flags & 131072), noent_okay: true });
            node = lookup.node;
            path = lookup.path;
          }
          var created = false;
          if (flags & 64) {
            if (node) {
              if (flags & 128) {
                throw new FS.ErrnoError(20);
              }
            } else if (isDirPath) {
              throw new FS.ErrnoError(31);
            } else {
              node = FS.mknod(path, mode2 | 511, 0);
              created = true;
            }
          }
          if (!node) {
            throw new FS.ErrnoError(44);
          }
          if (FS.isChrdev(node.mode)) {
            flags &= ~512;
          }
          if (flags & 65536 && !FS.isDir(node.mode)) {
            throw new FS.ErrnoError(54);
          }
          if (!created) {
            var errCode = FS.mayOpen(node, flags);
            if (errCode) {
              throw new FS.ErrnoError(errCode);
            }
          }
          if (flags & 512 && !created) {
            FS.truncate(node, 0);
          }
          flags &= ~(128 | 512 | 131072);
          var stream = FS.createStream({ node, path: FS.getPath(node), flags, seekable: true, position: 0, stream_ops: node.stream_ops, ungotten: [], error: false });
          if (stream.stream_ops.open) {
            stream.stream_ops.open(stream);
          }
          if (created) {
            FS.chmod(node, mode2 & 511);
          }
          return stream;
        }, close(stream) {
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if (stream.getdents) stream.getdents = null;
          stream.node?.notifyListeners(32);
          try {
            if (stream.stream_ops.close) {
              stream.stream_ops.close(stream);
            }
          } catch (e4) {
            throw e4;
          } finally {
            FS.closeStream(stream.fd);
          }
          stream.fd = null;
        }, isClosed(stream) {
          return stream.fd === null;
        }, llseek(stream, offset, whence) {
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if (!stream.seekable || !stream.stream_ops.llseek) {
            throw new FS.ErrnoError(70);
          }
          if (whence != 0 && whence != 1 && whence != 2) {
            throw new FS.ErrnoError(28);
          }
          stream.position = stream.stream_ops.llseek(stream, offset, whence);
          stream.ungotten = [];
          return stream.position;
        }, read(stream, buffer, offset, length, position) {
          if (length < 0 || position < 0) {
            throw new FS.ErrnoError(28);
          }
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if ((stream.flags & 2097155) === 1) {
            throw new FS.ErrnoError(8);
          }
          if (FS.isDir(stream.node.mode)) {
            throw new FS.ErrnoError(31);
          }
          if (!stream.stream_ops.read) {
            throw new FS.ErrnoError(28);
          }
          var seeking = typeof position != "undefined";
          if (!seeking) {
            position = stream.position;
          } else if (!stream.seekable) {
            throw new FS.ErrnoError(70);
          }
          var bytesRead = stream.stream_ops.read(stream, buffer, offset, length, position);
          if (!seeking) stream.position += bytesRead;
          return bytesRead;
        }, write(stream, buffer, offset, length, position, canOwn) {
          if (length < 0 || position < 0) {
            throw new FS.ErrnoError(28);
          }
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if ((stream.flags & 2097155) === 0) {
            throw new FS.ErrnoError(8);
          }
          if (FS.isDir(stream.node.mode)) {
            throw new FS.ErrnoError(31);
          }
          if (!stream.stream_ops.write) {
            throw new FS.ErrnoError(28);
          }
          if (stream.seekable && stream.flags & 1024) {
            FS.llseek(stream, 0, 2);
          }
          var seeking = typeof position != "undefined";
          if (!seeking) {
            position = stream.position;
          } else if (!stream.seekable) {
            throw new FS.ErrnoError(70);
          }
          var bytesWritten = stream.stream_ops.write(stream, buffer, offset, length, position, canOwn);
          if (!seeking) stream.position += bytesWritten;
          return bytesWritten;
        }, mmap(stream, length, position, prot, flags) {
          if ((prot & 2) !== 0 && (flags & 2) === 0 && (stream.flags & 2097155) !== 2) {
            throw new FS.ErrnoError(2);
          }
          if ((stream.flags & 2097155) === 1) {
            throw new FS.ErrnoError(2);
          }
          if (!stream.stream_ops.mmap) {
            throw new FS.ErrnoError(43);
          }
          if (!length) {
            throw new FS.ErrnoError(28);
          }
          return stream.stream_ops.mmap(stream, length, position, prot, flags);
        }, msync(stream, buffer, offset, length, mmapFlags) {
          if (!stream.stream_ops.msync) {
            return 0;
          }
          return stream.stream_ops.msync(stream, buffer, offset, length, mmapFlags);
        }, ioctl(stream, cmd, arg) {
          if (!stream.stream_ops.ioctl) {
            throw new FS.ErrnoError(59);
          }
          return stream.stream_ops.ioctl(stream, cmd, arg);
        }, readFile(path, opts = {}) {
          opts.flags = opts.flags ?? 0;
          opts.encoding = opts.encoding ?? "binary";
          if (opts.encoding !== "utf8" && opts.encoding !== "binary") {
            abort(`Invalid encoding type "${opts.encoding}"`);
          }
          var stream = FS.open(path, opts.flags);
          var stat = FS.stat(path);
          var length = stat.size;
          var buf = new Uint8Array(length);
          FS.read(stream, buf, 0, length, 0);
          if (opts.encoding === "utf8") {
            buf = UTF8ArrayToString(buf);
          }
          FS.close(stream);
          return buf;
        }, writeFile(path, data, opts = {}) {
          opts.flags = opts.flags ?? 577;
          var stream = FS.open(path, opts.flags, opts.mode);
          data = FS_fileDataToTypedArray(data);
          FS.write(stream, data, 0, data.byteLength, void 0, opts.canOwn);
          FS.close(stream);
        }, cwd: () => FS.currentPath, chdir(path) {
          var lookup = FS.lookupPath(path, { follow: true });
          if (lookup.node === null) {
            throw new FS.ErrnoError(44);
          }
          if (!FS.isDir(lookup.node.mode)) {
            throw new FS.ErrnoError(54);
          }
          var errCode = FS.nodePermissions(lookup.node, "x");
          if (errCode) {
            throw new FS.ErrnoError(errCode);
          }
          FS.currentPath = lookup.path;
        }, createDefaultDirectories() {
          FS.mkdir("/tmp");
          FS.mkdir("/home");
          FS.mkdir("/home/web_user");
        }, createDefaultDevices() {
          FS.mkdir("/dev");
          FS.registerDevice(FS.makedev(1, 3), { read: () => 0, write: (stream, buffer, offset, length, pos) => length, llseek: () => 0 });
          FS.mkdev("/dev/null", FS.makedev(1, 3));
          TTY.register(FS.makedev(5, 0), TTY.default_tty_ops);
          TTY.register(FS.makedev(6, 0), TTY.default_tty1_ops);
          FS.mkdev("/dev/tty", FS.makedev(5, 0));
          FS.mkdev("/dev/tty1", FS.makedev(6, 0));
          var randomBuffer = new Uint8Array(1024), randomLeft = 0;
          var randomByte = () => {
            if (randomLeft === 0) {
              randomFill(randomBuffer);
              randomLeft = randomBuffer.byteLength;
            }
            return randomBuffer[--randomLeft];
          };
          FS.createDevice("/dev", "random", randomByte);
          FS.createDevice("/dev", "urandom", randomByte);
          FS.mkdir("/dev/shm");
          FS.mkdir("/dev/shm/tmp");
        }, createSpecialDirectories() {
          FS.mkdir("/proc");
          var proc_self = FS.mkdir("/proc/self");
          FS.mkdir("/proc/self/fd");
          FS.mount({ mount() {
            var node = FS.createNode(proc_self, "fd", 16895, 73);
            node.stream_ops = { llseek: MEMFS.stream_ops.llseek };
            node.node_ops = { lookup(parent, name) {
              var fd = +name;
              var stream = FS.getStreamChecked(fd);
              var ret = { parent: null, mount: { mountpoint: "fake" }, node_ops: { readlink: () => stream.path }, id: fd + 1 };
              ret.parent = ret;
              return ret;
            }, readdir() {
              return Array.from(FS.streams.entries()).filter(([k, v]) => v).map(([k, v]) => k.toString());
            } };
            return node;
          } }, {}, "/proc/self/fd");
        }, createStandardStreams(input, output, error) {
          if (input) {
            FS.createDevice("/dev", "stdin", input);
          } else {
            FS.symlink("/dev/tty", "/dev/stdin");
          }
          if (output) {
            FS.createDevice("/dev", "stdout", null, output);
          } else {
            FS.symlink("/dev/tty", "/dev/stdout");
          }
          if (error) {
            FS.createDevice("/dev", "stderr", null, error);
          } else {
            FS.symlink("/dev/tty1", "/dev/stderr");
          }
          var stdin = FS.open("/dev/stdin", 0);
          var stdout = FS.open("/dev/stdout", 1);
          var stderr = FS.open("/dev/stderr", 1);
        }, staticInit() {
          FS.nameTable = new Array(4096);
          FS.mount(MEMFS, {}, "/");
          FS.createDefaultDirectories();
          FS.createDefaultDevices();
          FS.createSpecialDirectories();
          FS.filesystems = { MEMFS };
        }, init(input, output, error) {
          FS.initialized = true;
          input ??= Module["stdin"];
          output ??= Module["stdout"];
          error ??= Module["stderr"];
          FS.createStandardStreams(input, output, error);
        }, quit() {
          FS.initialized = false;
          for (var stream of FS.streams) {
            if (stream) {
              FS.close(stream);
            }
          }
        }, findObject(path, dontResolveLastLink) {
          var ret = FS.analyzePath(path, dontResolveLastLink);
          if (!ret.exists) {
            return null;
          }
          return ret.object;
        }, analyzePath(path, dontResolveLastLink) {
          try {
            var lookup = FS.lookupPath(path, { follow: !dontResolveLastLink });
            path = lookup.path;
          } catch (e4) {
          }
          var ret = { isRoot: false, exists: false, error: 0, name: null, path: null, object: null, parentExists: false, parentPath: null, parentObject: null };
          try {
            var lookup = FS.lookupPath(path, { parent: true });
            ret.parentExists = true;
            ret.parentPath = lookup.path;
            ret.parentObject = lookup.node;
            ret.name = PATH.basename(path);
            lookup = FS.lookupPath(path, { follow: !dontResolveLastLink });
            ret.exists = true;
            ret.path = lookup.path;
            ret.object = lookup.node;
            ret.name = lookup.node.name;
            ret.isRoot = lookup.path === "/";
          } catch (e4) {
            ret.error = e4.errno;
          }
          return ret;
        }, createPath(parent, path, canRead, canWrite) {
          parent = typeof parent == "string" ? parent : FS.getPath(parent);
          var parts = path.split("/").reverse();
          while (parts.length) {
            var part = parts.pop();
            if (!part) continue;
            var current = PATH.join2(parent, part);
            try {
              FS.mkdir(current);
            } catch (e4) {
              if (e4.errno != 20) throw e4;
            }
            parent = current;
          }
          return current;
        }, createFile(parent, name, properties, canRead, canWrite) {
          var path = PATH.join2(typeof parent == "string" ? parent : FS.getPath(parent), name);
          var mode2 = FS_getMode(canRead, canWrite);
          return FS.create(path, mode2);
        }, createDataFile(parent, name, data, canRead, canWrite, canOwn) {
          var path = name;
          if (parent) {
            parent = typeof parent == "string" ? parent : FS.getPath(parent);
            path = name ? PATH.join2(parent, name) : parent;
          }
          var mode2 = FS_getMode(canRead, canWrite);
          var node = FS.create(path, mode2);
          if (data) {
            data = FS_fileDataToTypedArray(data);
            FS.chmod(node, mode2 | 146);
            var stream = FS.open(node, 577);
            FS.write(stream, data, 0, data.length, 0, canOwn);
            FS.close(stream);
            FS.chmod(node, mode2);
          }
        }, createDevice(parent, name, input, output) {
          var path = PATH.join2(typeof parent == "string" ? parent : FS.getPath(parent), name);
          var mode2 = FS_getMode(!!input, !!output);
          FS.createDevice.major ??= 64;
          var dev = FS.makedev(FS.createDevice.major++, 0);
          FS.registerDevice(dev, { open(stream) {
            stream.seekable = false;
          }, close(stream) {
            if (output?.buffer?.length) {
              output(10);
            }
          }, read(stream, buffer, offset, length, pos) {
            var bytesRead = 0;
            for (var i6 = 0; i6 < length; i6++) {
              var result;
              try {
                result = input();
              } catch (e4) {
                throw new FS.ErrnoError(29);
              }
              if (result === void 0 && bytesRead === 0) {
                throw new FS.ErrnoError(6);
              }
              if (result === null || result === void 0) break;
              bytesRead++;
              buffer[offset + i6] = result;
            }
            if (bytesRead) {
              stream.node.atime = Date.now();
            }
            return bytesRead;
          }, write(stream, buffer, offset, length, pos) {
            for (var i6 = 0; i6 < length; i6++) {
              try {
                output(buffer[offset + i6]);
              } catch (e4) {
                throw new FS.ErrnoError(29);
              }
            }
            if (length) {
              stream.node.mtime = stream.node.ctime = Date.now();
            }
            return i6;
          } });
          return FS.mkdev(path, mode2, dev);
        }, forceLoadFile(obj) {
          if (obj.isDevice || obj.isFolder || obj.link || obj.contents) return true;
          if (globalThis.XMLHttpRequest) {
            abort("Lazy loading should have been performed (contents set) in createLazyFile, but it was not. Lazy loading only works in web workers. Use --embed-file or --preload-file in emcc on the main thread.");
          } else {
            try {
              obj.contents = readBinary(obj.url);
            } catch (e4) {
              throw new FS.ErrnoError(29);
            }
          }
        }, createLazyFile(parent, name, url, canRead, canWrite) {
          class LazyUint8Array {
            lengthKnown = false;
            chunks = [];
            get(idx) {
              if (idx > this.length - 1 || idx < 0) {
                return void 0;
              }
              var chunkOffset = idx % this.chunkSize;
              var chunkNum = idx / this.chunkSize | 0;
              return this.getter(chunkNum)[chunkOffset];
            }
            setDataGetter(getter) {
              this.getter = getter;
            }
            cacheLength() {
              var xhr = new XMLHttpRequest();
              xhr.open("HEAD", url, false);
              xhr.send(null);
              if (!(xhr.status >= 200 && xhr.status < 300 || xhr.status === 304)) abort("Couldn't load " + url + ". Status: " + xhr.status);
              var datalength = Number(xhr.getResponseHeader("Content-length"));
              var header;
              var hasByteServing = (header = xhr.getResponseHeader("Accept-Ranges")) && header === "bytes";
              var usesGzip = (header = xhr.getResponseHeader("Content-Encoding")) && header === "gzip";
              var chunkSize = 1024 * 1024;
              if (!hasByteServing) chunkSize = datalength;
              var doXHR = (from, to) => {
                if (from > to) abort(`invalid range (${from}, ${to}) or no bytes requested!`);
                if (to > datalength - 1) abort(`only ${datalength} bytes available! programmer error!`);
                var xhr2 = new XMLHttpRequest();
                xhr2.open("GET", url, false);
                if (datalength !== chunkSize) xhr2.setRequestHeader("Range", "bytes=" + from + "-" + to);
                xhr2.responseType = "arraybuffer";
                if (xhr2.overrideMimeType) {
                  xhr2.overrideMimeType("text/plain; charset=x-user-defined");
                }
                xhr2.send(null);
                if (!(xhr2.status >= 200 && xhr2.status < 300 || xhr2.status === 304)) abort("Couldn't load " + url + ". Status: " + xhr2.status);
                if (xhr2.response !== void 0) {
                  return new Uint8Array(xhr2.response || []);
                }
                return intArrayFromString(xhr2.responseText ?? "", true);
              };
              var lazyArray2 = this;
              lazyArray2.setDataGetter((chunkNum) => {
                var start = chunkNum * chunkSize;
                var end = (chunkNum + 1) * chunkSize - 1;
                end = Math.min(end, datalength - 1);
                if (typeof lazyArray2.chunks[chunkNum] == "undefined") {
                  lazyArray2.chunks[chunkNum] = doXHR(start, end);
                }
                if (typeof lazyArray2.chunks[chunkNum] == "undefined") abort("doXHR failed!");
                return lazyArray2.chunks[chunkNum];
              });
              if (usesGzip || !datalength) {
                chunkSize = datalength = 1;
                datalength = this.getter(0).length;
                chunkSize = datalength;
                out("LazyFiles on gzip forces download of the whole file when length is accessed");
              }
              this._length = datalength;
              this._chunkSize = chunkSize;
              this.lengthKnown = true;
            }
            get length() {
              if (!this.lengthKnown) {
                this.cacheLength();
              }
              return this._length;
            }
            get chunkSize() {
              if (!this.lengthKnown) {
                this.cacheLength();
              }
              return this._chunkSize;
            }
          }
          if (globalThis.XMLHttpRequest) {
            if (!ENVIRONMENT_IS_WORKER) abort("Cannot do synchronous binary XHRs outside webworkers in modern browsers. Use --embed-file or --preload-file in emcc");
            var lazyArray = new LazyUint8Array();
            var properties = { isDevice: false, contents: lazyArray };
          } else {
            var properties = { isDevice: false, url };
          }
          var node = FS.createFile(parent, name, properties, canRead, canWrite);
          if (properties.contents) {
            node.contents = properties.contents;
          } else if (properties.url) {
            node.contents = null;
            node.url = properties.url;
          }
          Object.defineProperties(node, { usedBytes: { get: function() {
            return this.contents.length;
          } } });
          var stream_ops = {};
          for (const [key, fn] of Object.entries(node.stream_ops)) {
            stream_ops[key] = (...args) => {
              FS.forceLoadFile(node);
              return fn(...args);
            };
          }
          function writeChunks(stream, buffer, offset, length, position) {
            var contents = stream.node.contents;
            if (position >= contents.length) return 0;
            var size = Math.min(contents.length - position, length);
            if (contents.slice) {
              for (var i6 = 0; i6 < size; i6++) {
                buffer[offset + i6] = contents[position + i6];
              }
            } else {
              for (var i6 = 0; i6 < size; i6++) {
                buffer[offset + i6] = contents.get(position + i6);
              }
            }
            return size;
          }
          stream_ops.read = (stream, buffer, offset, length, position) => {
            FS.forceLoadFile(node);
            return writeChunks(stream, buffer, offset, length, position);
          };
          stream_ops.mmap = (stream, length, position, prot, flags) => {
            FS.forceLoadFile(node);
            var ptr = mmapAlloc(length);
            if (!ptr) {
              throw new FS.ErrnoError(48);
            }
            writeChunks(stream, HEAP8, ptr, length, position);
            return { ptr, allocated: true };
          };
          node.stream_ops = stream_ops;
          return node;
        } };
        var SYSCALLS = { currentUmask: 18, calculateAt(dirfd, path, allowEmpty) {
          if (PATH.isAbs(path)) {
            return path;
          }
          var dir;
          if (dirfd === -100) {
            dir = FS.cwd();
          } else {
            var dirstream = SYSCALLS.getStreamFromFD(dirfd);
            dir = dirstream.path;
          }
          if (path.length == 0) {
            if (!allowEmpty) {
              throw new FS.ErrnoError(44);
            }
            return dir;
          }
          return dir + "/" + path;
        }, writeStat(buf, stat) {
          HEAPU32[buf >> 2] = stat.dev;
          HEAPU32[buf + 4 >> 2] = stat.mode;
          HEAPU32[buf + 8 >> 2] = stat.nlink;
          HEAPU32[buf + 12 >> 2] = stat.uid;
          HEAPU32[buf + 16 >> 2] = stat.gid;
          HEAPU32[buf + 20 >> 2] = stat.rdev;
          HEAP64[buf + 24 >> 3] = BigInt(stat.size);
          HEAP32[buf + 32 >> 2] = 4096;
          HEAP32[buf + 36 >> 2] = stat.blocks;
          var atime = stat.atime.getTime();
          var mtime = stat.mtime.getTime();
          var ctime = stat.ctime.getTime();
          HEAP64[buf + 40 >> 3] = BigInt(Math.floor(atime / 1e3));
          HEAPU32[buf + 48 >> 2] = atime % 1e3 * 1e3 * 1e3;
          HEAP64[buf + 56 >> 3] = BigInt(Math.floor(mtime / 1e3));
          HEAPU32[buf + 64 >> 2] = mtime % 1e3 * 1e3 * 1e3;
          HEAP64[buf + 72 >> 3] = BigInt(Math.floor(ctime / 1e3));
          HEAPU32[buf + 80 >> 2] = ctime % 1e3 * 1e3 * 1e3;
          HEAP64[buf + 88 >> 3] = BigInt(stat.ino);
          return 0;
        }, writeStatFs(buf, stats) {
          HEAPU32[buf + 4 >> 2] = stats.bsize;
          HEAPU32[buf + 60 >> 2] = stats.bsize;
          HEAP64[buf + 8 >> 3] = BigInt(stats.blocks);
          HEAP64[buf + 16 >> 3] = BigInt(stats.bfree);
          HEAP64[buf + 24 >> 3] = BigInt(stats.bavail);
          HEAP64[buf + 32 >> 3] = BigInt(stats.files);
          HEAP64[buf + 40 >> 3] = BigInt(stats.ffree);
          HEAPU32[buf + 48 >> 2] = stats.fsid;
          HEAPU32[buf + 64 >> 2] = stats.flags;
          HEAPU32[buf + 56 >> 2] = stats.namelen;
        }, doMsync(addr, stream, len, flags, offset) {
          if (!FS.isFile(stream.node.mode)) {
            throw new FS.ErrnoError(43);
          }
          if (flags & 2) {
            return 0;
          }
          var buffer = HEAPU8.subarray(addr, addr + len);
          FS.msync(stream, buffer, offset, len, flags);
        }, getStreamFromFD(fd) {
          var stream = FS.getStreamChecked(fd);
          return stream;
        }, varargs: void 0, getStr(ptr) {
          var ret = UTF8ToString(ptr);
          return ret;
        } };
        function _fd_close(fd) {
          try {
            var stream = SYSCALLS.getStreamFromFD(fd);
            FS.close(stream);
            return 0;
          } catch (e4) {
            if (typeof FS == "undefined" || !(e4.name === "ErrnoError")) throw e4;
            return e4.errno;
          }
        }
        var doReadv = (stream, iov, iovcnt, offset) => {
          var ret = 0;
          for (var i6 = 0; i6 < iovcnt; i6++) {
            var ptr = HEAPU32[iov >> 2];
            var len = HEAPU32[iov + 4 >> 2];
            iov += 8;
            try {
              var curr = FS.read(stream, HEAP8, ptr, len, offset);
            } catch (e4) {
              if (ret > 0 && e4 instanceof FS.ErrnoError && (e4.errno == 6 || e4.errno == 6)) {
                break;
              }
              throw e4;
            }
            if (curr < 0) return -1;
            ret += curr;
            if (curr < len) break;
            if (typeof offset != "undefined") {
              offset += curr;
            }
          }
          return ret;
        };
        function _fd_read(fd, iov, iovcnt, pnum) {
          try {
            var stream = SYSCALLS.getStreamFromFD(fd);
            var num = doReadv(stream, iov, iovcnt);
            HEAPU32[pnum >> 2] = num;
            return 0;
          } catch (e4) {
            if (typeof FS == "undefined" || !(e4.name === "ErrnoError")) throw e4;
            return e4.errno;
          }
        }
        var INT53_MAX = 9007199254740992;
        var INT53_MIN = -9007199254740992;
        var bigintToI53Checked = (num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num);
        function _fd_seek(fd, offset, whence, newOffset) {
          offset = bigintToI53Checked(offset);
          try {
            if (isNaN(offset)) return 22;
            var stream = SYSCALLS.getStreamFromFD(fd);
            FS.llseek(stream, offset, whence);
            HEAP64[newOffset >> 3] = BigInt(stream.position);
            if (stream.getdents && offset === 0 && whence === 0) stream.getdents = null;
            return 0;
          } catch (e4) {
            if (typeof FS == "undefined" || !(e4.name === "ErrnoError")) throw e4;
            return e4.errno;
          }
        }
        var doWritev = (stream, iov, iovcnt, offset) => {
          if (iovcnt == 1) {
            return FS.write(stream, HEAP8, HEAPU32[iov >> 2], HEAPU32[iov + 4 >> 2], offset);
          }
          var total = 0;
          for (var i6 = 0, p3 = iov; i6 < iovcnt; i6++, p3 += 8) {
            total += HEAPU32[p3 + 4 >> 2];
          }
          var view = new Uint8Array(total);
          var voff = 0;
          for (var i6 = 0; i6 < iovcnt; i6++, iov += 8) {
            var ptr = HEAPU32[iov >> 2];
            var len = HEAPU32[iov + 4 >> 2];
            view.set(HEAPU8.subarray(ptr, ptr + len), voff);
            voff += len;
          }
          return FS.write(stream, view, 0, total, offset);
        };
        function _fd_write(fd, iov, iovcnt, pnum) {
          try {
            var stream = SYSCALLS.getStreamFromFD(fd);
            var num = doWritev(stream, iov, iovcnt);
            HEAPU32[pnum >> 2] = num;
            return 0;
          } catch (e4) {
            if (typeof FS == "undefined" || !(e4.name === "ErrnoError")) throw e4;
            return e4.errno;
          }
        }
        var wasmTableMirror = [];
        var getWasmTableEntry = (funcPtr) => {
          var func = wasmTableMirror[funcPtr];
          if (!func) {
            wasmTableMirror[funcPtr] = func = wasmTable.get(funcPtr);
          }
          return func;
        };
        var stringToUTF8 = (str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite);
        FS.createPreloadedFile = FS_createPreloadedFile;
        FS.preloadFile = FS_preloadFile;
        FS.staticInit();
        {
          if (Module["noExitRuntime"]) noExitRuntime = Module["noExitRuntime"];
          if (Module["print"]) out = Module["print"];
          if (Module["printErr"]) err = Module["printErr"];
          if (Module["arguments"]) programArgs = Module["arguments"];
          if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
          var preInit = Module["preInit"];
          if (preInit) {
            if (typeof preInit == "function") Module["preInit"] = preInit = [preInit];
            while (preInit.length > 0) {
              preInit.shift()();
            }
          }
        }
        Module["getValue"] = getValue;
        Module["UTF8ToString"] = UTF8ToString;
        Module["stringToUTF8"] = stringToUTF8;
        Module["lengthBytesUTF8"] = lengthBytesUTF8;
        var _wasm_parse_query, _malloc, _free, _wasm_parse_query_raw, _wasm_free_parse_result, _wasm_parse_plpgsql, _wasm_fingerprint, _wasm_normalize_query, _wasm_parse_query_detailed, _wasm_free_detailed_result, _wasm_scan, _wasm_free_string, __emscripten_timeout, _setThrew, __emscripten_stack_restore, _emscripten_stack_get_current, memory, __indirect_function_table, wasmMemory, wasmTable;
        function assignWasmExports(wasmExports2) {
          _wasm_parse_query = Module["_wasm_parse_query"] = wasmExports2["B"];
          _malloc = Module["_malloc"] = wasmExports2["C"];
          _free = Module["_free"] = wasmExports2["E"];
          _wasm_parse_query_raw = Module["_wasm_parse_query_raw"] = wasmExports2["F"];
          _wasm_free_parse_result = Module["_wasm_free_parse_result"] = wasmExports2["G"];
          _wasm_parse_plpgsql = Module["_wasm_parse_plpgsql"] = wasmExports2["H"];
          _wasm_fingerprint = Module["_wasm_fingerprint"] = wasmExports2["I"];
          _wasm_normalize_query = Module["_wasm_normalize_query"] = wasmExports2["J"];
          _wasm_parse_query_detailed = Module["_wasm_parse_query_detailed"] = wasmExports2["K"];
          _wasm_free_detailed_result = Module["_wasm_free_detailed_result"] = wasmExports2["L"];
          _wasm_scan = Module["_wasm_scan"] = wasmExports2["M"];
          _wasm_free_string = Module["_wasm_free_string"] = wasmExports2["N"];
          __emscripten_timeout = wasmExports2["O"];
          _setThrew = wasmExports2["P"];
          __emscripten_stack_restore = wasmExports2["Q"];
          _emscripten_stack_get_current = wasmExports2["R"];
          memory = wasmMemory = wasmExports2["z"];
          __indirect_function_table = wasmTable = wasmExports2["D"];
        }
        var wasmImports = { c: ___assert_fail, x: __abort_js, w: __emscripten_runtime_keepalive_clear, p: __emscripten_throw_longjmp, o: __setitimer_js, q: _emscripten_resize_heap, m: _exit, u: _fd_close, r: _fd_read, s: _fd_seek, t: _fd_write, g: invoke_i, b: invoke_ii, a: invoke_iii, d: invoke_iiii, k: invoke_iiiii, l: invoke_ji, e: invoke_v, f: invoke_vi, h: invoke_vii, j: invoke_viii, i: invoke_viiii, y: invoke_viiiii, n: invoke_viiiiiiiiiiiii, v: _proc_exit };
        function invoke_iii(index, a1, a22) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1, a22);
          } catch (e4) {
            stackRestore(sp);
            if (!(e4 instanceof EmscriptenEH)) throw e4;
            _setThrew(1, 0);
          }
        }
        function invoke_ii(index, a1) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1);
          } catch (e4) {
            stackRestore(sp);
            if (!(e4 instanceof EmscriptenEH)) throw e4;
            _setThrew(1, 0);
          }
        }
        function invoke_i(index) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)();
          } catch (e4) {
            stackRestore(sp);
            if (!(e4 instanceof EmscriptenEH)) throw e4;
            _setThrew(1, 0);
          }
        }
        function invoke_v(index) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)();
          } catch (e4) {
            stackRestore(sp);
            if (!(e4 instanceof EmscriptenEH)) throw e4;
            _setThrew(1, 0);
          }
        }
        function invoke_iiii(index, a1, a22, a32) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1, a22, a32);
          } catch (e4) {
            stackRestore(sp);
            if (!(e4 instanceof EmscriptenEH)) throw e4;
            _setThrew(1, 0);
          }
        }
        function invoke_viiii(index, a1, a22, a32, a42) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a22, a32, a42);
          } catch (e4) {
            stackRestore(sp);
            if (!(e4 instanceof EmscriptenEH)) throw e4;
            _setThrew(1, 0);
          }
        }
        function invoke_viiiiiiiiiiiii(index, a1, a22, a32, a42, a52, a62, a72, a82, a92, a102, a112, a122, a132) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a22, a32, a42, a52, a62, a72, a82, a92, a102, a112, a122, a132);
          } catch (e4) {
            stackRestore(sp);
            if (!(e4 instanceof EmscriptenEH)) throw e4;
            _setThrew(1, 0);
          }
        }
        function invoke_iiiii(index, a1, a22, a32, a42) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1, a22, a32, a42);
          } catch (e4) {
            stackRestore(sp);
            if (!(e4 instanceof EmscriptenEH)) throw e4;
            _setThrew(1, 0);
          }
        }
        function invoke_viii(index, a1, a22, a32) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a22, a32);
          } catch (e4) {
            stackRestore(sp);
            if (!(e4 instanceof EmscriptenEH)) throw e4;
            _setThrew(1, 0);
          }
        }
        function invoke_vi(index, a1) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1);
          } catch (e4) {
            stackRestore(sp);
            if (!(e4 instanceof EmscriptenEH)) throw e4;
            _setThrew(1, 0);
          }
        }
        function invoke_vii(index, a1, a22) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a22);
          } catch (e4) {
            stackRestore(sp);
            if (!(e4 instanceof EmscriptenEH)) throw e4;
            _setThrew(1, 0);
          }
        }
        function invoke_viiiii(index, a1, a22, a32, a42, a52) {
          var sp = stackSave();
          try {
            getWasmTableEntry(index)(a1, a22, a32, a42, a52);
          } catch (e4) {
            stackRestore(sp);
            if (!(e4 instanceof EmscriptenEH)) throw e4;
            _setThrew(1, 0);
          }
        }
        function invoke_ji(index, a1) {
          var sp = stackSave();
          try {
            return getWasmTableEntry(index)(a1);
          } catch (e4) {
            stackRestore(sp);
            if (!(e4 instanceof EmscriptenEH)) throw e4;
            _setThrew(1, 0);
            return 0n;
          }
        }
        async function run() {
          preRun();
          if (runDependencies) {
            await resolveRunDependencies();
          }
          var setStatus = Module["setStatus"];
          if (setStatus) {
            setStatus("Running...");
            await new Promise((resolve2) => setTimeout(resolve2, 1));
            setTimeout(setStatus, 1, "");
          }
          if (ABORT) return;
          initRuntime();
          Module["onRuntimeInitialized"]?.();
          postRun();
        }
        var wasmExports;
        wasmExports = await createWasm();
        await run();
        ;
        return Module;
      };
    })();
    if (typeof exports === "object" && typeof module === "object") {
      module.exports = PgQueryModule;
      module.exports.default = PgQueryModule;
    } else if (typeof define === "function" && define["amd"]) define([], () => PgQueryModule);
  }
});

// node_modules/libpg-query/wasm/index.cjs
var require_wasm = __commonJS({
  "node_modules/libpg-query/wasm/index.cjs"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o5, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o5, k2, desc);
    }) : (function(o5, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o5[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p3 in m) if (p3 !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p3)) __createBinding(exports2, m, p3);
    };
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.scan = exports.normalize = exports.fingerprint = exports.parsePlPgSQL = exports.parse = exports.SqlError = void 0;
    exports.hasSqlDetails = hasSqlDetails;
    exports.formatSqlError = formatSqlError;
    exports.loadModule = loadModule2;
    exports.parseSync = parseSync2;
    exports.parsePlPgSQLSync = parsePlPgSQLSync;
    exports.fingerprintSync = fingerprintSync;
    exports.normalizeSync = normalizeSync;
    exports.scanSync = scanSync2;
    __exportStar(require_types2(), exports);
    var SqlError = class extends Error {
      sqlDetails;
      constructor(message, details) {
        super(message);
        this.name = "SqlError";
        this.sqlDetails = details;
      }
    };
    exports.SqlError = SqlError;
    function hasSqlDetails(error) {
      return error instanceof SqlError && error.sqlDetails !== void 0;
    }
    function formatSqlError(error, query, options = {}) {
      const { showPosition = true, showQuery = true, color = false, maxQueryLength } = options;
      const lines = [];
      const red = color ? "\x1B[31m" : "";
      const yellow = color ? "\x1B[33m" : "";
      const reset = color ? "\x1B[0m" : "";
      lines.push(`${red}Error: ${error.message}${reset}`);
      if (error.sqlDetails) {
        const { cursorPosition, fileName, functionName: functionName2, lineNumber } = error.sqlDetails;
        if (cursorPosition !== void 0 && cursorPosition >= 0) {
          lines.push(`Position: ${cursorPosition}`);
        }
        if (fileName || functionName2 || lineNumber) {
          const details = [];
          if (fileName)
            details.push(`file: ${fileName}`);
          if (functionName2)
            details.push(`function: ${functionName2}`);
          if (lineNumber)
            details.push(`line: ${lineNumber}`);
          lines.push(`Source: ${details.join(", ")}`);
        }
        if (showQuery && showPosition && cursorPosition !== void 0 && cursorPosition >= 0) {
          let displayQuery = query;
          let adjustedPosition = cursorPosition;
          if (maxQueryLength && query.length > maxQueryLength) {
            const start = Math.max(0, cursorPosition - Math.floor(maxQueryLength / 2));
            const end = Math.min(query.length, start + maxQueryLength);
            displayQuery = (start > 0 ? "..." : "") + query.substring(start, end) + (end < query.length ? "..." : "");
            adjustedPosition = cursorPosition - start + (start > 0 ? 3 : 0);
          }
          lines.push(displayQuery);
          lines.push(" ".repeat(adjustedPosition) + `${yellow}^${reset}`);
        }
      } else if (showQuery) {
        let displayQuery = query;
        if (maxQueryLength && query.length > maxQueryLength) {
          displayQuery = query.substring(0, maxQueryLength) + "...";
        }
        lines.push(`Query: ${displayQuery}`);
      }
      return lines.join("\n");
    }
    var libpg_query_js_1 = __importDefault(require_libpg_query());
    var wasmModule;
    var initPromise = (0, libpg_query_js_1.default)().then((module2) => {
      wasmModule = module2;
    });
    function ensureLoaded() {
      if (!wasmModule)
        throw new Error("WASM module not initialized. Call `loadModule()` first.");
    }
    async function loadModule2() {
      if (!wasmModule) {
        await initPromise;
      }
    }
    function awaitInit(fn) {
      return (async (...args) => {
        await initPromise;
        return fn(...args);
      });
    }
    function stringToPtr(str) {
      ensureLoaded();
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string, got ${typeof str}`);
      }
      const len = wasmModule.lengthBytesUTF8(str) + 1;
      const ptr = wasmModule._malloc(len);
      try {
        wasmModule.stringToUTF8(str, ptr, len);
        return ptr;
      } catch (error) {
        wasmModule._free(ptr);
        throw error;
      }
    }
    function ptrToString(ptr) {
      ensureLoaded();
      if (typeof ptr !== "number") {
        throw new TypeError(`Expected a number, got ${typeof ptr}`);
      }
      return wasmModule.UTF8ToString(ptr);
    }
    exports.parse = awaitInit(async (query) => {
      if (query === null || query === void 0) {
        throw new Error("Query cannot be null or undefined");
      }
      if (query === "") {
        throw new Error("Query cannot be empty");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_parse_query_raw(queryPtr);
        if (!resultPtr) {
          throw new Error("Failed to parse query: memory allocation failed");
        }
        const parseTreePtr = wasmModule.getValue(resultPtr, "i32");
        const stderrBufferPtr = wasmModule.getValue(resultPtr + 4, "i32");
        const errorPtr = wasmModule.getValue(resultPtr + 8, "i32");
        if (errorPtr) {
          const messagePtr = wasmModule.getValue(errorPtr, "i32");
          const funcnamePtr = wasmModule.getValue(errorPtr + 4, "i32");
          const filenamePtr = wasmModule.getValue(errorPtr + 8, "i32");
          const lineno = wasmModule.getValue(errorPtr + 12, "i32");
          const cursorpos = wasmModule.getValue(errorPtr + 16, "i32");
          const message = messagePtr ? wasmModule.UTF8ToString(messagePtr) : "Unknown error";
          const funcname = funcnamePtr ? wasmModule.UTF8ToString(funcnamePtr) : void 0;
          const filename = filenamePtr ? wasmModule.UTF8ToString(filenamePtr) : void 0;
          throw new SqlError(message, {
            message,
            cursorPosition: cursorpos > 0 ? cursorpos - 1 : 0,
            // Convert to 0-based
            fileName: filename,
            functionName: funcname,
            lineNumber: lineno > 0 ? lineno : void 0
          });
        }
        if (!parseTreePtr) {
          throw new Error("No parse tree generated");
        }
        const parseTreeStr = wasmModule.UTF8ToString(parseTreePtr);
        return JSON.parse(parseTreeStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_parse_result(resultPtr);
        }
      }
    });
    exports.parsePlPgSQL = awaitInit(async (query) => {
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_parse_plpgsql(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (!resultStr.startsWith("{")) {
          throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    });
    exports.fingerprint = awaitInit(async (query) => {
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_fingerprint(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return resultStr;
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    });
    exports.normalize = awaitInit(async (query) => {
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_normalize_query(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return resultStr;
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    });
    function parseSync2(query) {
      if (!wasmModule) {
        throw new Error("WASM module not initialized. Call loadModule() first.");
      }
      if (query === null || query === void 0) {
        throw new Error("Query cannot be null or undefined");
      }
      if (query === "") {
        throw new Error("Query cannot be empty");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_parse_query_raw(queryPtr);
        if (!resultPtr) {
          throw new Error("Failed to parse query: memory allocation failed");
        }
        const parseTreePtr = wasmModule.getValue(resultPtr, "i32");
        const stderrBufferPtr = wasmModule.getValue(resultPtr + 4, "i32");
        const errorPtr = wasmModule.getValue(resultPtr + 8, "i32");
        if (errorPtr) {
          const messagePtr = wasmModule.getValue(errorPtr, "i32");
          const funcnamePtr = wasmModule.getValue(errorPtr + 4, "i32");
          const filenamePtr = wasmModule.getValue(errorPtr + 8, "i32");
          const lineno = wasmModule.getValue(errorPtr + 12, "i32");
          const cursorpos = wasmModule.getValue(errorPtr + 16, "i32");
          const message = messagePtr ? wasmModule.UTF8ToString(messagePtr) : "Unknown error";
          const funcname = funcnamePtr ? wasmModule.UTF8ToString(funcnamePtr) : void 0;
          const filename = filenamePtr ? wasmModule.UTF8ToString(filenamePtr) : void 0;
          throw new SqlError(message, {
            message,
            cursorPosition: cursorpos > 0 ? cursorpos - 1 : 0,
            // Convert to 0-based
            fileName: filename,
            functionName: funcname,
            lineNumber: lineno > 0 ? lineno : void 0
          });
        }
        if (!parseTreePtr) {
          throw new Error("No parse tree generated");
        }
        const parseTreeStr = wasmModule.UTF8ToString(parseTreePtr);
        return JSON.parse(parseTreeStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_parse_result(resultPtr);
        }
      }
    }
    function parsePlPgSQLSync(query) {
      if (!wasmModule) {
        throw new Error("WASM module not initialized. Call loadModule() first.");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_parse_plpgsql(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (!resultStr.startsWith("{")) {
          throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    }
    function fingerprintSync(query) {
      if (!wasmModule) {
        throw new Error("WASM module not initialized. Call loadModule() first.");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_fingerprint(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return resultStr;
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    }
    function normalizeSync(query) {
      if (!wasmModule) {
        throw new Error("WASM module not initialized. Call loadModule() first.");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_normalize_query(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return resultStr;
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    }
    exports.scan = awaitInit(async (query) => {
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_scan(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    });
    function scanSync2(query) {
      if (!wasmModule) {
        throw new Error("WASM module not initialized. Call loadModule() first.");
      }
      const queryPtr = stringToPtr(query);
      let resultPtr = 0;
      try {
        resultPtr = wasmModule._wasm_scan(queryPtr);
        const resultStr = ptrToString(resultPtr);
        if (resultStr.startsWith("syntax error") || resultStr.startsWith("deparse error") || resultStr.startsWith("ERROR")) {
          throw new Error(resultStr);
        }
        return JSON.parse(resultStr);
      } finally {
        wasmModule._free(queryPtr);
        if (resultPtr) {
          wasmModule._wasm_free_string(resultPtr);
        }
      }
    }
  }
});

// node_modules/@electric-sql/pglite/dist/chunk-ZSOCVAT7.js
var d, u;
var init_chunk_ZSOCVAT7 = __esm({
  "node_modules/@electric-sql/pglite/dist/chunk-ZSOCVAT7.js"() {
    d = (t32, e4) => () => (t32 && (e4 = t32(t32 = 0)), e4);
    u = d(() => {
      "use strict";
    });
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/amcheck.js
var amcheck_exports = {};
__export(amcheck_exports, {
  amcheck: () => c
});
var t, c;
var init_amcheck = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/amcheck.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t = async (n, s) => ({ bundlePath: new URL("./amcheck.tar.gz", import.meta.url) });
    c = { name: "amcheck", setup: t };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/auto_explain.js
var auto_explain_exports = {};
__export(auto_explain_exports, {
  auto_explain: () => o
});
var t2, o;
var init_auto_explain = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/auto_explain.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t2 = async (n, s) => ({ bundlePath: new URL("./auto_explain.tar.gz", import.meta.url) });
    o = { name: "auto_explain", setup: t2 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/bloom.js
var bloom_exports = {};
__export(bloom_exports, {
  bloom: () => r
});
var t3, r;
var init_bloom = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/bloom.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t3 = async (n, s) => ({ bundlePath: new URL("./bloom.tar.gz", import.meta.url) });
    r = { name: "bloom", setup: t3 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/btree_gin.js
var btree_gin_exports = {};
__export(btree_gin_exports, {
  btree_gin: () => a
});
var t4, a;
var init_btree_gin = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/btree_gin.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t4 = async (n, s) => ({ bundlePath: new URL("./btree_gin.tar.gz", import.meta.url) });
    a = { name: "btree_gin", setup: t4 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/btree_gist.js
var btree_gist_exports = {};
__export(btree_gist_exports, {
  btree_gist: () => a2
});
var t5, a2;
var init_btree_gist = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/btree_gist.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t5 = async (s, n) => ({ bundlePath: new URL("./btree_gist.tar.gz", import.meta.url) });
    a2 = { name: "btree_gist", setup: t5 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/citext.js
var citext_exports = {};
__export(citext_exports, {
  citext: () => a3
});
var t6, a3;
var init_citext = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/citext.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t6 = async (n, s) => ({ bundlePath: new URL("./citext.tar.gz", import.meta.url) });
    a3 = { name: "citext", setup: t6 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/cube.js
var cube_exports = {};
__export(cube_exports, {
  cube: () => a4
});
var t7, a4;
var init_cube = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/cube.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t7 = async (n, s) => ({ bundlePath: new URL("./cube.tar.gz", import.meta.url) });
    a4 = { name: "cube", setup: t7 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/dict_int.js
var dict_int_exports = {};
__export(dict_int_exports, {
  dict_int: () => a5
});
var e, a5;
var init_dict_int = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/dict_int.js"() {
    init_chunk_ZSOCVAT7();
    u();
    e = async (n, i6) => ({ bundlePath: new URL("./dict_int.tar.gz", import.meta.url) });
    a5 = { name: "dict_int", setup: e };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/dict_xsyn.js
var dict_xsyn_exports = {};
__export(dict_xsyn_exports, {
  dict_xsyn: () => a6
});
var t8, a6;
var init_dict_xsyn = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/dict_xsyn.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t8 = async (n, s) => ({ bundlePath: new URL("./dict_xsyn.tar.gz", import.meta.url) });
    a6 = { name: "dict_xsyn", setup: t8 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/earthdistance.js
var earthdistance_exports = {};
__export(earthdistance_exports, {
  earthdistance: () => r2
});
var t9, r2;
var init_earthdistance = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/earthdistance.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t9 = async (n, s) => ({ bundlePath: new URL("./earthdistance.tar.gz", import.meta.url) });
    r2 = { name: "earthdistance", setup: t9 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/file_fdw.js
var file_fdw_exports = {};
__export(file_fdw_exports, {
  file_fdw: () => a7
});
var t10, a7;
var init_file_fdw = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/file_fdw.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t10 = async (n, s) => ({ bundlePath: new URL("./file_fdw.tar.gz", import.meta.url) });
    a7 = { name: "file_fdw", setup: t10 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/fuzzystrmatch.js
var fuzzystrmatch_exports = {};
__export(fuzzystrmatch_exports, {
  fuzzystrmatch: () => i
});
var e2, i;
var init_fuzzystrmatch = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/fuzzystrmatch.js"() {
    init_chunk_ZSOCVAT7();
    u();
    e2 = async (s, n) => ({ bundlePath: new URL("./fuzzystrmatch.tar.gz", import.meta.url) });
    i = { name: "fuzzystrmatch", setup: e2 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/hstore.js
var hstore_exports = {};
__export(hstore_exports, {
  hstore: () => o2
});
var t11, o2;
var init_hstore = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/hstore.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t11 = async (s, n) => ({ bundlePath: new URL("./hstore.tar.gz", import.meta.url) });
    o2 = { name: "hstore", setup: t11 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/intarray.js
var intarray_exports = {};
__export(intarray_exports, {
  intarray: () => i2
});
var t12, i2;
var init_intarray = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/intarray.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t12 = async (n, r9) => ({ bundlePath: new URL("./intarray.tar.gz", import.meta.url) });
    i2 = { name: "intarray", setup: t12 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/isn.js
var isn_exports = {};
__export(isn_exports, {
  isn: () => a8
});
var t13, a8;
var init_isn = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/isn.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t13 = async (n, s) => ({ bundlePath: new URL("./isn.tar.gz", import.meta.url) });
    a8 = { name: "isn", setup: t13 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/lo.js
var lo_exports = {};
__export(lo_exports, {
  lo: () => r3
});
var t14, r3;
var init_lo = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/lo.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t14 = async (n, s) => ({ bundlePath: new URL("./lo.tar.gz", import.meta.url) });
    r3 = { name: "lo", setup: t14 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/ltree.js
var ltree_exports = {};
__export(ltree_exports, {
  ltree: () => a9
});
var t15, a9;
var init_ltree = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/ltree.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t15 = async (n, s) => ({ bundlePath: new URL("./ltree.tar.gz", import.meta.url) });
    a9 = { name: "ltree", setup: t15 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/moddatetime.js
var moddatetime_exports = {};
__export(moddatetime_exports, {
  moddatetime: () => r4
});
var t16, r4;
var init_moddatetime = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/moddatetime.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t16 = async (n, s) => ({ bundlePath: new URL("./spi.tar.gz", import.meta.url) });
    r4 = { name: "moddatetime", setup: t16 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/pageinspect.js
var pageinspect_exports = {};
__export(pageinspect_exports, {
  pageinspect: () => a10
});
var t17, a10;
var init_pageinspect = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/pageinspect.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t17 = async (n, s) => ({ bundlePath: new URL("./pageinspect.tar.gz", import.meta.url) });
    a10 = { name: "pageinspect", setup: t17 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/pg_buffercache.js
var pg_buffercache_exports = {};
__export(pg_buffercache_exports, {
  pg_buffercache: () => i3
});
var t18, i3;
var init_pg_buffercache = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/pg_buffercache.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t18 = async (n, s) => ({ bundlePath: new URL("./pg_buffercache.tar.gz", import.meta.url) });
    i3 = { name: "pg_buffercache", setup: t18 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/pg_freespacemap.js
var pg_freespacemap_exports = {};
__export(pg_freespacemap_exports, {
  pg_freespacemap: () => r5
});
var t19, r5;
var init_pg_freespacemap = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/pg_freespacemap.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t19 = async (s, n) => ({ bundlePath: new URL("./pg_freespacemap.tar.gz", import.meta.url) });
    r5 = { name: "pg_freespacemap", setup: t19 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/pg_stat_statements.js
var pg_stat_statements_exports = {};
__export(pg_stat_statements_exports, {
  pg_stat_statements: () => i4
});
var e3, i4;
var init_pg_stat_statements = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/pg_stat_statements.js"() {
    init_chunk_ZSOCVAT7();
    u();
    e3 = async (s, n) => ({ bundlePath: new URL("./pg_stat_statements.tar.gz", import.meta.url), sharedPreloadLibraries: ["pg_stat_statements"] });
    i4 = { name: "pg_stat_statements", setup: e3 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/pg_surgery.js
var pg_surgery_exports = {};
__export(pg_surgery_exports, {
  pg_surgery: () => p
});
var t20, p;
var init_pg_surgery = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/pg_surgery.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t20 = async (s, n) => ({ bundlePath: new URL("./pg_surgery.tar.gz", import.meta.url) });
    p = { name: "pg_surgery", setup: t20 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/pg_trgm.js
var pg_trgm_exports = {};
__export(pg_trgm_exports, {
  pg_trgm: () => p2
});
var t21, p2;
var init_pg_trgm = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/pg_trgm.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t21 = async (n, s) => ({ bundlePath: new URL("./pg_trgm.tar.gz", import.meta.url) });
    p2 = { name: "pg_trgm", setup: t21 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/pg_visibility.js
var pg_visibility_exports = {};
__export(pg_visibility_exports, {
  pg_visibility: () => r6
});
var t22, r6;
var init_pg_visibility = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/pg_visibility.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t22 = async (i6, s) => ({ bundlePath: new URL("./pg_visibility.tar.gz", import.meta.url) });
    r6 = { name: "pg_visibility", setup: t22 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/pg_walinspect.js
var pg_walinspect_exports = {};
__export(pg_walinspect_exports, {
  pg_walinspect: () => a11
});
var t23, a11;
var init_pg_walinspect = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/pg_walinspect.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t23 = async (n, s) => ({ bundlePath: new URL("./pg_walinspect.tar.gz", import.meta.url) });
    a11 = { name: "pg_walinspect", setup: t23 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/pgcrypto.js
var pgcrypto_exports = {};
__export(pgcrypto_exports, {
  pgcrypto: () => i5
});
var t24, i5;
var init_pgcrypto = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/pgcrypto.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t24 = async (n, s) => ({ bundlePath: new URL("./pgcrypto.tar.gz", import.meta.url) });
    i5 = { name: "pgcrypto", setup: t24 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/seg.js
var seg_exports = {};
__export(seg_exports, {
  seg: () => a12
});
var t25, a12;
var init_seg = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/seg.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t25 = async (s, n) => ({ bundlePath: new URL("./seg.tar.gz", import.meta.url) });
    a12 = { name: "seg", setup: t25 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/tablefunc.js
var tablefunc_exports = {};
__export(tablefunc_exports, {
  tablefunc: () => r7
});
var t26, r7;
var init_tablefunc = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/tablefunc.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t26 = async (n, s) => ({ bundlePath: new URL("./tablefunc.tar.gz", import.meta.url) });
    r7 = { name: "tablefunc", setup: t26 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/tcn.js
var tcn_exports = {};
__export(tcn_exports, {
  tcn: () => a13
});
var t27, a13;
var init_tcn = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/tcn.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t27 = async (n, s) => ({ bundlePath: new URL("./tcn.tar.gz", import.meta.url) });
    a13 = { name: "tcn", setup: t27 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/tsm_system_rows.js
var tsm_system_rows_exports = {};
__export(tsm_system_rows_exports, {
  tsm_system_rows: () => o3
});
var t28, o3;
var init_tsm_system_rows = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/tsm_system_rows.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t28 = async (s, n) => ({ bundlePath: new URL("./tsm_system_rows.tar.gz", import.meta.url) });
    o3 = { name: "tsm_system_rows", setup: t28 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/tsm_system_time.js
var tsm_system_time_exports = {};
__export(tsm_system_time_exports, {
  tsm_system_time: () => r8
});
var t29, r8;
var init_tsm_system_time = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/tsm_system_time.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t29 = async (s, n) => ({ bundlePath: new URL("./tsm_system_time.tar.gz", import.meta.url) });
    r8 = { name: "tsm_system_time", setup: t29 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/unaccent.js
var unaccent_exports = {};
__export(unaccent_exports, {
  unaccent: () => c2
});
var t30, c2;
var init_unaccent = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/unaccent.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t30 = async (n, s) => ({ bundlePath: new URL("./unaccent.tar.gz", import.meta.url) });
    c2 = { name: "unaccent", setup: t30 };
  }
});

// node_modules/@electric-sql/pglite/dist/contrib/uuid_ossp.js
var uuid_ossp_exports = {};
__export(uuid_ossp_exports, {
  uuid_ossp: () => o4
});
var t31, o4;
var init_uuid_ossp = __esm({
  "node_modules/@electric-sql/pglite/dist/contrib/uuid_ossp.js"() {
    init_chunk_ZSOCVAT7();
    u();
    t31 = async (s, n) => ({ bundlePath: new URL("./uuid-ossp.tar.gz", import.meta.url) });
    o4 = { name: "uuid-ossp", setup: t31 };
  }
});

// src/cli/main.ts
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { statSync as statSync3 } from "node:fs";

// src/config/load.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

// src/core/config.ts
var DEFAULT_CONFIG = {
  postgresVersion: 18,
  migrations: [],
  queries: [],
  failOn: "error",
  rules: {},
  maxIndexesPerTable: 10,
  largeTableRows: 1e6,
  assumedTableRows: 1e6,
  tableRows: {},
  statementTimeoutMs: 1e4,
  memoryLimitMb: 2048
};

// src/core/migration-types.ts
var FRAMEWORKS = [
  "plain",
  "golang-migrate",
  "goose",
  "dbmate",
  "flyway",
  "prisma",
  "supabase",
  "sqitch",
  "sql-migrate",
  "sqlx",
  "pop",
  "hasura"
];

// src/config/schema.ts
var CONFIG_FILE_NAME = ".pg-migration-review.yml";
var CONFIG_FIELDS = {
  "postgres-version": {
    type: "integer",
    minimum: 10,
    maximum: 18,
    description: "Major version of the production PostgreSQL. Static knowledge depends on it (constant defaults rewrote tables before 11; NOT NULL NOT VALID needs 18)."
  },
  migrations: { type: "string-list", description: "Globs of migration files (replace the defaults); prefix with ! to exclude." },
  queries: { type: "string-list", description: "Globs of query files to check against the schema." },
  framework: { type: "enum", values: FRAMEWORKS, description: "Force the migration framework instead of detecting it." },
  "fail-on": { type: "enum", values: ["error", "warning", "never"], description: "Lowest severity that fails the check (escalations fail unless approved, except with never)." },
  rules: {
    type: "rule-map",
    values: ["error", "escalate", "warning", "notice", "off"],
    description: "Severity per rule id, or off."
  },
  "max-indexes-per-table": { type: "integer", minimum: 1, maximum: 1e3, description: "too-many-indexes fires above this many indexes on one table." },
  "large-table-rows": { type: "integer", minimum: 1, maximum: 1e15, description: "large-table-change fires on locking or rewriting statements on tables with at least this many rows." },
  "assumed-table-rows": {
    type: "integer",
    minimum: 0,
    maximum: 1e15,
    description: "Rows the query planner is told a table holds when table-rows does not list it (index advice for queries)."
  },
  "table-rows": { type: "count-map", description: "Production row counts by table name (`orders` or `schema.table`), e.g. from pg_class.reltuples." },
  "statement-timeout": { type: "integer", minimum: 100, maximum: 6e5, description: "Milliseconds one statement may run during replay before it is stopped." },
  "memory-limit": { type: "integer", minimum: 256, maximum: 16384, description: "Megabytes the replay may use before it is stopped." }
};

// src/config/load.ts
var ConfigError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ConfigError";
  }
};
function loadConfig(options) {
  const path = options.file ?? join(options.root, CONFIG_FILE_NAME);
  if (!existsSync(path)) {
    if (options.file) throw new ConfigError(`${options.file}: config file not found`);
    return { ...DEFAULT_CONFIG };
  }
  return parseConfig(readFileSync(path, "utf8"), path, options.knownRuleIds);
}
function parseConfig(text, fileName, knownRuleIds) {
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines, prettyErrors: false });
  const where = (node) => {
    const offset = node?.range?.[0];
    return offset === void 0 ? fileName : `${fileName}:${lines.linePos(offset).line}`;
  };
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    throw new ConfigError(`${fileName}:${lines.linePos(err.pos[0]).line}: invalid YAML: ${err.message.split("\n")[0]}`);
  }
  const config = { ...DEFAULT_CONFIG, rules: {}, tableRows: {} };
  if (doc.contents === null || (0, import_yaml.isScalar)(doc.contents) && doc.contents.value === null) return config;
  if (!(0, import_yaml.isMap)(doc.contents)) throw new ConfigError(`${where(doc.contents)}: the config must be a mapping of keys to values`);
  for (const pair of doc.contents.items) {
    const keyNode2 = pair.key;
    const key = (0, import_yaml.isScalar)(keyNode2) ? String(keyNode2.value) : "";
    const spec = CONFIG_FIELDS[key];
    if (!spec) {
      throw new ConfigError(`${where(keyNode2)}: unknown key "${key}"; expected one of ${Object.keys(CONFIG_FIELDS).join(", ")}`);
    }
    const valueNode = pair.value;
    const value = valueNode && "toJSON" in valueNode ? valueNode.toJSON() : null;
    const at = where(valueNode ?? keyNode2);
    switch (spec.type) {
      case "integer": {
        if (typeof value !== "number" || !Number.isInteger(value) || value < spec.minimum || value > spec.maximum) {
          throw new ConfigError(`${at}: "${key}" must be an integer from ${spec.minimum} to ${spec.maximum}, got ${JSON.stringify(value)}`);
        }
        if (key === "postgres-version") config.postgresVersion = value;
        else if (key === "statement-timeout") config.statementTimeoutMs = value;
        else if (key === "memory-limit") config.memoryLimitMb = value;
        else if (key === "max-indexes-per-table") config.maxIndexesPerTable = value;
        else if (key === "large-table-rows") config.largeTableRows = value;
        else if (key === "assumed-table-rows") config.assumedTableRows = value;
        break;
      }
      case "string-list": {
        const list = typeof value === "string" ? [value] : value;
        if (!Array.isArray(list) || list.some((g) => typeof g !== "string" || g.trim() === "")) {
          throw new ConfigError(`${at}: "${key}" must be a glob or a list of globs`);
        }
        if (key === "migrations") config.migrations = list;
        else config.queries = list;
        break;
      }
      case "enum": {
        if (typeof value !== "string" || !spec.values.includes(value)) {
          throw new ConfigError(`${at}: "${key}" must be one of ${spec.values.join(", ")}, got ${JSON.stringify(value)}`);
        }
        if (key === "framework") config.framework = value;
        else config.failOn = value;
        break;
      }
      case "count-map": {
        if (!(0, import_yaml.isMap)(valueNode)) throw new ConfigError(`${at}: "${key}" must map table names to row counts`);
        config.tableRows = {};
        for (const pair2 of valueNode.items) {
          const tableNode = pair2.key;
          const table = (0, import_yaml.isScalar)(tableNode) ? String(tableNode.value) : "";
          const countNode = pair2.value;
          const count = (0, import_yaml.isScalar)(countNode) ? countNode.value : void 0;
          if (!table || typeof count !== "number" || !Number.isInteger(count) || count < 0) {
            throw new ConfigError(`${where(countNode ?? tableNode)}: "${key}" entry "${table}" must be a whole number of rows, got ${JSON.stringify(count ?? null)}`);
          }
          config.tableRows[table] = count;
        }
        break;
      }
      case "rule-map": {
        if (!(0, import_yaml.isMap)(valueNode)) throw new ConfigError(`${at}: "rules" must map rule ids to one of ${spec.values.join(", ")}`);
        for (const rulePair of valueNode.items) {
          const ruleKey = rulePair.key;
          const id = (0, import_yaml.isScalar)(ruleKey) ? String(ruleKey.value) : "";
          if (!knownRuleIds.includes(id)) throw new ConfigError(`${where(ruleKey)}: unknown rule "${id}" in rules`);
          const settingNode = rulePair.value;
          const setting = (0, import_yaml.isScalar)(settingNode) ? settingNode.value : void 0;
          if (typeof setting !== "string" || !spec.values.includes(setting)) {
            throw new ConfigError(`${where(settingNode ?? ruleKey)}: rule "${id}" must be one of ${spec.values.join(", ")}, got ${JSON.stringify(setting ?? null)}`);
          }
          config.rules[id] = setting;
        }
        break;
      }
    }
  }
  return config;
}

// src/git/run-git.ts
import { execFileSync, spawnSync } from "node:child_process";
var GitError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "GitError";
  }
};
var MAX_BUFFER = 1024 * 1024 * 1024;
function gitBuffer(cwd, args, input) {
  const result = spawnSync("git", args, { cwd, input, maxBuffer: MAX_BUFFER });
  if (result.error) throw new GitError(`git ${args[0]} could not run: ${result.error.message}`);
  if (result.status !== 0) {
    const stderr = result.stderr.toString("utf8").trim();
    throw new GitError(`git ${args.join(" ")} failed: ${stderr || `exit ${result.status}`}`);
  }
  return result.stdout;
}
function git(cwd, args) {
  return gitBuffer(cwd, args).toString("utf8");
}
function gitMaybe(cwd, args) {
  try {
    return execFileSync("git", args, { cwd, stdio: ["ignore", "pipe", "ignore"], maxBuffer: MAX_BUFFER }).toString("utf8");
  } catch {
    return void 0;
  }
}
function splitNul(out) {
  const parts = out.split("\0");
  if (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
  return parts;
}

// src/git/repository.ts
import { existsSync as existsSync2, readFileSync as readFileSync2, statSync } from "node:fs";
import { join as join2 } from "node:path";
function repositoryRoot(cwd) {
  const out = gitMaybe(cwd, ["rev-parse", "--show-toplevel"]);
  if (!out) throw new GitError(`${cwd} is not inside a git repository (review compares your branch with its base; use "audit" for a plain folder)`);
  return out.trim();
}
function resolveCommit(root, ref) {
  const out = gitMaybe(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  if (!out) throw new GitError(`base ref "${ref}" is not a commit in this repository (fetch it, or pass --base with a branch, tag or sha)`);
  return out.trim();
}
function defaultBase(root) {
  const candidates = [];
  const originHead = gitMaybe(root, ["symbolic-ref", "--quiet", "refs/remotes/origin/HEAD"]);
  if (originHead) candidates.push(originHead.trim());
  candidates.push("origin/main", "origin/master", "main", "master");
  for (const ref of candidates) {
    if (!gitMaybe(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])) continue;
    const base = gitMaybe(root, ["merge-base", "HEAD", ref]);
    if (base) return base.trim();
  }
  throw new GitError("could not find the default branch (tried origin/HEAD, origin/main, origin/master, main, master); pass --base REF");
}
function treeAt(root, rev) {
  const entries = [];
  for (const line of splitNul(git(root, ["ls-tree", "-r", "-z", "--full-tree", rev]))) {
    const tab = line.indexOf("	");
    const [, type, sha] = line.slice(0, tab).split(" ");
    if (type === "blob") entries.push({ path: line.slice(tab + 1), sha });
  }
  return entries;
}
function workingTreeFiles(root) {
  const paths = splitNul(git(root, ["ls-files", "-z", "--cached", "--others", "--exclude-standard"]));
  return [...new Set(paths)].filter((p3) => {
    try {
      return statSync(join2(root, p3)).isFile();
    } catch {
      return false;
    }
  });
}
function readBlobs(root, shas) {
  const result = /* @__PURE__ */ new Map();
  const unique = [...new Set(shas)];
  if (unique.length === 0) return result;
  const out = gitBuffer(root, ["cat-file", "--batch"], unique.join("\n") + "\n");
  let pos = 0;
  for (const sha of unique) {
    const headerEnd = out.indexOf(10, pos);
    const header = out.subarray(pos, headerEnd).toString("utf8").split(" ");
    if (header[1] === "missing") {
      pos = headerEnd + 1;
      continue;
    }
    const size = Number(header[2]);
    result.set(sha, out.subarray(headerEnd + 1, headerEnd + 1 + size));
    pos = headerEnd + 1 + size + 1;
  }
  return result;
}
function changedPaths(root, base) {
  const fields = splitNul(git(root, ["diff", "--name-status", "-z", "-M", "--no-ext-diff", base]));
  const changes = [];
  for (let i6 = 0; i6 < fields.length; i6++) {
    const code = fields[i6];
    if (code.startsWith("R")) {
      changes.push({ status: "renamed", previousPath: fields[i6 + 1], path: fields[i6 + 2] });
      i6 += 2;
    } else if (code.startsWith("C")) {
      changes.push({ status: "added", path: fields[i6 + 2] });
      i6 += 2;
    } else {
      const path = fields[i6 + 1];
      i6 += 1;
      const status = code === "A" ? "added" : code === "D" ? "deleted" : "modified";
      changes.push({ status, path });
    }
  }
  const known = new Set(changes.map((c3) => c3.path));
  for (const path of splitNul(git(root, ["ls-files", "-z", "--others", "--exclude-standard"]))) {
    if (!known.has(path)) changes.push({ status: "added", path });
  }
  return changes;
}
function readWorkingFile(root, path) {
  const full = join2(root, path);
  return existsSync2(full) ? readFileSync2(full) : void 0;
}

// src/rules/known-rule-ids.ts
var KNOWN_RULE_IDS = [
  // Layer 1: input validation
  "syntax-error",
  "edited-migration",
  "out-of-order-migration",
  "concurrently-in-transaction",
  "transaction-nesting",
  "unknown-ignore",
  // Layer 2: verification by replay
  "replay-error",
  "add-column-required",
  "query-invalid",
  "query-broken-by-migration",
  // Layer 3: knowledge boundary
  "not-replayable",
  "opaque-code",
  "data-migration",
  // Layer 4: output verification
  "require-concurrent-index",
  "drop-index-without-concurrently",
  "reindex-without-concurrently",
  "constraint-without-not-valid",
  "validate-in-same-transaction",
  "set-not-null-scans-table",
  "column-type-rewrite",
  "add-column-rewrite",
  "unique-constraint-builds-index",
  "table-rewrite-command",
  "lock-timeout-missing",
  "lock-held-across-statements",
  "refresh-without-concurrently",
  "duplicate-index",
  "redundant-index",
  "too-many-indexes",
  "unindexed-foreign-key",
  "foreign-key-type-mismatch",
  // Layer 5: escalation
  "drop-table",
  "drop-column",
  "rename-table",
  "rename-column",
  "truncate-table",
  "drop-schema",
  "large-table-change",
  // Schema design
  "prefer-bigint",
  "prefer-identity",
  "prefer-timestamptz",
  "prefer-text",
  "ban-char",
  "prefer-jsonb",
  "missing-primary-key",
  "identifier-too-long",
  // Queries
  "update-delete-without-where",
  "missing-index-for-query",
  "non-sargable-predicate",
  "leading-wildcard-like",
  "not-in-subquery",
  "order-by-random",
  "select-star",
  "offset-pagination",
  "correlated-subquery"
];

// src/core/positions.ts
function lineOfCharPosition(text, position, firstLine = 1) {
  if (!position || position < 1) return firstLine;
  let line = firstLine;
  let chars = 0;
  for (const ch of text) {
    if (++chars >= position) break;
    if (ch === "\n") line++;
  }
  return line;
}

// src/rules/context-helpers.ts
function* reviewedStatements(ctx, options = {}) {
  let seq = 0;
  for (const file of ctx.files) {
    if (!options.allFiles && file.status !== "added") continue;
    for (const reviewed of file.statements) {
      yield { file, reviewed, statement: reviewed.statement, ast: reviewed.statement.ast, seq: seq++ };
    }
  }
}
function* parsedStatements(ctx) {
  for (const ref of reviewedStatements(ctx)) if (ref.ast) yield { ...ref, ast: ref.ast };
}
function existedBefore(ctx, table, reviewed) {
  const base = ctx.baseCatalog.tables[table];
  if (!base) return false;
  const now = reviewed?.before.tables[table];
  return !now || now.oid === base.oid;
}
function tableBefore(ctx, table, reviewed) {
  return reviewed.before.tables[table] ?? ctx.baseCatalog.tables[table];
}
function qualifiedIndexName(index) {
  return `${index.table.slice(0, index.table.indexOf("."))}.${index.name}`;
}
function coveringIndex(table, columns) {
  if (!table || columns.length === 0) return void 0;
  const wanted = new Set(columns);
  return table.indexes.find((ix) => {
    if (!ix.valid || ix.predicate !== null) return false;
    if (ix.method === "hash") return columns.length === 1 && ix.columns.length === 1 && ix.columns[0] === columns[0];
    if (ix.method !== "btree" || ix.columns.length < wanted.size) return false;
    const leading = ix.columns.slice(0, wanted.size);
    return leading.every((c3) => c3 !== null && wanted.has(c3)) && new Set(leading).size === wanted.size;
  });
}
function statementThatMade(ctx, test) {
  let found;
  for (const ref of reviewedStatements(ctx)) {
    if (!test(ref.reviewed.before) && test(ref.reviewed.after)) found = ref;
  }
  return found;
}
function statementFix(file, statement, replacement2, description) {
  const text = file.source.text;
  const lineStart = text.lastIndexOf("\n", statement.span.start - 1) + 1;
  let lineEnd = text.indexOf("\n", statement.span.end);
  if (lineEnd < 0) lineEnd = text.length;
  if (text[lineEnd - 1] === "\r") lineEnd -= 1;
  return {
    description,
    edits: [
      {
        line: statement.span.line,
        endLine: statement.span.endLine,
        replacement: text.slice(lineStart, statement.span.start) + replacement2 + text.slice(statement.span.end, lineEnd)
      }
    ]
  };
}
function indexAddedSince(base, index) {
  const before = base.tables[index.table]?.indexes.find((i6) => i6.name === index.name);
  return !before || before.definition !== index.definition;
}
function lineOfPosition(statement, position) {
  return lineOfCharPosition(statement.text, position, statement.span.line);
}
var DOCS = "https://www.postgresql.org/docs/current";

// src/sql/ast.ts
function nodeKind(node) {
  return Object.keys(node)[0];
}
function nodeAs(node, kind) {
  if (node === void 0 || !(kind in node)) return void 0;
  return node[kind];
}
function relationName(relation) {
  if (!relation?.relname) return "";
  return `${relation.schemaname ?? "public"}.${relation.relname}`;
}
var LEAVE = /* @__PURE__ */ Symbol("leave node");
function walk(root, visit) {
  const ancestors = [];
  const stack = [root];
  const pushChildren = (children) => {
    for (let i6 = children.length - 1; i6 >= 0; i6--) stack.push(children[i6]);
  };
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === LEAVE) {
      ancestors.pop();
      continue;
    }
    if (Array.isArray(value)) {
      pushChildren(value);
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    const keys = Object.keys(value);
    if (keys.length === 1 && /^[A-Z]/.test(keys[0])) {
      const body2 = value[keys[0]];
      if (body2 !== null && typeof body2 === "object" && !Array.isArray(body2)) {
        const kind = keys[0];
        if (visit(kind, body2, ancestors) === false) continue;
        ancestors.push(kind);
        stack.push(LEAVE);
        pushChildren(Object.values(body2));
        continue;
      }
    }
    pushChildren(Object.values(value));
  }
}
function stringValue(node) {
  return nodeAs(node, "String")?.sval;
}
function typeNameToString(type) {
  if (!type) return "";
  const names = (type.names ?? []).map((n) => stringValue(n) ?? "?");
  if (names.length === 2 && names[0] === "pg_catalog") names.shift();
  let text = names.join(".");
  if (type.typmods && type.typmods.length > 0) text += `(${type.typmods.map(typmodToString).join(",")})`;
  if (type.pct_type) text += "%TYPE";
  for (const bound of type.arrayBounds ?? []) {
    const size = nodeAs(bound, "Integer")?.ival;
    text += size === void 0 || size < 0 ? "[]" : `[${size}]`;
  }
  return type.setof ? `setof ${text}` : text;
}
function typmodToString(mod) {
  const constant = nodeAs(mod, "A_Const");
  if (constant) {
    if (constant.ival) return String(constant.ival.ival ?? 0);
    if (constant.fval) return constant.fval.fval ?? "?";
    if (constant.sval) return constant.sval.sval ?? "";
  }
  const column = nodeAs(mod, "ColumnRef");
  if (column) return (column.fields ?? []).map((f) => stringValue(f) ?? "?").join(".");
  return "?";
}
function hasOption(options, name) {
  for (const option of options ?? []) {
    const def = nodeAs(option, "DefElem");
    if (def?.defname !== name) continue;
    return booleanArg(def.arg) ?? true;
  }
  return false;
}
function booleanArg(arg) {
  if (arg === void 0) return void 0;
  const boolean = nodeAs(arg, "Boolean");
  if (boolean) return boolean.boolval === true;
  const constant = nodeAs(arg, "A_Const");
  if (constant?.boolval) return constant.boolval.boolval === true;
  if (constant?.ival) return (constant.ival.ival ?? 0) !== 0;
  const word = (stringValue(arg) ?? constant?.sval?.sval)?.toLowerCase();
  if (word === void 0) return void 0;
  return !["false", "off", "0", "no"].includes(word);
}
function isNonTransactional(stmt) {
  switch (nodeKind(stmt)) {
    case "IndexStmt":
      return nodeAs(stmt, "IndexStmt")?.concurrent === true;
    case "DropStmt":
      return nodeAs(stmt, "DropStmt")?.concurrent === true;
    case "ReindexStmt": {
      const reindex = nodeAs(stmt, "ReindexStmt");
      if (hasOption(reindex?.params, "concurrently")) return true;
      return ["REINDEX_OBJECT_SCHEMA", "REINDEX_OBJECT_SYSTEM", "REINDEX_OBJECT_DATABASE"].includes(reindex?.kind ?? "");
    }
    case "VacuumStmt":
      return nodeAs(stmt, "VacuumStmt")?.is_vacuumcmd === true;
    case "AlterTableStmt":
      return (nodeAs(stmt, "AlterTableStmt")?.cmds ?? []).some((cmd) => {
        const body2 = nodeAs(cmd, "AlterTableCmd");
        return body2?.subtype === "AT_DetachPartition" && nodeAs(body2.def, "PartitionCmd")?.concurrent === true;
      });
    case "ClusterStmt":
      return nodeAs(stmt, "ClusterStmt")?.relation === void 0;
    case "AlterDatabaseStmt":
      return (nodeAs(stmt, "AlterDatabaseStmt")?.options ?? []).some((o5) => nodeAs(o5, "DefElem")?.defname === "tablespace");
    case "CreateSubscriptionStmt": {
      const options = nodeAs(stmt, "CreateSubscriptionStmt")?.options;
      const explicit = (name) => {
        const def = (options ?? []).map((o5) => nodeAs(o5, "DefElem")).find((d2) => d2?.defname === name);
        return def ? booleanArg(def.arg) ?? true : void 0;
      };
      return explicit("create_slot") ?? explicit("connect") ?? true;
    }
    case "TransactionStmt": {
      const kind = nodeAs(stmt, "TransactionStmt")?.kind;
      return kind === "TRANS_STMT_COMMIT_PREPARED" || kind === "TRANS_STMT_ROLLBACK_PREPARED";
    }
    case "CreatedbStmt":
    case "DropdbStmt":
    case "AlterSystemStmt":
    case "CreateTableSpaceStmt":
    case "DropTableSpaceStmt":
      return true;
    default:
      return false;
  }
}
function transactionControlOf(ast) {
  switch (nodeAs(ast, "TransactionStmt")?.kind) {
    case "TRANS_STMT_BEGIN":
    case "TRANS_STMT_START":
      return "begin";
    case "TRANS_STMT_COMMIT":
      return "commit";
    case "TRANS_STMT_ROLLBACK":
      return "rollback";
    case "TRANS_STMT_PREPARE":
      return "prepare";
    default:
      return null;
  }
}

// src/core/catalog.ts
var emptyCatalog = () => ({ tables: {}, extensions: [] });
function qualify(name, schema = "public") {
  return name.includes(".") ? name : `${schema}.${name}`;
}

// src/rules/helpers/ast.ts
var asNode = nodeAs;
function stringValues(nodes) {
  const out = [];
  for (const n of nodes ?? []) {
    const s = asNode(n, "String");
    if (s?.sval !== void 0) out.push(s.sval);
  }
  return out;
}
function relationName2(rv) {
  return relationName(rv) || void 0;
}
function dropObjectNames(objects) {
  const out = [];
  for (const o5 of objects ?? []) {
    const parts = stringValues(asNode(o5, "List")?.items);
    if (parts.length === 1) out.push(qualify(parts[0]));
    else if (parts.length >= 2) out.push(parts.slice(-2).join("."));
  }
  return out;
}
function writtenType(typeName) {
  const names = stringValues(typeName?.names);
  if (names.length === 0) return void 0;
  const mods = [];
  for (const m of typeName?.typmods ?? []) {
    const c3 = asNode(m, "A_Const");
    if (c3?.ival) mods.push(c3.ival.ival ?? 0);
  }
  const schema = names.length > 1 ? names[names.length - 2] : void 0;
  return { name: names[names.length - 1].toLowerCase(), schema, mods, array: (typeName?.arrayBounds?.length ?? 0) > 0 };
}
function nonTransactionalLabel(node) {
  const index = asNode(node, "IndexStmt");
  if (index) return index.concurrent ? "CREATE INDEX CONCURRENTLY" : void 0;
  const drop = asNode(node, "DropStmt");
  if (drop) return drop.concurrent ? "DROP INDEX CONCURRENTLY" : void 0;
  const reindex = asNode(node, "ReindexStmt");
  if (reindex) {
    const concurrently = (reindex.params ?? []).some((p3) => asNode(p3, "DefElem")?.defname === "concurrently");
    if (concurrently) return "REINDEX CONCURRENTLY";
    if (reindex.kind === "REINDEX_OBJECT_SYSTEM") return "REINDEX SYSTEM";
    if (reindex.kind === "REINDEX_OBJECT_SCHEMA") return "REINDEX SCHEMA";
    if (reindex.kind === "REINDEX_OBJECT_DATABASE") return "REINDEX DATABASE";
    return void 0;
  }
  const vacuum = asNode(node, "VacuumStmt");
  if (vacuum) return vacuum.is_vacuumcmd ? "VACUUM" : void 0;
  const alter = asNode(node, "AlterTableStmt");
  if (alter) {
    for (const c3 of alter.cmds ?? []) {
      const cmd = asNode(c3, "AlterTableCmd");
      if (cmd?.subtype === "AT_DetachPartition" && asNode(cmd.def, "PartitionCmd")?.concurrent) {
        return "DETACH PARTITION CONCURRENTLY";
      }
    }
    return void 0;
  }
  const cluster = asNode(node, "ClusterStmt");
  if (cluster) return cluster.relation ? void 0 : "CLUSTER without a table";
  if (asNode(node, "CreatedbStmt")) return "CREATE DATABASE";
  if (asNode(node, "DropdbStmt")) return "DROP DATABASE";
  if (asNode(node, "CreateTableSpaceStmt")) return "CREATE TABLESPACE";
  if (asNode(node, "DropTableSpaceStmt")) return "DROP TABLESPACE";
  if (asNode(node, "AlterSystemStmt")) return "ALTER SYSTEM";
  return void 0;
}
function alterTableCmds(node) {
  const alter = asNode(node, "AlterTableStmt");
  if (!alter || alter.objtype !== void 0 && alter.objtype !== "OBJECT_TABLE") return [];
  return (alter.cmds ?? []).map((c3) => asNode(c3, "AlterTableCmd")).filter((c3) => c3 !== void 0);
}
function quoteIdent(name) {
  return /^[a-z_][a-z0-9_$]*$/.test(name) && !RESERVED.has(name) ? name : `"${name.replace(/"/g, '""')}"`;
}
function displayName(qualified) {
  const dot = qualified.indexOf(".");
  const schema = qualified.slice(0, dot);
  const name = qualified.slice(dot + 1);
  return schema === "public" ? quoteIdent(name) : `${quoteIdent(schema)}.${quoteIdent(name)}`;
}
var RESERVED = /* @__PURE__ */ new Set([
  "all",
  "analyse",
  "analyze",
  "and",
  "any",
  "array",
  "as",
  "asc",
  "asymmetric",
  "both",
  "case",
  "cast",
  "check",
  "collate",
  "column",
  "constraint",
  "create",
  "current_date",
  "current_role",
  "current_time",
  "current_timestamp",
  "current_user",
  "default",
  "deferrable",
  "desc",
  "distinct",
  "do",
  "else",
  "end",
  "except",
  "false",
  "fetch",
  "for",
  "foreign",
  "from",
  "grant",
  "group",
  "having",
  "in",
  "initially",
  "intersect",
  "into",
  "lateral",
  "leading",
  "limit",
  "localtime",
  "localtimestamp",
  "not",
  "null",
  "offset",
  "on",
  "only",
  "or",
  "order",
  "placing",
  "primary",
  "references",
  "returning",
  "select",
  "session_user",
  "some",
  "symmetric",
  "table",
  "then",
  "to",
  "trailing",
  "true",
  "union",
  "unique",
  "user",
  "using",
  "variadic",
  "when",
  "where",
  "window",
  "with"
]);

// src/migrations/paths.ts
function dirname(path) {
  const i6 = path.lastIndexOf("/");
  return i6 < 0 ? "" : path.slice(0, i6);
}
function basename(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function join3(...parts) {
  return parts.filter((p3) => p3 !== "").join("/");
}

// src/migrations/version.ts
var SAFE_DIGITS = 15;
function digitRun(digits) {
  const trimmed = digits.replace(/^0+(?=\d)/, "");
  if (trimmed.length <= SAFE_DIGITS) return [Number(trimmed)];
  return [Number(trimmed.slice(0, -SAFE_DIGITS)), Number(trimmed.slice(-SAFE_DIGITS))];
}
function parseVersionParts(text) {
  return (text.match(/\d+/g) ?? []).flatMap(digitRun);
}
function splitVersion(name) {
  const m = /^\d+/.exec(name);
  return m ? digitRun(m[0]) : [];
}
function compareVersions(a14, b) {
  const n = Math.max(a14.length, b.length);
  for (let i6 = 0; i6 < n; i6++) {
    const d2 = (a14[i6] ?? 0) - (b[i6] ?? 0);
    if (d2 !== 0) return d2 < 0 ? -1 : 1;
  }
  return 0;
}
function compareDigitStrings(a14, b) {
  const x = a14.replace(/^0+/, "");
  const y = b.replace(/^0+/, "");
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  if (x !== y) return x < y ? -1 : 1;
  return 0;
}
function naturalCompare(a14, b) {
  const ra = a14.match(/\d+|\D+/g) ?? [];
  const rb = b.match(/\d+|\D+/g) ?? [];
  const n = Math.min(ra.length, rb.length);
  for (let i6 = 0; i6 < n; i6++) {
    const x = ra[i6];
    const y = rb[i6];
    const xd = /^\d/.test(x);
    const yd = /^\d/.test(y);
    const c3 = xd && yd ? compareDigitStrings(x, y) : x < y ? -1 : x > y ? 1 : 0;
    if (c3 !== 0) return c3;
  }
  if (ra.length !== rb.length) return ra.length < rb.length ? -1 : 1;
  return a14 < b ? -1 : a14 > b ? 1 : 0;
}

// src/migrations/frameworks/pop.ts
var POP_NAME = /^(\d+)_([^.]+)(?:\.([a-z0-9]+))?(\.autocommit)?\.(up|down)\.sql$/;
var POSTGRES_DIALECTS = /* @__PURE__ */ new Set(["postgres", "postgresql", "all"]);
function parsePopName(name) {
  const m = POP_NAME.exec(name);
  if (!m) return void 0;
  const dialect = m[3] === "autocommit" ? void 0 : m[3];
  return { version: m[1], dialect, autocommit: Boolean(m[4]) || m[3] === "autocommit" };
}
function isPopSpecificName(name) {
  const p3 = parsePopName(name);
  return p3 !== void 0 && (p3.dialect !== void 0 || p3.autocommit);
}
function popAppliesToPostgres(name) {
  const p3 = parsePopName(name);
  return p3 === void 0 || p3.dialect === void 0 || POSTGRES_DIALECTS.has(p3.dialect);
}
function analyze(file) {
  const auto = parsePopName(basename(file.path))?.autocommit ?? false;
  return {
    reviewedText: file.text,
    transaction: auto ? "none" : "wrapped",
    transactionReason: auto ? ".autocommit in the file name: pop runs the file outside a transaction" : "pop runs each migration in a transaction",
    directives: auto ? ["autocommit"] : []
  };
}
var pop = {
  framework: "pop",
  version: (path) => ({ version: splitVersion(basename(path)), repeatable: false }),
  analyze
};

// src/migrations/order.ts
function directoryOf(source) {
  const parent = dirname(source.path);
  if (source.framework === "prisma" || source.framework === "hasura") {
    const name = basename(source.path);
    if ((name === "migration.sql" || name === "up.sql") && /^\d/.test(basename(parent))) return dirname(parent);
    return parent;
  }
  if (source.framework === "flyway") {
    for (let dir = parent; dir !== ""; dir = dirname(dir)) {
      const name = basename(dir);
      if (name === "migration" || name === "migrations") return dir;
    }
  }
  return parent;
}
function compareInDirectory(a14, b) {
  const ar = a14.rank !== void 0;
  const br = b.rank !== void 0;
  if (ar !== br) return ar ? -1 : 1;
  if (ar && br && a14.rank !== b.rank) return a14.rank - b.rank;
  if (a14.repeatable !== b.repeatable) return a14.repeatable ? 1 : -1;
  if (a14.framework === "prisma" && b.framework === "prisma") {
    const fa = basename(dirname(a14.path));
    const fb = basename(dirname(b.path));
    if (fa !== fb) return fa < fb ? -1 : 1;
  }
  const av = a14.version.length > 0;
  const bv = b.version.length > 0;
  if (av !== bv) return av ? -1 : 1;
  const byVersion = compareVersions(a14.version, b.version);
  if (byVersion !== 0) return byVersion;
  return naturalCompare(basename(a14.path), basename(b.path)) || naturalCompare(a14.path, b.path);
}
function orderMigrations(items) {
  const dirs = new Map(items.map((i6) => [i6, directoryOf(i6)]));
  return [...items].sort((a14, b) => {
    const da = dirs.get(a14);
    const db = dirs.get(b);
    if (da !== db) return naturalCompare(da, db);
    return compareInDirectory(a14, b);
  });
}

// src/rules/fixes/next-version.ts
function timestamp(digits) {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(digits);
  if (!m) return void 0;
  const [y, mo, d2, h, mi, s] = m.slice(1).map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d2, h, mi, s));
  const same = date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d2 && date.getUTCHours() === h && date.getUTCMinutes() === mi && date.getUTCSeconds() === s;
  return same && y >= 1970 ? date : void 0;
}
function formatTimestamp(date) {
  const two = (n) => String(n).padStart(2, "0");
  return String(date.getUTCFullYear()) + two(date.getUTCMonth() + 1) + two(date.getUTCDate()) + two(date.getUTCHours()) + two(date.getUTCMinutes()) + two(date.getUTCSeconds());
}
function bumpDigits(digits) {
  const date = timestamp(digits);
  if (date) return formatTimestamp(new Date(date.getTime() + 1e3));
  return (BigInt(digits) + 1n).toString().padStart(digits.length, "0");
}
function nextFreeDigits(digits, used) {
  const taken = new Set(used.map((u2) => BigInt(u2)));
  let candidate = bumpDigits(digits);
  while (taken.has(BigInt(candidate))) candidate = bumpDigits(candidate);
  return candidate;
}
function flywayVersionAfter(version3, used, separator) {
  const after = used.filter((u2) => compareVersions(u2, version3) > 0).sort(compareVersions);
  const next = after[0];
  const fits = (c3) => !used.some((u2) => compareVersions(u2, c3) === 0) && (next === void 0 || compareVersions(c3, next) < 0);
  for (let last = 1; last < 10; last++) {
    const candidate2 = [...version3, last];
    if (fits(candidate2)) return candidate2.join(separator);
  }
  const padded = [...version3];
  while (next !== void 0 && padded.length < next.length && compareVersions([...padded, 0, 1], next) >= 0) padded.push(0);
  let candidate = [...padded, 0, 1];
  while (!fits(candidate)) candidate = [...candidate.slice(0, -1), 0, 1];
  return candidate.join(separator);
}

// src/rules/fixes/follow-up-migration.ts
var FLYWAY_NAME = /^V(\d+(?:[._]\d+)*)__.+\.sql$/;
var LEADING_DIGITS = /^(\d+)([-_.]?)/;
function migrationSlug(text) {
  const words = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  let slug = "";
  for (const w of words) {
    if (slug.length + w.length + 1 > 60) break;
    slug = slug ? `${slug}_${w}` : w;
  }
  return slug || "migration";
}
function knownMigrations(ctx) {
  const seen = /* @__PURE__ */ new Map();
  for (const m of ctx.baseHistory) seen.set(m.path, { path: m.path, framework: m.framework, version: m.version });
  for (const f of ctx.files) {
    if (f.status === "deleted") continue;
    seen.set(f.source.path, { path: f.source.path, framework: f.source.framework, version: f.source.version });
  }
  return [...seen.values()];
}
function versionDigits(path, framework) {
  const perFolder = framework === "prisma" || framework === "hasura";
  const name = perFolder ? basename(dirname(path)) : basename(path);
  return LEADING_DIGITS.exec(name)?.[1];
}
function usedDigits(ctx, file) {
  const { framework } = file.source;
  const dir = directoryOf(file.source);
  const used = [];
  for (const m of knownMigrations(ctx)) {
    if (m.framework !== framework || directoryOf(m) !== dir) continue;
    const digits = versionDigits(m.path, framework);
    if (digits !== void 0) used.push(digits);
  }
  return used;
}
var UNDO_COMMENT = "-- nothing to undo";
function flatName(file) {
  const m = LEADING_DIGITS.exec(basename(file.source.path));
  return m ? { digits: m[1], separator: m[2] || "_" } : void 0;
}
function upDownPair(dir, stem, upMarker, up, down, downMarker = upMarker) {
  return [
    { path: join3(dir, `${stem}.up.sql`), content: `${upMarker}${up}
` },
    { path: join3(dir, `${stem}.down.sql`), content: `${downMarker}${down ?? UNDO_COMMENT}
` }
  ];
}
function followUpMigrationFiles(ctx, file, name, sql, options) {
  const src = file.source;
  const dir = dirname(src.path);
  const slug = migrationSlug(name);
  const tx = options.transaction;
  const down = options.down;
  const body2 = sql.replace(/\s+$/, "");
  if (src.framework === "flyway") {
    const m = FLYWAY_NAME.exec(basename(src.path));
    if (!m) return void 0;
    const used = knownMigrations(ctx).filter((x) => x.framework === "flyway" && FLYWAY_NAME.test(basename(x.path))).map((x) => x.version);
    const separator = m[1].includes(".") ? "." : "_";
    const version3 = flywayVersionAfter(parseVersionParts(m[1]), used, separator);
    return [{ path: join3(dir, `V${version3}__${slug}.sql`), content: `${body2}
` }];
  }
  if (src.framework === "prisma" || src.framework === "hasura") {
    if (src.framework === "hasura" && !tx) return void 0;
    const digits = versionDigits(src.path, src.framework);
    if (digits === void 0 || !/^\d+_/.test(basename(dirname(src.path)))) return void 0;
    const folder = join3(dirname(dirname(src.path)), `${nextFreeDigits(digits, usedDigits(ctx, file))}_${slug}`);
    if (src.framework === "prisma") return [{ path: join3(folder, "migration.sql"), content: `${body2}
` }];
    return [
      { path: join3(folder, "up.sql"), content: `${body2}
` },
      { path: join3(folder, "down.sql"), content: `${down ?? UNDO_COMMENT}
` }
    ];
  }
  if (src.framework === "sqitch" || src.framework === "supabase" && !tx) return void 0;
  const flat = flatName(file);
  if (!flat) return void 0;
  const stem = `${nextFreeDigits(flat.digits, usedDigits(ctx, file))}${flat.separator}${slug}`;
  const path = join3(dir, `${stem}.sql`);
  const undo = down ?? UNDO_COMMENT;
  switch (src.framework) {
    case "goose":
      return [{ path, content: `${tx ? "" : "-- +goose NO TRANSACTION\n"}-- +goose Up
${body2}

-- +goose Down
${undo}
` }];
    case "dbmate": {
      const option = tx ? "" : " transaction:false";
      return [{ path, content: `-- migrate:up${option}
${body2}

-- migrate:down${option}
${undo}
` }];
    }
    case "sql-migrate": {
      const option = tx ? "" : " notransaction";
      return [{ path, content: `-- +migrate Up${option}
${body2}

-- +migrate Down${option}
${undo}
` }];
    }
    case "sqlx": {
      const marker = tx ? "" : "-- no-transaction\n";
      if (src.path.endsWith(".up.sql")) return upDownPair(dir, stem, marker, body2, down);
      return [{ path, content: `${marker}${body2}
` }];
    }
    case "golang-migrate":
      return upDownPair(dir, stem, "", body2, down);
    case "pop": {
      const dialect = parsePopName(basename(src.path))?.dialect;
      return upDownPair(dir, `${stem}${dialect ? `.${dialect}` : ""}${tx ? "" : ".autocommit"}`, "", body2, down);
    }
    case "plain": {
      const optOut = !tx && /postgres-migrations/.test(src.transactionReason) ? "-- postgres-migrations disable-transaction\n" : "";
      return [{ path, content: `${optOut}${body2}
` }];
    }
    default:
      return [{ path, content: `${body2}
` }];
  }
}

// src/rules/fixes/leave-transaction.ts
var TIMEOUT_SETTINGS = /* @__PURE__ */ new Set(["lock_timeout", "statement_timeout", "idle_in_transaction_session_timeout"]);
function isTimeoutSetting(r9) {
  const set = asNode(r9.statement.ast, "VariableSetStmt");
  return set !== void 0 && TIMEOUT_SETTINGS.has(set.name ?? "");
}
function cannotRunInTransaction(r9) {
  return r9.statement.ast !== void 0 && isNonTransactional(r9.statement.ast);
}
function transactionKind(r9) {
  return asNode(r9.statement.ast, "TransactionStmt")?.kind;
}
function explicitBlock(file, reviewed) {
  let open = false;
  const at = file.statements.indexOf(reviewed);
  for (const r9 of file.statements.slice(0, at)) {
    const kind = transactionKind(r9);
    if (kind === "TRANS_STMT_BEGIN" || kind === "TRANS_STMT_START") open = true;
    else if (kind === "TRANS_STMT_COMMIT" || kind === "TRANS_STMT_ROLLBACK" || kind === "TRANS_STMT_PREPARE") open = false;
  }
  if (!open) return void 0;
  for (const r9 of file.statements.slice(at + 1)) {
    const kind = transactionKind(r9);
    if (kind === "TRANS_STMT_COMMIT") return { commit: r9 };
    if (kind === "TRANS_STMT_ROLLBACK" || kind === "TRANS_STMT_PREPARE") return {};
  }
  return {};
}
function runsInAutocommit(file) {
  const src = file.source;
  if (src.transaction === "none") return true;
  const parsed = file.statements.filter((r9) => r9.statement.kind !== "Unparsed");
  return src.framework === "flyway" && parsed.length > 0 && parsed.every(cannotRunInTransaction);
}
function lineEdges(file, statement) {
  const text = file.source.text;
  const lineStart = text.lastIndexOf("\n", statement.span.start - 1) + 1;
  let lineEnd = text.indexOf("\n", statement.span.end);
  if (lineEnd < 0) lineEnd = text.length;
  if (text[lineEnd - 1] === "\r") lineEnd -= 1;
  return { before: text.slice(lineStart, statement.span.start), after: text.slice(statement.span.end, lineEnd) };
}
var DIRECTIVE = /^\s*--\s*(\+goose|\+migrate|migrate:|no-transaction|postgres-migrations)/i;
function removal(file, statement) {
  const { before, after } = lineEdges(file, statement);
  const kept = `${before.trimEnd()}${before.trim() && after.trim() ? " " : ""}${after.trim()}`;
  let first = statement.span.line;
  if (!before.trim() && file.statements[0]?.statement !== statement) {
    const lines = file.source.text.split(/\r?\n/);
    const previousEnd = file.statements[file.statements.findIndex((r9) => r9.statement === statement) - 1]?.statement.span.endLine ?? 0;
    while (first - 1 > previousEnd && /^\s*--/.test(lines[first - 2]) && !DIRECTIVE.test(lines[first - 2])) first--;
  }
  const comments = file.source.text.split(/\r?\n/).slice(first - 1, statement.span.line - 1).join("\n");
  return { edit: { line: first, endLine: statement.span.endLine, replacement: kept.trim() ? kept : "" }, comments };
}
function undoOf(statement) {
  const index = asNode(statement.ast, "IndexStmt");
  if (!index?.idxname) return void 0;
  const schema = index.relation?.schemaname;
  return `DROP INDEX CONCURRENTLY IF EXISTS ${schema ? `${quoteIdent(schema)}.` : ""}${quoteIdent(index.idxname)};`;
}
function nameOf(statement, replacement2) {
  const index = asNode(statement.ast, "IndexStmt");
  if (index) return index.idxname ? `create_index_${index.idxname}` : `create_index_on_${index.relation?.relname ?? "table"}`;
  return migrationSlug(replacement2);
}
function findLine(text, pattern) {
  const lines = text.split(/\r?\n/);
  const index = lines.findIndex((l) => pattern.test(l));
  return index < 0 ? void 0 : { index, text: lines[index] };
}
function optOutEdit(file) {
  const src = file.source;
  const insertFirst = (marker) => ({ line: 1, endLine: 0, replacement: marker });
  switch (src.framework) {
    case "goose":
      return { edit: insertFirst("-- +goose NO TRANSACTION"), says: "add `-- +goose NO TRANSACTION` so goose runs the file outside a transaction" };
    case "sqlx":
      return { edit: insertFirst("-- no-transaction"), says: "put `-- no-transaction` on the first line so sqlx runs the file outside a transaction" };
    case "plain":
      if (!/postgres-migrations/.test(src.transactionReason)) return void 0;
      return {
        edit: insertFirst("-- postgres-migrations disable-transaction"),
        says: "add `-- postgres-migrations disable-transaction` so the runner does not wrap the file"
      };
    case "dbmate": {
      const marker = findLine(src.text, /^--\s*migrate:up(\s|$)/);
      if (!marker) return void 0;
      const options = marker.text.replace(/\s+transaction:\S+/g, "").trimEnd();
      return {
        edit: { line: marker.index + 1, endLine: marker.index + 1, replacement: `${options} transaction:false` },
        says: "write `-- migrate:up transaction:false` so dbmate runs the up part outside a transaction"
      };
    }
    case "sql-migrate": {
      const marker = findLine(src.text, /^\s*--\s*\+migrate\s+up\b/i);
      if (!marker) return void 0;
      return {
        edit: { line: marker.index + 1, endLine: marker.index + 1, replacement: `${marker.text.trimEnd()} notransaction` },
        says: "write `-- +migrate Up notransaction` so sql-migrate runs the file outside a transaction"
      };
    }
    default:
      return void 0;
  }
}
function sharesGooseBlock(file, statement) {
  const lines = file.source.text.split(/\r?\n/);
  let begin;
  for (let i6 = 0; i6 < lines.length; i6++) {
    const line = i6 + 1;
    if (/^\s*--\s*\+goose\s+statementbegin\s*$/i.test(lines[i6])) begin = line;
    else if (/^\s*--\s*\+goose\s+statementend\s*$/i.test(lines[i6]) && begin !== void 0) {
      const start = begin;
      const inside = (s) => s.span.line > start && s.span.endLine < line;
      if (inside(statement)) return file.statements.some((r9) => r9.statement !== statement && inside(r9.statement));
      begin = void 0;
    }
  }
  return false;
}
function withOptOut(file, statement, replacement2, description) {
  const optOut = optOutEdit(file);
  if (!optOut) return void 0;
  const own = statementFix(file, statement, replacement2, description).edits[0];
  const edits = optOut.edit.line === own.line && optOut.edit.endLine < optOut.edit.line ? [{ ...own, replacement: `${optOut.edit.replacement}
${own.replacement}` }] : [own, optOut.edit];
  return { description: `${description}: ${optOut.says}`, edits };
}
function moveToNewMigration(ctx, file, statement, replacement2, description) {
  const { edit, comments } = removal(file, statement);
  const sql = comments ? `${comments}
${replacement2}` : replacement2;
  const newFiles = followUpMigrationFiles(ctx, file, nameOf(statement, replacement2), sql, { transaction: false, down: undoOf(statement) });
  if (!newFiles) return void 0;
  return {
    description: `${description}: move it to the new migration ${newFiles[0].path}, which runs outside a transaction`,
    edits: [edit],
    newFiles
  };
}
function outsideTransactionFix(ctx, file, reviewed, replacement2, description) {
  const { statement } = reviewed;
  if (!reviewed.inTransaction) return statementFix(file, statement, replacement2, description);
  const src = file.source;
  const others = file.statements.filter((r9) => r9 !== reviewed);
  const block = explicitBlock(file, reviewed);
  if (block && runsInAutocommit(file)) {
    if (!block.commit) return void 0;
    const after = block.commit.statement.span.endLine;
    const { edit, comments } = removal(file, statement);
    return {
      description: `${description}: move it after the COMMIT on line ${after}`,
      edits: [edit, { line: after + 1, endLine: after, replacement: comments ? `${comments}
${replacement2}` : replacement2 }]
    };
  }
  switch (src.framework) {
    case "goose":
    case "dbmate":
    case "sql-migrate":
    case "sqlx":
    case "plain":
      if (!block && !sharesGooseBlock(file, statement) && others.every((r9) => isTimeoutSetting(r9) || cannotRunInTransaction(r9))) {
        const fix = withOptOut(file, statement, replacement2, description);
        if (fix) return fix;
      }
      return moveToNewMigration(ctx, file, statement, replacement2, description);
    case "flyway":
      if (others.every(cannotRunInTransaction)) {
        const why = "Flyway runs a script made only of statements that cannot run in a transaction outside one";
        return statementFix(file, statement, replacement2, `${description}: ${why}`);
      }
      return moveToNewMigration(ctx, file, statement, replacement2, description);
    case "prisma":
    case "golang-migrate":
      if (others.length === 0) return statementFix(file, statement, replacement2, description);
      return moveToNewMigration(ctx, file, statement, replacement2, description);
    case "pop":
      return moveToNewMigration(ctx, file, statement, replacement2, description);
    default:
      return void 0;
  }
}
function followUpMigration(ctx, file, name, sql, options) {
  return followUpMigrationFiles(ctx, file, name, sql, options)?.[0];
}
function manualWayOut(file) {
  switch (file.source.framework) {
    case "supabase":
      return "the Supabase CLI runs every migration in a transaction: apply this statement in a separate migration run outside the CLI (with psql)";
    case "hasura":
      return "Hasura applies migrations in a transaction: run this statement outside it, or with run_in_transaction = false in metadata.toml where the runner reads it (diesel)";
    case "sqitch":
      return "leave BEGIN/COMMIT out of this script so psql runs the statement on its own";
    default:
      return "run it in a migration that is not wrapped in a transaction (see concurrently-in-transaction)";
  }
}
function lineEndingTransaction(file, reviewed) {
  if (!reviewed.inTransaction) return reviewed.statement.span.endLine;
  const block = explicitBlock(file, reviewed);
  return block?.commit && runsInAutocommit(file) ? block.commit.statement.span.endLine : void 0;
}

// src/rules/input/concurrently-in-transaction.ts
var WAY_OUT = {
  plain: "remove the surrounding BEGIN/COMMIT, or configure the runner not to wrap this file",
  "golang-migrate": "put the statement alone in its own migration file (a single statement is not wrapped)",
  prisma: "create a migration that holds only this statement",
  goose: "add `-- +goose NO TRANSACTION` at the top of the file",
  dbmate: "write `-- migrate:up transaction:false`",
  flyway: "move it to a script of its own, made only of non-transactional statements (or set executeInTransaction=false)",
  supabase: "apply it in a separate migration run outside the Supabase CLI",
  sqitch: "leave BEGIN/COMMIT out of this script",
  "sql-migrate": "write `-- +migrate Up notransaction`",
  sqlx: "put `-- no-transaction` on the first line of the file",
  pop: "give the migration the `.autocommit` suffix",
  hasura: "run it in a migration that is not wrapped in a transaction"
};
function openBeginLine(file, index) {
  let open;
  for (const r9 of file.statements) {
    if (r9.statement.index >= index) break;
    const kind = asNode(r9.statement.ast, "TransactionStmt")?.kind;
    if (kind === "TRANS_STMT_BEGIN" || kind === "TRANS_STMT_START") open ??= r9.statement.span.line;
    else if (kind === "TRANS_STMT_COMMIT" || kind === "TRANS_STMT_ROLLBACK" || kind === "TRANS_STMT_PREPARE") open = void 0;
  }
  return open;
}
var concurrentlyInTransaction = {
  meta: {
    id: "concurrently-in-transaction",
    layer: "input",
    severity: "error",
    summary: "A statement that cannot run in a transaction block (CREATE INDEX CONCURRENTLY, VACUUM, ...) runs inside one.",
    why: 'CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY, DETACH PARTITION CONCURRENTLY, VACUUM, CREATE DATABASE and a few others commit internally, so PostgreSQL rejects them inside a transaction block with "ERROR: ... cannot run inside a transaction block" and the deploy fails. The block may be an explicit BEGIN, the runner wrapping every file in a transaction (goose, dbmate, Flyway, sql-migrate, sqlx, ...), or a multi-statement file sent as one query string, which PostgreSQL runs as one implicit transaction (golang-migrate, Prisma).',
    setup: "CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_id bigint NOT NULL);",
    bad: "BEGIN;\nSET LOCAL lock_timeout = '5s';\nCREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);\nCOMMIT;",
    good: "SET lock_timeout = '5s';\nCREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);",
    frameworks: {
      goose: "-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);",
      dbmate: "-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);",
      "sql-migrate": "-- +migrate Up notransaction\nCREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);",
      sqlx: "-- no-transaction\nCREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);",
      flyway: "a script of its own holding only the CONCURRENTLY statement (Flyway runs such a script outside a transaction), or executeInTransaction=false in its .conf",
      prisma: "a migration folder of its own whose migration.sql holds only that statement",
      "golang-migrate": "an .up.sql file of its own holding only that statement",
      supabase: "no way inside the CLI (it runs each file in a transaction): apply it outside the CLI, e.g. with psql"
    },
    references: [`${DOCS}/sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY`, `${DOCS}/sql-begin.html`, `${DOCS}/protocol-flow.html#PROTOCOL-FLOW-MULTI-STATEMENT`],
    fixable: true,
    needs: []
  },
  check(ctx) {
    const out = [];
    for (const { file, reviewed, statement } of reviewedStatements(ctx)) {
      if (!statement.ast || !reviewed.inTransaction || !isNonTransactional(statement.ast)) continue;
      const label2 = nonTransactionalLabel(statement.ast) ?? statement.text.split(/\s+/).slice(0, 2).join(" ").toUpperCase();
      const src = file.source;
      const begin = openBeginLine(file, statement.index);
      let why;
      let help;
      if (begin !== void 0) {
        why = `inside the transaction opened by BEGIN on line ${begin}`;
        help = "Move the statement out of the BEGIN ... COMMIT block";
        if (src.transaction !== "none") help += `, and ${WAY_OUT[src.framework]}`;
      } else if (src.transaction === "implicit") {
        why = `inside an implicit transaction: ${src.framework} sends the file as one multi-statement query string` + (src.transactionReason ? ` (${src.transactionReason})` : "");
        help = WAY_OUT[src.framework];
      } else if (src.transaction === "wrapped") {
        why = `inside the transaction ${src.framework} wraps around each migration` + (src.transactionReason ? ` (${src.transactionReason})` : "");
        help = WAY_OUT[src.framework];
      } else {
        why = "inside a transaction block";
        help = WAY_OUT[src.framework];
      }
      const fix = outsideTransactionFix(ctx, file, reviewed, statement.text, `Run ${label2} outside a transaction`);
      out.push({
        file: src.path,
        statement,
        message: `${label2} cannot run inside a transaction block, and here it runs ${why}: PostgreSQL rejects it and the migration fails.`,
        // The framework's general way out, then the fix fitted to this file (alone in it or not).
        help: help.charAt(0).toUpperCase() + help.slice(1) + "." + (fix ? ` Suggested fix: ${fix.description}.` : ""),
        fix,
        verified: "static"
      });
    }
    return out;
  }
};

// src/rules/input/edited-migration.ts
var editedMigration = {
  meta: {
    id: "edited-migration",
    layer: "input",
    severity: "error",
    summary: "A migration that exists on the base branch is modified, renamed or deleted.",
    why: "Migration runners record which migrations a database has applied and never run them again. Databases that already applied the file keep the old version, while new environments get the edited one, so the schemas drift apart silently. Runners that store checksums (Flyway, sqlx, Prisma) refuse to migrate at all; renaming or deleting a file makes them report an applied migration that no longer exists.",
    bad: "-- editing 20240101_create_users.sql, already applied:\nALTER TABLE users ADD COLUMN email text;",
    good: "-- a new migration, 20240301_add_users_email.sql:\nALTER TABLE users ADD COLUMN email text;",
    references: [`${DOCS}/ddl-alter.html`],
    fixable: false,
    needs: []
  },
  check(ctx) {
    const onBase = new Set(ctx.baseHistory.map((m) => m.path));
    const out = [];
    for (const file of ctx.files) {
      const path = file.source.path;
      const basePath = file.status === "renamed" ? file.previousPath ?? path : path;
      if (!["modified", "renamed", "deleted"].includes(file.status) || !onBase.has(basePath)) continue;
      const what = file.status === "deleted" ? "deletes" : file.status === "renamed" ? `renames ${basePath} to` : "modifies";
      const subject = file.status === "renamed" ? path : basePath;
      out.push({
        file: path,
        line: 1,
        message: `This pull request ${what} ${subject}, a migration that is already on the base branch: databases that applied it will not run it again, so they and new databases end up with different schemas.`,
        help: file.status === "deleted" ? "Restore the file and undo its effect in a new migration instead." : "Restore the original file and put the change in a new migration that sorts after the newest one.",
        verified: "static"
      });
    }
    return out;
  }
};

// src/rules/input/out-of-order-migration.ts
import { posix } from "node:path";
var APPLIES_MISSING = /* @__PURE__ */ new Set(["dbmate", "prisma"]);
var FOLDER_PER_MIGRATION = /* @__PURE__ */ new Set(["prisma", "hasura"]);
function migrationDirectory(path, framework) {
  const dir = posix.dirname(path);
  return FOLDER_PER_MIGRATION.has(framework) ? posix.dirname(dir) : dir;
}
function compareVersions2(a14, b) {
  for (let i6 = 0; i6 < Math.max(a14.length, b.length); i6++) {
    if (a14[i6] === void 0) return -1;
    if (b[i6] === void 0) return 1;
    if (a14[i6] !== b[i6]) return a14[i6] - b[i6];
  }
  return 0;
}
var outOfOrderMigration = {
  meta: {
    id: "out-of-order-migration",
    layer: "input",
    severity: "error",
    summary: "A new migration sorts before the newest migration already on the base branch.",
    why: "Databases deployed from the base branch have already applied its newest migration. What happens to a new migration with a lower version depends on the runner: golang-migrate only compares with the last applied version and never runs it; goose (without -allow-missing), Supabase (without --include-all) and Flyway (without outOfOrder) refuse to migrate or ignore it; fresh databases run it before the newer ones, so environments apply the history in different orders. dbmate and Prisma apply every pending migration whatever its version, so for them the finding is lowered to a warning: the file runs after newer ones on existing databases and before them on new ones.",
    bad: "-- base has 20240301_add_orders.sql; the pull request adds:\n-- 20240215_add_users_email.sql",
    good: "-- renamed to sort last:\n-- 20240302_add_users_email.sql",
    references: [`${DOCS}/ddl.html`],
    fixable: false,
    needs: []
  },
  check(ctx) {
    const out = [];
    for (const file of ctx.files) {
      const src = file.source;
      if (file.status !== "added" || src.repeatable || src.version.length === 0) continue;
      const dir = migrationDirectory(src.path, src.framework);
      let newest;
      for (const m of ctx.baseHistory) {
        if (m.repeatable || m.version.length === 0 || migrationDirectory(m.path, m.framework) !== dir) continue;
        if (!newest || compareVersions2(m.version, newest.version) > 0) newest = m;
      }
      if (!newest) continue;
      const cmp = compareVersions2(src.version, newest.version);
      if (cmp > 0) continue;
      const lenient = APPLIES_MISSING.has(src.framework);
      out.push({
        file: src.path,
        line: 1,
        severity: lenient ? "warning" : void 0,
        message: (cmp === 0 ? `${src.path} has the same version (${src.version.join(".")}) as ${newest.path} on the base branch` : `${src.path} (version ${src.version.join(".")}) sorts before ${newest.path} (version ${newest.version.join(".")}), the newest migration on the base branch`) + (lenient ? `: ${src.framework} will still apply it, but after newer migrations on existing databases and before them on new ones.` : ": databases that already applied the newer migration skip it or refuse to migrate."),
        help: `Give the migration a version after ${newest.version.join(".")} (rename the file) so every database applies it last.`,
        verified: "static"
      });
    }
    return out;
  }
};

// src/queries/discover.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);

// src/queries/sqlc-config.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var import_yaml2 = __toESM(require_dist(), 1);
var SQLC_CONFIG_NAMES = ["sqlc.yaml", "sqlc.yml", "sqlc.json"];
function isSqlcConfigPath(path) {
  return SQLC_CONFIG_NAMES.includes(basename(path));
}
function parseSqlcConfig(path, text) {
  const problems = [];
  const report = (line, message) => problems.push({ path, line, message });
  const root = path.endsWith(".json") ? readJson(text, report) : readYaml(text, report);
  if (!root) return { problems };
  if (root.kind !== "map") {
    report(root.line, "sqlc config: expected a mapping at the top level");
    return { problems };
  }
  const folder = dirname(path);
  const packages = [];
  for (const key of ["packages", "sql"]) {
    const list = root.entries.get(key);
    if (!list) continue;
    if (list.kind !== "list") {
      report(list.line, `sqlc config: "${key}" must be a list`);
      continue;
    }
    list.items.forEach((entry, i6) => {
      if (entry.kind !== "map") {
        report(entry.line, `sqlc config: ${key}[${i6}] must be a mapping`);
        return;
      }
      const engineNode = entry.entries.get("engine");
      const engine = engineNode?.kind === "scalar" && typeof engineNode.value === "string" ? engineNode.value : "postgresql";
      const paths = (field) => pathList(entry.entries.get(field), `${key}[${i6}].${field}`, report).flatMap(({ value, line }) => {
        const resolved = resolveRelative(folder, value);
        if (resolved === void 0) report(line, `sqlc config: ${key}[${i6}].${field} "${value}" points outside the repository`);
        return resolved === void 0 ? [] : [resolved];
      });
      packages.push({ engine, queries: paths("queries"), schema: paths("schema") });
    });
  }
  return { config: { path, packages }, problems };
}
function readYaml(text, report) {
  const lines = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    report(lines.linePos(error.pos[0]).line, `sqlc config: invalid YAML: ${error.message.split("\n")[0]}`);
    return void 0;
  }
  return fromYaml(doc.contents, lines);
}
function readJson(text, report) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const line = position ? lineAt(text, Number(position[1])) : 1;
    report(line, `sqlc config: invalid JSON: ${message}`);
    return void 0;
  }
  const lines = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text, { lineCounter: lines, prettyErrors: false });
  return doc.errors.length === 0 ? fromYaml(doc.contents, lines) : fromPlain(value);
}
function fromYaml(node, lines) {
  const line = node?.range ? lines.linePos(node.range[0]).line : 1;
  if ((0, import_yaml2.isMap)(node)) {
    const entries = /* @__PURE__ */ new Map();
    for (const pair of node.items) {
      const key = (0, import_yaml2.isScalar)(pair.key) ? String(pair.key.value) : String(pair.key);
      entries.set(key, fromYaml(pair.value, lines));
    }
    return { kind: "map", line, entries };
  }
  if ((0, import_yaml2.isSeq)(node)) return { kind: "list", line, items: node.items.map((item) => fromYaml(item, lines)) };
  return { kind: "scalar", line, value: (0, import_yaml2.isScalar)(node) ? node.value : null };
}
function fromPlain(value) {
  if (Array.isArray(value)) return { kind: "list", line: 1, items: value.map(fromPlain) };
  if (value !== null && typeof value === "object") {
    return { kind: "map", line: 1, entries: new Map(Object.entries(value).map(([k, v]) => [k, fromPlain(v)])) };
  }
  return { kind: "scalar", line: 1, value };
}
function pathList(node, what, report) {
  if (!node) return [];
  const items = node.kind === "list" ? node.items : [node];
  const out = [];
  for (const item of items) {
    if (item.kind === "scalar" && typeof item.value === "string" && item.value.trim() !== "") out.push({ value: item.value.trim(), line: item.line });
    else report(item.line, `sqlc config: ${what} must be a path or a list of paths`);
  }
  return out;
}
function lineAt(text, index) {
  let line = 1;
  for (let i6 = 0; i6 < Math.min(index, text.length); i6++) if (text[i6] === "\n") line++;
  return line;
}
function resolveRelative(folder, p3) {
  const posix2 = p3.replace(/\\/g, "/");
  if (posix2.startsWith("/") || /^[A-Za-z]:\//.test(posix2)) return void 0;
  const parts = folder === "" ? [] : folder.split("/");
  for (const segment of posix2.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (parts.length === 0) return void 0;
      parts.pop();
    } else parts.push(segment);
  }
  return parts.join("/");
}
var GLOB_CHARS = /[*?[\]]/;
function expandSqlcPaths(patterns, allPaths) {
  const out = /* @__PURE__ */ new Set();
  for (const pattern of patterns) {
    const matches = GLOB_CHARS.test(pattern) ? (0, import_picomatch.default)(pattern, { dot: true }) : (p3) => p3 === pattern;
    for (const path of allPaths) {
      if (matches(path) || matches(dirname(path))) out.add(path);
    }
  }
  return [...out].filter((path) => {
    const name = basename(path);
    return name.endsWith(".sql") && !name.startsWith(".") && !name.endsWith(".down.sql");
  });
}

// src/queries/discover.ts
var DEFAULT_QUERY_GLOBS = [
  "**/queries/**/*.sql",
  "**/query.sql",
  "**/queries.sql",
  "**/*.query.sql",
  "!**/{vendor,third_party}/**",
  "!**/{mysql,mariadb,sqlite,sqlite3,h2,hsqldb,mssql,sqlserver,oracle,clickhouse,cassandra,cockroach,cockroachdb,spanner}/**"
];
var ALWAYS_SKIPPED = (0, import_picomatch2.default)(["**/.git/**", "**/node_modules/**"], { dot: true });
var VENDORED = (0, import_picomatch2.default)(["**/{vendor,third_party}/**"], { dot: true });
function selectQueryPaths(allPaths, options) {
  const { globs, readText, migrationPaths } = options;
  const sqlc = readSqlcConfigs(allPaths, readText);
  const onlyNegations = globs.length > 0 && globs.every((g) => g.startsWith("!"));
  const useDefaults = globs.length === 0 || onlyNegations;
  const effective = useDefaults ? [...DEFAULT_QUERY_GLOBS, ...globs] : globs;
  const include = matcher(effective.filter((g) => !g.startsWith("!")));
  const exclude = matcher(negations(effective));
  const userExclude = matcher(negations(globs));
  const selected = /* @__PURE__ */ new Set();
  for (const path of allPaths) {
    if (include(path) && !exclude(path)) selected.add(path);
  }
  if (useDefaults) {
    for (const path of sqlc.queries) if (!userExclude(path)) selected.add(path);
  }
  const paths = [...selected].filter(
    (path) => !ALWAYS_SKIPPED(path) && !migrationPaths.has(path) && basename(path) !== "schema.sql" && !sqlc.notQueries.has(path)
  );
  return { paths: paths.sort(), problems: sqlc.problems };
}
function negations(globs) {
  return globs.filter((g) => g.startsWith("!")).map((g) => g.slice(1));
}
function matcher(globs) {
  return globs.length > 0 ? (0, import_picomatch2.default)([...globs], { dot: true }) : () => false;
}
function readSqlcConfigs(allPaths, readText) {
  const result = { queries: /* @__PURE__ */ new Set(), notQueries: /* @__PURE__ */ new Set(), problems: [] };
  const schema = /* @__PURE__ */ new Set();
  for (const configPath of allPaths) {
    if (!isSqlcConfigPath(configPath) || ALWAYS_SKIPPED(configPath) || VENDORED(configPath)) continue;
    const text = readText(configPath);
    if (text === void 0) continue;
    const { config, problems } = parseSqlcConfig(configPath, text);
    result.problems.push(...problems);
    for (const entry of config?.packages ?? []) {
      const queries = expandSqlcPaths(entry.queries, allPaths);
      const schemaFiles = expandSqlcPaths(entry.schema, allPaths);
      if (entry.engine.toLowerCase() === "postgresql") {
        for (const path of queries) result.queries.add(path);
        for (const path of schemaFiles) schema.add(path);
      } else {
        for (const path of [...queries, ...schemaFiles]) result.notQueries.add(path);
      }
    }
  }
  for (const path of schema) if (!result.queries.has(path)) result.notQueries.add(path);
  for (const path of result.queries) result.notQueries.delete(path);
  return result;
}

// src/sql/boundaries.ts
function splitAtSemicolons(tokens, from, to) {
  const chunks = [];
  let start = from;
  let leadingWords = [];
  let atomicDepth = 0;
  let previousWord = "";
  for (const token of tokens) {
    if (token.kind === "comment" || token.kind === "meta") continue;
    const word = token.kind === "word" ? token.word ?? "" : "";
    if (leadingWords.length < 4) leadingWords.push(word);
    if (atomicDepth === 0) {
      if (previousWord === "BEGIN" && word === "ATOMIC" && isRoutineDefinition(leadingWords)) atomicDepth = 1;
    } else if (word === "CASE") atomicDepth++;
    else if (word === "END") atomicDepth--;
    previousWord = word;
    if (token.kind === "semicolon" && atomicDepth === 0) {
      chunks.push({ start, end: token.end, terminated: true });
      start = token.end;
      leadingWords = [];
    }
  }
  if (start < to) chunks.push({ start, end: to, terminated: false });
  return chunks;
}
function isRoutineDefinition(words) {
  const [create, second, third, fourth] = words;
  if (create !== "CREATE") return false;
  const kind = second === "OR" && third === "REPLACE" ? fourth : second;
  return kind === "FUNCTION" || kind === "PROCEDURE";
}

// src/sql/parser.ts
var import_libpg_query = __toESM(require_wasm(), 1);

// src/sql/offsets.ts
var ASCII_ONLY = /^[\x00-\x7f]*$/;
var Utf8Offsets = class {
  /** Byte offset of each string index (length + 1 entries); absent for pure ASCII, where both agree. */
  byteAt;
  /** String indexes where a surrogate pair (one code point, two UTF-16 units) starts, ascending. */
  pairs = [];
  length;
  constructor(text) {
    this.length = text.length;
    if (ASCII_ONLY.test(text)) return;
    const byteAt = new Uint32Array(text.length + 1);
    let bytes = 0;
    for (let i6 = 0; i6 < text.length; i6++) {
      byteAt[i6] = bytes;
      const code = text.charCodeAt(i6);
      if (code < 128) bytes += 1;
      else if (code < 2048) bytes += 2;
      else if (code >= 55296 && code <= 56319 && isLowSurrogate(text.charCodeAt(i6 + 1))) {
        byteAt[i6 + 1] = bytes;
        this.pairs.push(i6);
        bytes += 4;
        i6++;
      } else bytes += 3;
    }
    byteAt[text.length] = bytes;
    this.byteAt = byteAt;
  }
  /** Total UTF-8 length of the text. */
  get byteLength() {
    return this.byteAt ? this.byteAt[this.length] : this.length;
  }
  /** String index of the character starting at `byte` (a byte inside a character rounds up to the next one). */
  indexOf(byte) {
    const byteAt = this.byteAt;
    if (byte <= 0) return 0;
    if (!byteAt) return Math.min(byte, this.length);
    if (byte >= byteAt[this.length]) return this.length;
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (byteAt[mid] < byte) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** UTF-8 byte offset of string index `index`. */
  byteOf(index) {
    const clamped = Math.max(0, Math.min(index, this.length));
    return this.byteAt ? this.byteAt[clamped] : clamped;
  }
  /** Code point offset of string index `index`. */
  codePointOf(index) {
    const clamped = Math.max(0, Math.min(index, this.length));
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (this.pairs[mid] < clamped) lo = mid + 1;
      else hi = mid;
    }
    return clamped - lo;
  }
  /** String index of the code point at offset `codePoint`. */
  indexOfCodePoint(codePoint) {
    if (codePoint <= 0) return 0;
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (this.pairs[mid] - mid < codePoint) lo = mid + 1;
      else hi = mid;
    }
    return Math.min(codePoint + lo, this.length);
  }
};
function isLowSurrogate(code) {
  return code >= 56320 && code <= 57343;
}
var LineMap = class {
  constructor(text) {
    this.text = text;
    for (let i6 = text.indexOf("\n"); i6 !== -1; i6 = text.indexOf("\n", i6 + 1)) this.starts.push(i6 + 1);
  }
  text;
  starts = [0];
  get lineCount() {
    return this.starts.length;
  }
  /** 1-based line of string index `index` (clamped to the text). */
  lineAt(index) {
    const target = Math.max(0, Math.min(index, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >>> 1;
      if (this.starts[mid] <= target) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  /** 1-based line and column (in UTF-16 units, like editors) of string index `index`. */
  position(index) {
    const target = Math.max(0, Math.min(index, this.text.length));
    const line = this.lineAt(target);
    return { line, column: target - this.starts[line - 1] + 1 };
  }
  /** String index where 1-based `line` starts. */
  lineStart(line) {
    return this.starts[Math.max(1, Math.min(line, this.starts.length)) - 1];
  }
};

// src/sql/parser.ts
var loading;
var ready = false;
function ensureParser() {
  loading ??= (0, import_libpg_query.loadModule)().then(
    () => {
      ready = true;
    },
    (error) => {
      loading = void 0;
      throw error;
    }
  );
  return loading;
}
function assertReady() {
  if (!ready) throw new Error("The SQL parser is not loaded yet: await ensureParser() before parsing SQL.");
}
var SqlParseError = class extends Error {
  constructor(message, cursor) {
    super(message);
    this.cursor = cursor;
    this.name = "SqlParseError";
  }
  cursor;
};
var SqlScanError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "SqlScanError";
  }
};
var NUL_MESSAGE = 'invalid byte sequence for encoding "UTF8": 0x00 (a NUL character cannot be part of SQL text)';
function parseSync(sql) {
  assertReady();
  if (/^[ \t\n\r\f\v]*$/.test(sql)) return { stmts: [] };
  const nul = sql.indexOf("\0");
  if (nul >= 0) throw new SqlParseError(NUL_MESSAGE, new Utf8Offsets(sql).codePointOf(nul));
  try {
    return (0, import_libpg_query.parseSync)(sql);
  } catch (error) {
    const details = error.sqlDetails;
    if (details && typeof details.cursorPosition === "number") {
      throw new SqlParseError(details.message ?? String(error), details.cursorPosition);
    }
    throw error;
  }
}
function scanSync(sql) {
  assertReady();
  if (sql === "") return [];
  if (sql.includes("\0")) throw new SqlScanError(NUL_MESSAGE);
  try {
    return (0, import_libpg_query.scanSync)(sql).tokens ?? [];
  } catch (error) {
    throw new SqlScanError(error instanceof Error ? error.message : String(error));
  }
}

// src/sql/lexer.ts
function tokenize(text, offsets, from = 0, to = text.length) {
  let scanned;
  try {
    scanned = scanSync(text.slice(from, to));
  } catch (error) {
    if (error instanceof SqlScanError) return lexSql(text, from, to);
    throw error;
  }
  const base = offsets.byteOf(from);
  return scanned.map((token) => {
    const start = offsets.indexOf(base + token.start);
    const end = offsets.indexOf(base + token.end);
    if (token.tokenName === "SQL_COMMENT" || token.tokenName === "C_COMMENT") return { kind: "comment", start, end };
    if (token.text === ";") return { kind: "semicolon", start, end };
    if (token.tokenName === "SCONST" || STRING_START.test(token.text)) return { kind: "string", start, end };
    if (token.keywordKind !== 0 || token.tokenName === "IDENT") {
      return token.text.startsWith('"') ? { kind: "other", start, end } : { kind: "word", start, end, word: token.text.toUpperCase() };
    }
    return { kind: "other", start, end };
  });
}
var STRING_START = /^(?:(?:[eEbBxX]|[uU]&)?'|\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$)/;
var IDENT_START = /[A-Za-z_\u0080-\uffff]/;
var IDENT_CONT = /[A-Za-z0-9_$\u0080-\uffff]/y;
var DOLLAR_TAG = /\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/y;
var WHITESPACE = /* @__PURE__ */ new Set([" ", "	", "\n", "\r", "\f", "\v"]);
function lexSql(text, from = 0, to = text.length) {
  const tokens = [];
  let i6 = from;
  while (i6 < to) {
    const c3 = text[i6];
    const next = text[i6 + 1];
    const start = i6;
    if (WHITESPACE.has(c3)) {
      i6++;
      continue;
    }
    if (c3 === "-" && next === "-") {
      const eol = text.indexOf("\n", i6);
      i6 = eol === -1 || eol > to ? to : eol;
      tokens.push({ kind: "comment", start, end: i6 });
    } else if (c3 === "/" && next === "*") {
      const end = blockCommentEnd(text, i6, to);
      i6 = end === -1 ? to : end;
      tokens.push({ kind: "comment", start, end: i6 });
    } else if (c3 === "'") {
      const prefixStart = stringPrefix(text, tokens, i6);
      const escapes = prefixStart === i6 - 1 && (text[prefixStart] === "E" || text[prefixStart] === "e");
      i6 = quotedEnd(text, i6, to, "'", escapes);
      tokens.push({ kind: "string", start: prefixStart, end: i6 });
    } else if (c3 === '"') {
      i6 = quotedEnd(text, i6, to, '"', false);
      tokens.push({ kind: "other", start, end: i6 });
    } else if (c3 === "$") {
      DOLLAR_TAG.lastIndex = i6;
      const tag = DOLLAR_TAG.exec(text);
      if (tag && i6 + tag[0].length <= to) {
        const close = text.indexOf(tag[0], i6 + tag[0].length);
        i6 = close === -1 || close + tag[0].length > to ? to : close + tag[0].length;
        tokens.push({ kind: "string", start, end: i6 });
      } else {
        i6 = identEnd(text, i6 + 1, to);
        tokens.push({ kind: "other", start, end: i6 });
      }
    } else if (c3 === ";") {
      i6++;
      tokens.push({ kind: "semicolon", start, end: i6 });
    } else if (c3 === "\\" && startsLine(text, i6, from)) {
      const eol = text.indexOf("\n", i6);
      i6 = eol === -1 || eol > to ? to : eol;
      tokens.push({ kind: "meta", start, end: i6 });
    } else if (IDENT_START.test(c3)) {
      i6 = identEnd(text, i6 + 1, to);
      tokens.push({ kind: "word", start, end: i6, word: text.slice(start, i6).toUpperCase() });
    } else if (c3 >= "0" && c3 <= "9") {
      i6 = identEnd(text, i6 + 1, to);
      tokens.push({ kind: "other", start, end: i6 });
    } else {
      i6++;
      tokens.push({ kind: "other", start, end: i6 });
    }
  }
  return tokens;
}
function stringPrefix(text, tokens, i6) {
  const previous = tokens[tokens.length - 1];
  if (previous?.end !== i6) return i6;
  if (previous.word === "E" || previous.word === "B" || previous.word === "X") {
    tokens.pop();
    return previous.start;
  }
  const beforeAmpersand = tokens[tokens.length - 2];
  if (text[i6 - 1] === "&" && previous.start === i6 - 1 && beforeAmpersand?.end === i6 - 1 && beforeAmpersand.word === "U") {
    tokens.length -= 2;
    return beforeAmpersand.start;
  }
  return i6;
}
function identEnd(text, i6, to) {
  IDENT_CONT.lastIndex = i6;
  while (i6 < to && IDENT_CONT.test(text)) i6 = IDENT_CONT.lastIndex;
  return Math.min(i6, to);
}
function blockCommentEnd(text, i6, to) {
  let depth = 0;
  while (i6 < to) {
    if (text[i6] === "/" && text[i6 + 1] === "*") {
      depth++;
      i6 += 2;
    } else if (text[i6] === "*" && text[i6 + 1] === "/") {
      depth--;
      i6 += 2;
      if (depth === 0) return i6;
    } else i6++;
  }
  return -1;
}
function quotedEnd(text, i6, to, quote, backslashEscapes) {
  i6++;
  while (i6 < to) {
    const c3 = text[i6];
    if (backslashEscapes && c3 === "\\") i6 += 2;
    else if (c3 === quote) {
      if (text[i6 + 1] === quote) i6 += 2;
      else return i6 + 1;
    } else i6++;
  }
  return to;
}
function startsLine(text, i6, from) {
  for (let j = i6 - 1; j >= from; j--) {
    const c3 = text[j];
    if (c3 === "\n") return true;
    if (c3 !== " " && c3 !== "	" && c3 !== "\r") return false;
  }
  return true;
}
function skipTrivia(text, i6, to) {
  while (i6 < to) {
    const c3 = text[i6];
    if (WHITESPACE.has(c3)) i6++;
    else if (c3 === "-" && text[i6 + 1] === "-") {
      const eol = text.indexOf("\n", i6);
      if (eol === -1 || eol >= to) return to;
      i6 = eol + 1;
    } else if (c3 === "/" && text[i6 + 1] === "*") {
      const end = blockCommentEnd(text, i6, to);
      if (end === -1) return i6;
      i6 = end;
    } else return i6;
  }
  return Math.min(i6, to);
}
function trimWhitespaceEnd(text, start, end) {
  while (end > start && WHITESPACE.has(text[end - 1])) end--;
  return end;
}

// src/queries/formats.ts
var SQLC_COMMANDS = "one|many|exec|execrows|execresult|execlastid|batchexec|batchmany|batchone|copyfrom";
var SQLC_LINE = new RegExp(`^--\\s*name:\\s*(\\S+)\\s+:(${SQLC_COMMANDS})\\b`);
var SQLC_BLOCK = new RegExp(`^/\\*\\s*name:\\s*(\\S+)\\s+:(${SQLC_COMMANDS})\\b`);
var NAMED_LINE = /^--\s*name\s*:\s*(\S+)/;
var PGTYPED_NAME = /@name\s+([A-Za-z_$][\w$]*)/;
var PGTYPED_PARAM = /@param\s+([A-Za-z_$][\w$]*)\s*->\s*/g;
function detectQueryFormat(text) {
  let pgtyped = false;
  let named = false;
  for (const token of lexSql(text)) {
    if (token.kind !== "comment") continue;
    const comment = text.slice(token.start, token.end);
    if (SQLC_LINE.test(comment) || SQLC_BLOCK.test(comment)) return "sqlc";
    if (comment.startsWith("/*") && PGTYPED_NAME.test(comment)) pgtyped = true;
    else if (NAMED_LINE.test(comment)) named = true;
  }
  return pgtyped ? "pgtyped" : named ? "named" : "plain";
}
function readAnnotation(comment, format) {
  if (format === "sqlc") {
    const match = SQLC_LINE.exec(comment) ?? SQLC_BLOCK.exec(comment);
    return match ? { name: match[1], command: match[2], expansions: /* @__PURE__ */ new Map() } : void 0;
  }
  if (format === "pgtyped") {
    const match = comment.startsWith("/*") ? PGTYPED_NAME.exec(comment) : null;
    return match ? { name: match[1], expansions: readExpansions(comment) } : void 0;
  }
  if (format === "named") {
    const match = NAMED_LINE.exec(comment);
    return match ? { name: match[1], expansions: /* @__PURE__ */ new Map() } : void 0;
  }
  return void 0;
}
function readExpansions(comment) {
  const expansions = /* @__PURE__ */ new Map();
  for (const match of comment.matchAll(PGTYPED_PARAM)) {
    const rest = comment.slice(match.index + match[0].length);
    const expansion = readExpansion(rest);
    if (expansion) expansions.set(match[1], expansion);
  }
  return expansions;
}
function readExpansion(text) {
  if (/^\(\s*\.\.\.\s*\)/.test(text)) return { kind: "spread" };
  if (/^\[\s*\.\.\.\s*\]/.test(text)) return { kind: "arrayLiteral" };
  const pickSpread = /^\(\s*\(([^()]*)\)\s*\.\.\.\s*\)/.exec(text);
  if (pickSpread) return { kind: "pickSpread", fields: fieldNames(pickSpread[1]) };
  const pick = /^\(([^()]*)\)/.exec(text);
  if (pick) return { kind: "pick", fields: fieldNames(pick[1]) };
  return void 0;
}
function fieldNames(list) {
  return list.split(",").map((f) => f.trim().replace(/!$/, "")).filter((f) => f !== "");
}
function queryRegions(text, format) {
  const tokens = lexSql(text);
  const regions = [];
  let t32 = 0;
  let previous;
  for (const chunk of splitAtSemicolons(tokens, 0, text.length)) {
    let start = chunk.start;
    let annotation;
    let seenCode = false;
    let commentRun = -1;
    for (; t32 < tokens.length && tokens[t32].start < chunk.end; t32++) {
      const token = tokens[t32];
      if (token.kind !== "comment") {
        seenCode = true;
        commentRun = -1;
        continue;
      }
      if (commentRun < 0) commentRun = token.start;
      const found = format === "plain" ? void 0 : readAnnotation(text.slice(token.start, token.end), format);
      if (!found) continue;
      if (seenCode) {
        regions.push({ start, end: commentRun, annotation: annotation ?? inherit(format, previous) });
        previous = annotation ?? inherit(format, previous);
        start = commentRun;
        seenCode = false;
      }
      annotation = { ...found, start: token.start, end: token.end };
    }
    const own = annotation ?? (seenCode ? inherit(format, previous) : void 0);
    regions.push({ start, end: chunk.end, annotation: own });
    if (seenCode || annotation) previous = own;
  }
  return regions.filter((r9) => r9.end > r9.start);
}
function inherit(format, previous) {
  return format === "named" ? previous : void 0;
}
function hasTemplatePlaceholder(text) {
  if (!text.includes("%")) return false;
  const tokens = lexSql(text).filter((t32) => t32.kind !== "comment" && t32.kind !== "string");
  for (let i6 = 0; i6 + 1 < tokens.length; i6++) {
    const [percent, word, after] = [tokens[i6], tokens[i6 + 1], tokens[i6 + 2]];
    if (text[percent.start] !== "%" || word.kind !== "word" || word.start !== percent.end) continue;
    if (after && after.start === word.end && text[after.start] === "%") return true;
    if (GO_VERBS.has(word.word ?? "")) return true;
  }
  return false;
}
var GO_VERBS = /* @__PURE__ */ new Set(["S", "D", "V", "Q"]);

// src/queries/params.ts
var MAX_PARAMETERS = 65535;
var OPERATOR_CHARS = new Set("+-*/<>=~!@#%^&|`?");
var SQLC_FUNCTIONS = /* @__PURE__ */ new Set(["ARG", "NARG", "SLICE", "EMBED"]);
function normalizeParameters(text, format, expansions = /* @__PURE__ */ new Map()) {
  const tokens = lexSql(text);
  const { sites, maxPositional } = findSites(text, tokens, format, expansions);
  const params = Array.from({ length: maxPositional }, (_, i6) => String(i6 + 1));
  const numbers = /* @__PURE__ */ new Map();
  const numberOf = (name) => {
    let n = numbers.get(name);
    if (n === void 0) {
      params.push(name);
      n = params.length;
      numbers.set(name, n);
    }
    return n;
  };
  const parts = [];
  let copied = 0;
  for (const site of sites) {
    parts.push(text.slice(copied, site.start), fit(text.slice(site.start, site.end), replacement(site, numberOf)));
    copied = site.end;
  }
  parts.push(text.slice(copied));
  return { text: parts.join(""), params };
}
function replacement(site, numberOf) {
  if (site.kind === "embed") return `${site.table}.*`;
  const { name, expansion } = site;
  switch (expansion?.kind) {
    case void 0:
      return `$${numberOf(name)}`;
    case "spread":
      return `($${numberOf(name)})`;
    case "arrayLiteral":
      return `ARRAY[$${numberOf(name)}]`;
    case "pick":
    case "pickSpread":
      return `(${expansion.fields.map((f) => `$${numberOf(`${name}.${f}`)}`).join(", ")})`;
  }
}
function fit(original, replacement2) {
  const blanked = original.replace(/[^\r\n]/g, " ");
  const firstLine = /^[^\r\n]*/.exec(original)[0].length;
  return replacement2 + blanked.slice(Math.min(replacement2.length, firstLine));
}
function findSites(text, tokens, format, expansions) {
  const sites = [];
  let maxPositional = 0;
  const brackets = [];
  let previous;
  for (let i6 = 0; i6 < tokens.length; i6++) {
    const token = tokens[i6];
    if (token.kind === "comment" || token.kind === "meta") continue;
    const piece = text.slice(token.start, token.end);
    if (token.kind === "other") {
      const positional = /^\$(\d+)$/.exec(piece);
      if (positional && Number(positional[1]) <= MAX_PARAMETERS) maxPositional = Math.max(maxPositional, Number(positional[1]));
      else if (piece === "[") brackets.push(bracketKind(text, previous, brackets));
      else if (piece === "]") brackets.pop();
      else if (piece === "@" && format === "sqlc") {
        const name = tokens[i6 + 1];
        if (name?.kind === "word" && name.start === token.end && !OPERATOR_CHARS.has(text[token.start - 1] ?? "")) {
          sites.push({ start: token.start, end: name.end, kind: "param", name: text.slice(name.start, name.end) });
          i6++;
        }
      } else if (piece === ":" && format !== "sqlc" && brackets[brackets.length - 1] !== "subscript") {
        const site = colonParameter(text, token, tokens[i6 + 1], format, expansions);
        if (site) {
          sites.push(site);
          i6++;
        }
      }
    } else if (token.kind === "word" && token.word === "SQLC" && format === "sqlc") {
      const call = sqlcCall(text, tokens, i6);
      if (call) {
        sites.push(call.site);
        i6 = call.last;
      }
    }
    previous = tokens[i6];
  }
  return { sites, maxPositional };
}
function bracketKind(text, previous, open) {
  if (previous?.word === "ARRAY") return "array";
  const before = previous ? text.slice(previous.start, previous.end) : "";
  if (open[open.length - 1] === "array" && (before === "[" || before === ",")) return "array";
  return "subscript";
}
function colonParameter(text, colon, name, format, expansions) {
  if (text[colon.start - 1] === ":" || text[colon.end] === ":" || text[colon.end] === "=") return void 0;
  if (name?.kind !== "word" || name.start !== colon.end) return void 0;
  let end = name.end;
  if (format === "pgtyped" && text[end] === "!" && text[end + 1] !== "=") end++;
  const paramName = text.slice(name.start, name.end);
  const expansion = format === "pgtyped" ? expansions.get(paramName) : void 0;
  return { start: colon.start, end, kind: "param", name: paramName, ...expansion ? { expansion } : {} };
}
function sqlcCall(text, tokens, i6) {
  const [sqlc, dot, fn, open, arg, close] = tokens.slice(i6, i6 + 6);
  if (!close) return void 0;
  if (text.slice(dot.start, dot.end) !== "." || dot.start !== sqlc.end || fn.start !== dot.end) return void 0;
  if (fn.kind !== "word" || !SQLC_FUNCTIONS.has(fn.word ?? "")) return void 0;
  if (text.slice(open.start, open.end) !== "(" || text.slice(close.start, close.end) !== ")") return void 0;
  const piece = text.slice(arg.start, arg.end);
  const name = argumentName(piece, arg);
  if (name === void 0 || fn.word === "EMBED" && arg.kind === "string") return void 0;
  const span = { start: sqlc.start, end: close.end };
  const site = fn.word === "EMBED" ? { ...span, kind: "embed", table: piece } : { ...span, kind: "param", name };
  return { site, last: i6 + 5 };
}
function argumentName(piece, token) {
  if (token.kind === "word") return piece;
  if (token.kind === "string" && piece.startsWith("'") && piece.endsWith("'") && piece.length >= 2) return piece.slice(1, -1).replace(/''/g, "'");
  if (token.kind === "other" && piece.startsWith('"') && piece.endsWith('"') && piece.length >= 2) return piece.slice(1, -1).replace(/""/g, '"');
  return void 0;
}

// src/sql/depth.ts
var MAX_NESTING = 1e3;
var NESTING_WORDS = /* @__PURE__ */ new Set(["SELECT", "NOT", "IS", "ISNULL", "NOTNULL", "IN", "LIKE", "ILIKE", "SIMILAR", "BETWEEN", "COLLATE", "AT", "OVERLAPS"]);
var CHAIN_WORDS = /* @__PURE__ */ new Set(["UNION", "INTERSECT", "EXCEPT", "JOIN"]);
var SEPARATOR_WORDS = /* @__PURE__ */ new Set(["AND", "OR", "WHEN", "THEN", "ELSE"]);
var OPERATOR_CHARS2 = new Set("+-*/<>=~!@#%^&|`?:");
function estimateNesting(text, limit = MAX_NESTING, from = 0, to = text.length) {
  const spots = [];
  let levels = [{ run: 0, chain: 0 }];
  let depth = 1;
  let reported = false;
  let deepest = from;
  let max = 0;
  let operatorEnd = -1;
  for (const token of lexSql(text, from, to)) {
    const level = levels[levels.length - 1];
    if (token.kind === "semicolon") {
      levels = [{ run: 0, chain: 0 }];
      depth = 1;
      reported = false;
      continue;
    }
    if (token.kind === "word") {
      const word = token.word ?? "";
      if (word === "CASE") {
        levels.push({ run: 0, chain: 0, isCase: true });
        depth++;
      } else if (word === "END" && level.isCase) {
        levels.pop();
        depth -= 1 + level.run + level.chain;
      } else if (SEPARATOR_WORDS.has(word)) {
        depth -= level.run;
        level.run = 0;
      } else if (CHAIN_WORDS.has(word)) {
        depth += 1 - level.run;
        level.run = 0;
        level.chain++;
      } else if (NESTING_WORDS.has(word)) {
        level.run++;
        depth++;
      }
    } else if (token.kind === "other" && token.end === token.start + 1) {
      const c3 = text[token.start];
      if (c3 === "(" || c3 === "[") {
        levels.push({ run: 0, chain: 0 });
        depth++;
      } else if ((c3 === ")" || c3 === "]") && levels.length > 1) {
        levels.pop();
        depth -= 1 + level.run + level.chain;
      } else if (c3 === ",") {
        depth -= level.run;
        level.run = 0;
      } else if (OPERATOR_CHARS2.has(c3)) {
        if (token.start !== operatorEnd) {
          level.run++;
          depth++;
        }
        operatorEnd = token.end;
      }
    }
    if (depth > max) {
      max = depth;
      deepest = token.start;
    }
    if (depth > limit && !reported) {
      spots.push(token.start);
      reported = true;
    }
  }
  return { spots, deepest };
}

// src/sql/ignores.ts
var IGNORE_MARKER = "pg-migration-review";
var DIRECTIVE2 = /^\s*pg-migration-review\s*:\s*(ignore-file|ignore)(?=[\s,]|$)(.*)$/is;
function parseIgnoreComment(comment) {
  let body2 = comment;
  if (body2.startsWith("--")) body2 = body2.slice(2);
  else if (body2.startsWith("/*")) body2 = body2.slice(2, body2.endsWith("*/") ? -2 : void 0);
  const match = DIRECTIVE2.exec(body2);
  if (!match) return void 0;
  const rest = match[2];
  const reasonAt = rest.indexOf("--");
  const ids = reasonAt === -1 ? rest : rest.slice(0, reasonAt);
  const reason = reasonAt === -1 ? "" : rest.slice(reasonAt + 2).trim();
  const directive = {
    scope: match[1].toLowerCase() === "ignore-file" ? "file" : "statement",
    // Kept as written (unknown ids are reported later by the unknown-ignore rule).
    rules: ids.split(/[\s,]+/).filter((id) => id !== "")
  };
  if (reason !== "") directive.reason = reason;
  return directive;
}
function findIgnoreDirectives(text, comments, lines) {
  const found = [];
  for (const { start, end } of comments) {
    const comment = text.slice(start, end);
    if (!comment.toLowerCase().includes(IGNORE_MARKER)) continue;
    const parsed = parseIgnoreComment(comment);
    if (parsed) found.push({ directive: { ...parsed, line: lines.lineAt(start) }, start, end });
  }
  return found;
}
function assignIgnores(directives, statements) {
  const perStatement = statements.map(() => []);
  const fileIgnores = [];
  let s = 0;
  for (const { directive, start, end } of directives) {
    if (directive.scope === "file") {
      fileIgnores.push(directive);
      continue;
    }
    while (s < statements.length && statements[s].start < end) s++;
    if (s === statements.length) continue;
    const previousEnd = s === 0 ? 0 : statements[s - 1].end;
    if (start >= previousEnd) perStatement[s].push(directive);
  }
  return { perStatement, fileIgnores };
}

// src/sql/mask.ts
var BOM = "\uFEFF";
var META_LINE = /(^|\n)[ \t]*\\/;
var LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function maskNonSql(text) {
  let masked = text.startsWith(BOM) ? " " + text.slice(1) : text;
  masked = masked.replace(LONE_SURROGATE, "\uFFFD");
  if (!META_LINE.test(masked)) return masked;
  const parts = [];
  let copied = 0;
  for (const token of lexSql(masked)) {
    if (token.kind !== "meta") continue;
    parts.push(masked.slice(copied, token.start), " ".repeat(token.end - token.start));
    copied = token.end;
  }
  if (parts.length === 0) return masked;
  parts.push(masked.slice(copied));
  masked = parts.join("");
  return masked;
}

// src/sql/split.ts
var MAX_RANGE_RETRIES = 8;
var SourceFile = class {
  constructor(text) {
    this.text = text;
    this.masked = maskNonSql(text);
    this.offsets = new Utf8Offsets(this.masked);
  }
  text;
  masked;
  offsets;
  tokenCache;
  deepSpots;
  tokens() {
    this.tokenCache ??= tokenize(this.masked, this.offsets);
    return this.tokenCache;
  }
  /** The first place in [from, to) where a statement nests too deeply for the parser (see depth.ts). */
  tooDeep(from, to) {
    this.deepSpots ??= this.masked.length >= MAX_NESTING ? estimateNesting(this.masked).spots : [];
    const spot = this.deepSpots.find((s) => s >= from);
    return spot !== void 0 && spot < to ? spot : void 0;
  }
  /** A parse error at string index `index` of a parse that started at string index `from`. */
  errorAt(from, index, message) {
    return new SqlParseError(message, this.offsets.codePointOf(index) - this.offsets.codePointOf(from));
  }
  /** String index of a parse error's cursor (code points) in a parse that started at string index `from`. */
  errorIndex(from, error) {
    return this.offsets.indexOfCodePoint(this.offsets.codePointOf(from) + error.cursor);
  }
};
function parseSqlFile(text) {
  const file = new SourceFile(text);
  const whole = attempt(file, 0, file.masked.length);
  const drafts = whole.ok ? whole.drafts : recover(file, whole.error);
  const lines = new LineMap(text);
  let perStatement = drafts.map(() => []);
  let fileIgnores = [];
  if (text.toLowerCase().includes(IGNORE_MARKER)) {
    const comments = file.tokens().filter((t32) => t32.kind === "comment");
    ({ perStatement, fileIgnores } = assignIgnores(findIgnoreDirectives(file.masked, comments, lines), drafts));
  }
  const statements = drafts.map((draft, index) => {
    const from = lines.position(draft.start);
    const to = lines.position(draft.end);
    const statement = {
      index,
      text: text.slice(draft.start, draft.end),
      span: { start: draft.start, end: draft.end, line: from.line, column: from.column, endLine: to.line, endColumn: to.column },
      kind: draft.kind,
      ignores: perStatement[index]
    };
    if (draft.ast) statement.ast = draft.ast;
    if (draft.error) statement.syntaxError = { message: draft.error.message, ...lines.position(draft.error.index) };
    return statement;
  });
  return { statements, fileIgnores };
}
var TOO_DEEP = `statement nested too deeply to be parsed safely (over ${MAX_NESTING} levels of brackets, subqueries and chained operators)`;
function attempt(file, from, to) {
  const deep = file.tooDeep(from, to);
  if (deep !== void 0) return { ok: false, error: file.errorAt(from, deep, TOO_DEEP) };
  let result;
  try {
    result = parseSync(file.masked.slice(from, to));
  } catch (error) {
    if (error instanceof SqlParseError) return { ok: false, error };
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      return { ok: false, error: file.errorAt(from, estimateNesting(file.masked, MAX_NESTING, from, to).deepest, TOO_DEEP) };
    }
    throw error;
  }
  return { ok: true, drafts: draftsFromParse(file, result, from, to) };
}
function draftsFromParse(file, result, from, to) {
  const { masked, offsets } = file;
  const base = offsets.byteOf(from);
  const drafts = [];
  for (const raw of result.stmts ?? []) {
    if (!raw.stmt) continue;
    const locationByte = base + (raw.stmt_location ?? 0);
    const location = offsets.indexOf(locationByte);
    const stop = raw.stmt_len ? Math.min(offsets.indexOf(locationByte + raw.stmt_len), to) : to;
    const start = skipTrivia(masked, location, stop);
    const end = stop < to && masked[stop] === ";" ? stop + 1 : trimTrailing(file, start, stop);
    drafts.push({ start, end, kind: nodeKind(raw.stmt), ast: raw.stmt });
  }
  return drafts;
}
function trimTrailing(file, start, end) {
  const slice = file.masked.slice(start, end);
  if (!slice.includes("--") && !slice.includes("/*")) return trimWhitespaceEnd(file.masked, start, end);
  const tokens = tokenize(file.masked, file.offsets, start, end);
  for (let i6 = tokens.length - 1; i6 >= 0; i6--) {
    if (tokens[i6].kind !== "comment" && tokens[i6].kind !== "meta") return tokens[i6].end;
  }
  return trimWhitespaceEnd(file.masked, start, end);
}
function recover(file, firstError) {
  const chunks = splitAtSemicolons(file.tokens(), 0, file.masked.length);
  const drafts = [];
  let error = firstError;
  let retries = 0;
  let i6 = 0;
  while (i6 < chunks.length) {
    const last = chunks.length - 1;
    if (!error) {
      if (retries >= MAX_RANGE_RETRIES) {
        for (let c3 = i6; c3 <= last; c3++) drafts.push(...parseChunk(file, chunks[c3]));
        break;
      }
      const rest = attempt(file, chunks[i6].start, chunks[last].end);
      if (rest.ok) {
        drafts.push(...rest.drafts);
        break;
      }
      error = rest.error;
    }
    retries++;
    const errorIndex = file.errorIndex(chunks[i6].start, error);
    const k = chunkAt(chunks, errorIndex, i6, last);
    if (k > i6) drafts.push(...parseRange(file, chunks, i6, k - 1));
    drafts.push(...parseChunk(file, chunks[k], { error, from: chunks[i6].start }));
    error = void 0;
    i6 = k + 1;
  }
  return drafts;
}
function chunkAt(chunks, index, lo, hi) {
  while (lo < hi) {
    const mid = lo + hi + 1 >>> 1;
    if (chunks[mid].start <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function parseRange(file, chunks, i6, j) {
  const range = attempt(file, chunks[i6].start, chunks[j].end);
  if (range.ok) return range.drafts;
  const drafts = [];
  for (let c3 = i6; c3 <= j; c3++) drafts.push(...parseChunk(file, chunks[c3]));
  return drafts;
}
function parseChunk(file, chunk, context) {
  const alone = attempt(file, chunk.start, chunk.end);
  if (alone.ok && !context) return alone.drafts;
  const error = alone.ok ? context.error : alone.error;
  const errorIndex = file.errorIndex(alone.ok ? context.from : chunk.start, error);
  let start = skipTrivia(file.masked, chunk.start, chunk.end);
  if (errorIndex >= chunk.start && errorIndex < start) start = errorIndex;
  let end = chunk.terminated ? chunk.end : trimTrailing(file, start, chunk.end);
  if (errorIndex >= end && errorIndex < chunk.end && skipTrivia(file.masked, errorIndex, chunk.end) === errorIndex) {
    end = trimWhitespaceEnd(file.masked, start, chunk.end);
  }
  return [{ start, end, kind: "Unparsed", error: { message: error.message, index: Math.max(start, Math.min(errorIndex, end)) } }];
}

// src/queries/load.ts
function loadQueryFile(path, text) {
  const format = detectQueryFormat(text);
  const regions = queryRegions(text, format).map((region) => ({
    annotation: region.annotation,
    ...normalizeParameters(text.slice(region.start, region.end), format, region.annotation?.expansions)
  }));
  const normalizedText = regions.map((r9) => r9.text).join("");
  const lines = new LineMap(normalizedText);
  const queries = [];
  const fileIgnores = [];
  let start = 0;
  let index = 0;
  for (const region of regions) {
    const regionStart = start;
    start += region.text.length;
    if (region.text.trim() === "") continue;
    const at = lines.position(regionStart);
    const pad = "\n".repeat(at.line - 1) + " ".repeat(at.column - 1);
    const shift = regionStart - pad.length;
    const parsed = parseSqlFile(pad + region.text);
    fileIgnores.push(...parsed.fileIgnores);
    for (const parsedStatement of parsed.statements) {
      const statement = {
        ...parsedStatement,
        index: index++,
        span: { ...parsedStatement.span, start: parsedStatement.span.start + shift, end: parsedStatement.span.end + shift }
      };
      if (!region.annotation && (format === "sqlc" || format === "pgtyped")) continue;
      const query = { file: path, statement, params: region.params };
      if (region.annotation) query.name = region.annotation.name;
      queries.push(query);
    }
  }
  return { path, format, text, normalizedText, queries, fileIgnores };
}

// src/rules/input/syntax-error.ts
var syntaxError = {
  meta: {
    id: "syntax-error",
    layer: "input",
    severity: "error",
    summary: "The PostgreSQL parser rejects the statement.",
    why: "The statement is parsed with the PostgreSQL 18 grammar itself. What it rejects fails at deploy with the same syntax error, and the migration stops half applied when its runner does not wrap it in a transaction. Nothing after the error in the statement can be reviewed.",
    bad: "ALTER TABLE users ADD COLUMN email text NOT NUL;",
    good: "ALTER TABLE users ADD COLUMN email text NOT NULL;",
    references: [`${DOCS}/sql-syntax.html`, `${DOCS}/sql-commands.html`],
    fixable: false,
    needs: []
  },
  check(ctx) {
    const out = [];
    for (const { file, statement } of reviewedStatements(ctx, { allFiles: true })) {
      const err = statement.syntaxError;
      if (!err) continue;
      out.push({
        file: file.source.path,
        statement,
        line: err.line,
        message: `${err.message} (line ${err.line}, column ${err.column})`,
        help: "Correct the statement; PostgreSQL stops parsing at the position shown, so the mistake is there or just before it.",
        verified: "static"
      });
    }
    for (const q of ctx.queries) {
      const err = q.statement.syntaxError;
      if (!err || q.origin !== "query-file" || !q.changed || hasTemplatePlaceholder(q.statement.text)) continue;
      out.push({
        file: q.file,
        statement: q.statement,
        line: err.line,
        message: `${q.name ? `query ${q.name}: ` : ""}${err.message} (line ${err.line}, column ${err.column})`,
        help: "Correct the query; PostgreSQL stops parsing at the position shown, so the mistake is there or just before it.",
        verified: "static"
      });
    }
    return out;
  }
};

// src/rules/input/transaction-nesting.ts
var RUNNER = {
  plain: "the migration runner",
  "golang-migrate": "golang-migrate",
  goose: "goose",
  dbmate: "dbmate",
  flyway: "Flyway",
  prisma: "Prisma",
  supabase: "the Supabase CLI",
  sqitch: "sqitch",
  "sql-migrate": "sql-migrate",
  sqlx: "sqlx",
  pop: "pop",
  hasura: "Hasura"
};
var OPT_OUT = {
  goose: "`-- +goose NO TRANSACTION`",
  dbmate: "`-- migrate:up transaction:false`",
  flyway: "`executeInTransaction=false` in the script's .conf file",
  "sql-migrate": "`-- +migrate Up notransaction`",
  sqlx: "`-- no-transaction` on the first line",
  pop: "the `.autocommit` file suffix",
  hasura: "`run_in_transaction = false`"
};
var WORD = { begin: "BEGIN", commit: "COMMIT", rollback: "ROLLBACK", prepare: "PREPARE TRANSACTION" };
function checkFile(file) {
  const src = file.source;
  const runner = RUNNER[src.framework];
  const steps = file.statements.filter((r9) => r9.statement.ast).map((r9) => ({ statement: r9.statement, control: transactionControlOf(r9.statement.ast) }));
  const out = [];
  const push = (statement, message, help, extra = {}) => out.push({ file: src.path, statement, message, help, verified: "static", ...extra });
  const nextEnd = (from) => steps.slice(from + 1).find((s) => s.control !== null && s.control !== "begin");
  const workAfter = (from) => steps.slice(from + 1).filter((s) => s.control === null).length;
  const reason = src.transactionReason ? ` (${src.transactionReason})` : "";
  let state = src.transaction === "wrapped" ? "runner" : src.transaction === "implicit" && file.statements.length > 1 ? "implicit" : "autocommit";
  let open;
  let runnerBeginReported = false;
  for (const [i6, { statement, control }] of steps.entries()) {
    if (control === null) continue;
    const word = WORD[control];
    if (control === "begin") {
      if (state === "autocommit" || state === "implicit") {
        state = "explicit";
        open = statement;
      } else if (state === "explicit") {
        const end = nextEnd(i6);
        push(
          statement,
          `BEGIN while the transaction opened by BEGIN on line ${open?.span.line} is still open: PostgreSQL ignores it (WARNING: there is already a transaction in progress) and transactions do not nest, so ` + (end ? `the ${WORD[end.control]} on line ${end.statement.span.line} ends the outer block too.` : "it opens nothing."),
          "Remove the inner BEGIN (and its COMMIT); use SAVEPOINT name ... RELEASE SAVEPOINT name for a part that must be undone on its own.",
          // With an outer COMMIT still to come, dropping the inner pair leaves the one block the author meant.
          end?.control === "commit" && nextEnd(steps.indexOf(end))?.control === "commit" ? {
            fix: {
              description: "Remove the inner BEGIN and COMMIT: the statements stay in the outer transaction",
              edits: [...statementFix(file, statement, "", "x").edits, ...statementFix(file, end.statement, "", "x").edits]
            }
          } : {}
        );
      } else {
        const end = nextEnd(i6);
        const after2 = end ? workAfter(steps.indexOf(end)) : 0;
        let consequence2 = "";
        if (end?.control === "commit") {
          consequence2 = `, and the COMMIT on line ${end.statement.span.line} commits ${runner}'s own transaction early: ` + (after2 > 0 ? `the ${after2} statement${after2 > 1 ? "s" : ""} after it run${after2 > 1 ? "" : "s"} in autocommit, each committed on its own, ` : "") + `${runner} records the migration outside the transaction that applied it, and its final COMMIT finds no transaction in progress`;
        } else if (end) {
          consequence2 = `, and the ${WORD[end.control]} on line ${end.statement.span.line} ends ${runner}'s own transaction`;
        }
        const optOut = OPT_OUT[src.framework];
        const lastIsEnd = end !== void 0 && end.control === "commit" && after2 === 0;
        push(
          statement,
          `BEGIN inside the transaction ${runner} already opens around this migration${reason}: PostgreSQL ignores it (WARNING: there is already a transaction in progress)${consequence2}.`,
          `Remove BEGIN${end ? ` and ${WORD[end.control]}` : ""}: ${runner} already runs the file in one transaction.` + (optOut ? ` To run it outside a transaction instead, use ${optOut}.` : ""),
          lastIsEnd ? {
            fix: {
              description: `Remove BEGIN and COMMIT: ${runner} already wraps the migration in a transaction`,
              edits: [...statementFix(file, statement, "", "x").edits, ...statementFix(file, end.statement, "", "x").edits]
            }
          } : {}
        );
        runnerBeginReported = true;
      }
      continue;
    }
    const after = workAfter(i6);
    if (state === "explicit") {
      state = src.transaction === "implicit" && file.statements.length > 1 ? "implicit" : "autocommit";
      open = void 0;
      if (state === "implicit" && after > 0 && control === "commit") {
        push(
          statement,
          `COMMIT ends the transaction here and the ${after} statement${after > 1 ? "s" : ""} after it run in a new implicit transaction: ${runner} sends the file as one query string, which PostgreSQL would otherwise run as one transaction, so the file is now applied in separately committed parts and a failure after line ${statement.span.line} leaves the part before it applied (${runner} then marks the migration failed and it must be resolved by hand).`,
          `Without BEGIN/COMMIT the whole file already runs as one transaction: remove them, or end the file at the COMMIT and move the statements after it into a migration of their own.` + (src.framework === "prisma" ? " (Prisma itself generates BEGIN/COMMIT around enum changes; the same applies.)" : ""),
          { severity: "notice" }
        );
      }
    } else if (state === "runner") {
      state = "autocommit";
      if (runnerBeginReported) continue;
      const optOut = OPT_OUT[src.framework];
      push(
        statement,
        control === "rollback" ? `ROLLBACK without BEGIN rolls back the transaction ${runner} opened around this migration${reason}: everything the file did before line ${statement.span.line} is undone, ${after > 0 ? "the rest runs in autocommit, " : ""}and ${runner} still records the migration as applied.` : `${word} without BEGIN ends the transaction ${runner} opened around this migration${reason}: ` + (after > 0 ? `the ${after} statement${after > 1 ? "s" : ""} after it run${after > 1 ? "" : "s"} in autocommit, each committed on its own, ` : "") + `${runner} records the migration outside the transaction that applied it, and its final COMMIT finds no transaction in progress.`,
        `Remove the ${word}: ${runner} commits the migration itself.` + (optOut ? ` To run the file outside a transaction, use ${optOut}.` : "")
      );
    } else if (state === "implicit") {
      push(
        statement,
        control === "rollback" ? `ROLLBACK without BEGIN in a file ${runner} sends as one query string rolls back the implicit transaction: every statement before line ${statement.span.line} is undone (PostgreSQL warns there is no transaction in progress), although ${runner} records the migration as applied.` : `${word} without BEGIN in a file ${runner} sends as one query string: PostgreSQL warns there is no transaction in progress, commits the statements before it` + (after > 0 ? ` and runs the ${after} after it in a new implicit transaction, so the file is applied in separately committed parts.` : "."),
        `Remove the ${word}: the file already runs as one implicit transaction.`
      );
    } else {
      push(
        statement,
        `${word} without BEGIN: there is no transaction in progress (PostgreSQL only warns), so it ` + (control === "rollback" ? `undoes nothing: every statement before line ${statement.span.line} was already committed on its own.` : `commits nothing: every statement before it was already committed on its own.`),
        control === "rollback" ? `Put BEGIN before the statements the ROLLBACK is meant to undo, or remove it.` : `Add BEGIN where the transaction should start, so that the statements up to the ${word} are applied together, or remove the ${word}.`
      );
    }
  }
  if (state === "explicit" && open) {
    push(
      open,
      src.transaction === "implicit" && file.statements.length > 1 ? `BEGIN turns the implicit transaction of ${runner}'s query string into a regular block that nothing in the file commits: it stays open after the file, ${runner}'s own bookkeeping runs inside it, and whether the migration is committed or rolled back depends on what happens next on that connection.` : `BEGIN is never committed: psql -f ends the session with the transaction open, so PostgreSQL rolls back everything after line ${open.span.line} while psql still exits successfully; a runner that keeps the connection runs whatever comes next inside the block.`,
      "Add COMMIT; after the last statement of the block." + (src.transaction === "implicit" ? " Or remove BEGIN: the file already runs as one implicit transaction." : "")
    );
  }
  return out;
}
var transactionNesting = {
  meta: {
    id: "transaction-nesting",
    layer: "input",
    severity: "warning",
    summary: "BEGIN/COMMIT in a file the framework already wraps, nested BEGIN, COMMIT without BEGIN, or BEGIN without COMMIT.",
    why: 'PostgreSQL has no nested transactions. A BEGIN inside an open transaction is ignored with "WARNING: there is already a transaction in progress", and the first COMMIT then ends the outer transaction: in a file that goose, dbmate, Flyway, sql-migrate or sqlx already run in a transaction, the statements after it run in autocommit and the runner records the migration outside the transaction that applied it. A COMMIT or ROLLBACK with no transaction open only warns "there is no transaction in progress": it commits or undoes nothing. A BEGIN never committed is rolled back when psql ends the session, although psql reports success. In a file sent as one query string (golang-migrate, Prisma), BEGIN and COMMIT around the whole file are harmless, but statements after a COMMIT run in a second transaction, so a failure leaves the migration half applied.',
    bad: "BEGIN;\nALTER TABLE orders ADD COLUMN note text;\nBEGIN;\nALTER TABLE orders ADD COLUMN status text;\nCOMMIT;\nCOMMIT;",
    good: "BEGIN;\nALTER TABLE orders ADD COLUMN note text;\nALTER TABLE orders ADD COLUMN status text;\nCOMMIT;",
    setup: "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL);",
    frameworks: {
      goose: "-- +goose Up\nALTER TABLE orders ADD COLUMN note text;\nALTER TABLE orders ADD COLUMN status text;",
      dbmate: "-- migrate:up\nALTER TABLE orders ADD COLUMN note text;\nALTER TABLE orders ADD COLUMN status text;",
      prisma: '-- BEGIN/COMMIT around the whole file are harmless; put nothing after the COMMIT\nBEGIN;\nALTER TABLE "orders" ADD COLUMN "note" TEXT;\nCOMMIT;'
    },
    references: [`${DOCS}/sql-begin.html`, `${DOCS}/sql-commit.html`, `${DOCS}/protocol-flow.html#PROTOCOL-FLOW-MULTI-STATEMENT`],
    fixable: true,
    needs: []
  },
  check(ctx) {
    return ctx.files.filter((f) => f.status === "added").flatMap(checkFile);
  }
};

// src/rules/input/unknown-ignore.ts
function editDistance(a14, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i6 = 1; i6 <= a14.length; i6++) {
    const current = [i6];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a14[i6 - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
function closestRuleId(id, known = KNOWN_RULE_IDS) {
  const wanted = id.toLowerCase();
  let best;
  for (const candidate of known) {
    const distance = editDistance(wanted, candidate);
    if (!best || distance < best.distance) best = { id: candidate, distance };
  }
  if (!best) return void 0;
  return best.distance <= Math.max(2, Math.floor(Math.max(wanted.length, best.id.length) / 3)) ? best.id : void 0;
}
function describe(directive) {
  return directive.scope === "file" ? "ignore-file comment" : "ignore comment";
}
var unknownIgnore = {
  meta: {
    id: "unknown-ignore",
    layer: "input",
    severity: "warning",
    summary: "An ignore comment names a rule that does not exist.",
    why: "An ignore comment silences only the rule ids it names, exactly as written. A misspelt or invented id silences nothing, so the finding the author meant to accept still fails the review, and a reader of the migration believes a risk was reviewed and accepted when it was not.",
    bad: "-- pg-migration-review: ignore require-concurrent-indexes -- the table is empty in production\nCREATE INDEX orders_user_id_idx ON orders (user_id);",
    good: "-- pg-migration-review: ignore require-concurrent-index -- the table is empty in production\nCREATE INDEX orders_user_id_idx ON orders (user_id);",
    setup: "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL);",
    references: [`${DOCS}/sql-syntax-lexical.html#SQL-SYNTAX-COMMENTS`],
    fixable: true,
    needs: []
  },
  check(ctx) {
    const out = [];
    for (const file of ctx.files) {
      if (file.status !== "added") continue;
      const directives = [...file.fileIgnores, ...file.statements.flatMap((r9) => r9.statement.ignores)];
      const seen = /* @__PURE__ */ new Set();
      for (const directive of directives.sort((a14, b) => a14.line - b.line)) {
        if (directive.rules.length === 0 && !seen.has(`${directive.line}:`)) {
          seen.add(`${directive.line}:`);
          out.push({
            file: file.source.path,
            line: directive.line,
            message: `This ${describe(directive)} names no rule, so it silences nothing.`,
            help: `Name the rules to silence: \`-- pg-migration-review: ${directive.scope === "file" ? "ignore-file" : "ignore"} rule-id[, rule-id] -- reason\`.`,
            verified: "static"
          });
        }
        for (const id of directive.rules) {
          if (KNOWN_RULE_IDS.includes(id) || seen.has(`${directive.line}:${id}`)) continue;
          seen.add(`${directive.line}:${id}`);
          const closest = closestRuleId(id);
          const fix = closest ? replaceOnLine(file.source.text, directive.line, id, closest) : void 0;
          out.push({
            file: file.source.path,
            line: directive.line,
            message: `The ${describe(directive)} names \`${id}\`, which is not a rule: it silences nothing` + (closest ? `. Did you mean \`${closest}\`${closest === id.toLowerCase() ? " (rule ids are lower case)" : ""}?` : "."),
            help: closest ? `Write \`${closest}\`; every rule id is listed in the README's rule table.` : "Use a rule id from the README's rule table (the `ruleId` of the finding to silence), or remove the comment.",
            ...fix ? { fix: { description: `Rename ${id} to ${closest}`, edits: [fix] } } : {},
            verified: "static"
          });
        }
      }
    }
    return out;
  }
};
function replaceOnLine(text, line, id, closest) {
  const lines = text.split("\n");
  const original = lines[line - 1];
  if (original === void 0) return void 0;
  const cr = original.endsWith("\r") ? "\r" : "";
  const body2 = cr ? original.slice(0, -1) : original;
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`(^|[\\s,])${escaped}(?=$|[\\s,*])`);
  if (!re.test(body2)) return void 0;
  return { line, endLine: line, replacement: body2.replace(re, `$1${closest}`) };
}

// src/rules/replay/replay-error.ts
var replayError = {
  meta: {
    id: "replay-error",
    layer: "replay",
    severity: "error",
    summary: "The statement fails when replayed on a database built from the full migration history.",
    why: "Every migration of the base branch and of the pull request is replayed, in apply order, on an embedded PostgreSQL 18. A statement PostgreSQL rejects there (a missing relation or column, a type mismatch, REFRESH ... CONCURRENTLY without a unique index) fails the same way at deploy. A statement that exceeds the review's time or memory bound is reported too: it could not be verified and is likely slow in production. A statement failing after one the engine could not run (not-replayable) is not reported: the failure is probably a consequence of the gap.",
    bad: "CREATE TABLE orders (id bigint PRIMARY KEY);\nCREATE INDEX orders_user_id_idx ON orders (user_id);",
    good: "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);\nCREATE INDEX orders_user_id_idx ON orders (user_id);",
    references: [`${DOCS}/errcodes-appendix.html`],
    fixable: false,
    needs: ["trace"]
  },
  check(ctx) {
    const out = [];
    for (const { file, reviewed, statement } of reviewedStatements(ctx)) {
      const trace = reviewed.trace;
      if (!trace || reviewed.afterReplayGap) continue;
      if (trace.outcome === "error") {
        const e4 = trace.error;
        const parts = [e4 ? `ERROR ${e4.code}: ${e4.message}` : "PostgreSQL rejected the statement"];
        if (e4?.detail) parts.push(`DETAIL: ${e4.detail}`);
        if (e4?.hint) parts.push(`HINT: ${e4.hint}`);
        out.push({
          file: file.source.path,
          statement,
          line: lineOfPosition(statement, e4?.position),
          message: `The statement fails on the schema built from the migration history: ${parts.join(" ")}`,
          help: "Fix the statement against the schema the earlier migrations produce; it fails the same way at deploy.",
          verified: "replay"
        });
      } else if (trace.outcome === "timeout") {
        out.push({
          file: file.source.path,
          statement,
          message: `The statement did not finish within the review's bound (${ctx.config.statementTimeoutMs} ms per statement, ${ctx.config.memoryLimitMb} MB of memory) on an almost empty database, so its effect could not be verified${trace.error?.message ? ` (${trace.error.message})` : ""}.`,
          help: "Check what makes it slow (a large data change, a function looping); on production data it will take longer still.",
          verified: "replay"
        });
      }
    }
    return out;
  }
};

// src/rules/replay/add-column-required.ts
var SERIAL = /* @__PURE__ */ new Set(["smallserial", "serial", "bigserial", "serial2", "serial4", "serial8"]);
function constraintsOf(col) {
  return (col.constraints ?? []).map((n) => asNode(n, "Constraint")).filter((c3) => c3 !== void 0);
}
function fillsExistingRows(col, constraints) {
  if (SERIAL.has(writtenType(col.typeName)?.name ?? "")) return true;
  if (col.identity || col.generated) return true;
  return constraints.some((c3) => {
    if (c3.contype === "CONSTR_IDENTITY" || c3.contype === "CONSTR_GENERATED") return true;
    return c3.contype === "CONSTR_DEFAULT" && !asNode(c3.raw_expr, "A_Const")?.isnull;
  });
}
var addColumnRequired = {
  meta: {
    id: "add-column-required",
    layer: "replay",
    severity: "error",
    summary: "ADD COLUMN ... NOT NULL without a default on an existing table.",
    why: `ADD COLUMN gives every existing row the column's default, or NULL when it has none. With NOT NULL (or PRIMARY KEY) and no default, the first existing row violates the constraint and PostgreSQL rejects the statement with "column ... contains null values": the deploy fails as soon as the table holds a row. Replay runs the history on an empty database, where the same statement succeeds, so only this rule can catch it before production.`,
    bad: "ALTER TABLE orders ADD COLUMN status text NOT NULL;",
    good: "ALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT 'pending';",
    setup: "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL);",
    references: [`${DOCS}/sql-altertable.html#SQL-ALTERTABLE-DESC-ADD-COLUMN`, `${DOCS}/ddl-alter.html#DDL-ALTER-ADDING-A-COLUMN`],
    fixable: false,
    needs: ["catalog"]
  },
  check(ctx) {
    const out = [];
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      if (reviewed.trace?.outcome === "error") continue;
      const table = relationName2(asNode(ast, "AlterTableStmt")?.relation);
      if (!table || !existedBefore(ctx, table, reviewed)) continue;
      const before = tableBefore(ctx, table, reviewed);
      if (before && before.kind !== "table" && before.kind !== "partitioned") continue;
      for (const cmd of alterTableCmds(ast)) {
        if (cmd.subtype !== "AT_AddColumn") continue;
        const col = asNode(cmd.def, "ColumnDef");
        if (!col?.colname) continue;
        if (cmd.missing_ok && before?.columns.some((c3) => c3.name === col.colname)) continue;
        const constraints = constraintsOf(col);
        const required = col.is_not_null || constraints.some((c3) => c3.contype === "CONSTR_NOTNULL" || c3.contype === "CONSTR_PRIMARY");
        if (!required || fillsExistingRows(col, constraints)) continue;
        const name = displayName(table);
        const column = quoteIdent(col.colname);
        const type = writtenType(col.typeName);
        const primary = constraints.some((c3) => c3.contype === "CONSTR_PRIMARY");
        const notValidRoute = ctx.config.postgresVersion >= 12 ? `ALTER TABLE ${name} ADD CONSTRAINT ${quoteIdent(`${before?.name ?? "table"}_${col.colname}_not_null`)} CHECK (${column} IS NOT NULL) NOT VALID;
ALTER TABLE ${name} VALIDATE CONSTRAINT ${quoteIdent(`${before?.name ?? "table"}_${col.colname}_not_null`)};
ALTER TABLE ${name} ALTER COLUMN ${column} SET NOT NULL; -- uses the validated CHECK, no scan (PostgreSQL 12+)` : `ALTER TABLE ${name} ALTER COLUMN ${column} SET NOT NULL; -- scans the table under ACCESS EXCLUSIVE before PostgreSQL 12`;
        out.push({
          file: file.source.path,
          statement,
          message: `ADD COLUMN ${column} ${primary ? "PRIMARY KEY" : "NOT NULL"} without a default on existing table ${name}: every existing row gets NULL in ${column}, so the statement fails with "column ${col.colname} of relation ${before?.name ?? name} contains null values" as soon as ${name} holds a row. Replay succeeded only because its copy of ${name} is empty.`,
          help: (ctx.config.postgresVersion >= 11 ? `Give it a DEFAULT that existing rows may hold (a constant default fills them without rewriting the table, PostgreSQL 11+), e.g. ADD COLUMN ${column}${type ? ` ${type.name}` : ""} NOT NULL DEFAULT <value>. ` : "A DEFAULT would fill the existing rows, but before PostgreSQL 11 it rewrites the whole table under ACCESS EXCLUSIVE. ") + `Where no default makes sense: add the column nullable, backfill it in batches, then make it NOT NULL without a long lock:
` + notValidRoute,
          verified: "static"
        });
      }
    }
    return out;
  }
};

// src/rules/knowledge/not-replayable.ts
var notReplayable = {
  meta: {
    id: "not-replayable",
    layer: "knowledge",
    severity: "notice",
    summary: "The embedded PostgreSQL cannot run the statement (extension not shipped, superuser-only, ...).",
    why: "Replay runs on an embedded PostgreSQL without superuser-only features, platform roles or extensions it does not ship. A statement it cannot run is not judged as wrong: the review says so, later failures that follow from it are not reported as replay errors, and findings that depend on the replayed schema or trace are marked unverified for the rest of the file.",
    bad: "CREATE EXTENSION postgis;",
    good: "-- extensions PGlite ships (pgcrypto, pg_trgm, citext, uuid-ossp, ...) replay and are verified\nCREATE EXTENSION IF NOT EXISTS pg_trgm;",
    references: [`${DOCS}/sql-createextension.html`],
    fixable: false,
    needs: ["trace"]
  },
  check(ctx) {
    const out = [];
    for (const { file, reviewed, statement } of reviewedStatements(ctx)) {
      if (reviewed.trace?.outcome !== "not-replayable") continue;
      const reason = reviewed.trace.error?.message;
      out.push({
        file: file.source.path,
        statement,
        message: `The embedded PostgreSQL could not run this statement${reason ? ` (${reason})` : ""}; findings that depend on replay are unverified for the rest of ${file.source.path}.`,
        help: "Review this statement and its effect on later statements by hand, or run the review against a real PostgreSQL server.",
        verified: "replay"
      });
    }
    for (const q of ctx.queries) {
      if (q.origin !== "query-file" || !q.changed || !q.statement.syntaxError || !hasTemplatePlaceholder(q.statement.text)) continue;
      out.push({
        file: q.file,
        statement: q.statement,
        message: `${q.name ? `Query ${q.name}` : "The query"} is a template the application completes (it holds a placeholder such as %name% or %s), so it cannot be compiled or planned here.`,
        help: "Review the SQL it produces by hand, or keep a complete example of it in a query file the review can check.",
        verified: "static"
      });
    }
    return out;
  }
};

// src/rules/helpers/locks.ts
var ORDER = [
  "AccessShareLock",
  "RowShareLock",
  "RowExclusiveLock",
  "ShareUpdateExclusiveLock",
  "ShareLock",
  "ShareRowExclusiveLock",
  "ExclusiveLock",
  "AccessExclusiveLock"
];
function lockName(mode2) {
  return mode2.replace(/Lock$/, "").replace(/([a-z])([A-Z])/g, "$1 $2").toUpperCase();
}
function lockBlocks(mode2) {
  switch (mode2) {
    case "AccessExclusiveLock":
      return "all reads and writes";
    case "ExclusiveLock":
      return "writes and SELECT ... FOR UPDATE/SHARE (plain reads continue)";
    case "ShareRowExclusiveLock":
    case "ShareLock":
      return "INSERT, UPDATE and DELETE (reads continue)";
    case "ShareUpdateExclusiveLock":
      return "other schema changes, VACUUM and ANALYZE (reads and writes continue)";
    default:
      return "only conflicting schema changes";
  }
}
function strongerLock(a14, b) {
  return ORDER.indexOf(a14) >= ORDER.indexOf(b) ? a14 : b;
}
function tracedLockOn(trace, table) {
  if (!trace || trace.outcome !== "ok") return void 0;
  let best;
  for (const l of trace.locks) {
    if (l.table === table && l.relkind !== "index") best = best ? strongerLock(best, l.mode) : l.mode;
  }
  return best;
}
function locksOn(trace, table) {
  return trace?.locks.filter((l) => l.table === table) ?? [];
}
function holdDuration(inTransaction, during) {
  return inTransaction ? `${during}, and then until the transaction commits` : during;
}

// src/rules/knowledge/opaque-code.ts
function bodyOf(options) {
  let language = "plpgsql";
  let text = "";
  for (const o5 of options ?? []) {
    const d2 = asNode(o5, "DefElem");
    if (d2?.defname === "language") language = (asNode(d2.arg, "String")?.sval ?? language).toLowerCase();
    if (d2?.defname === "as") {
      const direct = asNode(d2.arg, "String")?.sval;
      text = direct ?? stringValues(asNode(d2.arg, "List")?.items).join("\n");
    }
  }
  return { language, text };
}
function dynamicSqlAt(body2) {
  if (body2.language === "sql" || body2.language === "c" || body2.language === "internal") return -1;
  if (body2.language !== "plpgsql") {
    const m = /\b(?:execute|spi_exec\w*)\s*\(/i.exec(body2.text);
    return m ? m.index : -1;
  }
  const words = lexSql(body2.text).filter((t32) => t32.kind === "word");
  for (const [i6, t32] of words.entries()) {
    if (t32.word !== "EXECUTE") continue;
    const next = words[i6 + 1]?.word;
    if (next === "FUNCTION" || next === "PROCEDURE") continue;
    return t32.start;
  }
  return -1;
}
function lineInStatement(statement, body2, at) {
  const start = statement.text.indexOf(body2);
  if (start < 0 || at < 0) return statement.span.line;
  return statement.span.line + (statement.text.slice(0, start + at).match(/\n/g)?.length ?? 0);
}
function tracedLocks(reviewed) {
  const t32 = reviewed.trace;
  if (!t32) return "It was not replayed, so nothing is known of what it locks.";
  if (t32.outcome !== "ok") return `Replay could not run it (${t32.outcome}), so nothing is known of what it locks.`;
  if (t32.lockSource !== "trace") return "Replay could not read its locks.";
  const modes = /* @__PURE__ */ new Map();
  for (const l of t32.locks) {
    if (l.relkind === "index" || l.relkind === "sequence") continue;
    const had = modes.get(l.table);
    modes.set(l.table, had ? strongerLock(had, l.mode) : l.mode);
  }
  const changed = [.../* @__PURE__ */ new Set([...t32.created, ...t32.altered, ...t32.dropped])];
  const parts = [];
  if (modes.size > 0) {
    parts.push(`replay saw it take ${[...modes].map(([table, mode2]) => `${lockName(mode2)} on ${displayName(table)}`).join(", ")}`);
  } else {
    parts.push("replay saw it take no new table lock");
  }
  if (changed.length > 0) parts.push(`change ${changed.map(displayName).join(", ")}`);
  const held = reviewed.inTransaction ? " (locks its transaction already held are not repeated)" : "";
  const sentence = parts.join(" and ");
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}${held}; that is the path it took on the replayed schema, and production data or state may take another.`;
}
var BLIND_RULES = "the lock, rewrite and escalation rules read statements, so none of them checked the statements inside it";
var opaqueCode = {
  meta: {
    id: "opaque-code",
    layer: "knowledge",
    severity: "notice",
    summary: "DO blocks, functions that run dynamic SQL, and procedure calls: their locks and effects cannot be fully known.",
    why: "The reviewer judges statements from their parse tree. The statements inside a DO block or a called procedure are not parsed, and SQL built at run time with EXECUTE does not exist until it runs, so no rule checks their locks, rewrites or drops. Replay runs the block and records the locks it took, but only along the path it took on the replayed schema; a branch that depends on production data or state may do something else.",
    bad: "DO $$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'orders_user_id_idx') THEN\n    EXECUTE 'CREATE INDEX orders_user_id_idx ON orders (user_id)';\n  END IF;\nEND\n$$;",
    good: "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user_id_idx ON orders (user_id);",
    setup: "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL);",
    references: [`${DOCS}/sql-do.html`, `${DOCS}/plpgsql-statements.html#PLPGSQL-STATEMENTS-EXECUTING-DYN`, `${DOCS}/sql-call.html`],
    fixable: false,
    needs: ["trace"]
  },
  check(ctx) {
    const out = [];
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      const push = (line, message, help) => out.push({ file: file.source.path, statement, line, message, help, verified: reviewed.trace?.outcome === "ok" ? "trace" : "static" });
      const doStmt = asNode(ast, "DoStmt");
      if (doStmt) {
        const body2 = bodyOf(doStmt.args);
        const at = dynamicSqlAt(body2);
        const line = lineInStatement(statement, body2.text, at);
        push(
          statement.span.line,
          `DO block: ${BLIND_RULES}` + (at >= 0 ? `, and it builds SQL at run time (EXECUTE on line ${line}), which no review can read` : "") + `. ${tracedLocks(reviewed)}`,
          "Prefer plain statements the review can check (IF NOT EXISTS / IF EXISTS cover most idempotency needs); otherwise review the block by hand for the locks it takes on existing tables and how long it holds them."
        );
        continue;
      }
      const fn = asNode(ast, "CreateFunctionStmt");
      if (fn) {
        if (fn.sql_body) continue;
        const body2 = bodyOf(fn.options);
        const at = dynamicSqlAt(body2);
        if (at < 0) continue;
        const kind = fn.is_procedure ? "procedure" : "function";
        const name = stringValues(fn.funcname).join(".");
        push(
          lineInStatement(statement, body2.text, at),
          `${kind === "procedure" ? "Procedure" : "Function"} ${name} runs dynamic SQL (EXECUTE): the statements it builds exist only when it is called, so what they lock, rewrite or drop cannot be reviewed, and calls to it (from a trigger, a job or a later migration) are not traced.`,
          "Review the statements it can build by hand, and quote identifiers in them with format('%I') or quote_ident(); where the SQL is fixed, write it as plain statements instead of EXECUTE."
        );
        continue;
      }
      const call = asNode(ast, "CallStmt");
      if (call) {
        const name = stringValues(call.funccall?.funcname).join(".");
        push(
          statement.span.line,
          `CALL ${name}: the statements of the procedure are not part of the migration text, so ${BLIND_RULES.replace("inside it", "it runs")}. ` + tracedLocks(reviewed),
          "Review the procedure's body for the locks it takes on existing tables; a procedure that COMMITs inside cannot be called from a transaction block (a framework that wraps migrations) either."
        );
      }
    }
    return out;
  }
};

// src/replay/static-locks.ts
var LOCK_STMT_MODES = [
  "AccessShareLock",
  "RowShareLock",
  "RowExclusiveLock",
  "ShareUpdateExclusiveLock",
  "ShareLock",
  "ShareRowExclusiveLock",
  "ExclusiveLock",
  "AccessExclusiveLock"
];
var STRENGTH = new Map(LOCK_STMT_MODES.map((m, i6) => [m, i6]));
function strongerLock2(a14, b) {
  return (STRENGTH.get(a14) ?? 0) >= (STRENGTH.get(b) ?? 0) ? a14 : b;
}
function rangeVarName(rv) {
  if (!rv?.relname) return void 0;
  return qualify(rv.relname, rv.schemaname ?? "public");
}
function listName(node) {
  const items = node?.List?.items;
  if (!items?.length) return void 0;
  const parts = items.map((i6) => i6.String?.sval);
  if (parts.some((p3) => p3 === void 0)) return void 0;
  return parts.length === 1 ? qualify(parts[0]) : parts.slice(-2).join(".");
}
function hasOption2(params, name) {
  return Array.isArray(params) && params.some((p3) => p3.DefElem?.defname === name);
}
var LockList = class {
  constructor(resolve2) {
    this.resolve = resolve2;
  }
  resolve;
  locks = [];
  table(name, mode2) {
    if (name) this.add({ relation: name, relkind: "table", table: name, mode: mode2 });
  }
  /** A lock on an index, plus `tableMode` on its table when the table is known. */
  index(name, mode2, tableMode) {
    if (!name) return;
    const table = this.resolve?.(name);
    this.add({ relation: name, relkind: "index", table: table ?? name, mode: mode2 });
    if (table && tableMode) this.table(table, tableMode);
  }
  add(lock) {
    const same = this.locks.find((l) => l.relation === lock.relation);
    if (same) same.mode = strongerLock2(same.mode, lock.mode);
    else this.locks.push(lock);
  }
};
function alterTableCmdLock(cmd) {
  switch (cmd.subtype) {
    case "AT_SetStatistics":
    case "AT_ClusterOn":
    case "AT_DropCluster":
    case "AT_SetOptions":
    case "AT_ResetOptions":
    case "AT_ValidateConstraint":
    case "AT_AttachPartition":
    case "AT_DetachPartitionFinalize":
    case "AT_SetRelOptions":
    case "AT_ResetRelOptions":
      return "ShareUpdateExclusiveLock";
    case "AT_EnableTrig":
    case "AT_EnableAlwaysTrig":
    case "AT_EnableReplicaTrig":
    case "AT_EnableTrigAll":
    case "AT_EnableTrigUser":
    case "AT_DisableTrig":
    case "AT_DisableTrigAll":
    case "AT_DisableTrigUser":
      return "ShareRowExclusiveLock";
    case "AT_DetachPartition":
      return cmd.def?.PartitionCmd?.concurrent ? "ShareUpdateExclusiveLock" : "AccessExclusiveLock";
    case "AT_AddConstraint": {
      const con = cmd.def?.Constraint;
      return con?.contype === "CONSTR_FOREIGN" ? "ShareRowExclusiveLock" : "AccessExclusiveLock";
    }
    default:
      return "AccessExclusiveLock";
  }
}
function alterTable(stmt, out) {
  const target = rangeVarName(stmt.relation);
  const cmds = (stmt.cmds ?? []).map((c3) => c3.AlterTableCmd).filter(Boolean);
  if (stmt.objtype === "OBJECT_INDEX") {
    let mode3 = "ShareUpdateExclusiveLock";
    for (const cmd of cmds) mode3 = strongerLock2(mode3, alterTableCmdLock(cmd));
    out.index(target, mode3, void 0);
    return;
  }
  let mode2;
  for (const cmd of cmds) {
    const m = alterTableCmdLock(cmd);
    mode2 = mode2 ? strongerLock2(mode2, m) : m;
    const def = cmd.def;
    const con = def?.Constraint;
    if (cmd.subtype === "AT_AddConstraint" && con?.contype === "CONSTR_FOREIGN") {
      out.table(rangeVarName(con.pktable), "ShareRowExclusiveLock");
    }
    const part = def?.PartitionCmd;
    if (cmd.subtype === "AT_AttachPartition" || cmd.subtype === "AT_DetachPartition") {
      out.table(rangeVarName(part?.name), "AccessExclusiveLock");
    }
  }
  if (mode2) out.table(target, mode2);
}
function foreignKeyTargets(elements, out) {
  for (const el of elements ?? []) {
    const col = el.ColumnDef;
    const cons = col ? col.constraints ?? [] : [el];
    for (const c3 of cons) {
      const con = c3.Constraint;
      if (con?.contype === "CONSTR_FOREIGN") out.table(rangeVarName(con.pktable), "ShareRowExclusiveLock");
    }
  }
}
function staticLocks(ast, resolveTable) {
  const out = new LockList(resolveTable);
  if (!ast || typeof ast !== "object") return out.locks;
  const [kind, body2] = Object.entries(ast)[0] ?? [];
  const stmt = body2 ?? {};
  switch (kind) {
    case "IndexStmt":
      out.table(rangeVarName(stmt.relation), stmt.concurrent ? "ShareUpdateExclusiveLock" : "ShareLock");
      break;
    case "DropStmt": {
      const names = (stmt.objects ?? []).map(listName);
      if (stmt.removeType === "OBJECT_INDEX") {
        const mode2 = stmt.concurrent ? "ShareUpdateExclusiveLock" : "AccessExclusiveLock";
        for (const n of names) out.index(n, mode2, mode2);
      } else if (["OBJECT_TABLE", "OBJECT_MATVIEW", "OBJECT_VIEW", "OBJECT_FOREIGN_TABLE"].includes(stmt.removeType)) {
        for (const n of names) out.table(n, "AccessExclusiveLock");
      }
      break;
    }
    case "ReindexStmt": {
      const concurrent = hasOption2(stmt.params, "concurrently");
      const name = rangeVarName(stmt.relation);
      if (stmt.kind === "REINDEX_OBJECT_INDEX") {
        out.index(name, concurrent ? "ShareUpdateExclusiveLock" : "AccessExclusiveLock", concurrent ? "ShareUpdateExclusiveLock" : "ShareLock");
      } else if (stmt.kind === "REINDEX_OBJECT_TABLE") {
        out.table(name, concurrent ? "ShareUpdateExclusiveLock" : "ShareLock");
      }
      break;
    }
    case "VacuumStmt": {
      const full = stmt.is_vacuumcmd === true && hasOption2(stmt.options, "full");
      for (const r9 of stmt.rels ?? []) {
        out.table(rangeVarName(r9.VacuumRelation?.relation), full ? "AccessExclusiveLock" : "ShareUpdateExclusiveLock");
      }
      break;
    }
    case "AlterTableStmt":
      alterTable(stmt, out);
      break;
    case "CreateStmt":
      for (const parent of stmt.inhRelations ?? []) {
        out.table(rangeVarName(parent.RangeVar), "AccessExclusiveLock");
      }
      foreignKeyTargets(stmt.tableElts, out);
      break;
    case "RenameStmt": {
      const name = rangeVarName(stmt.relation);
      if (stmt.renameType === "OBJECT_INDEX") out.index(name, "ShareUpdateExclusiveLock", void 0);
      else if (name) out.table(name, "AccessExclusiveLock");
      break;
    }
    case "CreateTrigStmt":
      out.table(rangeVarName(stmt.relation), "ShareRowExclusiveLock");
      break;
    case "CreatePolicyStmt":
    case "AlterPolicyStmt":
      out.table(rangeVarName(stmt.table), "AccessExclusiveLock");
      break;
    case "RuleStmt":
      out.table(rangeVarName(stmt.relation), "AccessExclusiveLock");
      break;
    case "TruncateStmt":
      for (const r9 of stmt.relations ?? []) out.table(rangeVarName(r9.RangeVar), "AccessExclusiveLock");
      break;
    case "ClusterStmt":
      out.table(rangeVarName(stmt.relation), "AccessExclusiveLock");
      break;
    case "RefreshMatViewStmt": {
      const name = rangeVarName(stmt.relation);
      if (name) out.locks.push({ relation: name, relkind: "matview", table: name, mode: stmt.concurrent ? "ExclusiveLock" : "AccessExclusiveLock" });
      break;
    }
    case "LockStmt": {
      const mode2 = LOCK_STMT_MODES[(stmt.mode ?? 8) - 1] ?? "AccessExclusiveLock";
      for (const r9 of stmt.relations ?? []) out.table(rangeVarName(r9.RangeVar), mode2);
      break;
    }
    case "CommentStmt":
      if (stmt.objtype === "OBJECT_TABLE") out.table(listName(stmt.object), "ShareUpdateExclusiveLock");
      if (stmt.objtype === "OBJECT_COLUMN") out.table(tableOfColumn(stmt.object), "ShareUpdateExclusiveLock");
      break;
  }
  return out.locks;
}
function tableOfColumn(node) {
  const items = node?.List?.items;
  const parts = (items ?? []).map((i6) => i6.String?.sval);
  if (parts.length < 2) return void 0;
  const table = parts.slice(0, -1);
  return table.length === 1 ? qualify(table[0]) : table.slice(-2).join(".");
}

// src/rules/helpers/held-locks.ts
var BLOCKING_MODES = ["ShareLock", "ShareRowExclusiveLock", "ExclusiveLock", "AccessExclusiveLock"];
function locksTakenBy(reviewed) {
  const index = reviewed.statement.index;
  const t32 = reviewed.trace;
  if (t32 && t32.outcome === "ok") return t32.locks.map((l) => ({ ...l, traced: t32.lockSource === "trace", takenAt: index }));
  if (!reviewed.statement.ast) return [];
  return staticLocks(reviewed.statement.ast, indexResolver(reviewed.before)).map((l) => ({ ...l, traced: false, takenAt: index }));
}
function locksHeldDuring(file, reviewed) {
  const held = /* @__PURE__ */ new Map();
  const at = file.statements.indexOf(reviewed);
  const upTo = at < 0 ? [reviewed] : file.statements.slice(0, at + 1);
  for (const s of upTo) {
    if (s !== reviewed && (reviewed.transactionId === null || s.transactionId !== reviewed.transactionId)) continue;
    for (const lock of locksTakenBy(s)) {
      const had = held.get(lock.relation);
      if (!had) held.set(lock.relation, lock);
      else if (strongerLock(had.mode, lock.mode) !== had.mode) held.set(lock.relation, lock);
      else if (had.mode === lock.mode && lock.traced && !had.traced) had.traced = true;
    }
  }
  return [...held.values()];
}
function heldOn(held, table) {
  return held.find((l) => l.relation === table);
}
function indexResolver(catalog) {
  return (name) => {
    const dot = name.indexOf(".");
    const schema = name.slice(0, dot);
    const bare = name.slice(dot + 1);
    for (const t32 of Object.values(catalog.tables)) {
      if (t32.schema === schema && t32.indexes.some((i6) => i6.name === bare)) return `${t32.schema}.${t32.name}`;
    }
    return void 0;
  };
}

// src/rules/knowledge/data-migration.ts
function tablesIn(node) {
  const out = /* @__PURE__ */ new Set();
  walk(node, (kind, body2) => {
    const name = kind === "RangeVar" ? relationName2(body2) : void 0;
    if (name) out.add(name);
  });
  return [...out];
}
function dataChange(ast) {
  const update = asNode(ast, "UpdateStmt");
  if (update) {
    const target = relationName2(update.relation);
    return target ? { verb: "UPDATE", target, sources: tablesIn(update.fromClause), where: update.whereClause } : void 0;
  }
  const del = asNode(ast, "DeleteStmt");
  if (del) {
    const target = relationName2(del.relation);
    return target ? { verb: "DELETE", target, sources: tablesIn(del.usingClause), where: del.whereClause } : void 0;
  }
  const insert = asNode(ast, "InsertStmt");
  if (insert) {
    const target = relationName2(insert.relation);
    const select = asNode(insert.selectStmt, "SelectStmt");
    if (!target || !select || select.valuesLists) return void 0;
    const sources = tablesIn(select);
    return sources.length > 0 ? { verb: "INSERT ... SELECT", target, sources } : void 0;
  }
  const merge = asNode(ast, "MergeStmt");
  if (merge) {
    const target = relationName2(merge.relation);
    return target ? { verb: "MERGE", target, sources: tablesIn(merge.sourceRelation) } : void 0;
  }
  return void 0;
}
function equalityColumns(where) {
  const out = /* @__PURE__ */ new Set();
  const visit = (n) => {
    const bool = asNode(n, "BoolExpr");
    if (bool) {
      if (bool.boolop === "AND_EXPR") for (const a14 of bool.args ?? []) visit(a14);
      return;
    }
    const e4 = asNode(n, "A_Expr");
    const column = (x) => stringValues(asNode(x, "ColumnRef")?.fields).at(-1);
    const constant = (x) => asNode(x, "A_Const") !== void 0 || asNode(x, "ParamRef") !== void 0 || asNode(x, "TypeCast") !== void 0;
    if (e4?.kind === "AEXPR_IN" && stringValues(e4.name).join() === "=") {
      const items = asNode(e4.rexpr, "List")?.items ?? [];
      const col2 = column(e4.lexpr);
      if (col2 && items.length > 0 && items.length <= 100 && items.every(constant)) out.add(col2);
      return;
    }
    if (!e4 || e4.kind !== "AEXPR_OP" || stringValues(e4.name).join() !== "=") return;
    const col = constant(e4.rexpr) ? column(e4.lexpr) : constant(e4.lexpr) ? column(e4.rexpr) : void 0;
    if (col) out.add(col);
  };
  visit(where);
  return out;
}
function touchesKnownRows(table, where) {
  if (!table || !where) return false;
  const cols = equalityColumns(where);
  return table.indexes.some((ix) => ix.unique && ix.valid && ix.predicate === null && ix.columns.every((c3) => c3 !== null && cols.has(c3)));
}
function existing(ctx, reviewed, tables) {
  return tables.filter((t32) => existedBefore(ctx, t32, reviewed) && tableBefore(ctx, t32, reviewed)?.kind !== "view");
}
function describeHeld(held, file) {
  const lineOf = new Map(file.statements.map((r9) => [r9.statement.index, r9.statement.span.line]));
  const byMode = /* @__PURE__ */ new Map();
  for (const l of held) byMode.set(l.mode, [...byMode.get(l.mode) ?? [], l]);
  const parts = [];
  let named = 0;
  for (const [mode2, locks] of [...byMode].sort((a14, b) => BLOCKING_MODES.indexOf(b[0]) - BLOCKING_MODES.indexOf(a14[0]))) {
    const shown = locks.slice(0, Math.max(0, 6 - named));
    named += shown.length;
    const more = locks.length - shown.length;
    const names = shown.map((l) => `${displayName(l.table)} (line ${lineOf.get(l.takenAt)})`);
    if (more > 0) names.push(`${more} more table${more > 1 ? "s" : ""}`);
    if (names.length === 0) continue;
    parts.push(`${lockName(mode2)} on ${names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names[0]}, blocking ${lockBlocks(mode2)}`);
  }
  return parts.join("; ");
}
var dataMigration = {
  meta: {
    id: "data-migration",
    layer: "knowledge",
    severity: "warning",
    summary: "UPDATE/DELETE/INSERT ... SELECT/MERGE on an existing table inside a schema migration.",
    why: "How many rows a data change touches depends on production data, which the review cannot see: on a large table the statement runs for minutes, every row it changes stays locked against other writers until the transaction commits, and every lock the transaction took before it (an ACCESS EXCLUSIVE from an ALTER TABLE blocks all reads and writes) is held all that time. A single huge transaction also bloats the table and delays vacuum and replication. Batching the change in short transactions, apart from the DDL, keeps every lock short.",
    bad: "BEGIN;\nALTER TABLE orders ADD COLUMN status text;\nUPDATE orders SET status = 'paid' WHERE paid_at IS NOT NULL;\nCOMMIT;",
    good: "-- the schema change alone:\nALTER TABLE orders ADD COLUMN status text;\n-- the backfill outside the migration, in keyset batches (each its own transaction), repeated until no row is left:\n-- UPDATE orders SET status = 'paid' WHERE id IN (SELECT id FROM orders WHERE paid_at IS NOT NULL AND status IS NULL\n--   AND id > :last_id ORDER BY id LIMIT 10000);",
    setup: "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL, paid_at timestamptz);",
    references: [`${DOCS}/sql-update.html`, `${DOCS}/explicit-locking.html#LOCKING-ROWS`, `${DOCS}/routine-vacuuming.html`],
    fixable: false,
    needs: ["catalog", "trace"]
  },
  check(ctx) {
    const out = [];
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      const change = dataChange(ast);
      if (!change) continue;
      const targetExisted = existing(ctx, reviewed, [change.target]).length > 0;
      const sources = existing(ctx, reviewed, change.sources.filter((s) => s !== change.target));
      if (!targetExisted && (change.verb === "UPDATE" || change.verb === "DELETE" || sources.length === 0)) continue;
      if (targetExisted && touchesKnownRows(tableBefore(ctx, change.target, reviewed), change.where)) continue;
      const target = displayName(change.target);
      const what = targetExisted ? `${change.verb} on existing table ${target} changes an unknown number of rows` : `${change.verb} copies an unknown number of rows from existing table${sources.length > 1 ? "s" : ""} ${sources.map(displayName).join(", ")} into ${target}`;
      let locks;
      if (reviewed.inTransaction) {
        const held = locksHeldDuring(file, reviewed).filter(
          (l) => (l.relkind === "table" || l.relkind === "matview") && l.takenAt !== statement.index && BLOCKING_MODES.includes(l.mode) && existedBefore(ctx, l.table, reviewed)
        );
        locks = (targetExisted ? "each row it changes stays locked against other writers until the transaction commits" : "it runs inside the migration's transaction") + (held.length > 0 ? `, and all that time the transaction keeps ${describeHeld(held, file)}.` : ".");
      } else {
        locks = targetExisted ? "it runs as one transaction, and each row it changes stays locked against other writers until it ends." : "it runs as one long transaction.";
      }
      out.push({
        file: file.source.path,
        statement,
        message: `${what} in a schema migration: how long it runs depends on production data, and ${locks}`,
        help: "Move the data change out of the DDL transaction: run it after the migration in keyset batches of e.g. 10,000 rows, each its own transaction (WHERE id > :last ORDER BY id LIMIT 10000), or in a separate migration that does not run in a transaction; keep the schema migration to DDL so its locks are held only for milliseconds.",
        verified: reviewed.trace?.outcome === "ok" && reviewed.trace.lockSource === "trace" ? "trace" : "static"
      });
    }
    return out;
  }
};

// src/rules/helpers/type-conversions.ts
var ALIASES = {
  "character varying": "varchar",
  text: "text",
  timestamptz: "timestamptz",
  timestamp: "timestamp",
  "bit varying": "varbit",
  decimal: "numeric",
  int: "int4",
  integer: "int4",
  bigint: "int8",
  smallint: "int2"
};
function canonicalTypeName(name) {
  return ALIASES[name] ?? name;
}
function shapeOfColumn(col) {
  const array = col.typeName.startsWith("_");
  const name = array ? col.typeName.slice(1) : col.typeName;
  return { name, mods: decodeTypmod(name, col.typmod), array };
}
function shapeOfWritten(t32) {
  const name = canonicalTypeName(t32.name);
  let mods = t32.mods.length ? t32.mods : null;
  if (name === "numeric" && mods?.length === 1) mods = [mods[0], 0];
  return { name, mods, array: t32.array };
}
function decodeTypmod(name, typmod) {
  if (typmod < 0) return null;
  if (name === "varchar" || name === "bpchar") return [typmod - 4];
  if (name === "numeric") return [typmod - 4 >> 16 & 65535, typmod - 4 & 65535];
  if (name === "varbit" || name === "bit") return [typmod];
  return [typmod];
}
function judgeConversion(from, to) {
  if (from.array !== to.array) return "rewrite";
  const same = from.name === to.name;
  const lengthOk = (a14, b) => b === null || a14 !== null && b[0] >= a14[0];
  if (same && JSON.stringify(from.mods) === JSON.stringify(to.mods)) return "safe";
  if (from.array) return "rewrite";
  if ((from.name === "varchar" || from.name === "varbit") && same) return lengthOk(from.mods, to.mods) ? "safe" : "rewrite";
  if (from.name === "varchar" && to.name === "text") return "safe";
  if (from.name === "text" && to.name === "varchar") return to.mods === null ? "safe" : "rewrite";
  if (from.name === "numeric" && same) {
    if (to.mods === null) return "safe";
    if (from.mods === null) return "rewrite";
    return to.mods[1] === from.mods[1] && to.mods[0] >= from.mods[0] ? "safe" : "rewrite";
  }
  if (from.name === "cidr" && to.name === "inet") return "safe";
  if (from.name === "timestamp" && to.name === "timestamptz" || from.name === "timestamptz" && to.name === "timestamp") {
    return JSON.stringify(from.mods) === JSON.stringify(to.mods) || to.mods === null ? "safe-if-utc" : "rewrite";
  }
  return "rewrite";
}
function shapeText(t32) {
  return `${t32.name}${t32.mods ? `(${t32.mods.join(",")})` : ""}${t32.array ? "[]" : ""}`;
}

// src/rules/output/column-type-rewrite.ts
var UTC_NAMES = /^(utc|gmt|etc\/utc|etc\/gmt|etc\/universal|universal|zulu|z|gmt0|etc\/gmt0|uct)$/i;
function setsUtcBefore(file, index) {
  let utc = false;
  for (const r9 of file.statements) {
    if (r9.statement.index >= index) break;
    const set = asNode(r9.statement.ast, "VariableSetStmt");
    if (set?.name?.toLowerCase() !== "timezone") continue;
    const value = asNode(set.args?.[0], "A_Const")?.sval?.sval;
    utc = set.kind === "VAR_SET_VALUE" && value !== void 0 && UTC_NAMES.test(value);
  }
  return utc;
}
function trivialUsing(expr, column) {
  if (!expr) return true;
  const cast = asNode(expr, "TypeCast");
  const ref = asNode(cast ? cast.arg : expr, "ColumnRef");
  const parts = stringValues(ref?.fields);
  return parts.length === 1 && parts[0] === column;
}
var columnTypeRewrite = {
  meta: {
    id: "column-type-rewrite",
    layer: "output",
    severity: "error",
    summary: "ALTER COLUMN TYPE that rewrites an existing table and its indexes.",
    why: "Changing a column type takes ACCESS EXCLUSIVE on the table. When the old and new types are not binary compatible (int to bigint, shrinking a varchar, changing numeric scale), PostgreSQL rewrites every row and rebuilds every index while holding it: reads and writes wait for the whole rewrite. Widening a varchar, varchar to text, raising numeric precision and cidr to inet only change the catalog. timestamp to timestamptz (and back) needs no rewrite only when the session TimeZone is UTC (PostgreSQL 12+). The rule reads the rewrite from the replay (the table's relfilenode changes) and falls back to that table of safe conversions when the statement could not be replayed.",
    setup: "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);\nCREATE TABLE orders (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_id bigint NOT NULL, note varchar(200), created_at timestamptz NOT NULL DEFAULT now());",
    bad: "ALTER TABLE orders ALTER COLUMN id TYPE bigint;",
    good: "ALTER TABLE orders ALTER COLUMN note TYPE varchar(500); -- was varchar(200): no rewrite",
    references: [`${DOCS}/sql-altertable.html#SQL-ALTERTABLE-NOTES`, `${DOCS}/datatype-datetime.html`],
    fixable: false,
    needs: ["catalog", "trace"]
  },
  check(ctx) {
    const out = [];
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      const table = relationName2(asNode(ast, "AlterTableStmt")?.relation);
      const cmds = alterTableCmds(ast).filter((c3) => c3.subtype === "AT_AlterColumnType" && c3.name);
      if (!table || cmds.length === 0 || !existedBefore(ctx, table, reviewed)) continue;
      const trace = reviewed.trace;
      if (trace?.outcome === "error") continue;
      const before = tableBefore(ctx, table, reviewed);
      const name = displayName(table);
      const changes = cmds.map((cmd) => {
        const def = asNode(cmd.def, "ColumnDef");
        const target = writtenType(def?.typeName);
        const col = before?.columns.find((c3) => c3.name === cmd.name);
        const to = target ? shapeOfWritten(target) : void 0;
        const column = cmd.name;
        if (!col || !to) return { column, to: to ? shapeText(to) : "?", verdict: "unknown" };
        const from = shapeOfColumn(col);
        let verdict = judgeConversion(from, to);
        if (!trivialUsing(def?.raw_default, column)) verdict = "rewrite";
        return { column, from: col.type, to: shapeText(to), verdict };
      });
      const list = (cs) => cs.map((c3) => `${quoteIdent(c3.column)}${c3.from ? ` (${c3.from} to ${c3.to})` : ` (to ${c3.to})`}`).join(", ");
      const help = "Avoid the rewrite: add a new column of the new type, backfill it in batches, switch reads and writes to it, then drop the old one. To limit a varchar, add CHECK (length(col) <= n) NOT VALID and validate it instead of shrinking the type.";
      const during = "for the whole rewrite";
      let rewriting = [];
      let verified = "static";
      let what = "";
      if (trace?.outcome === "ok") {
        const indexes = (before?.indexes ?? []).filter((ix) => trace.rewritten.includes(qualifiedIndexName(ix)));
        if (trace.rewritten.includes(table)) {
          rewriting = changes;
          what = `rewrites existing table ${name}${indexes.length ? ` and rebuilds its ${indexes.length} index${indexes.length > 1 ? "es" : ""}` : ""}`;
        } else if (indexes.length) {
          rewriting = changes;
          what = `rebuilds index${indexes.length > 1 ? "es" : ""} ${indexes.map((i6) => i6.name).join(", ")} of existing table ${name}`;
        }
        verified = "trace";
      } else {
        rewriting = changes.filter((c3) => c3.verdict === "rewrite" || c3.verdict === "unknown");
        if (rewriting.length) {
          what = `rewrites existing table ${name} and its ${before?.indexes.length ?? 0} index(es) (not replayed: judged from the types)`;
        }
      }
      if (rewriting.length) {
        out.push({
          file: file.source.path,
          statement,
          message: `ALTER COLUMN ... TYPE ${list(rewriting)} ${what} under ACCESS EXCLUSIVE: all reads and writes of ${name} wait ${holdDuration(reviewed.inTransaction, during)}.`,
          help,
          verified
        });
        continue;
      }
      const tz = changes.filter((c3) => c3.verdict === "safe-if-utc");
      if (tz.length && !setsUtcBefore(file, statement.index)) {
        out.push({
          file: file.source.path,
          statement,
          severity: "warning",
          message: `ALTER COLUMN ... TYPE ${list(tz)} on existing table ${name} is a catalog-only change only when the session TimeZone is UTC; otherwise PostgreSQL rewrites the table under ACCESS EXCLUSIVE, blocking reads and writes ${during}.`,
          help: "Run SET LOCAL TimeZone = 'UTC'; (or SET TimeZone) before the statement in the same migration.",
          verified: "static"
        });
      }
    }
    return out;
  }
};

// src/rules/output/add-column-rewrite.ts
var SERIAL_TYPES = /* @__PURE__ */ new Set(["serial", "bigserial", "smallserial", "serial2", "serial4", "serial8"]);
var VOLATILE_FUNCTIONS = /* @__PURE__ */ new Set([
  "gen_random_uuid",
  "uuid_generate_v1",
  "uuid_generate_v1mc",
  "uuid_generate_v4",
  "uuidv4",
  "uuidv7",
  "clock_timestamp",
  "timeofday",
  "random",
  "random_normal",
  "nextval",
  "gen_random_bytes",
  "txid_current",
  "pg_current_xact_id"
]);
var OTHER_REWRITERS = /* @__PURE__ */ new Set(["AT_AlterColumnType", "AT_SetTableSpace", "AT_SetLogged", "AT_SetUnLogged", "AT_SetAccessMethod"]);
function constraintsOf2(col) {
  return (col.constraints ?? []).map((n) => asNode(n, "Constraint")).filter((c3) => c3 !== void 0);
}
function calledFunctions(expr) {
  const names = [];
  walk(expr, (kind, body2) => {
    if (kind !== "FuncCall") return;
    const parts = stringValues(body2.funcname);
    if (parts.length) names.push(parts[parts.length - 1].toLowerCase());
  });
  return names;
}
function isNullConstant(expr) {
  return asNode(expr, "A_Const")?.isnull === true;
}
function causeOf(col, after, postgresVersion) {
  const column = col.colname ?? "?";
  const cons = constraintsOf2(col);
  const typeParts = stringValues(col.typeName?.names);
  const typeName = typeParts[typeParts.length - 1]?.toLowerCase() ?? "";
  if (after?.identity || cons.some((c3) => c3.contype === "CONSTR_IDENTITY")) return { column, cause: "identity" };
  if (typeParts.length === 1 && SERIAL_TYPES.has(typeName)) return { column, cause: "serial", expression: typeName };
  const generated = cons.find((c3) => c3.contype === "CONSTR_GENERATED");
  if (after?.generated === "stored" || generated?.generated_kind === "s") {
    return { column, cause: "stored", expression: after?.default ?? void 0 };
  }
  if (after?.generated === "virtual" || generated) return { column };
  const def = cons.find((c3) => c3.contype === "CONSTR_DEFAULT")?.raw_expr;
  const hasDefault = after ? after.default !== null : def !== void 0 && !isNullConstant(def);
  if (!hasDefault) return { column };
  const volatileCall = calledFunctions(def).find((f) => VOLATILE_FUNCTIONS.has(f));
  const expression = after?.default ?? (volatileCall ? `${volatileCall}()` : void 0);
  const volatile = after?.defaultVolatility ? after.defaultVolatility === "volatile" : volatileCall !== void 0;
  if (volatile) return { column, cause: "volatile", expression };
  if (postgresVersion < 11) return { column, cause: "old-default", expression };
  return { column };
}
function describe2(a14) {
  const col = quoteIdent(a14.column);
  switch (a14.cause) {
    case "identity":
      return `${col} as an identity column (every existing row gets a value from its sequence)`;
    case "serial":
      return `${col} ${a14.expression} (its DEFAULT nextval(...) is volatile: every existing row gets a value)`;
    case "stored":
      return `${col} GENERATED ... STORED${a14.expression ? ` AS (${a14.expression})` : ""} (computed and stored for every existing row)`;
    case "volatile":
      return `${col} with volatile DEFAULT ${a14.expression ?? "(volatile expression)"} (evaluated for every existing row)`;
    case "old-default":
      return `${col} with DEFAULT ${a14.expression ?? "..."} (written into every existing row)`;
    default:
      return col;
  }
}
function helpFor(causes, table, postgresVersion) {
  const steps = [];
  if (causes.has("volatile") || causes.has("serial") || causes.has("old-default")) {
    steps.push(
      postgresVersion < 11 ? `Add the column without a default, then ALTER TABLE ${table} ALTER COLUMN ... SET DEFAULT ... (applies to new rows only, no rewrite), and backfill existing rows in batches outside the migration transaction.` : `Add the column without a default (or with a constant default, which PostgreSQL 11+ keeps in the catalog without touching rows), backfill existing rows in batches outside the migration transaction, then ALTER TABLE ${table} ALTER COLUMN ... SET DEFAULT ... for new rows (no rewrite).`
    );
  }
  if (causes.has("identity")) {
    steps.push(
      "For an identity column: add a plain bigint column, backfill it in batches, make it NOT NULL (through a validated CHECK), then ALTER COLUMN ... ADD GENERATED BY DEFAULT AS IDENTITY (catalog only) and setval its sequence past the largest value."
    );
  }
  if (causes.has("stored")) {
    steps.push(
      "For a stored generated column: on PostgreSQL 18 a VIRTUAL generated column is computed on read and adds no rewrite; otherwise add a plain column kept up to date by a trigger and backfill it in batches."
    );
  }
  if (steps.length === 0) steps.push("Add the column without the clause that forces the rewrite, backfill it in batches, then set it up for new rows.");
  return steps.join("\n");
}
var addColumnRewrite = {
  meta: {
    id: "add-column-rewrite",
    layer: "output",
    severity: "error",
    summary: "ADD COLUMN that rewrites an existing table: volatile default, serial or identity, GENERATED ... STORED, or any default before PostgreSQL 11.",
    why: "Since PostgreSQL 11, ADD COLUMN with no default or a non-volatile default (a constant, now()) only changes the catalog: existing rows report the default without being touched. A volatile default (gen_random_uuid(), clock_timestamp(), random(), nextval(...)), a serial or identity column, and a GENERATED ... STORED column need a value computed for every existing row, so PostgreSQL rewrites the whole table and rebuilds every index while holding ACCESS EXCLUSIVE: all reads and writes wait until it finishes (and until commit). Before PostgreSQL 11 any non-null default rewrote the table. The rule reads the rewrite from the replay (the relfilenode of the table changes) and falls back to the column definition when the statement could not be replayed.",
    setup: "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\nCREATE INDEX users_email_idx ON users (email);",
    bad: "ALTER TABLE users ADD COLUMN api_token uuid DEFAULT gen_random_uuid();",
    good: "ALTER TABLE users ADD COLUMN api_token uuid;\n-- backfill in batches outside the migration, e.g. UPDATE users SET api_token = gen_random_uuid() WHERE id BETWEEN 1 AND 10000;\nALTER TABLE users ALTER COLUMN api_token SET DEFAULT gen_random_uuid();",
    references: [`${DOCS}/sql-altertable.html#SQL-ALTERTABLE-NOTES`, `${DOCS}/ddl-alter.html#DDL-ALTER-ADDING-A-COLUMN`],
    fixable: false,
    needs: ["catalog", "trace"]
  },
  check(ctx) {
    const out = [];
    const version3 = ctx.config.postgresVersion;
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      const table = relationName2(asNode(ast, "AlterTableStmt")?.relation);
      const cmds = alterTableCmds(ast);
      const adds = cmds.filter((c3) => c3.subtype === "AT_AddColumn");
      if (!table || adds.length === 0 || !existedBefore(ctx, table, reviewed)) continue;
      const trace = reviewed.trace;
      if (trace?.outcome === "error") continue;
      const before = tableBefore(ctx, table, reviewed);
      const afterTable = reviewed.after.tables[table];
      const added = [];
      for (const cmd of adds) {
        const col = asNode(cmd.def, "ColumnDef");
        if (!col?.colname || before?.columns.some((c3) => c3.name === col.colname)) continue;
        added.push(causeOf(col, afterTable?.columns.find((c3) => c3.name === col.colname), version3));
      }
      const causing = added.filter((a14) => a14.cause !== void 0);
      const traced = trace?.outcome === "ok";
      const rewroteInTrace = traced && (trace.rewritten.includes(table) || before?.kind === "partitioned" && trace.rewritten.some((r9) => reviewed.before.tables[r9]?.kind === "table"));
      const onlyAdds = !cmds.some((c3) => c3.subtype !== void 0 && OTHER_REWRITERS.has(c3.subtype));
      let reported;
      let verified;
      if (version3 < 11 && causing.some((a14) => a14.cause === "old-default")) {
        reported = causing;
        verified = "static";
      } else if (traced) {
        if (!rewroteInTrace || !(causing.length > 0 || onlyAdds)) continue;
        reported = causing.length ? causing : added;
        verified = "trace";
      } else {
        if (causing.length === 0) continue;
        reported = causing;
        verified = "static";
      }
      if (reported.length === 0) continue;
      const name = displayName(table);
      const traceLock = tracedLockOn(trace, table);
      const lock = traceLock ?? "AccessExclusiveLock";
      const indexes = before?.indexes.length ?? 0;
      const rewriteOf = `the whole rewrite of ${name}${indexes ? ` and its ${indexes} index${indexes === 1 ? "" : "es"}` : ""}`;
      const old = version3 < 11 && reported.some((a14) => a14.cause === "old-default") ? "On PostgreSQL 10 and older, " : "";
      const why = reported.some((a14) => a14.cause) ? "" : " (the replay shows PostgreSQL rewrote it, e.g. for a domain type with constraints)";
      out.push({
        file: file.source.path,
        statement,
        message: `${old}ADD COLUMN ${reported.map(describe2).join(", ")} rewrites existing table ${name}${why}: ${lockName(lock)} on ${name} blocks ${lockBlocks(lock)} ${holdDuration(reviewed.inTransaction, `for ${rewriteOf}`)}.`,
        help: helpFor(new Set(reported.map((a14) => a14.cause).filter((c3) => c3 !== void 0)), name, version3),
        verified
      });
    }
    return out;
  }
};

// src/rules/output/too-many-indexes.ts
function countOn(catalog, table) {
  return catalog.tables[table]?.indexes.length;
}
function pushingStatement(statements, table, limit) {
  let crossed;
  let grew;
  for (const ref of statements) {
    const before = countOn(ref.reviewed.before, table) ?? 0;
    const after = countOn(ref.reviewed.after, table) ?? 0;
    if (before <= limit && after > limit) crossed = ref;
    if (after > before && !grew) grew = ref;
  }
  return crossed ?? grew;
}
var tooManyIndexes = {
  meta: {
    id: "too-many-indexes",
    layer: "output",
    severity: "notice",
    summary: "A table the pull request adds an index to ends it with more indexes than the configured limit.",
    why: "Every index is updated on every INSERT, on every DELETE (by vacuum) and on every UPDATE that cannot be HOT: each one adds write amplification, WAL volume, vacuum work and memory for its pages in shared buffers, and one index on an updated column makes every update of the row non-HOT. Past a handful of indexes, writes slow down measurably and some indexes are usually unused or covered by others. The limit is `maxIndexesPerTable` (default 10); the count includes the indexes of primary keys and unique constraints.",
    setup: "CREATE TABLE events (id bigint PRIMARY KEY, a int, b int, c int, d int, e int, f int, g int, h int, i int, j int);\nCREATE INDEX events_a_idx ON events (a);\nCREATE INDEX events_b_idx ON events (b);\nCREATE INDEX events_c_idx ON events (c);\nCREATE INDEX events_d_idx ON events (d);\nCREATE INDEX events_e_idx ON events (e);\nCREATE INDEX events_f_idx ON events (f);\nCREATE INDEX events_g_idx ON events (g);\nCREATE INDEX events_h_idx ON events (h);\nCREATE INDEX events_i_idx ON events (i);",
    bad: "CREATE INDEX CONCURRENTLY events_j_idx ON events (j);",
    good: "-- events_a_idx had no scans in pg_stat_user_indexes for a month: replace it rather than add one more\nDROP INDEX CONCURRENTLY events_a_idx;\nCREATE INDEX CONCURRENTLY events_j_idx ON events (j);",
    references: [`${DOCS}/indexes-intro.html`, `${DOCS}/storage-hot.html`, `${DOCS}/monitoring-stats.html#MONITORING-PG-STAT-ALL-INDEXES-VIEW`],
    fixable: false,
    needs: ["catalog"]
  },
  check(ctx) {
    const out = [];
    const limit = ctx.config.maxIndexesPerTable;
    const statements = [...reviewedStatements(ctx)];
    for (const [qualified, table] of Object.entries(ctx.finalCatalog.tables)) {
      if (table.indexes.length <= limit) continue;
      const added = table.indexes.filter((ix) => indexAddedSince(ctx.baseCatalog, ix));
      if (added.length === 0) continue;
      const ref = pushingStatement(statements, qualified, limit);
      const file = ref?.file.source.path ?? ctx.files.find((f) => f.status === "added")?.source.path;
      if (!file) continue;
      const name = displayName(qualified);
      const list = table.indexes.map((ix) => `${ix.name}${indexAddedSince(ctx.baseCatalog, ix) ? " (new)" : ""}`).join(", ");
      out.push({
        file,
        statement: ref?.statement,
        message: `${name} ends this pull request with ${table.indexes.length} indexes (the limit is ${limit}): every INSERT and every non-HOT UPDATE of ${name} writes to all of them. Indexes: ${list}.`,
        help: "Check pg_stat_user_indexes (idx_scan) in production for indexes that are never used, and for indexes that another one covers (a leading prefix of a wider index); drop those, or combine several into one multicolumn index. If the table really needs them, raise maxIndexesPerTable in the config.",
        verified: "replay"
      });
    }
    return out;
  }
};

// src/rules/output/foreign-key-type-mismatch.ts
var INTEGER_LIMITS = {
  smallint: "32,767",
  integer: "2,147,483,647 (2^31 - 1)"
};
var INTEGER_WIDTH = { smallint: 2, integer: 4, bigint: 8 };
function mismatches(catalog, table, fk) {
  const own = catalog.tables[table];
  const ref = fk.references ? catalog.tables[fk.references.table] : void 0;
  if (!own || !ref || !fk.references) return [];
  const out = [];
  fk.columns.forEach((column, i6) => {
    const refColumn = fk.references?.columns[i6];
    const type = own.columns.find((c3) => c3.name === column)?.type;
    const refType = ref.columns.find((c3) => c3.name === refColumn)?.type;
    if (refColumn && type && refType && type !== refType) out.push({ column, type, refColumn, refType });
  });
  return out;
}
function findConstraint(catalog, table, name) {
  return catalog.tables[table]?.constraints.find((c3) => c3.kind === "foreign" && c3.name === name);
}
function consequence(p3, refTable) {
  const narrow = INTEGER_WIDTH[p3.type];
  const wide = INTEGER_WIDTH[p3.refType];
  if (narrow && wide && narrow < wide) {
    return `once ${refTable}.${quoteIdent(p3.refColumn)} passes ${INTEGER_LIMITS[p3.type]}, rows referencing the new values cannot be inserted ("${p3.type} out of range")`;
  }
  if (narrow && wide) return "the referencing column stores wider values than the key can hold, and joins compare across types";
  if (/^character varying\(\d+\)$|^character\(\d+\)$/.test(p3.type)) {
    return `keys of ${refTable} longer than the referencing column's limit cannot be referenced ("value too long")`;
  }
  return "every join and every foreign key check compares across types, which can keep the planner from using an index on one side";
}
var foreignKeyTypeMismatch = {
  meta: {
    id: "foreign-key-type-mismatch",
    layer: "output",
    severity: "warning",
    summary: "A foreign key column's type differs from the referenced column's type.",
    why: 'PostgreSQL accepts a foreign key between different but comparable types (integer referencing bigint, varchar(n) referencing text). The mismatch stays hidden until it hurts: an integer column referencing a bigint key fails with "integer out of range" as soon as the parent ids pass 2^31 - 1, a varchar(n) column cannot hold longer keys, and joins and the foreign key checks compare across types. Judged on the schema at the end of the pull request, for foreign keys it adds and for mismatches it causes (a referenced column widened without its referencing columns).',
    setup: "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);",
    bad: "CREATE TABLE orders (\n  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n  user_id integer NOT NULL REFERENCES users (id)\n);\nCREATE INDEX orders_user_id_idx ON orders (user_id);",
    good: "CREATE TABLE orders (\n  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n  user_id bigint NOT NULL REFERENCES users (id)\n);\nCREATE INDEX orders_user_id_idx ON orders (user_id);",
    references: [`${DOCS}/ddl-constraints.html#DDL-CONSTRAINTS-FK`, `${DOCS}/datatype-numeric.html#DATATYPE-INT`],
    fixable: false,
    needs: ["catalog"]
  },
  check(ctx) {
    const out = [];
    for (const [qualified, table] of Object.entries(ctx.finalCatalog.tables)) {
      for (const fk of table.constraints) {
        if (fk.kind !== "foreign" || !fk.references) continue;
        const pairs = mismatches(ctx.finalCatalog, qualified, fk);
        if (pairs.length === 0) continue;
        const baseTable = ctx.baseCatalog.tables[qualified];
        const baseFk = baseTable?.oid === table.oid ? findConstraint(ctx.baseCatalog, qualified, fk.name) : void 0;
        const addedHere = !baseFk || baseFk.definition !== fk.definition;
        if (!addedHere && mismatches(ctx.baseCatalog, qualified, baseFk).length > 0) continue;
        const mismatched = (c3) => {
          const now = findConstraint(c3, qualified, fk.name);
          return now !== void 0 && mismatches(c3, qualified, now).length > 0;
        };
        const ref = statementThatMade(ctx, mismatched);
        const file = ref?.file.source.path ?? ctx.files.find((f) => f.status === "added")?.source.path;
        if (!file) continue;
        const own = displayName(qualified);
        const target = displayName(fk.references.table);
        const described = pairs.map((p3) => `${own}.${quoteIdent(p3.column)} is ${p3.type} but ${target}.${quoteIdent(p3.refColumn)} is ${p3.refType}: ${consequence(p3, target)}`).join("; ");
        out.push({
          file,
          statement: ref?.statement,
          message: `Foreign key ${fk.name}${addedHere ? "" : " (its types now differ after this pull request)"}: ${described}.`,
          help: `Declare ${pairs.map((p3) => `${quoteIdent(p3.column)} as ${p3.refType}`).join(", ")} so both sides have the same type. On a table that already holds rows, changing an integer column to bigint rewrites it: add a new column of the right type, backfill it in batches and switch over, or fix the type while the table is still new.`,
          verified: "replay"
        });
      }
    }
    return out;
  }
};

// src/rules/fixes/not-valid.ts
function withNotValid(text, commands, commandCount) {
  const ends = [];
  let depth = 0;
  let lastEnd = -1;
  for (const token of lexSql(text)) {
    if (token.kind === "comment") continue;
    if (token.kind === "semicolon") break;
    const t32 = text.slice(token.start, token.end);
    if (t32 === "(" || t32 === "[") depth++;
    else if (t32 === ")" || t32 === "]") depth--;
    else if (t32 === "," && depth === 0) {
      ends.push(lastEnd);
      continue;
    }
    lastEnd = token.end;
  }
  ends.push(lastEnd);
  if (ends.length !== commandCount || ends.some((e4) => e4 < 0)) return void 0;
  let out = text;
  for (const i6 of [...new Set(commands)].sort((a14, b) => b - a14)) {
    if (i6 < 0 || i6 >= ends.length) return void 0;
    out = `${out.slice(0, ends[i6])} NOT VALID${out.slice(ends[i6])}`;
  }
  return out;
}
function notValidFix(ctx, file, reviewed, table, constraints) {
  const { statement } = reviewed;
  if (constraints.length === 0) return void 0;
  const commandCount = (asNode(statement.ast, "AlterTableStmt")?.cmds ?? []).length;
  const text = withNotValid(statement.text, constraints.map((c3) => c3.command), commandCount);
  if (text === void 0) return void 0;
  const names = [...new Set(constraints.map((c3) => c3.name))];
  const validate = names.map((n) => `ALTER TABLE ${displayName(table)} VALIDATE CONSTRAINT ${quoteIdent(n)};`).join("\n");
  const own = statementFix(file, statement, text, "").edits[0];
  const what = `Add ${names.length > 1 ? "the constraints" : names[0]} NOT VALID`;
  const newFiles = followUpMigrationFiles(ctx, file, `validate_${names.join("_")}`, validate, { transaction: true });
  if (newFiles) {
    return { description: `${what}, then validate ${names.length > 1 ? "them" : "it"} in a new migration ${newFiles[0].path}`, edits: [own], newFiles };
  }
  const after = lineEndingTransaction(file, reviewed);
  if (after === void 0) return void 0;
  return {
    description: `${what}, then validate ${names.length > 1 ? "them" : "it"} in its own transaction after line ${after}`,
    edits: [own, { line: after + 1, endLine: after, replacement: validate }]
  };
}

// src/rules/output/constraint-without-not-valid.ts
function constraintName(reviewed, table, c3, columns) {
  if (c3.conname) return c3.conname;
  const kind = c3.contype === "CONSTR_FOREIGN" ? "foreign" : "check";
  const had = new Set((reviewed.before.tables[table]?.constraints ?? []).map((x) => x.name));
  const made = (reviewed.after.tables[table]?.constraints ?? []).filter((x) => x.kind === kind && !had.has(x.name));
  if (made.length === 1) return made[0].name;
  const bare = table.slice(table.indexOf(".") + 1);
  return `${bare}_${columns.length ? columns.join("_") : "check"}_${kind === "foreign" ? "fkey" : "check"}`;
}
function mode(file, reviewed, table, fallback) {
  const traced = tracedLockOn(reviewed.trace, table);
  if (traced) return { mode: traced, traced: true };
  if (reviewed.trace?.outcome === "ok" && reviewed.trace.lockSource === "trace") {
    const held = heldOn(locksHeldDuring(file, reviewed), table);
    if (held?.traced && strongerLock(held.mode, fallback) === held.mode) return { mode: held.mode, traced: true };
  }
  return { mode: fallback, traced: false };
}
function isValidatedNow(c3) {
  return (c3.contype === "CONSTR_FOREIGN" || c3.contype === "CONSTR_CHECK") && !c3.skip_validation;
}
function statementFixFor(ctx, ref, table) {
  const { file, reviewed, ast } = ref;
  const constraints = [];
  let foreign = false;
  for (const [command, cmd] of alterTableCmds(ast).entries()) {
    if (cmd.subtype === "AT_AddColumn") {
      const col = asNode(cmd.def, "ColumnDef");
      if ((col?.constraints ?? []).some((n) => asNode(n, "Constraint")?.contype === "CONSTR_FOREIGN")) return void 0;
    }
    const c3 = cmd.subtype === "AT_AddConstraint" ? asNode(cmd.def, "Constraint") : void 0;
    if (!c3 || !isValidatedNow(c3)) continue;
    foreign ||= c3.contype === "CONSTR_FOREIGN";
    constraints.push({ command, name: constraintName(reviewed, table, c3, stringValues(c3.fk_attrs)) });
  }
  if (constraints.length === 0) return void 0;
  if (foreign && ctx.config.postgresVersion < 18 && tableBefore(ctx, table, reviewed)?.kind === "partitioned") return void 0;
  return notValidFix(ctx, file, reviewed, table, constraints);
}
var constraintWithoutNotValid = {
  meta: {
    id: "constraint-without-not-valid",
    layer: "output",
    severity: "error",
    summary: "ADD FOREIGN KEY or CHECK on an existing table without NOT VALID.",
    why: "Adding a CHECK constraint makes PostgreSQL read every row to prove it while holding ACCESS EXCLUSIVE on the table, which blocks reads and writes. Adding a FOREIGN KEY scans the referencing table under SHARE ROW EXCLUSIVE on both tables, which blocks writes to both. Adding the constraint NOT VALID only records it (new rows are checked at once); VALIDATE CONSTRAINT, run afterwards in its own transaction, scans under SHARE UPDATE EXCLUSIVE, which lets reads and writes continue.",
    setup: "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);\nCREATE TABLE orders (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_id bigint NOT NULL, note varchar(200), created_at timestamptz NOT NULL DEFAULT now());",
    bad: "ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);",
    good: "ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\n-- in a separate transaction:\nALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;",
    references: [`${DOCS}/sql-altertable.html#SQL-ALTERTABLE-NOTES`, `${DOCS}/explicit-locking.html#LOCKING-TABLES`],
    fixable: true,
    needs: ["catalog", "trace"]
  },
  check(ctx) {
    const out = [];
    for (const ref of parsedStatements(ctx)) {
      const { file, reviewed, statement, ast } = ref;
      const table = relationName2(asNode(ast, "AlterTableStmt")?.relation);
      if (!table || !existedBefore(ctx, table, reviewed)) continue;
      const name = displayName(table);
      const fix = statementFixFor(ctx, ref, table);
      for (const cmd of alterTableCmds(ast)) {
        const found = [];
        if (cmd.subtype === "AT_AddConstraint") {
          const c3 = asNode(cmd.def, "Constraint");
          if (c3 && isValidatedNow(c3)) found.push({ c: c3, columns: stringValues(c3.fk_attrs) });
        } else if (cmd.subtype === "AT_AddColumn") {
          const col = asNode(cmd.def, "ColumnDef");
          for (const n of col?.constraints ?? []) {
            const c3 = asNode(n, "Constraint");
            if (c3?.contype === "CONSTR_FOREIGN" && col?.colname) found.push({ c: c3, columns: [col.colname], viaColumn: col.colname });
          }
        }
        for (const { c: c3, columns, viaColumn } of found) {
          const cname = constraintName(reviewed, table, c3, columns);
          const during = "while every existing row is checked";
          if (c3.contype === "CONSTR_FOREIGN") {
            const ref2 = relationName2(c3.pktable) ?? "?";
            const refName = displayName(ref2);
            const own = mode(file, reviewed, table, viaColumn ? "AccessExclusiveLock" : "ShareRowExclusiveLock");
            const other = ref2 === table ? own : mode(file, reviewed, ref2, "ShareRowExclusiveLock");
            const refCols = stringValues(c3.pk_attrs);
            const refText = `${refName}${refCols.length ? ` (${refCols.map(quoteIdent).join(", ")})` : ""}`;
            const cols = columns.map(quoteIdent).join(", ");
            out.push({
              file: file.source.path,
              statement,
              message: `${viaColumn ? `ADD COLUMN ${quoteIdent(viaColumn)} ... REFERENCES` : "ADD FOREIGN KEY"} ${cname} on existing table ${name} validates every row: it holds ${lockName(own.mode)} on ${name} (blocking ${lockBlocks(own.mode)})` + (ref2 === table ? "" : ` and ${lockName(other.mode)} on the referenced table ${refName} (blocking ${lockBlocks(other.mode)})`) + ` ${holdDuration(reviewed.inTransaction, during)}.`,
              help: viaColumn ? `Add the column without REFERENCES, then add the foreign key NOT VALID and validate it in a separate transaction:
ALTER TABLE ${name} ADD CONSTRAINT ${quoteIdent(cname)} FOREIGN KEY (${cols}) REFERENCES ${refText} NOT VALID;
ALTER TABLE ${name} VALIDATE CONSTRAINT ${quoteIdent(cname)};` : `Add it NOT VALID (new rows are still checked), then validate it in a separate transaction, which lets reads and writes continue:
ALTER TABLE ${name} ADD CONSTRAINT ${quoteIdent(cname)} FOREIGN KEY (${cols}) REFERENCES ${refText} NOT VALID;
ALTER TABLE ${name} VALIDATE CONSTRAINT ${quoteIdent(cname)};`,
              fix,
              verified: own.traced ? "trace" : "static"
            });
          } else {
            const own = mode(file, reviewed, table, "AccessExclusiveLock");
            out.push({
              file: file.source.path,
              statement,
              message: `ADD CHECK ${cname} on existing table ${name} holds ${lockName(own.mode)} (blocking ${lockBlocks(own.mode)}) ${holdDuration(reviewed.inTransaction, during)}.`,
              help: `Add it with NOT VALID (new and updated rows are still checked), then run ALTER TABLE ${name} VALIDATE CONSTRAINT ${quoteIdent(cname)}; in a separate transaction: it scans under SHARE UPDATE EXCLUSIVE, which lets reads and writes continue.`,
              fix,
              verified: own.traced ? "trace" : "static"
            });
          }
        }
      }
    }
    return out;
  }
};

// src/rules/helpers/index-compare.ts
function sameIndexShape(a14, b) {
  return a14.method === b.method && a14.predicate === b.predicate && a14.keys.length === b.keys.length && a14.keys.every((_, i6) => sameKey(a14, b, i6));
}
function sameKey(a14, b, i6) {
  return a14.keys[i6] === b.keys[i6] && (a14.opclasses[i6] ?? "") === (b.opclasses[i6] ?? "") && (a14.collations?.[i6] ?? "") === (b.collations?.[i6] ?? "") && (a14.orders?.[i6] ?? "") === (b.orders?.[i6] ?? "");
}
function isStrictPrefix(short, long) {
  return short.keys.length < long.keys.length && short.keys.every((_, i6) => sameKey(short, long, i6));
}
function addedByPr(ctx, index) {
  return indexAddedSince(ctx.baseCatalog, index);
}
function statementCreatingIndex(ctx, index) {
  const byCatalog = statementThatMade(
    ctx,
    (c3) => c3.tables[index.table]?.indexes.some((i6) => i6.name === index.name && i6.definition === index.definition) ?? false
  );
  if (byCatalog) return byCatalog;
  let found;
  for (const ref of parsedStatements(ctx)) {
    const stmt = asNode(ref.ast, "IndexStmt");
    if (stmt?.idxname === index.name && relationName2(stmt.relation) === index.table) found = ref;
  }
  return found;
}
function keysText(index) {
  return `(${index.keys.join(", ")})${index.predicate ? ` WHERE ${index.predicate}` : ""}`;
}

// src/rules/output/duplicate-index.ts
function dropCandidate(a14, b) {
  const rank = (i6) => i6.constraint ? 2 : i6.unique ? 1 : 0;
  if (rank(a14) === 2 && rank(b) === 2) return void 0;
  return rank(a14) <= rank(b) ? a14 : b;
}
var duplicateIndex = {
  meta: {
    id: "duplicate-index",
    layer: "output",
    severity: "warning",
    summary: "An index with the same table, keys, operator classes, predicate and method as another.",
    why: "PostgreSQL accepts any number of identical indexes under different names. Each one is maintained on every INSERT and on updates of its columns, takes disk and cache, and adds planning work, while the planner only ever needs one. A common case is an explicit index on a column that a PRIMARY KEY or UNIQUE constraint already indexes.",
    bad: "CREATE TABLE users (id bigint PRIMARY KEY, email text UNIQUE);\nCREATE INDEX users_email_idx ON users (email);",
    good: "CREATE TABLE users (id bigint PRIMARY KEY, email text UNIQUE);\n-- the UNIQUE constraint already indexes email",
    references: [`${DOCS}/indexes-unique.html`, `${DOCS}/indexes-intro.html`],
    fixable: false,
    needs: ["catalog"]
  },
  check(ctx) {
    const out = [];
    for (const [qualified, table] of Object.entries(ctx.finalCatalog.tables)) {
      const indexes = table.indexes.filter((i6) => i6.valid);
      for (let i6 = 0; i6 < indexes.length; i6++) {
        for (let j = i6 + 1; j < indexes.length; j++) {
          const [a14, b] = [indexes[i6], indexes[j]];
          if (!sameIndexShape(a14, b)) continue;
          const addedA = addedByPr(ctx, a14);
          const addedB = addedByPr(ctx, b);
          if (!addedA && !addedB) continue;
          const candidates = [
            { added: a14, other: b, ref: addedA ? statementCreatingIndex(ctx, a14) : void 0, is: addedA },
            { added: b, other: a14, ref: addedB ? statementCreatingIndex(ctx, b) : void 0, is: addedB }
          ].filter((c3) => c3.is);
          const { added, other, ref } = candidates.reduce((x, y) => (y.ref?.seq ?? -1) > (x.ref?.seq ?? -1) ? y : x);
          const file = ref?.file.source.path ?? ctx.files[ctx.files.length - 1]?.source.path;
          if (!file) continue;
          const drop = dropCandidate(added, other);
          out.push({
            file,
            statement: ref?.statement,
            message: `Index ${added.name} on ${displayName(qualified)} ${keysText(added)} duplicates ${other.name}${other.constraint ? ` (backing constraint ${other.constraint})` : ""}: same keys, operator classes, predicate and method (${added.method}); every write maintains both.`,
            help: drop ? `Keep one: ${drop === added ? `do not create ${added.name}` : `DROP INDEX CONCURRENTLY ${quoteIdent(drop.name)};`}` : "Both back constraints; drop one of the constraints.",
            verified: "replay"
          });
        }
      }
    }
    return out;
  }
};

// src/rules/output/redundant-index.ts
function isRedundant(short, long) {
  if (short.unique || short.primary || short.constraint || short.method !== "btree" || long.method !== "btree") return false;
  if (!short.valid || !long.valid || short.predicate !== long.predicate || !isStrictPrefix(short, long)) return false;
  const available = /* @__PURE__ */ new Set([...long.keys, ...long.include]);
  return short.include.every((c3) => available.has(c3));
}
var redundantIndex = {
  meta: {
    id: "redundant-index",
    layer: "output",
    severity: "warning",
    summary: "A non-unique btree index whose keys are a leading prefix of another btree index with the same predicate.",
    why: "A btree index on (a, b) serves lookups and ordering on a alone as well as on (a, b), so a separate non-unique index on (a) is rarely used, yet it is maintained on every write and takes disk and cache. The shorter index is only worth keeping when measurements show the smaller size matters. Unique and primary key indexes are never reported as the redundant one: they enforce a constraint.",
    setup: "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);\nCREATE TABLE orders (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_id bigint NOT NULL, note varchar(200), created_at timestamptz NOT NULL DEFAULT now());",
    bad: "CREATE INDEX orders_user_id_idx ON orders (user_id);\nCREATE INDEX orders_user_id_created_at_idx ON orders (user_id, created_at);",
    good: "CREATE INDEX orders_user_id_created_at_idx ON orders (user_id, created_at);",
    references: [`${DOCS}/indexes-multicolumn.html`, `${DOCS}/indexes-types.html#INDEXES-TYPES-BTREE`],
    fixable: false,
    needs: ["catalog"]
  },
  check(ctx) {
    const out = [];
    for (const [qualified, table] of Object.entries(ctx.finalCatalog.tables)) {
      for (const short of table.indexes) {
        const shortAdded = addedByPr(ctx, short);
        const long = table.indexes.find((l) => l !== short && isRedundant(short, l) && (shortAdded || addedByPr(ctx, l)));
        if (!long) continue;
        const ref = statementCreatingIndex(ctx, shortAdded ? short : long);
        const file = ref?.file.source.path ?? ctx.files[ctx.files.length - 1]?.source.path;
        if (!file) continue;
        out.push({
          file,
          statement: ref?.statement,
          message: `Index ${short.name} on ${displayName(qualified)} ${keysText(short)} is redundant: its keys are a leading prefix of ${long.name} ${keysText(long)}, which serves the same lookups; every write maintains both.`,
          help: shortAdded ? `Do not create ${short.name}; ${long.name} already serves queries on ${short.keys.join(", ")}.` : `Drop the older, shorter index once ${long.name} exists: DROP INDEX CONCURRENTLY ${quoteIdent(short.name)};`,
          verified: "replay"
        });
      }
    }
    return out;
  }
};

// src/rules/output/require-concurrent-index.ts
var CREATE_INDEX = /^(CREATE\s+(?:UNIQUE\s+)?INDEX)(?=\s)/i;
var requireConcurrentIndex = {
  meta: {
    id: "require-concurrent-index",
    layer: "output",
    severity: "error",
    summary: "CREATE INDEX on an existing table without CONCURRENTLY.",
    why: "A plain CREATE INDEX takes a SHARE lock on the table for the whole build: reads continue, but every INSERT, UPDATE and DELETE waits until the index is built (minutes to hours on a large table), and until the transaction commits when it runs in one. CREATE INDEX CONCURRENTLY takes SHARE UPDATE EXCLUSIVE instead, which lets writes continue; it scans the table twice, cannot run in a transaction block, and leaves an INVALID index to drop if it fails.",
    setup: "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);\nCREATE TABLE orders (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_id bigint NOT NULL, note varchar(200), created_at timestamptz NOT NULL DEFAULT now());",
    bad: "CREATE INDEX orders_user_id_idx ON orders (user_id);",
    good: "CREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);",
    references: [`${DOCS}/sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY`, `${DOCS}/explicit-locking.html#LOCKING-TABLES`],
    fixable: true,
    needs: ["catalog", "trace"]
  },
  check(ctx) {
    const out = [];
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      const index = asNode(ast, "IndexStmt");
      const table = relationName2(index?.relation);
      if (!index || index.concurrent || !table || !existedBefore(ctx, table, reviewed)) continue;
      const kind = tableBefore(ctx, table, reviewed)?.kind;
      if (kind === "partitioned" && index.relation?.inh !== true) continue;
      const name = displayName(table);
      const traced = locksOn(reviewed.trace, table).some((l) => l.mode === "ShareLock" && l.relkind !== "index");
      const message = `CREATE INDEX${index.idxname ? ` ${index.idxname}` : ""} on existing table ${name} takes a SHARE lock on it: INSERT, UPDATE and DELETE on ${name} wait ${holdDuration(reviewed.inTransaction, "for the whole index build")}.`;
      let help;
      let fix;
      if (kind === "partitioned") {
        help = `${name} is partitioned, and CONCURRENTLY is not supported on a partitioned table: create the index ON ONLY ${name}, then CREATE INDEX CONCURRENTLY on each partition and ALTER INDEX ... ATTACH PARTITION each one.`;
      } else if (reviewed.inTransaction) {
        const concurrent = CREATE_INDEX.test(statement.text) ? statement.text.replace(CREATE_INDEX, "$1 CONCURRENTLY") : void 0;
        fix = concurrent === void 0 ? void 0 : outsideTransactionFix(ctx, file, reviewed, concurrent, "Build the index with CONCURRENTLY");
        help = "Use CREATE INDEX CONCURRENTLY, which lets writes continue; it cannot run in a transaction block" + (fix ? `. Suggested fix: ${fix.description}.` : `, so ${manualWayOut(file)}.`);
      } else {
        help = "Use CREATE INDEX CONCURRENTLY, which lets writes continue; if it fails, drop the INVALID index it leaves and retry.";
        const m = CREATE_INDEX.exec(statement.text);
        if (m) {
          fix = statementFix(file, statement, statement.text.replace(CREATE_INDEX, "$1 CONCURRENTLY"), "Build the index with CONCURRENTLY");
        }
      }
      out.push({ file: file.source.path, statement, message, help, fix, verified: traced ? "trace" : "static" });
    }
    return out;
  }
};

// src/rules/output/unindexed-foreign-key.ts
function isCovered(catalog, table, fk) {
  return coveringIndex(catalog.tables[table], fk.columns) !== void 0;
}
function statementByAst(ctx, table, fk) {
  let found;
  const same = (cols) => cols.length === fk.columns.length && cols.every((c3, i6) => c3 === fk.columns[i6]);
  for (const ref of parsedStatements(ctx)) {
    const create = asNode(ref.ast, "CreateStmt");
    const rel = relationName2(create?.relation ?? asNode(ref.ast, "AlterTableStmt")?.relation);
    if (rel !== table) continue;
    const constraints = [];
    const fromElements = (elts) => {
      for (const e4 of elts ?? []) {
        const c3 = asNode(e4, "Constraint");
        if (c3?.contype === "CONSTR_FOREIGN") constraints.push({ name: c3.conname, cols: stringValues(c3.fk_attrs) });
        const col = asNode(e4, "ColumnDef");
        for (const n of col?.constraints ?? []) {
          const cc = asNode(n, "Constraint");
          if (cc?.contype === "CONSTR_FOREIGN" && col?.colname) constraints.push({ name: cc.conname, cols: [col.colname] });
        }
      }
    };
    if (create) fromElements(create.tableElts);
    for (const cmd of alterTableCmds(ref.ast)) {
      if (cmd.subtype === "AT_AddConstraint" || cmd.subtype === "AT_AddColumn") fromElements(cmd.def ? [cmd.def] : []);
    }
    if (constraints.some((c3) => c3.name === fk.name || !c3.name && same(c3.cols))) found = ref;
  }
  return found;
}
function indexSql(table, qualified, columns, concurrently) {
  const base = `${table.name}_${columns.join("_")}_idx`.slice(0, 63);
  return `CREATE INDEX${concurrently ? " CONCURRENTLY" : ""} ${quoteIdent(base)} ON ${displayName(qualified)} (${columns.map(quoteIdent).join(", ")});`;
}
var unindexedForeignKey = {
  meta: {
    id: "unindexed-foreign-key",
    layer: "output",
    severity: "warning",
    summary: "A foreign key added by the pull request (or whose index it drops) has no index on its columns.",
    why: "PostgreSQL indexes the referenced side of a foreign key (it needs a unique constraint) but not the referencing side. Without an index whose leading columns are the foreign key columns, every DELETE of a referenced row and every update of its key scans the whole referencing table (under a lock, inside the deleting transaction), and joins along the key cannot use an index. Judged on the schema at the end of the pull request, so an index created in a later migration counts.",
    setup: "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);\nCREATE TABLE orders (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_id bigint NOT NULL, note varchar(200), created_at timestamptz NOT NULL DEFAULT now());",
    bad: "ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;",
    good: "ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\nCREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);",
    references: [`${DOCS}/ddl-constraints.html#DDL-CONSTRAINTS-FK`, `${DOCS}/indexes-multicolumn.html`],
    fixable: false,
    needs: ["catalog"]
  },
  check(ctx) {
    const out = [];
    for (const [qualified, table] of Object.entries(ctx.finalCatalog.tables)) {
      for (const fk of table.constraints) {
        if (fk.kind !== "foreign" || isCovered(ctx.finalCatalog, qualified, fk)) continue;
        const baseTable = ctx.baseCatalog.tables[qualified];
        const baseFk = baseTable?.oid === table.oid ? baseTable.constraints.find((c3) => c3.name === fk.name && c3.kind === "foreign") : void 0;
        const has = (c3) => c3.tables[qualified]?.constraints.some((x) => x.name === fk.name && x.kind === "foreign") ?? false;
        let ref;
        let cause;
        if (!baseFk || baseFk.definition !== fk.definition) {
          ref = statementThatMade(ctx, has) ?? statementByAst(ctx, qualified, fk);
          cause = "added by this pull request";
        } else if (isCovered(ctx.baseCatalog, qualified, baseFk)) {
          ref = statementThatMade(ctx, (c3) => has(c3) && !isCovered(c3, qualified, fk));
          cause = "whose index this pull request drops";
        } else {
          continue;
        }
        const file = ref?.file.source.path ?? ctx.files[ctx.files.length - 1]?.source.path;
        if (!file) continue;
        const cols = fk.columns.map(quoteIdent).join(", ");
        const target = fk.references ? displayName(fk.references.table) : "the referenced table";
        const existed = baseTable !== void 0 && baseTable.oid === table.oid;
        out.push({
          file,
          statement: ref?.statement,
          message: `Foreign key ${fk.name} on ${displayName(qualified)} (${cols}), ${cause}, has no valid non-partial index whose leading columns are (${cols}): every DELETE from ${target} or update of its key scans ${displayName(qualified)} for referencing rows.`,
          help: `Index the foreign key columns${existed ? " (CONCURRENTLY, since the table already holds rows)" : ""}:
${indexSql(table, qualified, fk.columns, existed)}`,
          verified: "replay"
        });
      }
    }
    return out;
  }
};

// src/rules/output/drop-index-without-concurrently.ts
function findIndex(ctx, reviewed, qualified) {
  const dot = qualified.indexOf(".");
  const schema = qualified.slice(0, dot);
  const name = qualified.slice(dot + 1);
  for (const catalog of [reviewed.before, ctx.baseCatalog]) {
    for (const t32 of Object.values(catalog.tables)) {
      const found = t32.schema === schema ? t32.indexes.find((i6) => i6.name === name) : void 0;
      if (found) return found;
    }
  }
  return void 0;
}
var dropIndexWithoutConcurrently = {
  meta: {
    id: "drop-index-without-concurrently",
    layer: "output",
    severity: "warning",
    summary: "DROP INDEX of an existing index without CONCURRENTLY.",
    why: "A plain DROP INDEX takes an ACCESS EXCLUSIVE lock on the index's table. The drop itself is quick, but to get the lock it waits for every running query on the table, and every query that arrives meanwhile (reads included) queues behind it; inside a transaction the lock stays until commit. DROP INDEX CONCURRENTLY waits for running transactions without blocking new ones; it cannot run in a transaction block, drops one index per statement and does not accept CASCADE.",
    bad: "DROP INDEX orders_status_idx;",
    good: "DROP INDEX CONCURRENTLY orders_status_idx;",
    setup: "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL, status text NOT NULL);\nCREATE INDEX orders_status_idx ON orders (status);\n",
    frameworks: {
      goose: "-- +goose NO TRANSACTION\n-- +goose Up\nDROP INDEX CONCURRENTLY orders_status_idx;",
      dbmate: "-- migrate:up transaction:false\nDROP INDEX CONCURRENTLY orders_status_idx;",
      "golang-migrate": "-- alone in its own .up.sql file\nDROP INDEX CONCURRENTLY orders_status_idx;",
      "sql-migrate": "-- +migrate Up notransaction\nDROP INDEX CONCURRENTLY orders_status_idx;"
    },
    references: [`${DOCS}/sql-dropindex.html`, `${DOCS}/explicit-locking.html#LOCKING-TABLES`],
    fixable: true,
    needs: ["catalog", "trace"]
  },
  check(ctx) {
    const out = [];
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      const drop = asNode(ast, "DropStmt");
      if (!drop || drop.removeType !== "OBJECT_INDEX" || drop.concurrent) continue;
      const names = dropObjectNames(drop.objects);
      const existing2 = names.map((n) => findIndex(ctx, reviewed, n)).filter((ix) => ix !== void 0 && !indexAddedSince(ctx.baseCatalog, ix) && existedBefore(ctx, ix.table, reviewed));
      if (existing2.length === 0) continue;
      const held = locksHeldDuring(file, reviewed);
      const tables = [...new Set(existing2.map((ix) => ix.table))];
      const traced = tables.every((t32) => heldOn(held, t32)?.mode === "AccessExclusiveLock" && heldOn(held, t32)?.traced);
      const tableText = tables.map(displayName).join(", ");
      const indexText = existing2.map((ix) => quoteIdent(ix.name)).join(", ");
      const message = `DROP INDEX ${indexText} takes ACCESS EXCLUSIVE on existing table${tables.length > 1 ? "s" : ""} ${tableText}: it waits for every running query on ${tableText}, and all reads and writes arriving meanwhile queue behind it ${holdDuration(reviewed.inTransaction, "until the index is dropped")}.`;
      let help = "Use DROP INDEX CONCURRENTLY, which waits for running transactions without blocking new reads and writes. It cannot run in a transaction block, so run it in a migration that is not wrapped in one (see concurrently-in-transaction).";
      let fix;
      const constraintIndex = existing2.find((ix) => ix.constraint !== null);
      const partitioned = tables.some((t32) => (reviewed.before.tables[t32] ?? ctx.baseCatalog.tables[t32])?.kind === "partitioned");
      if (drop.behavior === "DROP_CASCADE") {
        help += " CONCURRENTLY does not accept CASCADE: drop the dependent objects first.";
      } else if (constraintIndex) {
        help += ` ${quoteIdent(constraintIndex.name)} backs constraint ${quoteIdent(constraintIndex.constraint ?? "")}: drop the constraint instead.`;
      } else if (partitioned) {
        help = "DROP INDEX CONCURRENTLY does not support partitioned tables, and the index of an attached partition cannot be dropped on its own: drop it when traffic is low, with a short lock_timeout so it gives up instead of queueing reads.";
      } else {
        const ifExists = drop.missing_ok ? "IF EXISTS " : "";
        const replacement2 = names.map((n) => `DROP INDEX CONCURRENTLY ${ifExists}${displayName(n)};`).join("\n");
        const description = "Drop the index with CONCURRENTLY, outside a transaction";
        if (names.length === 1) fix = outsideTransactionFix(ctx, file, reviewed, replacement2, description);
        else if (!reviewed.inTransaction && file.source.transaction === "none") fix = statementFix(file, statement, replacement2, description);
      }
      out.push({ file: file.source.path, statement, message, help, fix, verified: traced ? "trace" : "static" });
    }
    return out;
  }
};

// src/rules/output/reindex-without-concurrently.ts
var REINDEX_KIND = /^(REINDEX\s+(?:\([^)]*\)\s*)?(?:INDEX|TABLE|SCHEMA|DATABASE))(?=\s|;|$)/i;
var BLOCKS = "INSERT, UPDATE and DELETE wait, and so do reads: the planner locks every index of a table it plans a query on, so nearly every query on the table waits for the index being rebuilt";
var reindexWithoutConcurrently = {
  meta: {
    id: "reindex-without-concurrently",
    layer: "output",
    severity: "warning",
    summary: "REINDEX without CONCURRENTLY.",
    why: "A plain REINDEX takes a SHARE lock on the table, which blocks INSERT, UPDATE and DELETE, and an ACCESS EXCLUSIVE lock on each index it rebuilds, which blocks any query that would use the index. Because the planner locks every index of a table it plans a query for, nearly every query on the table waits until the rebuild ends. REINDEX CONCURRENTLY (PostgreSQL 12 and later) builds a new copy of the index while reads and writes continue and swaps it in; it cannot run in a transaction block and leaves an INVALID `_ccnew` index to drop if it fails.",
    bad: "REINDEX INDEX orders_status_idx;",
    good: "REINDEX INDEX CONCURRENTLY orders_status_idx;",
    setup: "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL, status text NOT NULL);\nCREATE INDEX orders_status_idx ON orders (status);\n",
    frameworks: {
      goose: "-- +goose NO TRANSACTION\n-- +goose Up\nREINDEX INDEX CONCURRENTLY orders_status_idx;",
      dbmate: "-- migrate:up transaction:false\nREINDEX INDEX CONCURRENTLY orders_status_idx;",
      "golang-migrate": "-- alone in its own .up.sql file\nREINDEX INDEX CONCURRENTLY orders_status_idx;"
    },
    references: [`${DOCS}/sql-reindex.html#SQL-REINDEX-CONCURRENTLY`, `${DOCS}/explicit-locking.html#LOCKING-TABLES`],
    fixable: true,
    needs: ["catalog", "trace"]
  },
  check(ctx) {
    const out = [];
    const concurrentlyExists = ctx.config.postgresVersion >= 12;
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      const reindex = asNode(ast, "ReindexStmt");
      if (!reindex || (reindex.params ?? []).some((p3) => asNode(p3, "DefElem")?.defname === "concurrently")) continue;
      const held = locksHeldDuring(file, reviewed);
      let message;
      let verified = "static";
      const during = holdDuration(reviewed.inTransaction, "for the whole rebuild");
      const target = relationName2(reindex.relation);
      if (reindex.kind === "REINDEX_OBJECT_INDEX" && target) {
        const dot = target.indexOf(".");
        const [schema, name] = [target.slice(0, dot), target.slice(dot + 1)];
        const tables = [reviewed.before, ctx.baseCatalog].flatMap((c3) => Object.values(c3.tables));
        const owner = tables.find((t32) => t32.schema === schema && t32.indexes.some((i6) => i6.name === name));
        const index = owner?.indexes.find((i6) => i6.name === name);
        if (!owner || !index || indexAddedSince(ctx.baseCatalog, index) || !existedBefore(ctx, index.table, reviewed)) continue;
        const table = displayName(index.table);
        verified = heldOn(held, target)?.mode === "AccessExclusiveLock" && heldOn(held, index.table)?.traced ? "trace" : "static";
        message = `REINDEX INDEX ${quoteIdent(name)} takes SHARE on existing table ${table} and ACCESS EXCLUSIVE on the index: ${BLOCKS} ${during}.`;
      } else if (reindex.kind === "REINDEX_OBJECT_TABLE" && target) {
        if (!existedBefore(ctx, target, reviewed)) continue;
        const table = displayName(target);
        verified = heldOn(held, target)?.traced ? "trace" : "static";
        message = `REINDEX TABLE ${table} takes SHARE on existing table ${table} and ACCESS EXCLUSIVE on each of its indexes in turn: ${BLOCKS} ${during}.`;
      } else if (reindex.kind === "REINDEX_OBJECT_SCHEMA" || reindex.kind === "REINDEX_OBJECT_DATABASE") {
        const schema = reindex.kind === "REINDEX_OBJECT_SCHEMA" ? reindex.name : void 0;
        const existing2 = Object.values(ctx.baseCatalog.tables).filter((t32) => schema === void 0 || t32.schema === schema);
        if (existing2.length === 0) continue;
        const what = schema === void 0 ? "REINDEX DATABASE" : `REINDEX SCHEMA ${quoteIdent(schema)}`;
        message = `${what} rebuilds every index of ${existing2.length} existing table${existing2.length > 1 ? "s" : ""}, one table at a time, each under SHARE on the table and ACCESS EXCLUSIVE on its indexes: ${BLOCKS}, table after table.`;
      } else {
        continue;
      }
      let help;
      let fix;
      if (!concurrentlyExists) {
        help = `REINDEX CONCURRENTLY needs PostgreSQL 12; the target is ${ctx.config.postgresVersion}. Build a replacement with CREATE INDEX CONCURRENTLY, then DROP INDEX CONCURRENTLY the old one and rename the new one, or reindex when traffic is low.`;
      } else {
        help = "Use REINDEX ... CONCURRENTLY, which rebuilds while reads and writes continue; it cannot run in a transaction block, so run it in a migration that is not wrapped in one. If it fails, drop the INVALID `_ccnew` index it leaves.";
        if (REINDEX_KIND.test(statement.text)) {
          const replacement2 = statement.text.replace(REINDEX_KIND, "$1 CONCURRENTLY");
          fix = outsideTransactionFix(ctx, file, reviewed, replacement2, "Reindex with CONCURRENTLY, outside a transaction");
        }
      }
      out.push({ file: file.source.path, statement, message, help, fix, verified });
    }
    return out;
  }
};

// src/rules/output/validate-in-same-transaction.ts
function addsNotValid(reviewed, table, name) {
  if (relationName2(asNode(reviewed.statement.ast, "AlterTableStmt")?.relation) !== table) return void 0;
  for (const cmd of alterTableCmds(reviewed.statement.ast)) {
    const c3 = cmd.subtype === "AT_AddConstraint" ? asNode(cmd.def, "Constraint") : void 0;
    if (!c3?.skip_validation) continue;
    if (c3.conname === name) return c3;
    if (!c3.conname) {
      const had = reviewed.before.tables[table]?.constraints.some((x) => x.name === name);
      const has = reviewed.after.tables[table]?.constraints.some((x) => x.name === name);
      if (!had && has) return c3;
    }
  }
  return void 0;
}
var validateInSameTransaction = {
  meta: {
    id: "validate-in-same-transaction",
    layer: "output",
    severity: "warning",
    summary: "VALIDATE CONSTRAINT in the same transaction that added the constraint NOT VALID.",
    why: "ADD CONSTRAINT ... NOT VALID is quick, but it takes a strong lock: SHARE ROW EXCLUSIVE on both tables for a foreign key (writes blocked), ACCESS EXCLUSIVE for a CHECK (reads and writes blocked). Locks are held until the transaction ends, so a VALIDATE CONSTRAINT in the same transaction scans every row while that lock is still held: the table is blocked exactly as long as without NOT VALID. Validating in a later transaction scans under SHARE UPDATE EXCLUSIVE, which lets reads and writes continue.",
    bad: "BEGIN;\nALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;\nCOMMIT;",
    good: "BEGIN;\nALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\nCOMMIT;\n-- in its own transaction (a follow-up migration where the runner wraps each file):\nALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;",
    setup: "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\nCREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL, total_cents integer NOT NULL);\n",
    frameworks: {
      goose: "-- 00042_orders_user_fk.sql\n-- +goose Up\nALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\n\n-- 00043_validate_orders_user_fk.sql\n-- +goose Up\nALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;",
      prisma: '-- migrations/20240101000000_orders_user_fk/migration.sql\nALTER TABLE "orders" ADD CONSTRAINT "orders_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") NOT VALID;\n\n-- migrations/20240101000001_validate_orders_user_fk/migration.sql\nALTER TABLE "orders" VALIDATE CONSTRAINT "orders_user_id_fkey";'
    },
    references: [`${DOCS}/sql-altertable.html#SQL-ALTERTABLE-NOTES`, `${DOCS}/explicit-locking.html#LOCKING-TABLES`],
    fixable: true,
    needs: ["catalog", "trace"]
  },
  check(ctx) {
    const out = [];
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      if (reviewed.transactionId === null) continue;
      const table = relationName2(asNode(ast, "AlterTableStmt")?.relation);
      const cmds = alterTableCmds(ast);
      if (!table) continue;
      for (const cmd of cmds) {
        if (cmd.subtype !== "AT_ValidateConstraint" || !cmd.name) continue;
        let added;
        for (const s of file.statements) {
          if (s === reviewed) break;
          if (s.transactionId !== reviewed.transactionId) continue;
          const c3 = addsNotValid(s, table, cmd.name);
          if (c3) added = { reviewed: s, constraint: c3 };
        }
        if (!added) continue;
        const name = displayName(table);
        const cname = quoteIdent(cmd.name);
        const isFk = added.constraint.contype === "CONSTR_FOREIGN";
        const held = locksHeldDuring(file, reviewed);
        const own = heldOn(held, table);
        const mode2 = own && BLOCKING_MODES.includes(own.mode) ? own.mode : isFk ? "ShareRowExclusiveLock" : "AccessExclusiveLock";
        const ref = isFk ? relationName2(added.constraint.pktable) : void 0;
        const refHeld = ref && ref !== table ? heldOn(held, ref) : void 0;
        const refText = ref && ref !== table ? ` and ${lockName(refHeld?.mode ?? "ShareRowExclusiveLock")} on ${displayName(ref)}` : "";
        const message = `VALIDATE CONSTRAINT ${cname} runs in the same transaction as the ADD CONSTRAINT ... NOT VALID on line ${added.reviewed.statement.span.line}: the ${lockName(mode2)} lock that ADD took on ${name}${refText} is still held while every row is checked, blocking ${lockBlocks(mode2)} for the whole scan and until commit, so NOT VALID buys nothing.`;
        const help = `Commit the ADD CONSTRAINT ... NOT VALID first and run ALTER TABLE ${name} VALIDATE CONSTRAINT ${cname}; in a later transaction (a follow-up migration where the runner wraps each file): it then scans under SHARE UPDATE EXCLUSIVE, which lets reads and writes continue.`;
        let fix;
        if (cmds.length === 1) {
          const bare = cmd.name.replace(/[^A-Za-z0-9_]+/g, "_").toLowerCase();
          const newFile = followUpMigration(ctx, file, `validate_${bare}`, `ALTER TABLE ${name} VALIDATE CONSTRAINT ${cname};`, { transaction: true });
          if (newFile) {
            const removal2 = statementFix(file, statement, "", "Move VALIDATE CONSTRAINT to a follow-up migration");
            fix = { ...removal2, newFiles: [newFile] };
          }
        }
        out.push({ file: file.source.path, statement, message, help, fix, verified: own?.traced ? "trace" : "static" });
      }
    }
    return out;
  }
};

// src/rules/output/set-not-null-scans-table.ts
function conjuncts(definition) {
  const body2 = stripParens(definition.replace(/^CHECK\s*/i, "").replace(/\s+NOT VALID$/i, "").trim());
  const out = [];
  let depth = 0;
  let inQuote = false;
  let start = 0;
  for (let i6 = 0; i6 < body2.length; i6++) {
    const ch = body2[i6];
    if (ch === "'" || ch === '"') inQuote = !inQuote;
    if (inQuote) continue;
    if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (depth === 0 && /^\sAND\s/i.test(body2.slice(i6, i6 + 5))) {
      out.push(body2.slice(start, i6));
      start = i6 + 5;
    }
  }
  out.push(body2.slice(start));
  return out.map((t32) => stripParens(t32.trim()));
}
function stripParens(text) {
  let t32 = text;
  while (t32.startsWith("(") && t32.endsWith(")") && balanced(t32.slice(1, -1))) t32 = t32.slice(1, -1).trim();
  return t32;
}
function balanced(text) {
  let depth = 0;
  for (const ch of text) {
    if (ch === "(") depth++;
    else if (ch === ")" && --depth < 0) return false;
  }
  return depth === 0;
}
function provingCheck(table, column) {
  const wanted = `${quoteIdent(column)} IS NOT NULL`.toLowerCase();
  return table?.constraints.find(
    (c3) => c3.kind === "check" && c3.validated && conjuncts(c3.definition).some((t32) => t32.toLowerCase() === wanted)
  );
}
function checkName(table, bare, column) {
  const taken = new Set(table?.constraints.map((c3) => c3.name) ?? []);
  for (const suffix of ["_not_null", "_not_null_check", "_not_null_check1"]) {
    const name = `${bare}_${column}`.slice(0, 63 - suffix.length) + suffix;
    if (!taken.has(name)) return name;
  }
  return `${bare}_${column}`.slice(0, 47) + "_not_null_proof";
}
function proofFix(ctx, file, reviewed, add, rest, name) {
  const description = "Prove NOT NULL with a CHECK constraint validated in a later transaction";
  if (!reviewed.inTransaction && reviewed.transactionId === null && file.source.transaction === "none") {
    return statementFix(file, reviewed.statement, [add, ...rest].join("\n"), description);
  }
  const followUp = followUpMigration(ctx, file, name, ["SET lock_timeout = '5s';", ...rest].join("\n"), { transaction: true });
  if (!followUp) return void 0;
  return { ...statementFix(file, reviewed.statement, add, description), newFiles: [followUp] };
}
var setNotNullScansTable = {
  meta: {
    id: "set-not-null-scans-table",
    layer: "output",
    severity: "warning",
    summary: "SET NOT NULL on an existing table without a validated CHECK (col IS NOT NULL) to prove it.",
    why: "ALTER COLUMN ... SET NOT NULL takes an ACCESS EXCLUSIVE lock, which blocks all reads and writes, and then reads every row to make sure none is NULL: on a large table, an outage for the length of a full table scan. From PostgreSQL 12 the scan is skipped when a validated CHECK (col IS NOT NULL) constraint already proves it, and such a constraint can be added NOT VALID (instant) and validated under SHARE UPDATE EXCLUSIVE (reads and writes continue). PostgreSQL 18 can also add the NOT NULL constraint itself NOT VALID and validate it later.",
    bad: "ALTER TABLE orders ALTER COLUMN note SET NOT NULL;",
    good: "ALTER TABLE orders ADD CONSTRAINT orders_note_not_null CHECK (note IS NOT NULL) NOT VALID;\n-- in a later transaction (a follow-up migration where the runner wraps each file):\nALTER TABLE orders VALIDATE CONSTRAINT orders_note_not_null;\nALTER TABLE orders ALTER COLUMN note SET NOT NULL;\nALTER TABLE orders DROP CONSTRAINT orders_note_not_null;",
    setup: "CREATE TABLE orders (id bigint PRIMARY KEY, note text, total_cents integer NOT NULL);\n",
    frameworks: {
      goose: "-- 00042_orders_note_not_null.sql\n-- +goose Up\nALTER TABLE orders ADD CONSTRAINT orders_note_not_null CHECK (note IS NOT NULL) NOT VALID;\n\n-- 00043_orders_note_set_not_null.sql\n-- +goose Up\nALTER TABLE orders VALIDATE CONSTRAINT orders_note_not_null;\nALTER TABLE orders ALTER COLUMN note SET NOT NULL;\nALTER TABLE orders DROP CONSTRAINT orders_note_not_null;"
    },
    references: [`${DOCS}/sql-altertable.html#SQL-ALTERTABLE-DESC-SET-DROP-NOT-NULL`, `${DOCS}/explicit-locking.html#LOCKING-TABLES`],
    fixable: true,
    needs: ["catalog", "trace"]
  },
  check(ctx) {
    const out = [];
    const version3 = ctx.config.postgresVersion;
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      const table = relationName2(asNode(ast, "AlterTableStmt")?.relation);
      if (!table || !existedBefore(ctx, table, reviewed)) continue;
      const cmds = alterTableCmds(ast);
      const before = tableBefore(ctx, table, reviewed);
      for (const cmd of cmds) {
        const column = cmd.subtype === "AT_SetNotNull" ? cmd.name : void 0;
        if (!column) continue;
        const invalidNotNull = before?.constraints.find((c3) => c3.kind === "not-null" && !c3.validated && c3.columns.includes(column));
        const col = before?.columns.find((c3) => c3.name === column);
        if (col?.notNull && !invalidNotNull) continue;
        if (!invalidNotNull && version3 >= 12 && provingCheck(before, column)) continue;
        const name = displayName(table);
        const colText = `${name}.${quoteIdent(column)}`;
        const own = heldOn(locksHeldDuring(file, reviewed), table);
        const traced = own?.mode === "AccessExclusiveLock" && own.traced;
        const message = `SET NOT NULL on ${colText} reads every row of existing table ${name} to check for NULLs while holding ${lockName("AccessExclusiveLock")} on it: all reads and writes of ${name} wait ${holdDuration(reviewed.inTransaction, "for the whole table scan")}.`;
        let help;
        let fix;
        if (invalidNotNull) {
          help = `${colText} already has the NOT VALID constraint ${quoteIdent(invalidNotNull.name)}: run ALTER TABLE ${name} VALIDATE CONSTRAINT ${quoteIdent(invalidNotNull.name)}; instead, which checks the rows under SHARE UPDATE EXCLUSIVE (reads and writes continue).`;
        } else if (version3 < 12) {
          help = `Before PostgreSQL 12 (the target is ${version3}) SET NOT NULL always scans the table, and no constraint lets it skip the scan: run it when traffic is low with a short lock_timeout, or keep a validated CHECK (col IS NOT NULL) constraint instead of the column attribute until the upgrade.`;
        } else {
          const bare = table.slice(table.indexOf(".") + 1);
          const cname = quoteIdent(checkName(before, bare, column));
          const q = quoteIdent(column);
          const add = `ALTER TABLE ${name} ADD CONSTRAINT ${cname} CHECK (${q} IS NOT NULL) NOT VALID;`;
          const rest = [
            `ALTER TABLE ${name} VALIDATE CONSTRAINT ${cname};`,
            `ALTER TABLE ${name} ALTER COLUMN ${q} SET NOT NULL;`,
            `ALTER TABLE ${name} DROP CONSTRAINT ${cname};`
          ];
          help = `Prove it with a CHECK constraint first, validated in a later transaction under SHARE UPDATE EXCLUSIVE (reads and writes continue); SET NOT NULL then skips its scan:
${add}
-- in a later transaction:
${rest.join("\n")}` + (version3 >= 18 ? `
On PostgreSQL 18 the NOT NULL constraint itself can be added NOT VALID and validated later: ALTER TABLE ${name} ADD CONSTRAINT ${cname} NOT NULL ${q} NOT VALID; then ALTER TABLE ${name} VALIDATE CONSTRAINT ${cname};` : "");
          if (cmds.length === 1) fix = proofFix(ctx, file, reviewed, add, rest, `${bare}_${column}_set_not_null`);
        }
        out.push({ file: file.source.path, statement, message, help, fix, verified: traced ? "trace" : "static" });
      }
    }
    return out;
  }
};

// src/rules/helpers/outside-transaction.ts
function withNewFiles(ctx, file, paths) {
  const extra = paths.map((path) => {
    const name = basename(path);
    const flyway2 = /^V(\d+(?:[._]\d+)*)__/.exec(name);
    return {
      path,
      framework: file.source.framework,
      version: flyway2 ? parseVersionParts(flyway2[1]) : splitVersion(name),
      repeatable: false,
      sha: ""
    };
  });
  return { ...ctx, baseHistory: [...ctx.baseHistory, ...extra] };
}
function concurrentThenFollowUp(ctx, file, reviewed, first, then, names) {
  if (!reviewed.inTransaction && reviewed.transactionId === null && file.source.transaction === "none") {
    return statementFix(file, reviewed.statement, `${first}
${then}`, names.description);
  }
  const moved = outsideTransactionFix(ctx, file, reviewed, first, names.description);
  if (!moved) return void 0;
  const after = withNewFiles(ctx, file, (moved.newFiles ?? []).map((f) => f.path));
  const followUp = followUpMigration(after, file, names.followUp, `${names.followUpPrelude ?? ""}${then}`, { transaction: true });
  if (!followUp) return void 0;
  return {
    description: `${moved.description}; then ${names.followUp.replace(/_/g, " ")} in ${followUp.path}`,
    edits: moved.edits,
    newFiles: [...moved.newFiles ?? [], followUp]
  };
}

// src/rules/output/unique-constraint-builds-index.ts
var LABEL = { CONSTR_UNIQUE: "UNIQUE", CONSTR_PRIMARY: "PRIMARY KEY", CONSTR_EXCLUSION: "EXCLUDE" };
function constraintName2(reviewed, table, c3, columns) {
  if (c3.conname) return c3.conname;
  const kind = c3.contype === "CONSTR_PRIMARY" ? "primary" : c3.contype === "CONSTR_UNIQUE" ? "unique" : "exclude";
  const had = new Set((reviewed.before.tables[table]?.constraints ?? []).map((x) => x.name));
  const made = (reviewed.after.tables[table]?.constraints ?? []).filter((x) => x.kind === kind && !had.has(x.name));
  if (made.length === 1) return made[0].name;
  const bare = table.slice(table.indexOf(".") + 1);
  if (kind === "primary") return `${bare}_pkey`.slice(0, 63);
  return `${bare}_${columns.length ? columns.join("_") : "excl"}`.slice(0, 63 - 4) + (kind === "unique" ? "_key" : "_excl");
}
var uniqueConstraintBuildsIndex = {
  meta: {
    id: "unique-constraint-builds-index",
    layer: "output",
    severity: "error",
    summary: "ADD UNIQUE / PRIMARY KEY / EXCLUDE on an existing table without USING INDEX.",
    why: "Adding a UNIQUE, PRIMARY KEY or EXCLUDE constraint builds its index as part of ALTER TABLE, under an ACCESS EXCLUSIVE lock: every read and write of the table waits for the whole index build (minutes to hours on a large table), and until commit inside a transaction. For UNIQUE and PRIMARY KEY, build the index first with CREATE UNIQUE INDEX CONCURRENTLY (reads and writes continue), then attach it with ADD CONSTRAINT ... USING INDEX, which only takes the lock for a moment. A PRIMARY KEY also needs its columns NOT NULL already, or it scans the table to check them.",
    bad: "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);",
    good: "CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);\nALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;",
    setup: "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n",
    frameworks: {
      goose: "-- +goose NO TRANSACTION\n-- +goose Up\nCREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);\nALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;",
      prisma: '-- a migration holding only the index:\nCREATE UNIQUE INDEX CONCURRENTLY "users_email_key" ON "users"("email");\n-- the next migration:\nALTER TABLE "users" ADD CONSTRAINT "users_email_key" UNIQUE USING INDEX "users_email_key";'
    },
    references: [
      `${DOCS}/sql-altertable.html#SQL-ALTERTABLE-DESC-ADD-TABLE-CONSTRAINT-USING-INDEX`,
      `${DOCS}/sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY`,
      `${DOCS}/explicit-locking.html#LOCKING-TABLES`
    ],
    fixable: true,
    needs: ["catalog", "trace"]
  },
  check(ctx) {
    const out = [];
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      const table = relationName2(asNode(ast, "AlterTableStmt")?.relation);
      if (!table || !existedBefore(ctx, table, reviewed)) continue;
      const cmds = alterTableCmds(ast);
      const before = tableBefore(ctx, table, reviewed);
      const name = displayName(table);
      const own = heldOn(locksHeldDuring(file, reviewed), table);
      const verified = own?.mode === "AccessExclusiveLock" && own.traced ? "trace" : "static";
      const during = holdDuration(reviewed.inTransaction, "for the whole index build");
      for (const cmd of cmds) {
        if (cmd.subtype === "AT_AddColumn") {
          const col = asNode(cmd.def, "ColumnDef");
          const c4 = (col?.constraints ?? []).map((n) => asNode(n, "Constraint")).find((x) => x && (x.contype === "CONSTR_UNIQUE" || x.contype === "CONSTR_PRIMARY"));
          if (!c4 || !col?.colname) continue;
          out.push({
            file: file.source.path,
            statement,
            message: `ADD COLUMN ${quoteIdent(col.colname)} ... ${LABEL[c4.contype ?? ""]} builds a unique index over every row of existing table ${name} while holding ACCESS EXCLUSIVE on it: all reads and writes of ${name} wait ${during}.`,
            help: `Add the column without the constraint, then build the index with CREATE UNIQUE INDEX CONCURRENTLY (outside a transaction) and attach it with ALTER TABLE ${name} ADD CONSTRAINT ... ${LABEL[c4.contype ?? ""]} USING INDEX ...;`,
            verified
          });
          continue;
        }
        const c3 = cmd.subtype === "AT_AddConstraint" ? asNode(cmd.def, "Constraint") : void 0;
        const label2 = LABEL[c3?.contype ?? ""];
        if (!c3 || !label2 || c3.indexname) continue;
        const columns = stringValues(c3.keys);
        const cname = quoteIdent(constraintName2(reviewed, table, c3, columns));
        const message = `ADD ${label2} ${cname} on existing table ${name} builds its index while holding ACCESS EXCLUSIVE on ${name}: all reads and writes wait ${during}.`;
        let help;
        let fix;
        if (c3.contype === "CONSTR_EXCLUSION") {
          help = "An EXCLUDE constraint cannot be attached from an index built beforehand (there is no USING INDEX for it), so its index is always built under ACCESS EXCLUSIVE. Add it when the table is small or traffic is low, with a short lock_timeout; or enforce the rule another way (a trigger, or a new table that has the constraint from the start).";
        } else if (before?.kind === "partitioned") {
          help = `${name} is partitioned and CREATE INDEX CONCURRENTLY does not support partitioned tables: build the unique index CONCURRENTLY on each partition, create it ON ONLY the parent and ATTACH PARTITION each one, then add the constraint.`;
        } else {
          const cols = columns.map(quoteIdent).join(", ");
          const include = stringValues(c3.including);
          const index = `CREATE UNIQUE INDEX CONCURRENTLY ${cname} ON ${name} (${cols})` + (include.length ? ` INCLUDE (${include.map(quoteIdent).join(", ")})` : "") + (c3.nulls_not_distinct ? " NULLS NOT DISTINCT" : "") + ";";
          const attach = `ALTER TABLE ${name} ADD CONSTRAINT ${cname} ${label2} USING INDEX ${cname}` + (c3.deferrable ? " DEFERRABLE" : "") + (c3.initdeferred ? " INITIALLY DEFERRED" : "") + ";";
          const nullable = c3.contype === "CONSTR_PRIMARY" ? columns.filter((k) => before?.columns.find((x) => x.name === k)?.notNull === false) : [];
          help = `Build the index without blocking reads and writes, outside a transaction block, then attach it (the lock is then held only for a moment):
${index}
${attach}` + (nullable.length ? `
A primary key makes its columns NOT NULL: ${nullable.map(quoteIdent).join(", ")} ${nullable.length > 1 ? "are" : "is"} nullable, so make them NOT NULL first without a scan (see set-not-null-scans-table).` : "");
          const plain2 = columns.length > 0 && !c3.options?.length && !c3.indexspace && cmds.length === 1;
          if (plain2) {
            fix = concurrentThenFollowUp(ctx, file, reviewed, index, attach, {
              description: "Build the unique index CONCURRENTLY, outside a transaction",
              followUp: `attach_${constraintName2(reviewed, table, c3, columns)}`,
              // Attaching takes ACCESS EXCLUSIVE for a moment: give up rather than queue traffic behind it.
              followUpPrelude: "SET lock_timeout = '5s';\n"
            });
          }
        }
        out.push({ file: file.source.path, statement, message, help, fix, verified });
      }
    }
    return out;
  }
};

// src/rules/output/table-rewrite-command.ts
var ALTER_LABEL = {
  AT_SetTableSpace: "SET TABLESPACE",
  AT_SetLogged: "SET LOGGED",
  AT_SetUnLogged: "SET UNLOGGED"
};
var HELP = "Rewrite the table online instead: pg_repack or pg_squeeze rebuild it while reads and writes continue and take the ACCESS EXCLUSIVE lock only for the final swap; or create a new table, backfill it in batches, and switch over.";
var tableRewriteCommand = {
  meta: {
    id: "table-rewrite-command",
    layer: "output",
    severity: "error",
    summary: "VACUUM FULL, CLUSTER, SET TABLESPACE, SET LOGGED/UNLOGGED on an existing table.",
    why: "These commands write a new copy of the whole table and all its indexes while holding an ACCESS EXCLUSIVE lock: no one can read or write the table until the copy is finished, which on a large table means minutes to hours of outage (and twice the disk space meanwhile). SET LOGGED also writes the whole table to the WAL.",
    bad: "VACUUM FULL orders;",
    good: "-- plain VACUUM makes dead rows reusable without blocking reads and writes;\n-- to compact the table, run pg_repack --table=orders outside the migration\nVACUUM (ANALYZE) orders;",
    setup: "CREATE TABLE orders (id bigint PRIMARY KEY, placed_at timestamptz NOT NULL DEFAULT now());\nCREATE INDEX orders_placed_at_idx ON orders (placed_at);\n",
    references: [`${DOCS}/sql-cluster.html`, `${DOCS}/sql-vacuum.html`, `${DOCS}/sql-altertable.html`, `${DOCS}/explicit-locking.html#LOCKING-TABLES`],
    fixable: false,
    needs: ["catalog", "trace"]
  },
  check(ctx) {
    const out = [];
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      const found = [];
      const vacuum = asNode(ast, "VacuumStmt");
      const cluster = asNode(ast, "ClusterStmt");
      if (vacuum?.is_vacuumcmd && (vacuum.options ?? []).some((o5) => asNode(o5, "DefElem")?.defname === "full")) {
        const named = (vacuum.rels ?? []).map((r9) => relationName2(asNode(r9, "VacuumRelation")?.relation)).filter((t32) => t32 !== void 0);
        const tables = named.length ? named : Object.keys(ctx.baseCatalog.tables).filter((t32) => ctx.baseCatalog.tables[t32].kind === "table" || ctx.baseCatalog.tables[t32].kind === "matview");
        found.push({ label: "VACUUM FULL", tables });
      } else if (cluster) {
        const t32 = relationName2(cluster.relation);
        if (t32) found.push({ label: "CLUSTER", tables: [t32] });
        else if (Object.keys(ctx.baseCatalog.tables).length) found.push({ label: "CLUSTER", tables: [] });
      } else {
        const t32 = relationName2(asNode(ast, "AlterTableStmt")?.relation);
        for (const cmd of t32 ? alterTableCmds(ast) : []) {
          const label2 = ALTER_LABEL[cmd.subtype ?? ""];
          if (label2 && t32) found.push({ label: `ALTER TABLE ... ${label2}`, tables: [t32] });
        }
      }
      for (const { label: label2, tables } of found) {
        const existing2 = tables.filter((t32) => existedBefore(ctx, t32, reviewed));
        if (tables.length && !existing2.length) continue;
        const held = locksHeldDuring(file, reviewed);
        const rewritten = existing2.filter((t32) => reviewed.trace?.outcome === "ok" && reviewed.trace.rewritten.includes(t32));
        const traced = reviewed.trace?.lockSource === "trace" && existing2.length > 0 && existing2.every((t32) => rewritten.includes(t32) || heldOn(held, t32)?.mode === "AccessExclusiveLock" && heldOn(held, t32)?.traced);
        const names = existing2.length > 3 ? `${existing2.slice(0, 3).map(displayName).join(", ")} and ${existing2.length - 3} more` : existing2.map(displayName).join(", ");
        const what = existing2.length ? `existing table${existing2.length > 1 ? "s" : ""} ${names}` : "every previously clustered table";
        const message = `${label2} rewrites ${what} while holding ACCESS EXCLUSIVE: all reads and writes wait ${holdDuration(reviewed.inTransaction, "for the whole rewrite")}.`;
        const help = label2.endsWith("SET TABLESPACE") ? `${HELP} To move data between tablespaces without the outage, pg_repack --tablespace does it online.` : HELP;
        out.push({ file: file.source.path, statement, message, help, verified: traced ? "trace" : "static" });
      }
    }
    return out;
  }
};

// src/rules/output/lock-timeout-missing.ts
var OFF = /^\s*0+\s*(ms|s|min|h|d)?\s*$/i;
function constValue(node) {
  const c3 = asNode(node, "A_Const");
  if (!c3) return stringValue(node);
  if (c3.sval) return c3.sval.sval ?? "";
  if (c3.ival) return String(c3.ival.ival ?? 0);
  if (c3.fval) return c3.fval.fval;
  if (c3.boolval) return String(c3.boolval.boolval ?? false);
  return void 0;
}
function lockTimeoutChange(ast) {
  const set = asNode(ast, "VariableSetStmt");
  if (set) {
    if (set.kind === "VAR_RESET_ALL") return { on: false, local: false };
    if (set.name?.toLowerCase() !== "lock_timeout") return void 0;
    if (set.kind !== "VAR_SET_VALUE") return { on: false, local: set.is_local === true };
    const value = constValue(set.args?.[0]) ?? "";
    return { on: !OFF.test(value), local: set.is_local === true };
  }
  let change;
  walk(ast, (kind, body2) => {
    if (kind !== "FuncCall") return;
    const call = body2;
    const fn = call.funcname?.map((n) => stringValue(n)).pop()?.toLowerCase();
    if (fn !== "set_config" || constValue(call.args?.[0])?.toLowerCase() !== "lock_timeout") return;
    const value = constValue(call.args?.[1]);
    change = { on: value === void 0 || !OFF.test(value), local: constValue(call.args?.[2]) === "true" };
  });
  return change;
}
function blockingLock(ctx, reviewed) {
  let best;
  for (const l of locksTakenBy(reviewed)) {
    if (l.relkind === "index" || !BLOCKING_MODES.includes(l.mode) || !existedBefore(ctx, l.table, reviewed)) continue;
    if (!best || strongerLock(best.mode, l.mode) !== best.mode) best = l;
  }
  return best;
}
function firstUnprotected(ctx, file) {
  let session = false;
  const local = /* @__PURE__ */ new Set();
  for (const reviewed of file.statements) {
    const change = lockTimeoutChange(reviewed.statement.ast);
    if (change) {
      if (!change.local) session = change.on;
      else if (reviewed.transactionId !== null) {
        if (change.on) local.add(reviewed.transactionId);
        else local.delete(reviewed.transactionId);
      }
      continue;
    }
    if (session || reviewed.transactionId !== null && local.has(reviewed.transactionId)) continue;
    const lock = blockingLock(ctx, reviewed);
    if (lock) return { reviewed, lock };
  }
  return void 0;
}
var lockTimeoutMissing = {
  meta: {
    id: "lock-timeout-missing",
    layer: "output",
    severity: "warning",
    summary: "A statement takes a lock that blocks reads or writes of an existing table with no lock_timeout set before it.",
    why: "A statement that needs a strong lock (SHARE or stronger: CREATE INDEX, most ALTER TABLE forms, DROP) waits until every transaction already using the table ends; a long report or an idle-in-transaction session can make that minutes. While it waits, every new query on the table queues behind it, even plain SELECTs when the lock is ACCESS EXCLUSIVE: a quick migration turns into an outage. With lock_timeout set, the statement gives up after that time instead, the migration fails cleanly, and it can be retried.",
    bad: "ALTER TABLE orders ADD COLUMN shipped_at timestamptz;",
    good: "SET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN shipped_at timestamptz;",
    setup: "CREATE TABLE orders (id bigint PRIMARY KEY, total_cents integer NOT NULL);\n",
    frameworks: {
      goose: "-- +goose Up\nSET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN shipped_at timestamptz;",
      dbmate: "-- migrate:up\nSET lock_timeout = '5s';\nALTER TABLE orders ADD COLUMN shipped_at timestamptz;"
    },
    references: [`${DOCS}/runtime-config-client.html#GUC-LOCK-TIMEOUT`, `${DOCS}/explicit-locking.html#LOCKING-TABLES`],
    fixable: true,
    needs: ["trace"]
  },
  check(ctx) {
    const out = [];
    for (const file of ctx.files) {
      if (file.status !== "added") continue;
      const found = firstUnprotected(ctx, file);
      if (!found) continue;
      const { reviewed, lock } = found;
      const statement = reviewed.statement;
      const table = displayName(lock.table);
      const lineText = file.source.text.split(/\r?\n/)[statement.span.line - 1] ?? "";
      const indent = /^\s*/.exec(lineText)?.[0] ?? "";
      out.push({
        file: file.source.path,
        statement,
        message: `This statement takes ${lockName(lock.mode)} on existing table ${table} and no lock_timeout is set before it in this file: if any transaction is using ${table}, it waits for it with no limit, and meanwhile ${lockBlocks(lock.mode)} on ${table} queue behind it.`,
        help: "Set a lock timeout before the first locking statement, e.g. SET lock_timeout = '5s'; so the migration fails fast instead of blocking traffic, and retry it (at a quieter time if it keeps timing out).",
        fix: {
          description: "Set lock_timeout before the statement",
          edits: [{ line: statement.span.line, endLine: statement.span.line - 1, replacement: `${indent}SET lock_timeout = '5s';` }]
        },
        verified: lock.traced ? "trace" : "static"
      });
    }
    return out;
  }
};

// src/rules/output/lock-held-across-statements.ts
var TRIVIAL_KINDS = /* @__PURE__ */ new Set(["TransactionStmt", "VariableSetStmt", "VariableShowStmt", "CommentStmt"]);
function trivial(s, lockedTables) {
  const ast = s.statement.ast;
  if (!ast) return true;
  if (TRIVIAL_KINDS.has(s.statement.kind)) return true;
  const table = relationName2(asNode(ast, "AlterTableStmt")?.relation);
  const cmds = alterTableCmds(ast);
  if (!table || !lockedTables.has(table) || cmds.length === 0) return false;
  return cmds.every(
    (c3) => c3.subtype === "AT_DropConstraint" && s.before.tables[table]?.constraints.find((k) => k.name === c3.name)?.kind === "check"
  );
}
function label(s) {
  const words = s.statement.text.replace(/\s+/g, " ").split(" ");
  const two = words.slice(0, 2).join(" ");
  return /^[A-Za-z ]+$/.test(two) && /^(ALTER|CREATE|DROP)$/i.test(words[0]) ? two.toUpperCase() : words[0].toUpperCase();
}
function listLines(statements) {
  const shown = statements.slice(0, 5).map((s) => `line ${s.statement.span.line} (${label(s)})`);
  return shown.join(", ") + (statements.length > 5 ? ` and ${statements.length - 5} more` : "");
}
function check(file, existing2) {
  const out = [];
  const reported = /* @__PURE__ */ new Set();
  file.statements.forEach((reviewed, at) => {
    const tx = reviewed.transactionId;
    if (tx === null) return;
    for (const lock of locksTakenBy(reviewed)) {
      if (lock.mode !== "AccessExclusiveLock" || lock.relkind === "index" || lock.relkind === "sequence") continue;
      const key = `${tx}\0${lock.table}`;
      if (reported.has(key) || !existing2(lock.table, reviewed)) continue;
      const locked = /* @__PURE__ */ new Set([lock.table]);
      const following = file.statements.slice(at + 1).filter((s) => s.transactionId === tx && !trivial(s, locked));
      if (following.length === 0) continue;
      reported.add(key);
      const table = displayName(lock.table);
      out.push({
        file: file.source.path,
        statement: reviewed.statement,
        message: `${label(reviewed)} takes ACCESS EXCLUSIVE on existing table ${table} inside a transaction, and ${following.length} more statement${following.length > 1 ? "s" : ""} run${following.length > 1 ? "" : "s"} before it commits: ${listLines(following)}. All reads and writes of ${table} stay blocked until ${following.length > 1 ? "they all finish" : "it finishes"}.`,
        help: `Keep the time under ACCESS EXCLUSIVE short: make this statement the last one of its transaction, or move it to a migration of its own; combine several ALTER TABLE ${table} changes into one statement.`,
        verified: lock.traced ? "trace" : "static"
      });
    }
  });
  return out;
}
var lockHeldAcrossStatements = {
  meta: {
    id: "lock-held-across-statements",
    layer: "output",
    severity: "warning",
    summary: "More statements run in the same transaction after an ACCESS EXCLUSIVE lock on an existing table.",
    why: "Locks are released only when the transaction ends. Once a statement has taken ACCESS EXCLUSIVE on a table, every read and write of that table waits, not just for that statement but for everything after it in the same transaction: an index build, a data backfill, or a statement that itself waits for a lock on another table. Frameworks that wrap each migration in a transaction make every later statement of the file part of it.",
    bad: "BEGIN;\nALTER TABLE orders ADD COLUMN shipped_at timestamptz;\nCREATE INDEX orders_user_id_idx ON orders (user_id);\nCOMMIT;",
    good: "-- the ALTER TABLE alone: its lock ends with it\nALTER TABLE orders ADD COLUMN shipped_at timestamptz;\n-- then, outside any transaction block, without blocking writes:\nCREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);",
    setup: "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL, total_cents integer NOT NULL);\n",
    references: [`${DOCS}/explicit-locking.html#LOCKING-TABLES`, `${DOCS}/sql-begin.html`],
    fixable: false,
    needs: ["catalog", "trace"]
  },
  check(ctx) {
    return ctx.files.filter((f) => f.status === "added").flatMap((f) => check(f, (t32, r9) => existedBefore(ctx, t32, r9)));
  }
};

// src/rules/output/refresh-without-concurrently.ts
var REFRESH = /^(REFRESH\s+MATERIALIZED\s+VIEW)(?=\s)/i;
function refreshIndex(view) {
  return view?.indexes.find((i6) => i6.unique && i6.valid && i6.predicate === null && i6.columns.length > 0 && i6.columns.every((c3) => c3 !== null));
}
var refreshWithoutConcurrently = {
  meta: {
    id: "refresh-without-concurrently",
    layer: "output",
    severity: "warning",
    summary: "REFRESH MATERIALIZED VIEW without CONCURRENTLY (blocks reads).",
    why: "A plain REFRESH MATERIALIZED VIEW recomputes the view under an ACCESS EXCLUSIVE lock: every SELECT on the view waits until the query behind it has run completely (and until commit inside a transaction). REFRESH ... CONCURRENTLY computes the new contents beside the old ones and applies the difference under EXCLUSIVE, which lets reads continue; it needs a unique index on plain columns of the view, with no WHERE clause, and a view that has been populated once.",
    bad: "REFRESH MATERIALIZED VIEW order_totals;",
    good: "REFRESH MATERIALIZED VIEW CONCURRENTLY order_totals;",
    setup: "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL, total_cents integer NOT NULL);\nCREATE MATERIALIZED VIEW order_totals AS SELECT user_id, sum(total_cents) AS total_cents FROM orders GROUP BY user_id;\nCREATE UNIQUE INDEX order_totals_user_id_key ON order_totals (user_id);\n",
    references: [`${DOCS}/sql-refreshmaterializedview.html`, `${DOCS}/explicit-locking.html#LOCKING-TABLES`],
    fixable: true,
    needs: ["catalog", "trace"]
  },
  check(ctx) {
    const out = [];
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      const refresh = asNode(ast, "RefreshMatViewStmt");
      const view = relationName2(refresh?.relation);
      if (!refresh || refresh.concurrent || refresh.skipData || !view || !existedBefore(ctx, view, reviewed)) continue;
      const name = displayName(view);
      const own = heldOn(locksHeldDuring(file, reviewed), view);
      const message = `REFRESH MATERIALIZED VIEW ${name} holds ACCESS EXCLUSIVE on the view: every read of ${name} waits ${holdDuration(reviewed.inTransaction, "while its query runs to completion")}.`;
      const index = refreshIndex(tableBefore(ctx, view, reviewed));
      let help;
      let fix;
      if (index) {
        help = `Use REFRESH MATERIALIZED VIEW CONCURRENTLY ${name}: reads continue while it runs (it can run in a transaction; it uses the unique index ${quoteIdent(index.name)} to apply the changes).`;
        if (REFRESH.test(statement.text)) {
          fix = statementFix(file, statement, statement.text.replace(REFRESH, "$1 CONCURRENTLY"), "Refresh with CONCURRENTLY");
        }
      } else {
        help = `REFRESH ... CONCURRENTLY lets reads continue, but ${name} has no unique index on plain columns without a WHERE clause, which it needs: create one first (CREATE UNIQUE INDEX CONCURRENTLY ... ON ${name} (...)), then refresh CONCURRENTLY.`;
      }
      out.push({ file: file.source.path, statement, message, help, fix, verified: own?.mode === "AccessExclusiveLock" && own.traced ? "trace" : "static" });
    }
    return out;
  }
};

// src/rules/escalation/drop-column.ts
function mentions(text, column) {
  if (!text) return false;
  const escaped = column.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^a-zA-Z0-9_$"])"?${escaped}"?($|[^a-zA-Z0-9_$"])`).test(text);
}
var dropColumn = {
  meta: {
    id: "drop-column",
    layer: "escalation",
    severity: "escalate",
    summary: "DROP COLUMN of an existing column.",
    why: "DROP COLUMN is quick (the column is only marked dropped) but its data is gone, and indexes and constraints that use the column are dropped with it (foreign keys of other tables need CASCADE). Code of the previous release that still names the column fails until it is replaced, including INSERTs listing it and ORMs that select every known column. Whether the data may go is a decision for a person. The safe path takes two releases: first stop using the column (make it nullable so the code can stop writing it, ORMs: mark it ignored), then drop it in a later pull request, which a reviewer approves.",
    bad: "ALTER TABLE users DROP COLUMN legacy_token;",
    setup: "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, legacy_token text NOT NULL);",
    // The first release of the safe path: the code stops writing the column, so it must accept NULL; the DROP comes
    // in a later pull request that a reviewer approves.
    good: "ALTER TABLE users ALTER COLUMN legacy_token DROP NOT NULL;",
    frameworks: {
      prisma: "Make the field optional and stop using it in one release; remove it from the model (the generated DROP COLUMN) in a later one."
    },
    references: [`${DOCS}/sql-altertable.html#SQL-ALTERTABLE-DESC-DROP-COLUMN`, `${DOCS}/ddl-alter.html#DDL-ALTER-REMOVING-A-COLUMN`],
    fixable: false,
    needs: ["catalog"]
  },
  check(ctx) {
    const out = [];
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      const table = relationName2(asNode(ast, "AlterTableStmt")?.relation);
      if (!table || !existedBefore(ctx, table, reviewed)) continue;
      const base = ctx.baseCatalog.tables[table];
      const t32 = tableBefore(ctx, table, reviewed);
      const messages = [];
      const dropped = [];
      for (const cmd of alterTableCmds(ast)) {
        const column = cmd.subtype === "AT_DropColumn" ? cmd.name : void 0;
        if (!column || !base.columns.some((c3) => c3.name === column)) continue;
        const catalog = reviewed.before.tables[table] ? reviewed.before : ctx.baseCatalog;
        const indexes = (t32?.indexes ?? []).filter((ix) => !ix.constraint && (ix.columns.includes(column) || ix.include.includes(column) || ix.keys.some((k) => mentions(k, column)) || mentions(ix.predicate, column))).map((ix) => `index ${ix.name}`);
        const constraints = (t32?.constraints ?? []).filter((c3) => c3.kind !== "not-null" && c3.columns.includes(column)).map((c3) => `${c3.kind === "foreign" ? "foreign key" : c3.kind === "primary" ? "primary key" : c3.kind} ${c3.name}`);
        const referencing = Object.entries(catalog.tables).flatMap(
          ([name2, other]) => other.constraints.filter((c3) => c3.kind === "foreign" && c3.references?.table === table && c3.references.columns.includes(column) && name2 !== table).map((c3) => `foreign key ${c3.name} of ${displayName(name2)}`)
        );
        const goes = [...indexes, ...constraints];
        const name = displayName(table);
        let message = `DROP COLUMN deletes existing column ${quoteIdent(column)} of ${name} and its data`;
        if (goes.length) message += `; ${goes.join(", ")} ${goes.length === 1 ? "goes" : "go"} with it`;
        if (referencing.length) {
          message += `; ${referencing.join(", ")} ${cmd.behavior === "DROP_CASCADE" ? "are dropped by CASCADE" : "depend on it, so the drop fails without CASCADE"}`;
        }
        messages.push(message);
        dropped.push(quoteIdent(column));
      }
      if (messages.length === 0) continue;
      out.push({
        file: file.source.path,
        statement,
        message: messages.length === 1 ? `${messages[0]}.` : `DROP COLUMN deletes ${messages.length} existing columns of ${displayName(table)} and their data (${dropped.join(", ")}). ` + messages.map((m) => m.replace(/^DROP COLUMN deletes existing column /, "")).join(". ") + ".",
        help: "Deploy code that no longer reads or writes the column first (ORMs: mark it ignored), keep a backup if the data may be needed, then drop it; a reviewer approves the escalation.",
        verified: "static"
      });
    }
    return out;
  }
};

// src/rules/escalation/drop-table.ts
var dropTable = {
  meta: {
    id: "drop-table",
    layer: "escalation",
    severity: "escalate",
    summary: "DROP TABLE of an existing table.",
    why: 'DROP TABLE deletes the table and all its rows, indexes, constraints and triggers at once; only a backup brings them back. Code still running the previous release fails with "relation does not exist" until it is replaced, and with CASCADE the foreign keys and views of other tables that depend on it go too. Whether the data may go is a decision for a person, not a rule. The safe path takes two releases: first ship code that no longer uses the table (the good example only marks it as deprecated), then drop it in a later pull request, with a backup, which a reviewer approves.',
    setup: "CREATE TABLE legacy_orders (id bigint PRIMARY KEY, total numeric(12,2));",
    bad: "DROP TABLE legacy_orders;",
    // There is no SQL that drops existing data safely: the safe path is a first release that stops using the table
    // (and marks it), then the DROP in a later pull request that a reviewer approves.
    good: "COMMENT ON TABLE legacy_orders IS 'deprecated: unused since release 2026.03, to be dropped after the next backup (BILL-7)';",
    frameworks: {
      prisma: "Remove the model in one release (the generated DROP TABLE then needs the approval label in a later one)."
    },
    references: [`${DOCS}/sql-droptable.html`, `${DOCS}/ddl-depend.html`],
    fixable: false,
    needs: ["catalog"]
  },
  check(ctx) {
    const out = [];
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      const drop = asNode(ast, "DropStmt");
      if (drop?.removeType !== "OBJECT_TABLE") continue;
      for (const table of dropObjectNames(drop.objects)) {
        if (!existedBefore(ctx, table, reviewed)) continue;
        const t32 = tableBefore(ctx, table, reviewed);
        const catalog = reviewed.before.tables[table] ? reviewed.before : ctx.baseCatalog;
        const referencing = Object.entries(catalog.tables).filter(([name2, other]) => name2 !== table && other.constraints.some((c3) => c3.kind === "foreign" && c3.references?.table === table)).map(([name2]) => displayName(name2));
        const name = displayName(table);
        const shape2 = t32 ? ` (${t32.columns.length} column${t32.columns.length === 1 ? "" : "s"}, ${t32.indexes.length} index${t32.indexes.length === 1 ? "" : "es"})` : "";
        const refs = referencing.length ? ` Foreign keys of ${referencing.join(", ")} reference it: ${drop.behavior === "DROP_CASCADE" ? "CASCADE drops those constraints" : "without CASCADE the drop fails"}.` : "";
        out.push({
          file: file.source.path,
          statement,
          message: `DROP TABLE deletes existing table ${name}${shape2} and all its data.${refs}`,
          help: "Make sure no deployed code still reads or writes it (ship the code change first) and that a backup exists; a reviewer approves the escalation when the data may go.",
          verified: "static"
        });
      }
    }
    return out;
  }
};

// src/rules/escalation/rename-table.ts
var RENAMED_KINDS = {
  OBJECT_TABLE: "table",
  OBJECT_VIEW: "view",
  OBJECT_MATVIEW: "materialized view",
  OBJECT_FOREIGN_TABLE: "foreign table"
};
var renameTable = {
  meta: {
    id: "rename-table",
    layer: "escalation",
    severity: "escalate",
    summary: "RENAME of an existing table.",
    why: 'A rename is instant in PostgreSQL (a short ACCESS EXCLUSIVE lock), but a deploy is not: until every instance runs the new release, the old code keeps querying the old name and fails with "relation does not exist". Rolling back the code after the migration breaks the same way. The expand/contract path keeps both names working: rename the table and create a view with the old name in the same migration (a simple view is updatable, so old INSERT, UPDATE and DELETE keep working), then drop the view in a later release.',
    setup: "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);",
    bad: "ALTER TABLE users RENAME TO accounts;",
    good: "ALTER TABLE users RENAME TO accounts;\n-- the running release still queries users until it is replaced:\nCREATE VIEW users AS SELECT * FROM accounts;",
    frameworks: {
      prisma: 'Rename the model and keep the table name with @@map("users") (no migration at all), or create the compatibility view in the generated migration.sql.'
    },
    references: [`${DOCS}/sql-altertable.html`, `${DOCS}/sql-createview.html#SQL-CREATEVIEW-UPDATABLE-VIEWS`],
    fixable: true,
    needs: ["catalog"]
  },
  check(ctx) {
    const out = [];
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      const rename = asNode(ast, "RenameStmt");
      const kind = rename?.renameType ? RENAMED_KINDS[rename.renameType] : void 0;
      const table = relationName2(rename?.relation);
      if (!rename || !kind || !table || !rename.newname || !existedBefore(ctx, table, reviewed)) continue;
      const before = tableBefore(ctx, table, reviewed);
      if (ctx.finalCatalog.tables[table]?.kind === "view" && before?.kind !== "view") continue;
      const name = displayName(table);
      const schema = table.slice(0, table.indexOf("."));
      const next = displayName(`${schema}.${rename.newname}`);
      const lock = tracedLockOn(reviewed.trace, table);
      const view = `CREATE VIEW ${name} AS SELECT * FROM ${next};`;
      out.push({
        file: file.source.path,
        statement,
        message: `RENAME TO renames existing ${before?.kind === "view" ? "view" : kind} ${name} to ${next}: the release still running during the deploy queries ${name} and gets "relation does not exist" errors until every instance runs the new code (the rename itself is instant${lock ? ` under ${lockName(lock)}` : ""}).`,
        help: `Expand/contract: keep the old name working with a view in the same migration (${view}), and drop the view in a later release once no code uses the old name; or rename in two releases. A reviewer approves the escalation.`,
        fix: kind === "table" && before?.kind !== "view" ? statementFix(file, statement, `${statement.text}${statement.text.endsWith(";") ? "" : ";"}
${view}`, `Keep ${name} working with a view over ${next}`) : void 0,
        verified: lock ? "trace" : "static"
      });
    }
    return out;
  }
};

// src/rules/escalation/rename-column.ts
var renameColumn = {
  meta: {
    id: "rename-column",
    layer: "escalation",
    severity: "escalate",
    summary: "RENAME COLUMN of an existing column.",
    why: 'A column rename is instant in PostgreSQL (a short ACCESS EXCLUSIVE lock), but until every instance runs the new release, the old code keeps naming the old column: its SELECTs, INSERTs and UPDATEs fail with "column does not exist", and ORMs that list every known column fail on every query of the table. Rolling back the code breaks the same way. The expand/contract path: add the new column, write both (the code or a trigger), backfill, switch reads, and drop the old column in a later release.',
    setup: "CREATE TABLE users (id bigint PRIMARY KEY, name text);",
    bad: "ALTER TABLE users RENAME COLUMN name TO full_name;",
    good: "-- expand: add the new column; the code writes both, a backfill copies name, reads switch, name is dropped later\nALTER TABLE users ADD COLUMN full_name text;",
    frameworks: {
      prisma: 'Rename the field and keep the column with @map("name"): the schema changes, the database does not.'
    },
    references: [`${DOCS}/sql-altertable.html`, `${DOCS}/ddl-alter.html#DDL-ALTER-RENAMING-COLUMN`],
    fixable: false,
    needs: ["catalog"]
  },
  check(ctx) {
    const out = [];
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      const rename = asNode(ast, "RenameStmt");
      if (rename?.renameType !== "OBJECT_COLUMN" || !rename.subname || !rename.newname) continue;
      const table = relationName2(rename.relation);
      if (!table || !existedBefore(ctx, table, reviewed)) continue;
      const column = rename.subname;
      if (!ctx.baseCatalog.tables[table].columns.some((c3) => c3.name === column)) continue;
      const current = reviewed.before.tables[table];
      if (current && !current.columns.some((c3) => c3.name === column)) continue;
      const name = displayName(table);
      const lock = tracedLockOn(reviewed.trace, table);
      out.push({
        file: file.source.path,
        statement,
        message: `RENAME COLUMN renames existing column ${name}.${quoteIdent(column)} to ${quoteIdent(rename.newname)}: the release still running during the deploy names ${quoteIdent(column)} and gets "column does not exist" errors until every instance runs the new code (the rename itself is instant${lock ? ` under ${lockName(lock)}` : ""}).`,
        help: `Expand/contract: add ${quoteIdent(rename.newname)} as a new column, write both (in the code or with a trigger), backfill it in batches, switch reads, then drop ${quoteIdent(column)} in a later release. If a short window of errors is acceptable, a reviewer approves the escalation.`,
        verified: lock ? "trace" : "static"
      });
    }
    return out;
  }
};

// src/rules/escalation/truncate-table.ts
function referencingTables(catalog, tables) {
  const seen = new Set(tables);
  const out = [];
  for (let i6 = 0; i6 < tables.length + out.length; i6++) {
    const target = i6 < tables.length ? tables[i6] : out[i6 - tables.length];
    for (const [name, t32] of Object.entries(catalog.tables)) {
      if (seen.has(name)) continue;
      if (t32.constraints.some((c3) => c3.kind === "foreign" && c3.references?.table === target)) {
        seen.add(name);
        out.push(name);
      }
    }
  }
  return out;
}
var truncateTable = {
  meta: {
    id: "truncate-table",
    layer: "escalation",
    severity: "escalate",
    summary: "TRUNCATE of an existing table.",
    why: "TRUNCATE deletes every row at once, without scanning and without firing ON DELETE triggers; only a backup brings the data back. It takes ACCESS EXCLUSIVE on each table, blocking reads and writes until commit. With CASCADE it also empties every table whose foreign keys reference it, transitively; without CASCADE it fails when such tables exist. Whether the data may go is a decision for a person.",
    setup: "CREATE TABLE audit_log (id bigint PRIMARY KEY, created_at timestamptz NOT NULL, payload jsonb);",
    bad: "TRUNCATE audit_log;",
    good: "-- delete old rows in batches from a job outside the migration instead, e.g.\n-- DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log WHERE created_at < now() - interval '90 days' LIMIT 10000);\nCOMMENT ON TABLE audit_log IS 'rows older than 90 days are purged by the retention job';",
    references: [`${DOCS}/sql-truncate.html`, `${DOCS}/explicit-locking.html#LOCKING-TABLES`],
    fixable: false,
    needs: ["catalog"]
  },
  check(ctx) {
    const out = [];
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      const truncate = asNode(ast, "TruncateStmt");
      if (!truncate) continue;
      const named = (truncate.relations ?? []).map((r9) => relationName2(asNode(r9, "RangeVar"))).filter((t32) => t32 !== void 0);
      const existing2 = named.filter((t32) => existedBefore(ctx, t32, reviewed));
      if (existing2.length === 0) continue;
      const catalog = reviewed.before.tables[existing2[0]] ? reviewed.before : ctx.baseCatalog;
      const dependents = referencingTables(catalog, named);
      const cascade = truncate.behavior === "DROP_CASCADE";
      const lock = tracedLockOn(reviewed.trace, existing2[0]);
      const names = existing2.map(displayName).join(", ");
      let message = `TRUNCATE deletes every row of existing table${existing2.length > 1 ? "s" : ""} ${names} and takes ${lockName(lock ?? "AccessExclusiveLock")} on ${existing2.length > 1 ? "each" : "it"}, blocking all reads and writes ${holdDuration(reviewed.inTransaction, "while it runs")}.`;
      if (dependents.length) {
        message += cascade ? ` CASCADE also empties ${dependents.map(displayName).join(", ")} (their foreign keys reference it).` : ` ${dependents.map(displayName).join(", ")} reference${dependents.length === 1 ? "s" : ""} it by foreign key, so it fails without CASCADE.`;
      }
      out.push({
        file: file.source.path,
        statement,
        message,
        help: "Make sure the data may go (and a backup exists). To remove rows without blocking the table, delete them in batches from a job outside the migration. A reviewer approves the escalation.",
        verified: lock ? "trace" : "static"
      });
    }
    return out;
  }
};

// src/rules/escalation/drop-schema.ts
function createdInPullRequest(refs, ref, schema) {
  let created = false;
  for (const r9 of refs) {
    if (r9.seq >= ref.seq) break;
    if (asNode(r9.ast, "CreateSchemaStmt")?.schemaname === schema) created = true;
    const drop = asNode(r9.ast, "DropStmt");
    if (drop?.removeType === "OBJECT_SCHEMA" && stringValues(drop.objects).includes(schema)) created = false;
  }
  return created;
}
var dropSchema = {
  meta: {
    id: "drop-schema",
    layer: "escalation",
    severity: "escalate",
    summary: "DROP SCHEMA of an existing schema, or DROP DATABASE.",
    why: "DROP SCHEMA ... CASCADE deletes every table, view, function, type and sequence in the schema with all their data, and the foreign keys and views of other schemas that depend on them; without CASCADE it fails unless the schema is empty. DROP DATABASE removes a whole database. Only a backup brings either back, so a person decides.",
    setup: "CREATE SCHEMA reporting;\nCREATE TABLE reporting.daily_sales (day date PRIMARY KEY, total numeric(12,2));",
    bad: "DROP SCHEMA reporting CASCADE;",
    good: "-- a schema this migration creates for its own work can go at the end:\nCREATE SCHEMA import_tmp;\nCREATE TABLE import_tmp.rows (id bigint PRIMARY KEY, payload jsonb);\n-- ... load and merge the rows ...\nDROP SCHEMA import_tmp CASCADE;",
    references: [`${DOCS}/sql-dropschema.html`, `${DOCS}/sql-dropdatabase.html`, `${DOCS}/ddl-depend.html`],
    fixable: false,
    needs: ["catalog"]
  },
  check(ctx) {
    const out = [];
    const refs = [...parsedStatements(ctx)];
    for (const ref of refs) {
      const { file, reviewed, statement, ast } = ref;
      const dropdb = asNode(ast, "DropdbStmt");
      if (dropdb) {
        out.push({
          file: file.source.path,
          statement,
          message: `DROP DATABASE deletes database ${dropdb.dbname ?? "?"} with everything in it.`,
          help: "Make sure nothing uses the database and a backup exists; a reviewer approves the escalation.",
          verified: "static"
        });
        continue;
      }
      const drop = asNode(ast, "DropStmt");
      if (drop?.removeType !== "OBJECT_SCHEMA") continue;
      const cascade = drop.behavior === "DROP_CASCADE";
      const catalog = reviewed.before;
      for (const schema of stringValues(drop.objects)) {
        if (createdInPullRequest(refs, ref, schema)) continue;
        const tables = Object.keys(catalog.tables).filter((t32) => catalog.tables[t32].schema === schema);
        const baseTables = Object.values(ctx.baseCatalog.tables).filter((t32) => t32.schema === schema);
        if (drop.missing_ok && tables.length === 0 && baseTables.length === 0) continue;
        const referencing = Object.entries(catalog.tables).filter(([, t32]) => t32.schema !== schema && t32.constraints.some((c3) => c3.kind === "foreign" && tables.includes(c3.references?.table ?? ""))).map(([name]) => displayName(name));
        const shown = tables.slice(0, 10).map(displayName).join(", ") + (tables.length > 10 ? `, and ${tables.length - 10} more` : "");
        let message;
        if (tables.length === 0) {
          message = `DROP SCHEMA drops existing schema ${schema}${cascade ? " and whatever functions, types and sequences it holds" : ""}.`;
        } else if (cascade) {
          message = `DROP SCHEMA ... CASCADE drops existing schema ${schema} with its ${tables.length} table${tables.length === 1 ? "" : "s"} and all their data (${shown})${referencing.length ? `, and the foreign keys of ${referencing.join(", ")} that reference them` : ""}.`;
        } else {
          message = `DROP SCHEMA drops existing schema ${schema}, which still holds ${tables.length} table${tables.length === 1 ? "" : "s"} (${shown}): without CASCADE it fails; with CASCADE their data would go.`;
        }
        out.push({
          file: file.source.path,
          statement,
          message,
          help: "Make sure no deployed code uses the schema and a backup exists; a reviewer approves the escalation when the data may go.",
          verified: reviewed.trace?.dropped.some((t32) => tables.includes(t32)) ? "trace" : "static"
        });
      }
    }
    return out;
  }
};

// src/rules/escalation/large-table-change.ts
var BLOCKS_WRITES = new Set(BLOCKING_MODES);
function rowCounts(config) {
  return new Map(Object.entries(config.tableRows).map(([name, rows]) => [qualify(name), rows]));
}
function indexTable(catalog) {
  return (index) => {
    for (const [name, t32] of Object.entries(catalog.tables)) {
      if (t32.indexes.some((ix) => `${t32.schema}.${ix.name}` === index)) return name;
    }
    return void 0;
  };
}
var formatRows = (n) => n.toLocaleString("en-US");
var largeTableChange = {
  meta: {
    id: "large-table-change",
    layer: "escalation",
    severity: "escalate",
    summary: "With table statistics: a statement that blocks writes to, or rewrites, a table above the configured size.",
    why: "How long a lock is held depends on the table: an index build, a validation scan or a rewrite of a table with millions of rows takes minutes to hours, and even an instant ALTER waits for every running query on the table while all new queries queue behind it. Given production row counts (`tableRows`, e.g. exported from pg_class.reltuples), the reviewer escalates any statement that takes a lock blocking writes (SHARE or stronger) on, or rewrites, a table with at least `largeTableRows` rows (default 1,000,000): a person decides whether it needs a maintenance window or the online path.",
    setup: "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL, status text NOT NULL);",
    bad: "CREATE INDEX orders_status_idx ON orders (status);",
    good: "CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);",
    exampleConfig: { tableRows: { orders: 25e6 } },
    references: [`${DOCS}/explicit-locking.html#LOCKING-TABLES`, `${DOCS}/runtime-config-client.html#GUC-LOCK-TIMEOUT`],
    fixable: false,
    needs: ["catalog", "trace"]
  },
  check(ctx) {
    const out = [];
    const rows = rowCounts(ctx.config);
    if (rows.size === 0) return out;
    const threshold = ctx.config.largeTableRows;
    for (const { file, reviewed, statement, ast } of parsedStatements(ctx)) {
      const trace = reviewed.trace;
      if (trace && trace.outcome === "error") continue;
      const effects = /* @__PURE__ */ new Map();
      const effect = (table) => {
        let e4 = effects.get(table);
        if (!e4) effects.set(table, e4 = { rewritten: false, traced: false });
        return e4;
      };
      if (trace?.outcome === "ok") {
        for (const l of trace.locks) {
          if (l.relkind === "index") continue;
          const e4 = effect(l.table);
          e4.mode = e4.mode ? strongerLock(e4.mode, l.mode) : l.mode;
          if (BLOCKS_WRITES.has(l.mode)) e4.traced = true;
        }
        for (const rel of trace.rewritten) {
          if (!reviewed.before.tables[rel]) continue;
          const e4 = effect(rel);
          e4.rewritten = true;
          e4.traced = true;
        }
      }
      for (const l of staticLocks(ast, indexTable(reviewed.before))) {
        if (l.relkind === "index") continue;
        const e4 = effect(l.table);
        e4.mode = e4.mode ? strongerLock(e4.mode, l.mode) : l.mode;
      }
      const parts = [];
      let traced = true;
      for (const [table, e4] of effects) {
        const count = rows.get(table);
        if (count === void 0 || count < threshold || !existedBefore(ctx, table, reviewed)) continue;
        if (!e4.rewritten && !(e4.mode && BLOCKS_WRITES.has(e4.mode))) continue;
        const name = displayName(table);
        const mode2 = e4.mode ?? "AccessExclusiveLock";
        const indexes = reviewed.before.tables[table]?.indexes.length ?? 0;
        let what;
        if (e4.rewritten) {
          what = `the statement rewrites all of them${indexes ? ` and rebuilds its ${indexes} index${indexes === 1 ? "" : "es"}` : ""} under ${lockName(mode2)}, blocking ${lockBlocks(mode2)} ${holdDuration(reviewed.inTransaction, "for the whole rewrite")}`;
        } else if (asNode(ast, "IndexStmt")) {
          what = `the statement reads all of them to build an index under ${lockName(mode2)}, blocking ${lockBlocks(mode2)} ${holdDuration(reviewed.inTransaction, "for the whole build")}`;
        } else {
          what = `the statement takes ${lockName(mode2)} on it, blocking ${lockBlocks(mode2)} ${holdDuration(reviewed.inTransaction, "while it runs (and while it waits for running queries)")}`;
        }
        parts.push(`${name} has about ${formatRows(count)} rows in production: ${what}`);
        traced &&= e4.traced;
      }
      if (parts.length === 0) continue;
      out.push({
        file: file.source.path,
        statement,
        message: `${parts.join(". ")}.`,
        help: `A person decides (threshold: ${formatRows(threshold)} rows): run it in a maintenance window, or use the online path (CREATE INDEX CONCURRENTLY, constraints NOT VALID then VALIDATE, a new column backfilled in batches) and set lock_timeout so the migration gives up instead of queueing traffic behind its lock.`,
        verified: traced ? "trace" : "static"
      });
    }
    return out;
  }
};

// src/rules/design/column-source.ts
var AFTER_TYPE = /* @__PURE__ */ new Set([
  "CONSTRAINT",
  "NOT",
  "NULL",
  "DEFAULT",
  "PRIMARY",
  "UNIQUE",
  "CHECK",
  "REFERENCES",
  "GENERATED",
  "COLLATE",
  "COMPRESSION",
  "STORAGE",
  "USING",
  "DEFERRABLE",
  "INITIALLY"
]);
function identifierOf(text, token) {
  const raw = text.slice(token.start, token.end);
  if (token.kind === "word") return raw.replace(/[A-Z]+/g, (s) => s.toLowerCase());
  if (token.kind === "other" && raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"')) return raw.slice(1, -1).replace(/""/g, '"');
  return void 0;
}
var punct = (text, t32, c3) => t32?.kind === "other" && t32.end - t32.start === 1 && text[t32.start] === c3;
function locateColumn(text, origin, column) {
  const tokens = lexSql(text).filter((t32) => t32.kind !== "comment");
  const nameAt = origin === "create-table" ? elementStart(text, tokens, column) : commandTarget(text, tokens, origin, column);
  if (nameAt === void 0) return void 0;
  let first = nameAt + 1;
  if (origin === "alter-type") {
    while (first < tokens.length && tokens[first].word !== "TYPE") first++;
    first++;
  }
  let depth = 0;
  let last = -1;
  for (let k = first; k < tokens.length; k++) {
    const t32 = tokens[k];
    if (t32.kind === "semicolon") break;
    if (punct(text, t32, "(") || punct(text, t32, "[")) depth++;
    else if (punct(text, t32, ")") || punct(text, t32, "]")) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && (punct(text, t32, ",") || t32.word && AFTER_TYPE.has(t32.word))) break;
    last = k;
  }
  if (last < first) return void 0;
  return { nameStart: tokens[nameAt].start, typeStart: tokens[first].start, typeEnd: tokens[last].end, defEnd: tokens[definitionEnd(text, tokens, last)].end };
}
function definitionEnd(text, tokens, from) {
  let depth = 0;
  let last = from;
  for (let k = from + 1; k < tokens.length; k++) {
    const t32 = tokens[k];
    if (t32.kind === "semicolon") break;
    if (punct(text, t32, "(")) depth++;
    else if (punct(text, t32, ")")) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && punct(text, t32, ",")) break;
    last = k;
  }
  return last;
}
function elementStart(text, tokens, column) {
  let depth = 0;
  let atStart = false;
  for (let i6 = 0; i6 < tokens.length; i6++) {
    const t32 = tokens[i6];
    if (punct(text, t32, "(")) {
      depth++;
      atStart = depth === 1;
      continue;
    }
    if (punct(text, t32, ")")) {
      depth--;
      continue;
    }
    if (depth === 1 && punct(text, t32, ",")) {
      atStart = true;
      continue;
    }
    if (atStart && depth === 1 && identifierOf(text, t32) === column) return i6;
    atStart = false;
  }
  return void 0;
}
function commandTarget(text, tokens, origin, column) {
  const verb = origin === "add-column" ? "ADD" : "ALTER";
  let depth = 0;
  for (let i6 = 1; i6 < tokens.length; i6++) {
    const t32 = tokens[i6];
    if (punct(text, t32, "(")) depth++;
    else if (punct(text, t32, ")")) depth--;
    if (depth !== 0 || t32.word !== verb) continue;
    let j = i6 + 1;
    if (tokens[j]?.word === "COLUMN") j++;
    if (origin === "add-column" && tokens[j]?.word === "IF" && tokens[j + 1]?.word === "NOT" && tokens[j + 2]?.word === "EXISTS") j += 3;
    if (tokens[j] && identifierOf(text, tokens[j]) === column) return j;
  }
  return void 0;
}
function lineInStatement2(statement, index) {
  let line = statement.span.line;
  for (let i6 = statement.text.indexOf("\n"); i6 >= 0 && i6 < index; i6 = statement.text.indexOf("\n", i6 + 1)) line++;
  return line;
}
function typeFix(file, statement, src, replacement2, description) {
  const declared = statement.text.slice(src.typeStart, src.typeEnd);
  if (declared.includes("\n")) return void 0;
  const text = file.source.text;
  const start = statement.span.start + src.typeStart;
  const end = statement.span.start + src.typeEnd;
  if (text.slice(start, end) !== declared) return void 0;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  let lineEnd = text.indexOf("\n", end);
  if (lineEnd < 0) lineEnd = text.length;
  if (text[lineEnd - 1] === "\r") lineEnd -= 1;
  const line = lineInStatement2(statement, src.typeStart);
  return { description, edits: [{ line, endLine: line, replacement: text.slice(lineStart, start) + replacement2 + text.slice(end, lineEnd) }] };
}

// src/rules/design/column-types.ts
var WRITTEN_NAMES = {
  int: "int4",
  integer: "int4",
  int4: "int4",
  smallint: "int2",
  int2: "int2",
  bigint: "int8",
  int8: "int8",
  serial: "int4",
  serial4: "int4",
  bigserial: "int8",
  serial8: "int8",
  smallserial: "int2",
  serial2: "int2",
  timestamp: "timestamp",
  timestamptz: "timestamptz",
  varchar: "varchar",
  "character varying": "varchar",
  bpchar: "bpchar",
  character: "bpchar",
  char: "char",
  json: "json",
  jsonb: "jsonb",
  text: "text"
};
var SERIALS = {
  serial: "serial",
  serial4: "serial",
  bigserial: "bigserial",
  serial8: "bigserial",
  smallserial: "smallserial",
  serial2: "smallserial"
};
var BUILTIN = /* @__PURE__ */ new Set([...Object.values(WRITTEN_NAMES), "numeric", "uuid", "bool", "date", "time", "timetz", "float4", "float8", "bytea", "interval", "inet", "cidr"]);
function resolveWritten(t32) {
  const builtin = t32.schema === void 0 || t32.schema === "pg_catalog";
  const name = builtin ? WRITTEN_NAMES[t32.name] : void 0;
  if (!name) return void 0;
  return { name, mods: t32.mods, array: t32.array, ...SERIALS[t32.name] ? { serial: SERIALS[t32.name] } : {} };
}
function resolveCatalog(col) {
  const array = col.type.endsWith("]") && col.typeName.startsWith("_");
  const name = array ? col.typeName.slice(1) : col.typeName;
  let mods = [];
  if (col.typmod >= 0) mods = name === "varchar" || name === "bpchar" ? [col.typmod - 4] : [col.typmod];
  return { name, mods, array };
}
function isBuiltin(name) {
  return BUILTIN.has(name);
}
function resolveColumnType(written, col, domains) {
  const fromWritten = written ? resolveWritten(written) : void 0;
  if (col) {
    const fromCatalog = resolveCatalog(col);
    if (isBuiltin(fromCatalog.name)) {
      return fromWritten?.serial ? { ...fromCatalog, serial: fromWritten.serial } : fromCatalog;
    }
    return throughDomain(fromCatalog.name, fromCatalog.array, domains);
  }
  if (fromWritten) return fromWritten;
  return written ? throughDomain(written.name, written.array, domains) : void 0;
}
function throughDomain(name, array, domains) {
  const seen = /* @__PURE__ */ new Set();
  let current = name;
  while (!seen.has(current)) {
    seen.add(current);
    const base = domains.get(current);
    if (!base) return void 0;
    const resolved = resolveWritten(base);
    if (resolved) return { ...resolved, serial: void 0, array: array || resolved.array, domain: name };
    current = base.name;
  }
  return void 0;
}
var isSmallInteger = (t32) => !t32.array && (t32.name === "int4" || t32.name === "int2");
var isTimestamp = (t32) => t32.name === "timestamp";
var isJson = (t32) => t32.name === "json";
var isBoundedVarchar = (t32) => t32.name === "varchar" && t32.mods.length > 0 && t32.mods[0] >= 0;
var isBlankPadded = (t32) => t32.name === "bpchar";
function typeText(t32) {
  const names = {
    int4: "integer",
    int2: "smallint",
    int8: "bigint",
    bpchar: "char",
    varchar: "varchar",
    char: '"char"'
  };
  const base = t32.serial ?? (t32.name === "bpchar" && t32.mods.length === 0 ? "bpchar" : names[t32.name] ?? t32.name);
  const mods = t32.mods.length && !t32.serial ? `(${t32.mods.join(",")})` : "";
  return `${base}${mods}${t32.array ? "[]" : ""}`;
}

// src/rules/design/new-columns.ts
function columnLabel(nc) {
  return `${displayName(nc.table)}.${quoteIdent(nc.column)}`;
}
function registerDomain(domains, ref) {
  const domain = asNode(ref.ast, "CreateDomainStmt");
  const names = stringValues(domain?.domainname);
  const base = writtenType(domain?.typeName);
  if (names.length && base) domains.set(names[names.length - 1], base);
}
function findColumn(table, name) {
  return table?.columns.find((c3) => c3.name === name);
}
function finalOf(ctx, after) {
  if (!after) return void 0;
  return Object.values(ctx.finalCatalog.tables).find((t32) => t32.oid === after.oid) ?? null;
}
function declaredColumns(ref) {
  const out = [];
  const create = asNode(ref.ast, "CreateStmt");
  if (create) {
    if (create.partbound || create.ofTypename || create.relation?.relpersistence === "t") return out;
    const table2 = relationName2(create.relation);
    if (!table2) return out;
    for (const e4 of create.tableElts ?? []) {
      const def = asNode(e4, "ColumnDef");
      if (def?.colname && def.typeName) out.push({ table: table2, def, origin: "create-table" });
    }
    return out;
  }
  const table = relationName2(asNode(ref.ast, "AlterTableStmt")?.relation);
  if (!table) return out;
  for (const cmd of alterTableCmds(ref.ast)) {
    const def = asNode(cmd.def, "ColumnDef");
    if (!def?.typeName) continue;
    if (cmd.subtype === "AT_AddColumn" && def.colname) out.push({ table, def, origin: "add-column", ifNotExists: cmd.missing_ok === true });
    else if (cmd.subtype === "AT_AlterColumnType" && cmd.name) out.push({ table, def: { ...def, colname: cmd.name }, origin: "alter-type" });
  }
  return out;
}
function replacementDdl(nc, type) {
  const text = nc.ref.statement.text;
  const src = nc.source;
  const rest = src ? text.slice(src.typeEnd, src.defEnd).replace(/\s+/g, " ") : "";
  const column = quoteIdent(nc.column);
  if (nc.origin === "create-table") return `${column} ${type}${rest}`;
  if (nc.origin === "add-column") return `ALTER TABLE ${displayName(nc.table)} ADD COLUMN ${column} ${type}${rest};`;
  return `ALTER TABLE ${displayName(nc.table)} ALTER COLUMN ${column} TYPE ${type}${rest};`;
}
function madeNothing(ctx, reviewed, d2) {
  if (reviewed.trace?.outcome === "error") return true;
  const before = reviewed.before.tables[d2.table];
  if (d2.origin === "create-table") return before !== void 0;
  if (d2.origin === "add-column") return d2.ifNotExists === true && findColumn(tableBefore(ctx, d2.table, reviewed), d2.def.colname ?? "") !== void 0;
  return false;
}
function newColumns(ctx) {
  const domains = /* @__PURE__ */ new Map();
  const out = [];
  for (const p3 of parsedStatements(ctx)) {
    registerDomain(domains, p3);
    for (const d2 of declaredColumns(p3)) {
      if (madeNothing(ctx, p3.reviewed, d2)) continue;
      const column = d2.def.colname;
      const written = writtenType(d2.def.typeName);
      const after = p3.reviewed.after.tables[d2.table];
      const afterColumn = findColumn(after, column);
      const type = resolveColumnType(written, afterColumn, domains);
      if (!type) continue;
      const final = finalOf(ctx, after);
      if (final === null) continue;
      let finalType;
      if (final && afterColumn) {
        const fc = final.columns.find((c3) => c3.attnum === afterColumn.attnum);
        if (!fc) continue;
        finalType = resolveColumnType(void 0, fc, domains) ?? resolveCatalog(fc);
        if (!isBuiltin(finalType.name) && fc.typeName === afterColumn.typeName) finalType = type;
        if (type.serial && fc.typeName === afterColumn.typeName) finalType = { ...finalType, serial: type.serial };
      }
      let previous;
      if (d2.origin === "alter-type") {
        const was = findColumn(tableBefore(ctx, d2.table, p3.reviewed), column);
        previous = was ? resolveColumnType(void 0, was, domains) : void 0;
      }
      const source = locateColumn(p3.statement.text, d2.origin, column);
      out.push({
        ref: p3,
        table: d2.table,
        column,
        origin: d2.origin,
        def: d2.def,
        written,
        declared: source ? p3.statement.text.slice(source.typeStart, source.typeEnd).replace(/\s+/g, " ") : written?.name ?? "?",
        type,
        previous,
        after,
        final: final ?? void 0,
        finalType,
        source,
        line: source ? lineInStatement2(p3.statement, source.nameStart) : p3.statement.span.line,
        verified: afterColumn ? "replay" : "static"
      });
    }
  }
  return out;
}
function flagged(nc, test) {
  if (!test(nc.type)) return false;
  if (nc.finalType && !test(nc.finalType)) return false;
  return !(nc.previous && test(nc.previous));
}
function finalColumn(nc) {
  const attnum = findColumn(nc.after, nc.column)?.attnum;
  return attnum === void 0 ? void 0 : nc.final?.columns.find((c3) => c3.attnum === attnum);
}
function keyRole(nc) {
  const table = nc.final ?? nc.after;
  const role = {};
  if (table) {
    const name = table.columns.find((c3) => c3.attnum === findColumn(nc.after, nc.column)?.attnum)?.name ?? nc.column;
    for (const c3 of table.constraints) {
      const at = c3.columns.indexOf(name);
      if (at < 0) continue;
      if (c3.kind === "primary") role.primary = { columns: c3.columns.length };
      if (c3.kind === "foreign" && c3.references && !role.foreign) role.foreign = { table: c3.references.table, column: c3.references.columns[at] };
    }
    return role;
  }
  const constraints = (nc.def.constraints ?? []).map((n) => asNode(n, "Constraint")).filter((c3) => c3 !== void 0);
  for (const c3 of constraints) {
    if (c3.contype === "CONSTR_PRIMARY") role.primary = { columns: 1 };
    if (c3.contype === "CONSTR_FOREIGN" && c3.pktable) role.foreign = { table: relationName2(c3.pktable) ?? "?", column: stringValues(c3.pk_attrs)[0] };
  }
  const create = asNode(nc.ref.ast, "CreateStmt");
  for (const e4 of create?.tableElts ?? []) {
    const c3 = asNode(e4, "Constraint");
    if (!c3) continue;
    const keys = stringValues(c3.contype === "CONSTR_FOREIGN" ? c3.fk_attrs : c3.keys);
    const at = keys.indexOf(nc.column);
    if (at < 0) continue;
    if (c3.contype === "CONSTR_PRIMARY") role.primary = { columns: keys.length };
    if (c3.contype === "CONSTR_FOREIGN" && c3.pktable) role.foreign = { table: relationName2(c3.pktable) ?? "?", column: stringValues(c3.pk_attrs)[at] };
  }
  return role;
}
function isGenerated(nc) {
  if (nc.type.serial) return true;
  const col = findColumn(nc.after, nc.column);
  if (col) return col.identity !== null || /^nextval\(/.test(col.default ?? "");
  return nc.def.identity !== void 0 && nc.def.identity !== "" || (nc.def.constraints ?? []).some((n) => asNode(n, "Constraint")?.contype === "CONSTR_IDENTITY");
}
function frameworkHint(file, prisma2) {
  return file.source.framework === "prisma" ? `
In Prisma: ${prisma2}` : "";
}

// src/rules/design/prefer-bigint.ts
var PRISMA = "Declare the id field `BigInt @id @default(autoincrement())` and the fields referencing it as `BigInt` in schema.prisma, then regenerate the migration.";
var LIMIT = { int4: "2,147,483,647", int2: "32,767" };
function widened(t32) {
  return t32.serial ? "bigserial" : "bigint";
}
function referencedType(ctx, table, column) {
  const col = ctx.finalCatalog.tables[table]?.columns.find((c3) => c3.name === column);
  return col ? resolveCatalog(col) : void 0;
}
var preferBigint = {
  meta: {
    id: "prefer-bigint",
    layer: "design",
    severity: "warning",
    summary: "A new integer, smallint or serial primary key or foreign key column.",
    why: 'An integer key stops at 2,147,483,647 (smallint at 32,767): after that every INSERT fails with "integer out of range" or "nextval: reached maximum value of sequence", and busy tables get there, since sequences also skip the values of rolled-back inserts. Widening the column then takes ALTER COLUMN TYPE bigint, which rewrites the table and its indexes under ACCESS EXCLUSIVE, and every foreign key column referencing it must be widened the same way. bigint costs 4 more bytes per row and never runs out. A foreign key column is flagged too: it holds the referenced ids, so it overflows with them.',
    bad: "CREATE TABLE invoices (\n  id serial PRIMARY KEY,\n  order_id integer NOT NULL REFERENCES orders (id)\n);",
    good: "CREATE TABLE invoices (\n  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n  order_id bigint NOT NULL REFERENCES orders (id)\n);",
    setup: "CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, placed_at timestamptz NOT NULL);",
    frameworks: { prisma: PRISMA },
    references: [`${DOCS}/datatype-numeric.html#DATATYPE-INT`, `${DOCS}/sql-altertable.html#SQL-ALTERTABLE-NOTES`],
    fixable: true,
    needs: ["catalog"]
  },
  check(ctx) {
    const out = [];
    for (const nc of newColumns(ctx)) {
      if (!flagged(nc, isSmallInteger)) continue;
      const role = keyRole(nc);
      const primary = role.primary && (role.primary.columns === 1 || isGenerated(nc) || role.foreign);
      if (!primary && !role.foreign) continue;
      out.push(finding(ctx, nc, primary ? "primary" : "foreign", role.foreign));
    }
    return out;
  }
};
function finding(ctx, nc, kind, foreign) {
  const label2 = columnLabel(nc);
  const declared = nc.type.domain ? `${nc.declared} (a domain over ${typeText({ ...nc.type, domain: void 0 })})` : nc.declared;
  const limit = LIMIT[nc.type.name];
  const big = widened(nc.type);
  const ref = foreign ? `${displayName(foreign.table)}${foreign.column ? `.${quoteIdent(foreign.column)}` : ""}` : "";
  const refType = foreign ? referencedType(ctx, foreign.table, foreign.column) : void 0;
  const refNarrow = refType !== void 0 && isSmallInteger(refType);
  let message;
  if (kind === "primary") {
    message = `Primary key ${label2} is ${declared}: inserts fail once ids pass ${limit}, and widening it later rewrites ${displayName(nc.table)} and every table referencing it under ACCESS EXCLUSIVE.`;
  } else {
    message = `Foreign key column ${label2} is ${declared} and holds ids of ${ref}${refType ? ` (${typeText(refType)})` : ""}: inserts fail once those ids pass ${limit}.`;
  }
  let help = `Declare it bigint:
${replacementDdl(nc, big)}`;
  const fixable = !nc.type.domain && !(kind === "foreign" && refNarrow && !primaryOf(nc));
  if (kind === "foreign" && refNarrow) {
    help += `
${ref} is ${typeText(refType)} too: widen it (a table rewrite) together with its foreign keys, or accept the limit for both.`;
  }
  help += frameworkHint(nc.ref.file, PRISMA);
  const fix = fixable && nc.source ? typeFix(nc.ref.file, nc.ref.statement, nc.source, big, `Declare ${label2} as ${big}`) : void 0;
  return { file: nc.ref.file.source.path, statement: nc.ref.statement, line: nc.line, message, help, fix, verified: nc.verified };
}
function primaryOf(nc) {
  return keyRole(nc).primary !== void 0;
}

// src/rules/design/prefer-identity.ts
var PRISMA2 = "Prisma generates SERIAL for `@default(autoincrement())` and has no identity attribute: edit the generated migration.sql by hand, or turn this notice off for a Prisma project.";
var INTEGER_OF = { serial: "integer", bigserial: "bigint", smallserial: "smallint" };
var preferIdentity = {
  meta: {
    id: "prefer-identity",
    layer: "design",
    severity: "notice",
    summary: "A new serial, bigserial or smallserial column instead of GENERATED ... AS IDENTITY.",
    why: "serial is shorthand for an integer column with a DEFAULT nextval() on a separate sequence. The sequence has its own owner and privileges: a role granted INSERT on the table also needs USAGE on the sequence, and CREATE TABLE ... (LIKE ...) or a dump restored by another role can end up sharing or missing it. Any INSERT or COPY may write its own id, which later collides with the sequence. An identity column (PostgreSQL 10+) ties the sequence to the column: no separate grant, ALTER TABLE ... ALTER COLUMN ... RESTART resets it, and GENERATED ALWAYS rejects explicit ids unless the INSERT says OVERRIDING SYSTEM VALUE.",
    bad: "CREATE TABLE coupons (\n  id bigserial PRIMARY KEY,\n  code text NOT NULL UNIQUE\n);",
    good: "CREATE TABLE coupons (\n  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n  code text NOT NULL UNIQUE\n);",
    frameworks: { prisma: PRISMA2 },
    references: [`${DOCS}/sql-createtable.html#SQL-CREATETABLE-PARMS-GENERATED-IDENTITY`, `${DOCS}/datatype-numeric.html#DATATYPE-SERIAL`],
    fixable: true,
    needs: ["catalog"]
  },
  check(ctx) {
    const out = [];
    for (const nc of newColumns(ctx)) {
      const serial = nc.type.serial;
      if (!serial || nc.origin === "alter-type") continue;
      if (finalColumn(nc)?.identity) continue;
      const role = keyRole(nc);
      const key = isSmallInteger(nc.type) && (role.primary !== void 0 || role.foreign !== void 0);
      const type = `${key ? "bigint" : INTEGER_OF[serial]} GENERATED BY DEFAULT AS IDENTITY`;
      const label2 = columnLabel(nc);
      out.push({
        file: nc.ref.file.source.path,
        statement: nc.ref.statement,
        line: nc.line,
        message: `${label2} is ${nc.declared}: its sequence is a separate object with its own privileges, and inserts may write ids that later collide with it.`,
        help: `Use an identity column (BY DEFAULT accepts explicit ids like serial does; ALWAYS rejects them unless the INSERT says OVERRIDING SYSTEM VALUE):
` + replacementDdl(nc, type) + frameworkHint(nc.ref.file, PRISMA2),
        fix: nc.source ? typeFix(nc.ref.file, nc.ref.statement, nc.source, type, `Make ${label2} an identity column`) : void 0,
        verified: "static"
      });
    }
    return out;
  }
};

// src/rules/design/prefer-timestamptz.ts
var PRISMA3 = "Declare the field `DateTime @db.Timestamptz(3)` in schema.prisma (Prisma maps DateTime to TIMESTAMP(3) by default), then regenerate the migration.";
function withZone(t32) {
  return `timestamptz${t32.mods.length ? `(${t32.mods[0]})` : ""}${t32.array ? "[]" : ""}`;
}
var preferTimestamptz = {
  meta: {
    id: "prefer-timestamptz",
    layer: "design",
    severity: "warning",
    summary: "A new column of type timestamp (without time zone).",
    why: "timestamp without time zone stores a wall-clock reading with no zone: PostgreSQL drops the offset of the value written ('2024-03-10 02:30+01' is stored as 02:30), so rows written by sessions or servers in different TimeZone settings cannot be compared, now() is silently converted to the session zone, and hours repeated or skipped by daylight saving time are ambiguous. timestamptz takes the same 8 bytes, stores an absolute instant, and shows it in the reader's zone.",
    bad: "ALTER TABLE orders ADD COLUMN shipped_at timestamp;",
    good: "ALTER TABLE orders ADD COLUMN shipped_at timestamptz;",
    setup: "CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, placed_at timestamptz NOT NULL);",
    frameworks: { prisma: PRISMA3 },
    references: [`${DOCS}/datatype-datetime.html`],
    fixable: true,
    needs: ["catalog"]
  },
  check(ctx) {
    const out = [];
    for (const nc of newColumns(ctx)) {
      if (!flagged(nc, isTimestamp)) continue;
      const label2 = columnLabel(nc);
      const type = withZone(nc.type);
      const domain = nc.type.domain;
      out.push({
        file: nc.ref.file.source.path,
        statement: nc.ref.statement,
        line: nc.line,
        message: `${label2} is ${nc.declared}${domain ? ` (a domain over timestamp without time zone)` : ""}: it stores wall-clock time without a zone, so values written under different TimeZone settings do not compare and DST hours are ambiguous.`,
        help: domain ? `Declare the domain ${domain} over ${type}, or the column as ${type}:
${replacementDdl(nc, type)}` : `Use timestamptz (same 8 bytes, an absolute instant shown in each session's zone):
${replacementDdl(nc, type)}${frameworkHint(nc.ref.file, PRISMA3)}`,
        fix: nc.source && !domain ? typeFix(nc.ref.file, nc.ref.statement, nc.source, type, `Declare ${label2} as ${type}`) : void 0,
        verified: nc.verified
      });
    }
    return out;
  }
};

// src/rules/design/length-check.ts
function textWithCheck(ctx, nc, limit) {
  const column = quoteIdent(nc.column);
  if (nc.type.domain) {
    return `Declare the domain ${nc.type.domain} over text${limit ? ` with CHECK (char_length(VALUE) <= ${limit})` : ""}.`;
  }
  if (nc.type.array || limit === void 0) return replacementDdl(nc, `text${nc.type.array ? "[]" : ""}`);
  const check2 = `CHECK (char_length(${column}) <= ${limit})`;
  if (nc.origin === "create-table" || !existedBefore(ctx, nc.table, nc.ref.reviewed)) {
    if (nc.origin !== "alter-type") return replacementDdl(nc, `text ${check2}`);
  }
  const bare = nc.table.slice(nc.table.indexOf(".") + 1);
  const name = quoteIdent(`${bare}_${nc.column}_length`.slice(0, 63));
  const table = displayName(nc.table);
  const validate = existedBefore(ctx, nc.table, nc.ref.reviewed) ? `
ALTER TABLE ${table} VALIDATE CONSTRAINT ${name};` : "";
  return `${replacementDdl(nc, "text")}
ALTER TABLE ${table} ADD CONSTRAINT ${name} ${check2} NOT VALID;${validate}`;
}

// src/rules/design/prefer-text.ts
var PRISMA4 = "Declare the field `String` without `@db.VarChar(n)` (Prisma maps it to TEXT) and check the length in the application, or add the CHECK to migration.sql by hand.";
var preferText = {
  meta: {
    id: "prefer-text",
    layer: "design",
    severity: "notice",
    summary: "A new varchar(n) column where text with a CHECK constraint would do.",
    why: "varchar(n) and text are stored the same way; the limit is the only difference, and it is part of the type. Raising it is cheap, but lowering it (or any change the limit check cannot prove safe) is ALTER COLUMN TYPE, which rewrites the table and its indexes under ACCESS EXCLUSIVE, and views or functions using the column must be dropped and recreated first. With text and CHECK (char_length(col) <= n) the limit is a constraint: a new one can be added NOT VALID and validated without blocking writes, and the old one dropped.",
    bad: "ALTER TABLE users ADD COLUMN nickname varchar(50);",
    good: "ALTER TABLE users ADD COLUMN nickname text;\nALTER TABLE users ADD CONSTRAINT users_nickname_length CHECK (char_length(nickname) <= 50) NOT VALID;\nALTER TABLE users VALIDATE CONSTRAINT users_nickname_length;",
    setup: "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);",
    frameworks: { prisma: PRISMA4 },
    references: [`${DOCS}/datatype-character.html`, `${DOCS}/sql-altertable.html#SQL-ALTERTABLE-NOTES`],
    fixable: false,
    needs: ["catalog"]
  },
  check(ctx) {
    const out = [];
    for (const nc of newColumns(ctx)) {
      if (!flagged(nc, isBoundedVarchar) || nc.previous && nc.previous.name === "varchar") continue;
      const limit = nc.type.mods[0];
      out.push({
        file: nc.ref.file.source.path,
        statement: nc.ref.statement,
        line: nc.line,
        message: `${columnLabel(nc)} is ${nc.declared}${nc.type.domain ? ` (a domain over varchar(${limit}))` : ""}: the limit is part of the type, so lowering it later rewrites the table under ACCESS EXCLUSIVE.`,
        help: `Use text with a CHECK constraint, which can be replaced without a rewrite:
${textWithCheck(ctx, nc, limit)}${frameworkHint(nc.ref.file, PRISMA4)}`,
        verified: nc.verified
      });
    }
    return out;
  }
};

// src/rules/design/ban-char.ts
var PRISMA5 = "Declare the field `String` instead of `String @db.Char(n)`, then regenerate the migration.";
var banChar = {
  meta: {
    id: "ban-char",
    layer: "design",
    severity: "warning",
    summary: "A new char(n) / character(n) column.",
    why: "char(n) pads every value with spaces to n characters and ignores trailing spaces when comparing: 'ab'::char(4) = 'ab  ' is true, but once cast to text (concatenation, LIKE, most functions, an application reading it) the padding appears or vanishes inconsistently, and a plain `char` column is char(1). It is not faster than text or varchar, and takes more space. The quoted one-byte type \"char\" is a different type and is not flagged.",
    bad: "ALTER TABLE orders ADD COLUMN currency char(3);",
    good: "ALTER TABLE orders ADD COLUMN currency text;\nALTER TABLE orders ADD CONSTRAINT orders_currency_length CHECK (char_length(currency) = 3) NOT VALID;",
    setup: "CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, placed_at timestamptz NOT NULL);",
    frameworks: { prisma: PRISMA5 },
    references: [`${DOCS}/datatype-character.html`],
    fixable: false,
    needs: ["catalog"]
  },
  check(ctx) {
    const out = [];
    for (const nc of newColumns(ctx)) {
      if (!flagged(nc, isBlankPadded)) continue;
      const limit = nc.type.mods[0];
      out.push({
        file: nc.ref.file.source.path,
        statement: nc.ref.statement,
        line: nc.line,
        message: `${columnLabel(nc)} is ${nc.declared}${limit !== void 0 && !/\(/.test(nc.declared) ? ` (char(${limit}))` : ""}${nc.type.domain ? " (through a domain)" : ""}: values are blank-padded to the length and trailing spaces are ignored in comparisons but not in text functions.`,
        help: `Use text (or varchar), with a CHECK for the length (= ${limit ?? "n"} if every value must have exactly that length):
` + textWithCheck(ctx, nc, limit) + frameworkHint(nc.ref.file, PRISMA5),
        verified: nc.verified
      });
    }
    return out;
  }
};

// src/rules/design/prefer-jsonb.ts
var PRISMA6 = "Declare the field `Json` without `@db.Json` (Prisma maps Json to JSONB), then regenerate the migration.";
var preferJsonb = {
  meta: {
    id: "prefer-jsonb",
    layer: "design",
    severity: "warning",
    summary: "A new column of type json instead of jsonb.",
    why: 'json keeps the input text as it was written and re-parses it at every access, so ->, ->> and every function on it are slower; it has no equality operator, so DISTINCT, GROUP BY, UNION and UNIQUE on it fail ("could not identify an equality operator for type json"), and it has no GIN operator class for containment (@>) or key searches. jsonb stores a parsed binary form and supports all of these. Keep json only when the exact text (key order, duplicate keys, whitespace) must be preserved.',
    bad: "ALTER TABLE orders ADD COLUMN metadata json;",
    good: "ALTER TABLE orders ADD COLUMN metadata jsonb;",
    setup: "CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, placed_at timestamptz NOT NULL);",
    frameworks: { prisma: PRISMA6 },
    references: [`${DOCS}/datatype-json.html`, `${DOCS}/datatype-json.html#JSON-INDEXING`],
    fixable: true,
    needs: ["catalog"]
  },
  check(ctx) {
    const out = [];
    for (const nc of newColumns(ctx)) {
      if (!flagged(nc, isJson)) continue;
      const label2 = columnLabel(nc);
      const type = `jsonb${nc.type.array ? "[]" : ""}`;
      const domain = nc.type.domain;
      out.push({
        file: nc.ref.file.source.path,
        statement: nc.ref.statement,
        line: nc.line,
        message: `${label2} is ${nc.declared}${domain ? " (a domain over json)" : ""}: json is re-parsed at every access, has no equality operator (DISTINCT, GROUP BY and UNIQUE fail) and no GIN index support.`,
        help: (domain ? `Declare the domain ${domain} over jsonb, or the column as jsonb:
` : "Use jsonb (keep json only if the exact input text, key order and duplicate keys matter):\n") + replacementDdl(nc, type) + frameworkHint(nc.ref.file, PRISMA6),
        fix: nc.source && !domain ? typeFix(nc.ref.file, nc.ref.statement, nc.source, type, `Declare ${label2} as ${type}`) : void 0,
        verified: nc.verified
      });
    }
    return out;
  }
};

// src/rules/design/missing-primary-key.ts
var PRISMA7 = "Give the model an `@id` field or an `@@id([...])` over its natural key.";
function createdTable(ref) {
  const create = asNode(ref.ast, "CreateStmt");
  if (create) {
    if (create.partbound || create.relation?.relpersistence === "t") return void 0;
    const table = relationName2(create.relation);
    if (!table) return void 0;
    let declaresKey = false;
    let copies = (create.inhRelations?.length ?? 0) > 0 || create.ofTypename !== void 0;
    for (const e4 of create.tableElts ?? []) {
      if (asNode(e4, "TableLikeClause")) copies = true;
      const constraints = [e4, ...asNode(e4, "ColumnDef")?.constraints ?? []];
      if (constraints.some((c3) => asNode(c3, "Constraint")?.contype === "CONSTR_PRIMARY")) declaresKey = true;
    }
    return { table, copies, declaresKey };
  }
  const ctas = asNode(ref.ast, "CreateTableAsStmt");
  if (ctas && (ctas.objtype === void 0 || ctas.objtype === "OBJECT_TABLE") && ctas.into?.rel?.relpersistence !== "t") {
    const table = relationName2(ctas.into?.rel);
    return table ? { table, copies: false, declaresKey: false } : void 0;
  }
  return void 0;
}
function keyAddedLater(ctx, table, after) {
  for (const ref of parsedStatements(ctx)) {
    if (ref.seq <= after || relationName2(asNode(ref.ast, "AlterTableStmt")?.relation) !== table) continue;
    for (const cmd of alterTableCmds(ref.ast)) {
      const c3 = asNode(cmd.def, "Constraint");
      if (cmd.subtype === "AT_AddConstraint" && c3?.contype === "CONSTR_PRIMARY") return true;
    }
  }
  return false;
}
function suggestion(name, final) {
  const add = (cols) => `ALTER TABLE ${name} ADD PRIMARY KEY (${cols.map(quoteIdent).join(", ")});`;
  if (final) {
    const notNull = new Set(final.columns.filter((c3) => c3.notNull).map((c3) => c3.name));
    const unique = final.indexes.find((i6) => i6.unique && i6.valid && i6.predicate === null && i6.columns.every((c3) => c3 !== null && notNull.has(c3)));
    if (unique) return add(unique.columns);
    if (final.columns.some((c3) => c3.name === "id")) return add(["id"]);
    const fkColumns = final.constraints.filter((c3) => c3.kind === "foreign").flatMap((c3) => c3.columns);
    if (fkColumns.length >= 2 && fkColumns.length === new Set(fkColumns).size) return add(fkColumns);
  }
  return `ALTER TABLE ${name} ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;`;
}
var missingPrimaryKey = {
  meta: {
    id: "missing-primary-key",
    layer: "design",
    severity: "warning",
    summary: "A new table without a primary key by the end of the pull request.",
    why: `Without a primary key nothing identifies a row: duplicates creep in, UPDATE and DELETE on a table published for logical replication fail ("cannot update table ... because it does not have a replica identity"), and tools that copy or repack tables online (pg_repack, many CDC pipelines, ORMs) need one. Adding it later to a large table builds a unique index and scans for NULLs under ACCESS EXCLUSIVE, and fails if duplicates already exist. A key added later in the same pull request counts; partitions share their parent's key and temporary tables are not flagged.`,
    bad: "CREATE TABLE order_events (\n  order_id bigint NOT NULL,\n  kind text NOT NULL,\n  at timestamptz NOT NULL DEFAULT now()\n);",
    good: "CREATE TABLE order_events (\n  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n  order_id bigint NOT NULL,\n  kind text NOT NULL,\n  at timestamptz NOT NULL DEFAULT now()\n);",
    frameworks: { prisma: PRISMA7 },
    references: [`${DOCS}/ddl-constraints.html#DDL-CONSTRAINTS-PRIMARY-KEYS`, `${DOCS}/logical-replication-publication.html`],
    fixable: false,
    needs: ["catalog"]
  },
  check(ctx) {
    const out = [];
    for (const ref of parsedStatements(ctx)) {
      const created = createdTable(ref);
      const { reviewed } = ref;
      if (!created || reviewed.trace?.outcome === "error" || reviewed.before.tables[created.table]) continue;
      const after = reviewed.after.tables[created.table];
      let final;
      if (after) {
        final = Object.values(ctx.finalCatalog.tables).find((t32) => t32.oid === after.oid);
        if (!final || final.kind === "view" || final.kind === "matview" || final.kind === "foreign") continue;
        if (final.constraints.some((c3) => c3.kind === "primary")) continue;
      } else if (created.declaresKey || created.copies || keyAddedLater(ctx, created.table, ref.seq)) {
        continue;
      }
      const name = displayName(created.table);
      out.push({
        file: ref.file.source.path,
        statement: ref.statement,
        message: `New table ${name} has no primary key by the end of the pull request: nothing identifies its rows, and logical replication cannot replicate its UPDATEs and DELETEs.`,
        help: `Declare a primary key in the CREATE TABLE, or add one while the table is still empty:
${suggestion(name, final)}${frameworkHint(ref.file, PRISMA7)}`,
        verified: after ? "replay" : "static"
      });
    }
    return out;
  }
};

// src/rules/design/identifier-too-long.ts
var PRISMA8 = 'Name the index or constraint explicitly with `map:`, e.g. `@@index([a, b], map: "orders_a_b_idx")`.';
var MAX_BYTES = 63;
var encoder = new TextEncoder();
var byteLength = (s) => encoder.encode(s).length;
function truncateIdentifier(name) {
  let out = "";
  let bytes = 0;
  for (const ch of name) {
    const n = byteLength(ch);
    if (bytes + n > MAX_BYTES) break;
    out += ch;
    bytes += n;
  }
  return out;
}
function definedNames(ast) {
  const names = /* @__PURE__ */ new Set();
  const add = (s) => {
    if (s) names.add(s);
  };
  const last = (nodes) => add(stringValues(nodes).at(-1));
  walk(ast, (kind, raw) => {
    const body2 = raw;
    switch (kind) {
      case "CreateStmt":
        add(body2.relation?.relname);
        break;
      case "CreateSeqStmt":
        add(body2.sequence?.relname);
        break;
      case "ViewStmt":
        add(body2.view?.relname);
        break;
      case "CreateTableAsStmt": {
        const into = body2.into;
        add(into?.rel?.relname);
        for (const c3 of stringValues(into?.colNames)) add(c3);
        break;
      }
      case "CompositeTypeStmt":
        add(body2.typevar?.relname);
        break;
      case "CreateEnumStmt":
        last(body2.typeName);
        break;
      case "CreateRangeStmt":
        last(body2.typeName);
        break;
      case "CreateDomainStmt":
        last(body2.domainname);
        break;
      case "DefineStmt":
        last(body2.defnames);
        break;
      case "CreateFunctionStmt":
        last(body2.funcname);
        break;
      case "CreateSchemaStmt":
        add(body2.schemaname);
        break;
      case "CreateTrigStmt":
        add(body2.trigname);
        break;
      case "CreatePolicyStmt":
        add(body2.policy_name);
        break;
      case "CreateStatsStmt":
        last(body2.defnames);
        break;
      case "RenameStmt":
        add(body2.newname);
        break;
      case "IndexStmt":
        add(body2.idxname);
        break;
      case "ColumnDef":
        add(body2.colname);
        break;
      case "Constraint":
        add(body2.conname);
        break;
    }
  });
  return names;
}
function longNames(statement, ast) {
  const defined = definedNames(ast);
  const byName = /* @__PURE__ */ new Map();
  for (const token of lexSql(statement.text)) {
    const name = identifierOf(statement.text, token);
    if (name === void 0 || byteLength(name) <= MAX_BYTES) continue;
    const truncated = truncateIdentifier(name);
    if (!defined.has(truncated)) continue;
    const entry = byName.get(name) ?? { name, truncated, occurrences: [] };
    entry.occurrences.push({ start: token.start, end: token.end, quoted: token.kind !== "word" });
    byName.set(name, entry);
  }
  return [...byName.values()];
}
function renameFix(file, statement, long) {
  const text = file.source.text;
  const byLine = /* @__PURE__ */ new Map();
  for (const o5 of long.occurrences) {
    const line = lineInStatement2(statement, o5.start);
    byLine.set(line, [...byLine.get(line) ?? [], o5]);
  }
  const edits = [];
  for (const [line, occurrences] of [...byLine].sort((a14, b) => a14[0] - b[0])) {
    const first = statement.span.start + occurrences[0].start;
    const lineStart = text.lastIndexOf("\n", first - 1) + 1;
    let lineEnd = text.indexOf("\n", first);
    if (lineEnd < 0) lineEnd = text.length;
    if (text[lineEnd - 1] === "\r") lineEnd -= 1;
    let replacement2 = text.slice(lineStart, lineEnd);
    for (const o5 of [...occurrences].reverse()) {
      const at = statement.span.start + o5.start - lineStart;
      const spelled = o5.quoted ? `"${long.truncated.replace(/"/g, '""')}"` : quoteIdent(long.truncated);
      replacement2 = replacement2.slice(0, at) + spelled + replacement2.slice(at + o5.end - o5.start);
    }
    edits.push({ line, endLine: line, replacement: replacement2 });
  }
  return { description: `Write the name PostgreSQL stores (${byteLength(long.truncated)} bytes)`, edits };
}
var identifierTooLong = {
  meta: {
    id: "identifier-too-long",
    layer: "design",
    severity: "error",
    summary: "An identifier over 63 bytes, which PostgreSQL silently truncates.",
    why: 'PostgreSQL keeps at most 63 bytes of a name (NAMEDATALEN - 1, counted in bytes: \xE9 and most non-Latin letters take 2 or 3) and cuts the rest with only a NOTICE. The object then exists under a name the migration never wrote: code that compares constraint or index names (error handlers, ORMs, schema diff tools) does not find it, and two long names that share their first 63 bytes collide ("relation ... already exists"), often only in a later migration.',
    bad: "CREATE INDEX orders_customer_reference_and_fulfillment_status_and_placed_at_idx\n  ON orders (customer_reference, fulfillment_status, placed_at);",
    good: "CREATE INDEX orders_customer_ref_status_placed_at_idx\n  ON orders (customer_reference, fulfillment_status, placed_at);",
    setup: "CREATE TABLE orders (\n  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n  customer_reference text NOT NULL,\n  fulfillment_status text NOT NULL,\n  placed_at timestamptz NOT NULL\n);",
    frameworks: { prisma: PRISMA8 },
    references: [`${DOCS}/sql-syntax-lexical.html#SQL-SYNTAX-IDENTIFIERS`],
    fixable: true,
    needs: []
  },
  check(ctx) {
    const out = [];
    const seen = /* @__PURE__ */ new Map();
    for (const { file, statement, ast } of parsedStatements(ctx)) {
      for (const long of longNames(statement, ast)) {
        const line = lineInStatement2(statement, long.occurrences[0].start);
        const other = seen.get(long.truncated);
        const collision = other && other.name !== long.name ? ` It collides with ${other.name} (${other.file}:${other.line}), which truncates to the same name.` : "";
        if (!other) seen.set(long.truncated, { name: long.name, file: file.source.path, line });
        out.push({
          file: file.source.path,
          statement,
          line,
          message: `Identifier ${long.name} is ${byteLength(long.name)} bytes, over PostgreSQL's 63-byte limit: it is stored as ${long.truncated}, and anything using the full name will not find it.${collision}`,
          help: `Choose a name of at most 63 bytes (UTF-8), or write the truncated name PostgreSQL stores: ${quoteIdent(long.truncated)}.${frameworkHint(file, PRISMA8)}`,
          fix: renameFix(file, statement, long),
          verified: "static"
        });
      }
    }
    return out;
  }
};

// src/replay/engine.ts
import { Worker } from "node:worker_threads";

// src/replay/engine-errors.ts
var PgError = class extends Error {
  info;
  constructor(info) {
    super(info.message);
    this.name = "PgError";
    this.info = info;
  }
  get code() {
    return this.info.code;
  }
};
var EngineStoppedError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "EngineStoppedError";
  }
};
var EngineTimeoutError = class extends EngineStoppedError {
  limitMs;
  constructor(limitMs) {
    super(`stopped after ${limitMs} ms: the statement exceeded the replay's per-statement time limit (statementTimeoutMs)`);
    this.name = "EngineTimeoutError";
    this.limitMs = limitMs;
  }
};
var EngineMemoryError = class extends EngineStoppedError {
  limitMb;
  rssMb;
  constructor(limitMb, rssMb) {
    super(`stopped at ${rssMb} MB resident memory: the replay exceeded its memory limit of ${limitMb} MB (memoryLimitMb)`);
    this.name = "EngineMemoryError";
    this.limitMb = limitMb;
    this.rssMb = rssMb;
  }
};
var EngineCrashError = class extends EngineStoppedError {
  constructor(message) {
    super(message);
    this.name = "EngineCrashError";
  }
};

// src/replay/worker-protocol.ts
var FATAL_ERROR_NAMES = /* @__PURE__ */ new Set(["RuntimeError", "ExitStatus"]);

// src/replay/template.ts
import { readFileSync as readFileSync3 } from "node:fs";
var TEMPLATE_FILE = "pgdata-template.tar.gz";
function templateUrl() {
  return import.meta.url.endsWith(".ts") ? new URL(`../../dist/${TEMPLATE_FILE}`, import.meta.url) : new URL(`./${TEMPLATE_FILE}`, import.meta.url);
}
var cached;
var version;
function pgliteVersion() {
  if (version === void 0) {
    try {
      const meta = JSON.parse(readFileSync3(new URL(TEMPLATE_FILE.replace(".tar.gz", ".json"), templateUrl()), "utf8"));
      version = meta.pglite ?? "unknown";
    } catch {
      version = "unknown";
    }
  }
  return version;
}
function templateDataDir() {
  if (cached === void 0) {
    try {
      cached = new Uint8Array(readFileSync3(templateUrl()));
    } catch {
      cached = null;
    }
  }
  return cached ?? void 0;
}

// src/replay/engine.ts
var WORKER_BUNDLE_NAME = "replay-worker.js";
function workerScriptUrl() {
  return import.meta.url.endsWith(".ts") ? new URL("./worker-dev.mjs", import.meta.url) : new URL(`./${WORKER_BUNDLE_NAME}`, import.meta.url);
}
var MEMORY_SAMPLE_MS = 100;
var PgliteEngine = class _PgliteEngine {
  constructor(options) {
    this.options = options;
    this.statementTimeoutMs = options.statementTimeoutMs ?? DEFAULT_CONFIG.statementTimeoutMs;
    this.memoryLimitMb = options.memoryLimitMb ?? DEFAULT_CONFIG.memoryLimitMb;
  }
  options;
  /** Limits for the next requests (may be changed between requests). */
  statementTimeoutMs;
  memoryLimitMb;
  /** PGlite module names loaded at the last start. */
  loadedExtensions = [];
  /** Duration of the last start, in ms. */
  startMs = 0;
  worker;
  /** Statements prepared in the running worker's database (a restart forgets them). */
  prepared = /* @__PURE__ */ new Set();
  nextId = 1;
  chain = Promise.resolve();
  /** Settles the request in flight when the worker dies. */
  onDeath;
  stoppedReason;
  static async start(options = {}) {
    const engine = new _PgliteEngine(options);
    await engine.boot();
    return engine;
  }
  /** False after a timeout, memory breach, crash or close, until restart(). */
  get alive() {
    return this.worker !== void 0 && this.stoppedReason === void 0;
  }
  exec(sql) {
    return this.request({ op: "exec", sql }, this.statementTimeoutMs).then(() => void 0);
  }
  /**
   * Runs each text as exec() would (each its own implicit transaction), in one round trip to the
   * worker: a base history of 800 files is 800 round trips otherwise. Stops at the first error and
   * says how many texts completed; the time limit applies to each text, not to the whole list.
   */
  async execEach(sqls) {
    const progress = new SharedArrayBuffer(4);
    try {
      const result = await this.request({ op: "execEach", sqls: [...sqls], progress }, this.statementTimeoutMs, new Int32Array(progress));
      return result.error ? { completed: result.completed, error: new PgError(result.error) } : { completed: result.completed };
    } catch (err) {
      if (!(err instanceof EngineStoppedError)) throw err;
      return { completed: Atomics.load(new Int32Array(progress), 0), error: err };
    }
  }
  /**
   * The tracer reads the catalog after every statement with the same few large queries. On an
   * engine whose WASM code V8 has not optimised yet (a cached base just loaded), planning them
   * costs about as much as running them, so they are planned once. EXECUTE takes no bind
   * parameters, hence literals; prepared statements survive ROLLBACK.
   */
  async queryPrepared(name, sql, args = []) {
    const execute = args.length > 0 ? `EXECUTE ${name}(${args.join(", ")})` : `EXECUTE ${name}`;
    if (this.prepared.has(name)) {
      try {
        return await this.query(execute);
      } catch (err) {
        if (!(err instanceof PgError) || err.code !== "26000") throw err;
        this.prepared.delete(name);
      }
    }
    await this.exec(`PREPARE ${name} AS ${sql}`);
    this.prepared.add(name);
    return this.query(execute);
  }
  query(sql, params) {
    return this.request({ op: "query", sql, params }, this.statementTimeoutMs);
  }
  /** The database as a gzipped data directory, to start another engine from it. */
  dump() {
    return this.request({ op: "dump" }, Math.max(this.statementTimeoutMs, 6e4));
  }
  /** Stops the current worker (if any) and starts a fresh, empty database with the same options. */
  async restart() {
    await this.kill();
    await this.boot();
  }
  async close() {
    if (this.alive) {
      try {
        await this.request({ op: "close" }, 1e4);
      } catch {
      }
    }
    await this.kill();
    this.stoppedReason = new EngineCrashError("the engine was closed");
  }
  async boot() {
    const t0 = performance.now();
    this.stoppedReason = void 0;
    this.prepared.clear();
    const worker = new Worker(workerScriptUrl());
    this.worker = worker;
    const die = (err) => {
      if (this.worker !== worker) return;
      this.stoppedReason ??= err instanceof EngineStoppedError ? err : new EngineCrashError(err.message);
      this.worker = void 0;
      this.onDeath?.(this.stoppedReason);
    };
    worker.on("error", (err) => die(new EngineCrashError(`the replay worker failed: ${err.message}`)));
    worker.on("exit", (code) => die(new EngineCrashError(`the replay worker exited (code ${code})`)));
    const result = await this.request(
      {
        op: "init",
        extensions: this.options.extensions ?? [],
        dataDir: this.options.dataDir,
        loadDataDir: this.options.loadDataDir ?? (this.options.dataDir ? void 0 : templateDataDir())
      },
      this.options.startTimeoutMs ?? 6e4
    );
    this.loadedExtensions = result.loaded;
    this.startMs = performance.now() - t0;
  }
  async kill() {
    const worker = this.worker;
    this.worker = void 0;
    if (worker) await worker.terminate();
  }
  /** Queues a request: one in flight at a time, so each one's limits measure only itself. */
  request(body2, timeoutMs, progress) {
    const run = this.chain.then(() => this.send(body2, timeoutMs, progress));
    this.chain = run.catch(() => void 0);
    return run;
  }
  /** `progress`, when given, is a counter the worker advances: the time limit restarts each time it moves. */
  send(body2, timeoutMs, progress) {
    const worker = this.worker;
    if (!worker || this.stoppedReason) {
      return Promise.reject(this.stoppedReason ?? new EngineCrashError("the engine is not running: restart() it"));
    }
    const id = this.nextId++;
    return new Promise((resolve2, reject) => {
      const cleanup = () => {
        clearTimeout(timer);
        clearInterval(sampler);
        worker.off("message", onMessage);
        this.onDeath = void 0;
      };
      const stop = (err) => {
        cleanup();
        this.stoppedReason = err;
        if (this.worker === worker) this.worker = void 0;
        reject(err);
        void worker.terminate();
      };
      const onMessage = (reply) => {
        if (reply.id !== id) return;
        cleanup();
        if (reply.ok) return resolve2(reply.result);
        const { name, ...info } = reply.error;
        if (name && FATAL_ERROR_NAMES.has(name)) {
          return stop(new EngineCrashError(`the embedded PostgreSQL aborted: ${info.message}`));
        }
        reject(new PgError(info));
      };
      let seen = 0;
      let movedAt = performance.now();
      const noteProgress = () => {
        if (progress && Atomics.load(progress, 0) !== seen) {
          seen = Atomics.load(progress, 0);
          movedAt = performance.now();
        }
      };
      const expire = () => {
        noteProgress();
        const left = movedAt + timeoutMs - performance.now();
        if (left > 0) timer = setTimeout(expire, left);
        else stop(new EngineTimeoutError(timeoutMs));
      };
      let timer = setTimeout(expire, timeoutMs);
      const sampler = setInterval(() => {
        noteProgress();
        const rssMb = Math.round(process.memoryUsage().rss / 1048576);
        if (body2.op !== "init" && rssMb > this.memoryLimitMb) stop(new EngineMemoryError(this.memoryLimitMb, rssMb));
      }, MEMORY_SAMPLE_MS);
      this.onDeath = (err) => {
        cleanup();
        reject(err);
      };
      worker.on("message", onMessage);
      worker.postMessage({ ...body2, id });
    });
  }
};
function startEngine(options = {}) {
  return PgliteEngine.start(options);
}

// src/replay/explain-plan.ts
function summarizePlan(explainRows) {
  const doc = explainRows[0]?.["QUERY PLAN"];
  const parsed = typeof doc === "string" ? JSON.parse(doc) : doc;
  const root = parsed?.[0]?.Plan;
  if (!root) return void 0;
  const nodes = [];
  const visit = (p3, depth) => {
    const relation = p3["Relation Name"] ? `${p3.Schema ?? "public"}.${p3["Relation Name"]}` : void 0;
    const filter = p3.Filter ?? p3["Index Cond"] ?? p3["Recheck Cond"];
    nodes.push({
      type: p3["Node Type"] ?? "?",
      ...relation ? { relation } : {},
      ...p3.Alias && p3.Alias !== p3["Relation Name"] ? { alias: p3.Alias } : {},
      ...p3["Index Name"] ? { index: p3["Index Name"] } : {},
      totalCost: p3["Total Cost"] ?? 0,
      rows: p3["Plan Rows"] ?? 0,
      ...filter ? { filter } : {},
      depth
    });
    for (const child of p3.Plans ?? []) visit(child, depth + 1);
  };
  visit(root, 0);
  return { totalCost: root["Total Cost"] ?? 0, nodes };
}
function describeNode(node) {
  const on = node.relation ? ` on ${node.relation.replace(/^public\./, "")}` : "";
  const using = node.index ? ` using ${node.index}` : "";
  return `${node.type}${using}${on}`;
}
function scanNodes(plan) {
  return plan.nodes.filter((n) => n.relation !== void 0);
}
function indexesUsed(plan) {
  return new Set(plan.nodes.flatMap((n) => n.index ? [n.index] : []));
}
function planOutline(plan) {
  return plan.nodes.map((n) => `${"  ".repeat(n.depth)}${describeNode(n)}  (cost ${formatCost(n.totalCost)}, rows ${Math.round(n.rows)})${n.filter ? `  [${n.filter}]` : ""}`).join("\n");
}
function formatCost(cost) {
  return cost >= 100 ? String(Math.round(cost)) : cost.toFixed(2);
}

// src/replay/planner-stats.ts
var GIVE_EVERY_TABLE_A_PAGE = `
DO $pgmr$
DECLARE
  r record;
  k record;
  cols text;
  vals text;
BEGIN
  SET LOCAL session_replication_role = replica;
  FOR r IN
    SELECT c.oid, c.oid::regclass::text AS name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
      AND pg_relation_size(c.oid) = 0
  LOOP
    BEGIN
      FOR k IN SELECT conname FROM pg_constraint WHERE conrelid = r.oid AND contype = 'c' LOOP
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.name, k.conname);
      END LOOP;
      SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum),
             string_agg(CASE t.typcategory
                 WHEN 'N' THEN '0' WHEN 'B' THEN 'false' WHEN 'D' THEN 'now()' WHEN 'T' THEN '''0'''
                 WHEN 'A' THEN '''{}''' WHEN 'U' THEN
                   CASE WHEN t.typname = 'uuid' THEN '''00000000-0000-0000-0000-000000000000''' ELSE '''{}''' END
                 WHEN 'E' THEN quote_literal((SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder LIMIT 1))
                 ELSE '''''' END || '::' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum)
        INTO cols, vals
      FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
      WHERE a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attnotnull
        AND a.attidentity = '' AND a.attgenerated = '' AND NOT a.atthasdef;
      IF cols IS NULL THEN
        EXECUTE format('INSERT INTO %s DEFAULT VALUES', r.name);
      ELSE
        EXECUTE format('INSERT INTO %s (%s) VALUES (%s)', r.name, cols, vals);
      END IF;
      RAISE EXCEPTION 'pgmr: undo the row, keep the page';
    EXCEPTION WHEN OTHERS THEN NULL;
    END;
  END LOOP;
END
$pgmr$`;
function literal(value) {
  return `'${value.replaceAll("'", "''")}'`;
}
function splitName(qualified) {
  const dot = qualified.indexOf(".");
  return dot < 0 ? ["public", qualified] : [qualified.slice(0, dot), qualified.slice(dot + 1)];
}
function relationStatsSql(tables) {
  const rows = tables.map((t32) => {
    const [schema, name] = splitName(t32.table);
    return `(${literal(schema)}, ${literal(name)}, ${Math.max(0, Math.round(t32.rows))}::real)`;
  });
  return `
WITH wanted(schemaname, relname, rows) AS (VALUES ${rows.join(", ")}),
rels AS (
  SELECT n.nspname AS schemaname, c.relname, w.rows
  FROM wanted w
  JOIN pg_namespace tn ON tn.nspname = w.schemaname
  JOIN pg_class t ON t.relnamespace = tn.oid AND t.relname = w.relname AND t.relkind = 'r'
  JOIN pg_class c ON c.oid = t.oid OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid = t.oid)
  JOIN pg_namespace n ON n.oid = c.relnamespace
)
SELECT count(pg_restore_relation_stats('schemaname', schemaname::text, 'relname', relname::text,
  'relpages', 1::integer, 'reltuples', rows, 'relallvisible', 1::integer))::int AS restored
FROM rels`;
}
function attributeStatsSql(tables) {
  const given = tables.flatMap(
    (t32) => Object.entries(t32.columns ?? {}).map(([column, s]) => {
      const [schema, name] = splitName(t32.table);
      const nd = s.nDistinct ?? 0;
      const nf = s.nullFrac ?? 0;
      return `(${literal(schema)}, ${literal(name)}, ${literal(column)}, ${nd}::real, ${nf}::real)`;
    })
  );
  const givenCte = given.length > 0 ? `given(schemaname, relname, attname, n_distinct, null_frac) AS (VALUES ${given.join(", ")})` : `given AS (SELECT NULL::name AS schemaname, NULL::name AS relname, NULL::name AS attname, NULL::real AS n_distinct, NULL::real AS null_frac WHERE false)`;
  const names = tables.map((t32) => literal(t32.table)).join(", ");
  return `
WITH ${givenCte},
implied AS (
  SELECT n.nspname AS schemaname, c.relname, a.attname,
    CASE WHEN t.typname = 'bool' THEN 2 ELSE (SELECT count(*) FROM pg_enum e WHERE e.enumtypid = t.oid) END::real AS n_distinct,
    0::real AS null_frac
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
  JOIN pg_type t ON t.oid = a.atttypid
  WHERE c.relkind = 'r' AND (t.typname = 'bool' OR t.typtype = 'e')
    AND (n.nspname || '.' || c.relname) IN (${names || "NULL"})
),
chosen AS (
  SELECT schemaname::name, relname::name, attname::name, n_distinct, null_frac FROM given
  UNION ALL
  SELECT i.* FROM implied i WHERE NOT EXISTS (
    SELECT 1 FROM given g WHERE g.schemaname = i.schemaname AND g.relname = i.relname AND g.attname = i.attname)
)
SELECT count(pg_restore_attribute_stats('schemaname', schemaname::text, 'relname', relname::text, 'attname', attname::text,
  'inherited', false, 'null_frac', null_frac, 'avg_width', 8, 'n_distinct', n_distinct))::int AS restored
FROM chosen ch
WHERE EXISTS (
  SELECT 1 FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = ch.schemaname AND c.relname = ch.relname AND a.attname = ch.attname AND NOT a.attisdropped)`;
}
async function injectPlannerStats(engine, tables) {
  await engine.exec(GIVE_EVERY_TABLE_A_PAGE);
  if (tables.length === 0) return;
  await engine.query(relationStatsSql(tables));
  await engine.query(attributeStatsSql(tables));
}
async function restoreTableStats(engine, table) {
  await engine.query(relationStatsSql([table]));
}

// src/replay/query-probe.ts
var STATEMENT = "pgmr_query";
var PREFIX = `PREPARE ${STATEMENT} AS `;
var INDETERMINATE_PARAMETER = "42P18";
function asErrorInfo(err) {
  if (err instanceof PgError) return err.info;
  throw err;
}
function body(sql) {
  return sql.replace(/;\s*$/, "");
}
var QueryProber = class _QueryProber {
  constructor(engine, stats) {
    this.engine = engine;
    this.stats = stats;
  }
  engine;
  stats;
  savepoints = 0;
  /** A statement was prepared and must be deallocated once the savepoint is rolled back. */
  deallocate = false;
  /** Opens the transaction and makes the planner see production-sized tables. */
  static async open(engine, tables) {
    await engine.exec("BEGIN");
    try {
      await engine.exec("SET LOCAL plan_cache_mode = force_generic_plan");
      await injectPlannerStats(engine, tables);
    } catch (err) {
      await engine.exec("ROLLBACK").catch(() => void 0);
      throw err;
    }
    return new _QueryProber(engine, new Map(tables.map((t32) => [t32.table, t32])));
  }
  async close() {
    await this.engine.exec("ROLLBACK");
  }
  /** PREPARE (compile) and EXPLAIN the generic plan. A PostgreSQL error is the answer, not a failure. */
  async probe(sql) {
    return this.inSavepoint(async () => {
      try {
        await this.engine.exec(PREFIX + body(sql));
      } catch (err) {
        const info = asErrorInfo(err);
        if (info.position !== void 0) info.position = Math.max(1, info.position - PREFIX.length);
        return { ok: false, error: info };
      }
      return { ok: true, plan: await this.explainPrepared() };
    });
  }
  /**
   * The plan of `sql` with the `indexes` built first (on empty tables: instant), or undefined when
   * one cannot be built. The indexes are gone again afterwards.
   */
  async planWithIndexes(sql, indexes) {
    try {
      return await this.inSavepoint(async () => {
        try {
          for (const ix of indexes) await this.engine.exec(ix.create);
          for (const table of new Set(indexes.map((ix) => ix.table))) {
            const stats = this.stats.get(table);
            if (stats) await restoreTableStats(this.engine, stats);
          }
          await this.engine.exec(PREFIX + body(sql));
        } catch (err) {
          asErrorInfo(err);
          return void 0;
        }
        return this.explainPrepared();
      });
    } finally {
      for (const table of new Set(indexes.map((ix) => ix.table))) {
        const stats = this.stats.get(table);
        if (stats) await restoreTableStats(this.engine, stats);
      }
    }
  }
  /** The generic plan of the prepared statement, which is then deallocated; undefined when EXPLAIN fails. */
  async explainPrepared() {
    try {
      return await this.explainGeneric();
    } catch (err) {
      asErrorInfo(err);
      return void 0;
    } finally {
      this.deallocate = true;
    }
  }
  async explainGeneric() {
    const [row] = await this.engine.query(`SELECT cardinality(parameter_types) AS n FROM pg_prepared_statements WHERE name = '${STATEMENT}'`);
    const args = Array.from({ length: row?.n ?? 0 }, () => "NULL").join(", ");
    const rows = await this.engine.query(`EXPLAIN (FORMAT JSON) EXECUTE ${STATEMENT}${args ? `(${args})` : ""}`);
    return summarizePlan(rows);
  }
  /** Runs `fn` in a savepoint that is always rolled back: a failed PREPARE or an index experiment leaves nothing. */
  async inSavepoint(fn) {
    const name = `pgmr_probe_${++this.savepoints}`;
    await this.engine.exec(`SAVEPOINT ${name}`);
    try {
      return await fn();
    } finally {
      await this.engine.exec(`ROLLBACK TO SAVEPOINT ${name}`);
      await this.engine.exec(`RELEASE SAVEPOINT ${name}`);
      if (this.deallocate) await this.engine.exec(`DEALLOCATE ${STATEMENT}`);
      this.deallocate = false;
    }
  }
};

// src/rules/replay/query-invalid.ts
function queryLabel(q) {
  return q.name ? `query ${q.name}` : "the query";
}
function pgErrorText(e4) {
  return [`ERROR ${e4.code}: ${e4.message}`, e4.detail ? `DETAIL: ${e4.detail}` : "", e4.hint ? `HINT: ${e4.hint}` : ""].filter(Boolean).join(" ");
}
function errorLine(q, e4) {
  return lineOfCharPosition(q.statement.text, e4.position, q.statement.span.line);
}
function compileError(q) {
  const e4 = q.head?.error;
  return q.head && !q.head.ok && e4 && e4.code !== INDETERMINATE_PARAMETER ? e4 : void 0;
}
var queryInvalid = {
  meta: {
    id: "query-invalid",
    layer: "replay",
    severity: "error",
    summary: "A new or edited query does not compile against the schema after the pull request.",
    why: "Each query of a query file (sqlc, pgtyped, named queries or plain SQL) is prepared with PREPARE on the database replayed from every migration, including the pull request's, and never executed. PostgreSQL resolves every table, column, function and operator then, so a misspelt column, a missing join table or a type mismatch fails here exactly as it would fail at the first call in production. Tool parameters (`@id`, `sqlc.arg(id)`, `:id`) are rewritten as `$n` first; a query whose parameter types PostgreSQL cannot infer alone is not reported.",
    bad: "-- name: GetUserByEmail :one\nSELECT id, emial FROM users WHERE email = $1;",
    good: "-- name: GetUserByEmail :one\nSELECT id, email FROM users WHERE email = $1;",
    setup: "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE);",
    references: [`${DOCS}/sql-prepare.html`, `${DOCS}/errcodes-appendix.html`],
    fixable: false,
    needs: ["catalog"]
  },
  check(ctx) {
    const out = [];
    for (const q of ctx.queries) {
      if (q.origin !== "query-file" || !q.changed) continue;
      const e4 = compileError(q);
      if (!e4) continue;
      out.push({
        file: q.file,
        statement: q.statement,
        line: errorLine(q, e4),
        message: `${queryLabel(q)} does not compile against the schema after this pull request: ${pgErrorText(e4)}`,
        help: "Fix the query against the schema the migrations produce (the replayed schema is what production will have after deploy).",
        verified: "replay"
      });
    }
    return out;
  }
};

// src/rules/query/migration-cause.ts
function namesRead(ast) {
  const tables = /* @__PURE__ */ new Set();
  const columns = /* @__PURE__ */ new Set();
  walk(ast, (kind, body2) => {
    if (kind === "RangeVar") {
      const rv = body2;
      if (rv.relname) tables.add(`${rv.schemaname ?? "public"}.${rv.relname}`);
    } else if (kind === "ColumnRef") {
      const fields = body2.fields ?? [];
      const last = stringValue(fields[fields.length - 1]);
      if (last) columns.add(last);
    }
  });
  for (const key of ["InsertStmt", "UpdateStmt", "DeleteStmt"]) {
    const rel = nodeAs(ast, key)?.relation;
    if (rel?.relname) tables.add(`${rel.schemaname ?? "public"}.${rel.relname}`);
  }
  for (const key of ["InsertStmt", "UpdateStmt"]) {
    const cols = nodeAs(ast, key);
    for (const t32 of [...cols?.cols ?? [], ...cols?.targetList ?? []]) {
      const name = nodeAs(t32, "ResTarget")?.name;
      if (name) columns.add(name);
    }
  }
  return { tables, columns };
}
function damage(before, after, read) {
  for (const table of read.tables) {
    const was = before.tables[table];
    if (!was) continue;
    const now = after.tables[table];
    if (!now) return `removes table ${table}`;
    for (const col of was.columns) {
      if (!read.columns.has(col.name)) continue;
      const kept = now.columns.find((c3) => c3.attnum === col.attnum);
      if (!kept) return `drops column ${table}.${col.name}`;
      if (kept.name !== col.name) return `renames column ${table}.${col.name} to ${kept.name}`;
      if (kept.type !== col.type) return `changes ${table}.${col.name} from ${col.type} to ${kept.type}`;
    }
  }
  return void 0;
}
function breakingStatement(ctx, ast) {
  const read = namesRead(ast);
  for (const ref of reviewedStatements(ctx)) {
    if (!ref.reviewed.trace) continue;
    const what = damage(ref.reviewed.before, ref.reviewed.after, read);
    if (what) return { ref, what };
  }
  return void 0;
}
function droppingStatement(ctx, index) {
  const exists = (c3) => Object.values(c3.tables).some((t32) => t32.indexes.some((ix) => ix.name === index));
  for (const ref of reviewedStatements(ctx)) {
    if (ref.reviewed.trace && exists(ref.reviewed.before) && !exists(ref.reviewed.after)) return ref;
  }
  return void 0;
}

// src/rules/replay/query-broken-by-migration.ts
var queryBrokenByMigration = {
  meta: {
    id: "query-broken-by-migration",
    layer: "replay",
    severity: "error",
    summary: "A query that compiled against the base schema no longer compiles after the pull request.",
    why: "When migrations change, every query of the repository is prepared twice: on the schema of the base branch and on the schema after the pull request. A query that compiled before and fails now was broken by the migration (a dropped or renamed column or table, a changed type), and the application fails as soon as the migration is deployed, usually before the new application code is. The finding is placed on the statement that broke the query, and names the query.",
    bad: "ALTER TABLE users RENAME COLUMN email TO email_address;",
    good: "ALTER TABLE users ADD COLUMN email_address text;",
    setup: "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE);",
    exampleQueries: "-- name: GetUserByEmail :one\nSELECT id, email FROM users WHERE email = $1;",
    references: [`${DOCS}/sql-prepare.html`, `${DOCS}/ddl-alter.html`],
    fixable: false,
    needs: ["catalog", "trace"]
  },
  check(ctx) {
    const out = [];
    for (const q of ctx.queries) {
      if (q.origin !== "query-file" || q.changed || !q.base?.ok) continue;
      const e4 = compileError(q);
      if (!e4) continue;
      const where = `${q.file}:${errorLine(q, e4)}`;
      const cause = breakingStatement(ctx, q.statement.ast);
      const help = "Keep the old shape until the application stops using it (expand, migrate the code, then contract in a later pull request), or change the query in the same pull request.";
      if (cause) {
        out.push({
          file: cause.ref.file.source.path,
          statement: cause.ref.statement,
          message: `This statement ${cause.what}, which breaks ${queryLabel(q)} (${where}): ${pgErrorText(e4)}`,
          help,
          verified: "replay"
        });
      } else {
        out.push({
          file: q.file,
          statement: q.statement,
          line: errorLine(q, e4),
          message: `${queryLabel(q)} compiled against the base schema but not after this pull request's migrations: ${pgErrorText(e4)}`,
          help,
          verified: "replay"
        });
      }
    }
    return out;
  }
};

// src/rules/query/missing-index-for-query.ts
function keyNode(plan, pick = () => true) {
  const scans = scanNodes(plan).filter(pick).sort((a14, b) => b.totalCost - a14.totalCost);
  const node = scans[0] ?? plan.nodes[0];
  const rows = Math.round(node?.rows ?? 0);
  return node ? `${describeNode(node)} (cost ${formatCost(node.totalCost)}, ${rows.toLocaleString("en-US")} row${rows === 1 ? "" : "s"})` : "no plan";
}
function ratio(before, after) {
  const r9 = before / Math.max(after, 0.01);
  return r9 >= 10 ? `${Math.round(r9).toLocaleString("en-US")}x` : `${r9.toFixed(1)}x`;
}
function plansBlock(before, after) {
  return `Plan before (total cost ${formatCost(before.totalCost)}):
${planOutline(before)}

Plan after (total cost ${formatCost(after.totalCost)}):
${planOutline(after)}`;
}
function lastMigration(ctx) {
  const added = ctx.files.filter((f) => f.status === "added");
  if (added.length > 0) return added[added.length - 1];
  const last = ctx.baseHistory[ctx.baseHistory.length - 1];
  if (!last) return void 0;
  const source = {
    path: last.path,
    framework: last.framework,
    version: last.version,
    repeatable: last.repeatable,
    order: 0,
    transaction: "wrapped",
    transactionReason: "",
    text: "",
    reviewedText: "",
    directives: []
  };
  return { source, status: "unchanged", statements: [], fileIgnores: [] };
}
function indexFix(ctx, indexes) {
  const after = lastMigration(ctx);
  const first = indexes[0];
  if (!after || !first || indexes.length > 1) return void 0;
  const files = followUpMigrationFiles(ctx, after, `add index ${first.table.replace(/^public\./, "")} ${first.columns.join(" ")}`, first.definition, { transaction: false });
  if (!files) return void 0;
  return { description: `Add the index in a new migration (${files[0].path}), built CONCURRENTLY so writes continue.`, edits: [], newFiles: files };
}
function describeIndex(ix) {
  const include = ix.include.length > 0 ? ` INCLUDE (${ix.include.join(", ")})` : "";
  return `${ix.table} (${ix.columns.join(", ")})${include}`;
}
function advise(ctx, q) {
  const a14 = q.advice;
  if (!a14 || a14.indexes.length === 0) return void 0;
  const tables = [...new Set(a14.indexes.map((ix) => ix.table))];
  const sizes = tables.map((t32) => `${t32} planned for ${(q.tableRows[t32] ?? 0).toLocaleString("en-US")} rows`).join(", ");
  const fix = indexFix(ctx, a14.indexes);
  const names = new Set(a14.indexes.map((ix) => ix.name));
  const fullScan = scanNodes(a14.before).some((n) => n.type === "Seq Scan" && tables.includes(n.relation ?? ""));
  const what = a14.indexes.length === 1 ? `An index on ${describeIndex(a14.indexes[0])}` : `Indexes on ${a14.indexes.map(describeIndex).join(" and ")}`;
  return {
    file: q.file,
    statement: q.statement,
    message: `${queryLabel(q)} ${fullScan ? "reads" : "scans much of"} ${tables.join(" and ")}${fullScan ? " in full" : ""} (${keyNode(a14.before, (n) => tables.includes(n.relation ?? ""))}; ${sizes}). ${what}, built and planned on the replayed schema, change${a14.indexes.length === 1 ? "s" : ""} it to ${keyNode(a14.after, (n) => names.has(n.index ?? ""))}: total cost ${formatCost(a14.before.totalCost)} -> ${formatCost(a14.after.totalCost)} (${ratio(a14.before.totalCost, a14.after.totalCost)} cheaper).`,
    help: `Add ${a14.indexes.length === 1 ? "it" : "them"} in a new migration: ${a14.indexes.map((ix) => ix.definition).join(" ")}`,
    evidence: plansBlock(a14.before, a14.after),
    ...fix ? { fix } : {},
    verified: "replay"
  };
}
function regression(ctx, q) {
  const r9 = q.regression;
  if (!r9) return void 0;
  const dropped = droppingStatement(ctx, r9.index);
  const what = `${queryLabel(q)} (${q.file}:${q.statement.span.line}) used index ${r9.index}, which this pull request drops: ${keyNode(r9.before)} becomes ${keyNode(r9.after)}, total cost ${formatCost(r9.before.totalCost)} -> ${formatCost(r9.after.totalCost)} (${ratio(r9.after.totalCost, r9.before.totalCost)} dearer).`;
  const help = "Keep the index while queries rely on it, or give them another index first.";
  const evidence = plansBlock(r9.before, r9.after);
  if (dropped) return { file: dropped.file.source.path, statement: dropped.statement, message: what, help, evidence, verified: "replay" };
  return { file: q.file, statement: q.statement, message: what, help, evidence, verified: "replay" };
}
var missingIndexForQuery = {
  meta: {
    id: "missing-index-for-query",
    layer: "query",
    severity: "warning",
    summary: "The planner reads a large table in full for a selective predicate; a measured index fixes the plan.",
    why: "Each query is planned with EXPLAIN on the replayed schema, with every table given a production size (`table-rows`, else `assumed-table-rows`, one million by default) through PostgreSQL 18's pg_restore_relation_stats. Where the plan reads a large table in full, the index a btree would serve the query with (equality columns first, then one range or the ORDER BY columns, INCLUDE when that allows an index-only scan) is built on the ephemeral database and the query planned again. The finding is reported only when that plan costs at least 30% less in total, and shows both plans. An index whose keys an existing index already leads with is never suggested. A query whose plan used an index the pull request drops is reported on the DROP INDEX, with the plan before and after.",
    bad: "-- name: ListOrdersForUser :many\nSELECT id, total FROM orders WHERE user_id = $1 ORDER BY placed_at DESC LIMIT 20;",
    good: "-- name: ListRecentOrders :many\nSELECT id, total FROM orders WHERE id = $1;",
    setup: "CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_id bigint NOT NULL, total numeric(12,2) NOT NULL, placed_at timestamptz NOT NULL DEFAULT now());",
    references: [`${DOCS}/using-explain.html`, `${DOCS}/indexes-multicolumn.html`, `${DOCS}/indexes-index-only-scans.html`],
    fixable: true,
    needs: ["catalog"]
  },
  check(ctx) {
    const out = [];
    for (const q of ctx.queries) {
      const f = q.changed ? advise(ctx, q) : regression(ctx, q);
      if (f) out.push(f);
    }
    return out;
  }
};

// src/rules/query/query-conditions.ts
function levelConditions(level) {
  const out = [];
  const where = level.body.whereClause;
  if (where) out.push(where);
  const from = level.body.fromClause ?? level.body.usingClause ?? [];
  const joins = (item) => {
    const join6 = nodeAs(item, "JoinExpr");
    if (!join6) return;
    if (join6.quals) out.push(join6.quals);
    if (join6.larg) joins(join6.larg);
    if (join6.rarg) joins(join6.rarg);
  };
  if (level.kind !== "insert") for (const item of from) joins(item);
  return out;
}
function predicates(condition, negated = false) {
  const bool = nodeAs(condition, "BoolExpr");
  if (!bool) return [{ node: condition, negated }];
  const inner = bool.boolop === "NOT_EXPR" ? !negated : negated;
  return (bool.args ?? []).flatMap((arg) => predicates(arg, inner));
}
function operatorName(name) {
  return stringValues(name).pop() ?? "";
}
function stringConstant(node) {
  const cast = nodeAs(node, "TypeCast");
  if (cast) return stringConstant(cast.arg);
  return nodeAs(node, "A_Const")?.sval?.sval;
}
function isZeroConstant(node) {
  const cast = nodeAs(node, "TypeCast");
  if (cast) return isZeroConstant(cast.arg);
  const c3 = nodeAs(node, "A_Const");
  if (!c3) return false;
  if (c3.ival) return (c3.ival.ival ?? 0) === 0;
  if (c3.fval) return Number(c3.fval.fval) === 0;
  if (c3.sval) return c3.sval.sval?.trim() === "0";
  return false;
}
function functionName(node) {
  const call = nodeAs(node, "FuncCall");
  return call ? stringValues(call.funcname).pop()?.toLowerCase() : void 0;
}
function conjuncts2(condition) {
  const bool = nodeAs(condition, "BoolExpr");
  return bool?.boolop === "AND_EXPR" ? (bool.args ?? []).flatMap(conjuncts2) : [condition];
}

// src/rules/query/output-columns.ts
function outputColumns(node) {
  const select = nodeAs(node, "SelectStmt");
  if (select) return selectColumns(select);
  const body2 = Object.values(node)[0];
  const returning = body2?.returningClause?.exprs;
  return returning ? targetColumns(returning) : void 0;
}
function selectColumns(select) {
  if (select.op !== void 0 && select.op !== "SETOP_NONE") return select.larg ? selectColumns(select.larg) : void 0;
  if (select.valuesLists?.length) {
    const first = nodeAs(select.valuesLists[0], "List")?.items ?? [];
    return first.map((_, i6) => `column${i6 + 1}`);
  }
  return targetColumns(select.targetList ?? []);
}
function targetColumns(targets) {
  const names = [];
  for (const t32 of targets) {
    const target = nodeAs(t32, "ResTarget");
    if (!target) return void 0;
    if (target.name) {
      names.push(target.name);
      continue;
    }
    const name = impliedName(target.val);
    if (name === "*") return void 0;
    names.push(name);
  }
  return names;
}
function impliedName(node) {
  const ref = nodeAs(node, "ColumnRef");
  if (ref) {
    const last = ref.fields?.[ref.fields.length - 1];
    return nodeAs(last, "A_Star") ? "*" : nodeAs(last, "String")?.sval ?? "?column?";
  }
  const call = nodeAs(node, "FuncCall");
  if (call) return stringValues(call.funcname).pop() ?? "?column?";
  const cast = nodeAs(node, "TypeCast");
  if (cast) {
    const inner = impliedName(cast.arg);
    return inner === "?column?" ? stringValues(cast.typeName?.names).pop() ?? inner : inner;
  }
  return "?column?";
}

// src/rules/query/query-levels.ts
var DML_KINDS = /* @__PURE__ */ new Set(["SelectStmt", "UpdateStmt", "DeleteStmt", "InsertStmt"]);
var OWN_LEVEL_FIELDS = /* @__PURE__ */ new Set(["larg", "rarg", "withClause"]);
function forEachLevel(root, catalog, visit, parent) {
  new LevelWalker(catalog, visit).node(root, parent, parent?.ctes ?? /* @__PURE__ */ new Map(), true);
}
function rootLevel(root, catalog, parent) {
  let first;
  forEachLevel(root, catalog, (level) => first ??= level, parent);
  return first;
}
var LevelWalker = class {
  constructor(catalog, visit) {
    this.catalog = catalog;
    this.visit = visit;
  }
  catalog;
  visit;
  node(node, parent, ctes, output) {
    const select = nodeAs(node, "SelectStmt");
    if (select) return this.select(select, parent, ctes, output);
    const kind = nodeKind(node);
    if (kind !== "UpdateStmt" && kind !== "DeleteStmt" && kind !== "InsertStmt") return;
    const body2 = Object.values(node)[0];
    const inner = withCtes(body2.withClause, ctes);
    const scope = { entries: [], parent, ctes: inner };
    const update = nodeAs(node, "UpdateStmt");
    const del = nodeAs(node, "DeleteStmt");
    const insert = nodeAs(node, "InsertStmt");
    const relation = update?.relation ?? del?.relation ?? insert?.relation;
    if (relation) addRangeVar(relation, scope, this.catalog);
    for (const item of update?.fromClause ?? del?.usingClause ?? []) addFromItem(item, scope, this.catalog);
    const levelKind = update ? "update" : del ? "delete" : "insert";
    this.visit({ kind: levelKind, body: body2, scope, output: false, setOperation: false });
    this.cteBodies(body2.withClause, parent, ctes);
    if (insert?.selectStmt) {
      this.node(insert.selectStmt, parent, inner, output);
    }
    for (const nested of nestedLevels(body2, ["selectStmt"])) this.node(nested, scope, inner, false);
  }
  select(select, parent, ctes, output) {
    const inner = withCtes(select.withClause, ctes);
    const scope = { entries: [], parent, ctes: inner };
    const setOperation = select.op !== void 0 && select.op !== "SETOP_NONE";
    if (!setOperation) for (const item of select.fromClause ?? []) addFromItem(item, scope, this.catalog);
    this.visit({ kind: "select", body: select, select, scope, output, setOperation });
    this.cteBodies(select.withClause, parent, ctes);
    if (setOperation) {
      if (select.larg) this.select(select.larg, parent, inner, output);
      if (select.rarg) this.select(select.rarg, parent, inner, output);
    }
    for (const nested of nestedLevels(select)) this.node(nested, scope, inner, false);
  }
  /** The CTE bodies of a WITH clause; `ctes` are those in reach outside it. */
  cteBodies(withClause, parent, ctes) {
    let seen = withClause?.recursive ? withCtes(withClause, ctes) : ctes;
    for (const c3 of withClause?.ctes ?? []) {
      const cte = nodeAs(c3, "CommonTableExpr");
      if (cte?.ctequery) this.node(cte.ctequery, parent, seen, false);
      if (!withClause?.recursive && cte?.ctename) seen = new Map(seen).set(cte.ctename, cteColumns(cte));
    }
  }
};
function withCtes(withClause, outer) {
  if (!withClause?.ctes?.length) return outer;
  const out = new Map(outer);
  for (const c3 of withClause.ctes) {
    const cte = nodeAs(c3, "CommonTableExpr");
    if (cte?.ctename) out.set(cte.ctename, cteColumns(cte));
  }
  return out;
}
function cteColumns(cte) {
  const named = stringValues(cte.aliascolnames);
  if (named.length > 0) return named;
  return cte.ctequery ? outputColumns(cte.ctequery) : void 0;
}
function nestedLevels(body2, skip = []) {
  const out = [];
  for (const [key, value] of Object.entries(body2)) {
    if (OWN_LEVEL_FIELDS.has(key) || skip.includes(key)) continue;
    walk(value, (kind, inner) => {
      if (!DML_KINDS.has(kind)) return;
      out.push({ [kind]: inner });
      return false;
    });
  }
  return out;
}
function addFromItem(item, scope, catalog) {
  const rv = nodeAs(item, "RangeVar");
  if (rv) return addRangeVar(rv, scope, catalog);
  const join6 = nodeAs(item, "JoinExpr");
  if (join6) {
    if (join6.larg) addFromItem(join6.larg, scope, catalog);
    if (join6.rarg) addFromItem(join6.rarg, scope, catalog);
    return;
  }
  const sample = nodeAs(item, "RangeTableSample");
  if (sample?.relation) return addFromItem(sample.relation, scope, catalog);
  const sub = nodeAs(item, "RangeSubselect");
  if (sub) {
    const named = stringValues(sub.alias?.colnames);
    const columns = sub.subquery ? outputColumns(sub.subquery) : void 0;
    scope.entries.push({ ref: sub.alias?.aliasname ?? "", kind: "subquery", columns: renamed(columns, named), scope });
    return;
  }
  const fn = nodeAs(item, "RangeFunction");
  if (fn) {
    const first = nodeAs(nodeAs(fn.functions?.[0], "List")?.items?.[0], "FuncCall");
    const name = stringValues(first?.funcname).pop();
    const ref = fn.alias?.aliasname ?? name;
    const named = stringValues(fn.alias?.colnames);
    const defined = (fn.coldeflist ?? []).map((c3) => nodeAs(c3, "ColumnDef")?.colname ?? "?");
    const columns = named.length > 0 ? named : defined.length > 0 ? defined : void 0;
    scope.entries.push({ ref: ref ?? "", kind: "function", name, columns, scope });
    return;
  }
  const body2 = Object.values(item)[0];
  scope.entries.push({ ref: body2?.alias?.aliasname ?? "", kind: "other", scope });
}
function addRangeVar(rv, scope, catalog) {
  const name = rv.relname;
  if (!name) return;
  const ref = rv.alias?.aliasname ?? name;
  const named = stringValues(rv.alias?.colnames);
  if (!rv.schemaname && scope.ctes.has(name)) {
    scope.entries.push({ ref, kind: "cte", name, columns: renamed(scope.ctes.get(name), named), scope });
    return;
  }
  const table = relationName2(rv) ?? `public.${name}`;
  const catalogTable = catalog.tables[table];
  const columns = catalogTable ? renamed(catalogTable.columns.map((c3) => c3.name), named) : void 0;
  scope.entries.push({ ref, kind: "table", table, catalogTable, columns, scope });
}
function renamed(columns, names) {
  if (names.length === 0) return columns;
  if (!columns) return void 0;
  return columns.map((c3, i6) => names[i6] ?? c3);
}
function columnRefsIn(node) {
  const out = [];
  walk(node, (kind, body2) => {
    if (kind === "SubLink" || DML_KINDS.has(kind)) return false;
    if (kind === "ColumnRef") out.push(body2);
  });
  return out;
}
function levelColumnRefs(level) {
  const out = [];
  for (const [key, value] of Object.entries(level.body)) {
    if (OWN_LEVEL_FIELDS.has(key) || key === "selectStmt") continue;
    out.push(...columnRefsIn(value));
  }
  return out;
}
function subLinksIn(node) {
  const out = [];
  walk(node, (kind, body2) => {
    if (kind === "SubLink") {
      out.push(body2);
      return false;
    }
    if (DML_KINDS.has(kind)) return false;
  });
  return out;
}

// src/rules/query/query-ast.ts
function* changedQueries(ctx, origin) {
  for (const query of ctx.queries) {
    if (!query.changed || !query.statement.ast) continue;
    if (origin && query.origin !== origin) continue;
    yield { query, ast: query.statement.ast };
  }
}
function queryLabel2(q) {
  if (q.name) return `Query ${q.name}`;
  return q.origin === "migration" ? "The migration statement" : "The query";
}
function* changedPredicates(ctx) {
  for (const { query, ast } of changedQueries(ctx)) {
    const found = [];
    forEachLevel(ast, query.catalog, (level) => {
      for (const condition of levelConditions(level)) {
        for (const { node, negated } of predicates(condition)) if (!negated) found.push({ query, level, node });
      }
    });
    yield* found;
  }
}

// src/rules/query/update-delete-without-where.ts
function joinsOnlyDerivedRows(from, catalog) {
  if (!from || from.length === 0) return false;
  let table = false;
  walk(from, (kind, body2) => {
    if (kind === "RangeVar" && catalog.tables[relationName2(body2) ?? ""]) table = true;
    if (kind === "SelectStmt") return false;
  });
  return !table;
}
function unbounded(ast, catalog) {
  const out = [];
  walk(ast, (kind, body2) => {
    if (kind !== "UpdateStmt" && kind !== "DeleteStmt") return;
    const stmt = body2;
    const table = relationName2(stmt.relation);
    if (stmt.whereClause || !table || joinsOnlyDerivedRows(stmt.fromClause ?? stmt.usingClause, catalog)) return;
    out.push({ verb: kind === "UpdateStmt" ? "UPDATE" : "DELETE", table });
  });
  return out;
}
var updateDeleteWithoutWhere = {
  meta: {
    id: "update-delete-without-where",
    layer: "query",
    severity: "error",
    summary: "An UPDATE or DELETE with no WHERE clause: it changes every row of the table.",
    why: "Without a WHERE clause PostgreSQL applies an UPDATE or DELETE to every row of the table (a FROM or USING list without WHERE even joins every row to every other). An UPDATE writes a new version of each row, so the table and its indexes double in size until vacuum catches up, and both hold a lock on every row until they commit. In application code this is almost always a lost condition; when emptying a table is the intent, TRUNCATE does it at once without visiting rows.",
    bad: "-- name: DeactivateUser :exec\nUPDATE users SET active = false;",
    good: "-- name: DeactivateUser :exec\nUPDATE users SET active = false\nWHERE id = $1;",
    setup: "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL, active boolean NOT NULL DEFAULT true);",
    references: [`${DOCS}/sql-update.html`, `${DOCS}/sql-delete.html`, `${DOCS}/sql-truncate.html`],
    fixable: false,
    needs: ["catalog"]
  },
  check(ctx) {
    const out = [];
    for (const { query: q, ast } of changedQueries(ctx)) {
      for (const { verb, table } of unbounded(ast, q.catalog)) {
        if (q.origin === "migration") {
          if (verb === "UPDATE" || !q.catalog.tables[table]) continue;
        }
        const name = displayName(table);
        out.push({
          file: q.file,
          statement: q.statement,
          message: `${queryLabel2(q)}: ${verb === "DELETE" ? "DELETE FROM" : "UPDATE"} ${name} has no WHERE clause, so it ${verb === "UPDATE" ? "rewrites" : "deletes"} every row of ${name}.`,
          help: verb === "UPDATE" ? `Add the WHERE clause that selects the rows to change (e.g. WHERE id = $1).` : `Add the WHERE clause that selects the rows to delete (e.g. WHERE id = $1); to empty the table on purpose, write TRUNCATE ${name}, which says so and does not visit each row.`,
          verified: "static"
        });
      }
    }
    return out;
  }
};

// src/rules/query/column-resolution.ts
function columnRefParts(ref) {
  return (ref.fields ?? []).map((f) => nodeAs(f, "A_Star") ? "*" : nodeAs(f, "String")?.sval ?? "?");
}
function resolveColumn(ref, scope) {
  const parts = columnRefParts(ref);
  if (parts.length === 0 || parts.includes("*")) return void 0;
  if (parts.length >= 2) {
    const column2 = parts[parts.length - 1];
    const qualifier = parts[parts.length - 2];
    const schema = parts.length >= 3 ? parts[parts.length - 3] : void 0;
    for (let s = scope; s; s = s.parent) {
      const entry = s.entries.find(
        (e4) => schema === void 0 ? e4.ref === qualifier : e4.kind === "table" && e4.ref === qualifier && e4.table === `${schema}.${qualifier}`
      );
      if (entry) return withCatalogColumn(entry, column2);
    }
    return void 0;
  }
  const column = parts[0];
  for (let s = scope; s; s = s.parent) {
    const having = s.entries.filter((e4) => e4.columns?.includes(column));
    if (having.length === 1) return withCatalogColumn(having[0], column);
    if (having.length > 1 || s.entries.some((e4) => e4.columns === void 0)) return void 0;
  }
  return void 0;
}
function withCatalogColumn(entry, column) {
  return { entry, column, catalogColumn: entry.catalogTable?.columns.find((c3) => c3.name === column) };
}
function starEntries(ref, scope) {
  const parts = columnRefParts(ref);
  if (parts[parts.length - 1] !== "*") return [];
  if (parts.length === 1) return scope.entries;
  const qualifier = parts[parts.length - 2];
  const entry = scope.entries.find((e4) => e4.ref === qualifier);
  return entry ? [entry] : [];
}

// src/rules/query/index-match.ts
var BINARY_COERCIBLE = {
  varchar: ["text"],
  text: ["varchar"],
  bpchar: []
};
function castTarget(cast) {
  const names = stringValues(cast.typeName?.names);
  const name = (names.pop() ?? "").toLowerCase();
  return { name, mods: (cast.typeName?.typmods?.length ?? 0) > 0, array: (cast.typeName?.arrayBounds?.length ?? 0) > 0 };
}
function isHarmlessCast(column, cast) {
  const target = castTarget(cast);
  const columnArray = column.typeName.startsWith("_");
  const base = columnArray ? column.typeName.slice(1) : column.typeName;
  if (target.array !== columnArray) return false;
  if (target.name === base) return true;
  return !target.mods && (BINARY_COERCIBLE[base] ?? []).includes(target.name);
}
function bareColumn(node, scope) {
  const ref = nodeAs(node, "ColumnRef");
  if (ref) return { ref, resolved: resolveColumn(ref, scope) };
  const cast = nodeAs(node, "TypeCast");
  if (!cast) return void 0;
  const inner = bareColumn(cast.arg, scope);
  if (!inner?.resolved?.catalogColumn) return void 0;
  return isHarmlessCast(inner.resolved.catalogColumn, cast) ? inner : void 0;
}
function btreeIndexesLeadingWith(table, column) {
  return table.indexes.filter((i6) => i6.valid && i6.method === "btree" && i6.columns[0] === column);
}
function indexKeyIdentifiers(key) {
  const text = key.replace(/'(?:[^']|'')*'/g, "''").replace(CAST_SUFFIX, "");
  const out = /* @__PURE__ */ new Set();
  const re = /"((?:[^"]|"")+)"|([a-z_][\w$]*)(\s*\.)?/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[3]) continue;
    out.add((m[1]?.replace(/""/g, '"') ?? m[2]).toLowerCase());
  }
  for (const word of KEY_WORDS) out.delete(word);
  if (/\bat\s+time\s+zone\b/i.test(text)) out.add("timezone");
  return out;
}
var TYPE_WORD = '(?:"[^"]+"|[a-z_]\\w*)';
var CAST_SUFFIX = new RegExp(
  `::\\s*${TYPE_WORD}(?:\\.${TYPE_WORD})?(?:\\s+(?:varying|precision|without|with|time|zone)\\b)*(?:\\s*\\([\\d,\\s]+\\))?(?:\\[\\])*`,
  "gi"
);
var KEY_WORDS = ["case", "when", "then", "else", "end", "and", "or", "not", "is", "null", "true", "false", "collate", "distinct", "from", "for", "at", "time", "zone"];
function expressionIdentifiers(node) {
  const out = /* @__PURE__ */ new Set();
  walk(node, (kind, body2) => {
    if (kind === "FuncCall") {
      const name = stringValues(body2.funcname).pop();
      if (name) out.add(name.toLowerCase());
    } else if (kind === "ColumnRef") {
      const parts = columnRefParts(body2);
      out.add(parts[parts.length - 1].toLowerCase());
    } else if (kind === "CoalesceExpr") {
      out.add("coalesce");
    } else if (kind === "TypeCast") {
      const arg = body2.arg;
      for (const id of arg ? expressionIdentifiers(arg) : []) out.add(id);
      return false;
    }
  });
  return out;
}
function matchingExpressionIndex(table, expression) {
  const wanted = expressionIdentifiers(expression);
  return table.indexes.find(
    (index) => index.valid && index.keys.some((key, i6) => index.columns[i6] === null && isSubset(wanted, indexKeyIdentifiers(key)))
  );
}
function isSubset(a14, b) {
  return a14.size > 0 && [...a14].every((x) => b.has(x));
}

// src/rules/query/expr-text.ts
function exprText(node, options = {}) {
  if (!node) return "";
  const text = (n) => exprText(n, options);
  const wrapped = (n) => nodeAs(n, "A_Expr") ? `(${text(n)})` : text(n);
  const ref = nodeAs(node, "ColumnRef");
  if (ref) {
    const parts = columnRefParts(ref).map((p3) => p3 === "*" ? p3 : quoteIdent(p3));
    return options.bareColumns ? parts[parts.length - 1] : parts.join(".");
  }
  const param = nodeAs(node, "ParamRef");
  if (param) return `$${param.number ?? "?"}`;
  const c3 = nodeAs(node, "A_Const");
  if (c3) return constantText(c3);
  const call = nodeAs(node, "FuncCall");
  if (call) {
    const args = call.agg_star ? "*" : (call.args ?? []).map(text).join(", ");
    return `${stringValues(call.funcname).filter((n) => n !== "pg_catalog").join(".")}(${args})`;
  }
  const cast = nodeAs(node, "TypeCast");
  if (cast) return `${wrapped(cast.arg)}::${typeNameToString(cast.typeName)}`;
  const coalesce = nodeAs(node, "CoalesceExpr");
  if (coalesce) return `coalesce(${(coalesce.args ?? []).map(text).join(", ")})`;
  const expr = nodeAs(node, "A_Expr");
  if (expr?.kind === "AEXPR_OP") {
    const op = operatorName(expr.name);
    const left = nodeAs(expr.lexpr, "A_Expr");
    const lhs = left?.kind === "AEXPR_OP" && operatorName(left.name) === op ? text(expr.lexpr) : wrapped(expr.lexpr);
    return expr.lexpr ? `${lhs} ${op} ${wrapped(expr.rexpr)}` : `${op}${wrapped(expr.rexpr)}`;
  }
  const list = nodeAs(node, "List");
  if (list) return (list.items ?? []).map(text).join(", ");
  if (nodeAs(node, "SubLink")) return "(SELECT ...)";
  return "...";
}
function constantText(c3) {
  if (c3.isnull) return "NULL";
  if (c3.sval) return `'${(c3.sval.sval ?? "").replace(/'/g, "''")}'`;
  if (c3.ival) return String(c3.ival.ival ?? 0);
  if (c3.fval) return c3.fval.fval ?? "0";
  if (c3.boolval) return c3.boolval.boolval ? "true" : "false";
  return "...";
}
function entryLabel(entry) {
  const alias = entry.ref ? quoteIdent(entry.ref) : "";
  const withAlias = (name) => alias && name !== alias ? `${name} ${alias}` : name;
  if (entry.kind === "table" && entry.table) {
    const bare = entry.table.slice(entry.table.indexOf(".") + 1);
    return entry.ref === bare ? displayName(entry.table) : withAlias(displayName(entry.table));
  }
  if (entry.kind === "subquery") return withAlias("(SELECT ...)");
  if (entry.kind === "function") {
    const call = `${quoteIdent(entry.name ?? entry.ref)}(...)`;
    return entry.ref && entry.ref !== entry.name ? `${call} ${alias}` : call;
  }
  return entry.name ? withAlias(quoteIdent(entry.name)) : alias || "(...)";
}
function columnLabel2(resolved) {
  const owner = resolved.entry.table ? displayName(resolved.entry.table) : quoteIdent(resolved.entry.ref);
  return `${owner}.${quoteIdent(resolved.column)}`;
}

// src/rules/query/non-sargable-predicate.ts
var RANGE_OPS = /* @__PURE__ */ new Set(["=", "<", ">", "<=", ">="]);
var ARITHMETIC = /* @__PURE__ */ new Set(["+", "-", "*", "/", "%", "^"]);
function sides(node) {
  const sub = nodeAs(node, "SubLink");
  if (sub?.subLinkType === "ANY_SUBLINK" && sub.testexpr && ["", "="].includes(operatorName(sub.operName))) {
    return [{ expr: sub.testexpr, others: [], like: false }];
  }
  const e4 = nodeAs(node, "A_Expr");
  if (!e4?.lexpr || !e4.rexpr) return [];
  const op = operatorName(e4.name);
  const listItems = (n) => nodeAs(n, "List")?.items ?? [n];
  switch (e4.kind) {
    case "AEXPR_OP":
      if (RANGE_OPS.has(op)) return [{ expr: e4.lexpr, others: [e4.rexpr], like: false }, { expr: e4.rexpr, others: [e4.lexpr], like: false }];
      if (op === "~~") return [{ expr: e4.lexpr, others: [e4.rexpr], like: true }];
      return [];
    case "AEXPR_OP_ANY":
      return RANGE_OPS.has(op) ? [{ expr: e4.lexpr, others: [e4.rexpr], like: false }] : [];
    case "AEXPR_IN":
      return op === "=" ? [{ expr: e4.lexpr, others: listItems(e4.rexpr), like: false }] : [];
    case "AEXPR_BETWEEN":
    case "AEXPR_BETWEEN_SYM":
      return [{ expr: e4.lexpr, others: listItems(e4.rexpr), like: false }];
    case "AEXPR_LIKE":
      return op === "~~" ? [{ expr: e4.lexpr, others: [e4.rexpr], like: true }] : [];
    default:
      return [];
  }
}
function wrapKind(expr) {
  const call = nodeAs(expr, "FuncCall");
  if (call) return call.over || call.agg_star ? void 0 : "function";
  if (nodeAs(expr, "CoalesceExpr")) return "function";
  if (nodeAs(expr, "TypeCast")) return "cast";
  const op = nodeAs(expr, "A_Expr");
  if (op?.kind === "AEXPR_OP" && ARITHMETIC.has(operatorName(op.name))) return "arithmetic";
  return void 0;
}
function wrappedColumns(expr, scope) {
  const refs = columnRefsIn(expr);
  if (refs.length === 0) return void 0;
  const resolved = refs.map((r9) => resolveColumn(r9, scope));
  if (resolved.some((r9) => r9 === void 0)) return void 0;
  const columns = resolved;
  return columns.every((c3) => c3.entry === columns[0].entry) ? columns : void 0;
}
function otherSideBlocks(others, columns, scope) {
  for (const ref of others.flatMap((o5) => columnRefsIn(o5))) {
    const r9 = resolveColumn(ref, scope);
    if (!r9 || r9.entry === columns[0].entry) return true;
  }
  return false;
}
function servesLike(index) {
  return /_pattern_ops$/.test(index.opclasses[0] ?? "") || ["C", "POSIX"].includes(index.collations[0] ?? "");
}
var TIME_TYPES = /* @__PURE__ */ new Set(["timestamptz", "timestamp", "date"]);
var CASE_FUNCTIONS = /* @__PURE__ */ new Set(["lower", "upper"]);
function helpFor2({ wrap, expr, fn, column, table, index }) {
  const col = quoteIdent(column.name);
  const expressionIndex = `or add an expression index on exactly that expression: CREATE INDEX CONCURRENTLY ON ${table} ((${expr}));`;
  const truncates = fn === "date_trunc" || fn === "date" || wrap === "cast" && /::date$/.test(expr);
  if (TIME_TYPES.has(column.typeName) && truncates) {
    return `Compare ${col} itself with a range, e.g. ${col} >= $1 AND ${col} < $1 + interval '1 day', which ${index.name} serves.`;
  }
  if (wrap === "arithmetic") {
    return `Move the arithmetic to the other side (\`${col} > $1 - 1\` rather than \`${col} + 1 > $1\`) so ${index.name} can serve ${col}; ${expressionIndex}`;
  }
  if (wrap === "cast") {
    return `Cast the other side to the column's type (${column.type}) instead, so ${index.name} can serve ${col}; ${expressionIndex}`;
  }
  if (fn && CASE_FUNCTIONS.has(fn)) {
    return `Store ${col} normalized (or as citext) and compare it directly, so ${index.name} serves it; ${expressionIndex}`;
  }
  return `Compare the bare column ${col} so ${index.name} serves it; ${expressionIndex}`;
}
function judge(q, side, scope) {
  if (bareColumn(side.expr, scope)) return void 0;
  const wrap = wrapKind(side.expr);
  const columns = wrap ? wrappedColumns(side.expr, scope) : void 0;
  const table = columns?.[0].entry.catalogTable;
  if (!wrap || !columns || !table || otherSideBlocks(side.others, columns, scope)) return void 0;
  if (matchingExpressionIndex(table, side.expr)) return void 0;
  for (const resolved of columns) {
    const index = btreeIndexesLeadingWith(table, resolved.column).find((i6) => !side.like || servesLike(i6));
    if (!index || !resolved.catalogColumn) continue;
    const column = columnLabel2(resolved);
    const name = displayName(`${table.schema}.${table.name}`);
    return {
      file: q.file,
      statement: q.statement,
      message: `${queryLabel2(q)}: \`${exprText(side.expr)}\` wraps ${column} in a ${wrap === "arithmetic" ? "calculation" : wrap}, so index ${index.name} on ${column} cannot serve the condition and no expression index matches it: PostgreSQL computes it for every row of ${name}.`,
      help: helpFor2({
        wrap,
        expr: exprText(side.expr, { bareColumns: true }),
        fn: functionName(side.expr),
        column: resolved.catalogColumn,
        table: name,
        index
      }),
      verified: "static"
    };
  }
  return void 0;
}
var nonSargablePredicate = {
  meta: {
    id: "non-sargable-predicate",
    layer: "query",
    severity: "warning",
    summary: "A function, cast or arithmetic on an indexed column in WHERE or JOIN ON, with no matching expression index.",
    why: "A btree index stores the column's values, so PostgreSQL can use it only for conditions of the form `column operator value`. Once the column is wrapped, as in lower(email) = $1, created_at::date = $1 or id + 1 = $1, the index on the bare column no longer matches and the planner falls back to reading the whole table (or the whole index) and computing the expression for every row. Either compare the bare column, moving the function or arithmetic to the other side, or create an index on the exact expression.",
    bad: "-- name: FindUserByEmail :one\nSELECT id, email FROM users\nWHERE lower(email) = lower($1);",
    good: "-- name: FindUserByEmail :one\nSELECT id, email FROM users\nWHERE email = $1;",
    setup: "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);\nCREATE UNIQUE INDEX users_email_key ON users (email);",
    references: [`${DOCS}/indexes-expressional.html`, `${DOCS}/indexes-types.html#INDEXES-TYPES-BTREE`],
    fixable: false,
    needs: ["catalog"]
  },
  check(ctx) {
    const out = [];
    const seen = /* @__PURE__ */ new Set();
    for (const { query: q, level, node } of changedPredicates(ctx)) {
      for (const side of sides(node)) {
        const finding2 = judge(q, side, level.scope);
        const key = `${q.file}:${q.statement.span.start}:${finding2?.message}`;
        if (!finding2 || seen.has(key)) continue;
        seen.add(key);
        out.push(finding2);
      }
    }
    return out;
  }
};

// src/rules/query/leading-wildcard-like.ts
var LIKE_OPS = /* @__PURE__ */ new Set(["~~", "~~*"]);
var TRIGRAM_OPCLASSES = /* @__PURE__ */ new Set(["gin_trgm_ops", "gist_trgm_ops"]);
function leadingConstant(pattern) {
  const cast = nodeAs(pattern, "TypeCast");
  if (cast) return leadingConstant(cast.arg);
  const call = nodeAs(pattern, "FuncCall");
  const name = functionName(pattern);
  if (call && (name === "like_escape" || name === "concat")) return leadingConstant(call.args?.[0]);
  const e4 = nodeAs(pattern, "A_Expr");
  if (e4?.kind === "AEXPR_OP" && operatorName(e4.name) === "||") return leadingConstant(e4.lexpr);
  return stringConstant(pattern);
}
function hasTrigramIndex(table, column) {
  return table.indexes.some(
    (i6) => i6.valid && i6.opclasses.some((op, k) => TRIGRAM_OPCLASSES.has(op) && (i6.columns[k] === column || indexKeyIdentifiers(i6.keys[k] ?? "").has(column.toLowerCase())))
  );
}
var leadingWildcardLike = {
  meta: {
    id: "leading-wildcard-like",
    layer: "query",
    severity: "warning",
    summary: "LIKE or ILIKE with a pattern that starts with a wildcard, on a btree-indexed column or a large table.",
    why: "A btree index can serve LIKE only for a fixed prefix ('abc%'), which it turns into a range of keys. A pattern that starts with % or _ has no prefix, so PostgreSQL reads every row (or every index entry) and matches the pattern against each; the cost grows with the table. A trigram index (the pg_trgm extension, GIN or GiST with gin_trgm_ops) indexes the substrings themselves and serves LIKE and ILIKE with any pattern; full-text search fits word searches.",
    bad: "-- name: SearchUsers :many\nSELECT id, email FROM users\nWHERE email LIKE '%' || $1 || '%';",
    good: "-- name: SearchUsers :many\nSELECT id, email FROM users\nWHERE email LIKE $1 || '%';",
    setup: "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);\nCREATE INDEX users_email_idx ON users (email text_pattern_ops);",
    references: [`${DOCS}/pgtrgm.html#PGTRGM-INDEX`, `${DOCS}/indexes-types.html#INDEXES-TYPES-BTREE`, `${DOCS}/functions-matching.html#FUNCTIONS-LIKE`],
    fixable: false,
    needs: ["catalog"]
  },
  check(ctx) {
    const out = [];
    const seen = /* @__PURE__ */ new Set();
    for (const { query: q, level, node } of changedPredicates(ctx)) {
      const e4 = nodeAs(node, "A_Expr");
      if (!e4 || !LIKE_OPS.has(operatorName(e4.name))) continue;
      if (e4.kind !== "AEXPR_LIKE" && e4.kind !== "AEXPR_ILIKE" && e4.kind !== "AEXPR_OP") continue;
      const lead = leadingConstant(e4.rexpr);
      if (lead === void 0 || !/^[%_]/.test(lead)) continue;
      const resolved = bareColumn(e4.lexpr, level.scope)?.resolved;
      const table = resolved?.entry.catalogTable;
      if (!resolved?.catalogColumn || !table || !resolved.entry.table) continue;
      const qualified = resolved.entry.table;
      const index = btreeIndexesLeadingWith(table, resolved.column)[0];
      const rows = q.tableRows[qualified];
      const large = rows !== void 0 && rows >= ctx.config.largeTableRows;
      if (!index && !large || hasTrigramIndex(table, resolved.column)) continue;
      const key = `${q.file}:${q.statement.span.start}:${qualified}.${resolved.column}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const op = e4.kind === "AEXPR_ILIKE" || operatorName(e4.name) === "~~*" ? "ILIKE" : "LIKE";
      const name = displayName(qualified);
      const why = index ? `no btree index can serve it (${index.name} on ${columnLabel2(resolved)} included)` : `no index can serve it on ${name} (about ${rows?.toLocaleString("en-US")} rows)`;
      out.push({
        file: q.file,
        statement: q.statement,
        message: `${queryLabel2(q)}: ${columnLabel2(resolved)} ${op} ${exprText(e4.rexpr)} starts with a wildcard, so ${why}: PostgreSQL matches the pattern against every row.`,
        help: `Index substrings with a trigram index, which serves LIKE and ILIKE with any pattern: CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE INDEX CONCURRENTLY ON ${name} USING gin (${quoteIdent(resolved.column)} gin_trgm_ops); or anchor the pattern (${op} $1 || '%') when a prefix search is what is meant, or use full-text search for words.`,
        verified: "static"
      });
    }
    return out;
  }
};

// src/rules/query/not-in-subquery.ts
function notInSubquery(node) {
  const bool = nodeAs(node, "BoolExpr");
  if (bool?.boolop === "NOT_EXPR" && bool.args?.length === 1) {
    const sub2 = nodeAs(bool.args[0], "SubLink");
    if (sub2?.subLinkType === "ANY_SUBLINK" && ["", "="].includes(operatorName(sub2.operName))) return sub2;
  }
  const sub = nodeAs(node, "SubLink");
  if (sub?.subLinkType === "ALL_SUBLINK" && operatorName(sub.operName) === "<>") return sub;
  return void 0;
}
function notIns(level) {
  const out = [];
  const visit = (value) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== "object") return;
    const node = value;
    const found = notInSubquery(node);
    if (found) {
      out.push(found);
      if (found.testexpr) visit(found.testexpr);
      return;
    }
    if (nodeAs(node, "SubLink") || ["SelectStmt", "UpdateStmt", "DeleteStmt", "InsertStmt"].some((k) => k in node)) return;
    for (const child of Object.values(value)) visit(child);
  };
  for (const [key, value] of Object.entries(level.body)) {
    if (key === "larg" || key === "rarg" || key === "withClause" || key === "selectStmt") continue;
    visit(value);
  }
  return out;
}
function nullNote(level) {
  const targets = level?.select?.targetList ?? [];
  const ref = nodeAs(nodeAs(targets[0], "ResTarget")?.val, "ColumnRef");
  const resolved = ref && targets.length === 1 && level ? resolveColumn(ref, level.scope) : void 0;
  if (!resolved?.catalogColumn) return void 0;
  return resolved.catalogColumn.notNull ? `${columnLabel2(resolved)} is NOT NULL, so no NULL can hide the rows today, but the plan is still a subplan` : `${columnLabel2(resolved)} is nullable: a single NULL in it makes NOT IN return no rows at all`;
}
var notInSubqueryRule = {
  meta: {
    id: "not-in-subquery",
    layer: "query",
    severity: "warning",
    summary: "NOT IN (subquery): wrong answers when the subquery yields NULL, and no anti-join plan; use NOT EXISTS.",
    why: "x NOT IN (SELECT y ...) is true only when x differs from every y, and a comparison with NULL is unknown: one NULL among the y values makes the whole condition unknown for every row, so the query silently returns nothing. Because of that rule PostgreSQL cannot turn NOT IN into an anti-join; it runs the subquery as a subplan, hashed when the result fits in work_mem and otherwise re-scanned for every outer row. NOT EXISTS (SELECT 1 ... WHERE y = x) has the expected meaning and is planned as an anti-join.",
    bad: "-- name: UsersWithoutOrders :many\nSELECT id FROM users\nWHERE id NOT IN (SELECT user_id FROM orders);",
    good: "-- name: UsersWithoutOrders :many\nSELECT u.id FROM users u\nWHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.user_id = u.id);",
    setup: "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);\nCREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_id bigint REFERENCES users);\nCREATE INDEX orders_user_id_idx ON orders (user_id);",
    references: [`${DOCS}/functions-subquery.html`, `${DOCS}/functions-comparison.html`],
    fixable: false,
    needs: ["catalog"]
  },
  check(ctx) {
    const out = [];
    for (const { query: q, ast } of changedQueries(ctx)) {
      forEachLevel(ast, q.catalog, (level) => {
        for (const sub of notIns(level)) {
          const tested = exprText(sub.testexpr);
          const inner = sub.subselect ? rootLevel(sub.subselect, q.catalog, level.scope) : void 0;
          const from = inner?.scope.entries.map(entryLabel).join(", ");
          const note = nullNote(inner);
          out.push({
            file: q.file,
            statement: q.statement,
            message: `${queryLabel2(q)}: ${tested} NOT IN (SELECT ...${from ? ` FROM ${from}` : ""}) returns no rows when the subquery yields a NULL, and PostgreSQL cannot plan it as an anti-join${note ? ` (${note})` : ""}.`,
            help: `Write NOT EXISTS (SELECT 1 FROM ... WHERE <subquery column> = ${tested}) instead: it ignores NULLs the way the query means and is planned as an anti-join.`,
            verified: "static"
          });
        }
      });
    }
    return out;
  }
};

// src/rules/query/order-by-random.ts
function ordersByRandom(sortClause) {
  return (sortClause ?? []).some((s) => {
    const by = nodeAs(s, "SortBy");
    return functionName(by?.node) === "random" && (nodeAs(by?.node, "FuncCall")?.args?.length ?? 0) === 0;
  });
}
var orderByRandom = {
  meta: {
    id: "order-by-random",
    layer: "query",
    severity: "warning",
    summary: "ORDER BY random(): every matching row is read and sorted to return a few random ones.",
    why: "random() has no index and a new value per row, so for ORDER BY random() LIMIT n PostgreSQL must read every row that passes the WHERE clause, call random() for each and sort them all (a top-N heapsort for a LIMIT) before it can return the first one. The cost is that of a full scan whatever the LIMIT, and grows with the table. TABLESAMPLE reads only a fraction of the table's pages or rows, and a random key probe (id >= a random value, ORDER BY id LIMIT 1) reads one index entry.",
    bad: "-- name: RandomProducts :many\nSELECT id, name FROM products\nORDER BY random()\nLIMIT $1;",
    good: "-- name: RandomProducts :many\nSELECT id, name FROM products TABLESAMPLE SYSTEM (1)\nLIMIT $1;",
    setup: "CREATE TABLE products (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);",
    references: [`${DOCS}/sql-select.html#SQL-FROM`, `${DOCS}/tsm-system-rows.html`],
    fixable: false,
    needs: []
  },
  check(ctx) {
    const out = [];
    for (const { query: q, ast } of changedQueries(ctx)) {
      forEachLevel(ast, q.catalog, (level) => {
        if (!ordersByRandom(level.select?.sortClause)) return;
        const from = level.scope.entries.map(entryLabel).join(", ");
        out.push({
          file: q.file,
          statement: q.statement,
          message: `${queryLabel2(q)}: ORDER BY random() makes PostgreSQL read every matching row${from ? ` of ${from}` : ""}, give each a random number and sort them all, however few it returns.`,
          help: "Sample instead: FROM t TABLESAMPLE SYSTEM (percent) or BERNOULLI (percent) reads a fraction of the table (tsm_system_rows gives a fixed row count); or probe a random key: WHERE id >= (SELECT floor(random() * max(id)) FROM t) ORDER BY id LIMIT 1.",
          verified: "static"
        });
      });
    }
    return out;
  }
};

// src/rules/query/select-star.ts
function followsSchema(entry) {
  return entry.kind === "table" || (entry.kind === "cte" || entry.kind === "subquery") && entry.columns === void 0;
}
var selectStar = {
  meta: {
    id: "select-star",
    layer: "query",
    severity: "notice",
    summary: "SELECT * in an application query.",
    why: "PostgreSQL expands * when the query is planned, into every column the table has at that moment. A column added by a later migration then reaches the application unasked (a wide text or jsonb column is read, detoasted and sent on every call), a dropped or reordered column breaks code that reads by position, and an index-only scan is impossible because the query needs every column. Naming the columns keeps the result stable and the data read minimal.",
    bad: "-- name: GetUser :one\nSELECT * FROM users\nWHERE id = $1;",
    good: "-- name: GetUser :one\nSELECT id, email FROM users\nWHERE id = $1;",
    setup: "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);",
    references: [`${DOCS}/queries-select-lists.html`, `${DOCS}/indexes-index-only-scans.html`],
    fixable: false,
    needs: ["catalog"]
  },
  check(ctx) {
    const out = [];
    for (const { query: q, ast } of changedQueries(ctx, "query-file")) {
      const stars = [];
      const entries = [];
      forEachLevel(ast, q.catalog, (level) => {
        if (!level.output || level.kind !== "select" || level.setOperation) return;
        for (const t32 of level.select?.targetList ?? []) {
          const ref = nodeAs(nodeAs(t32, "ResTarget")?.val, "ColumnRef");
          const covered = ref ? starEntries(ref, level.scope).filter(followsSchema) : [];
          if (!ref || covered.length === 0) continue;
          stars.push(columnRefParts(ref).map((p3) => p3 === "*" ? p3 : quoteIdent(p3)).join("."));
          for (const e4 of covered) if (!entries.some((x) => entryLabel(x) === entryLabel(e4))) entries.push(e4);
        }
      });
      if (stars.length === 0) continue;
      const known = entries.length === 1 ? entries[0].catalogTable : void 0;
      const columns = known?.columns.map((c3) => quoteIdent(c3.name)).join(", ");
      out.push({
        file: q.file,
        statement: q.statement,
        message: `${queryLabel2(q)} selects ${[...new Set(stars)].join(", ")} from ${entries.map(entryLabel).join(", ")}: its result changes with every migration of the table, and it reads every column, wide ones included.`,
        help: columns ? `Name the columns the application reads, e.g. SELECT ${columns} FROM ${entryLabel(entries[0])} (dropping those it does not use).` : "Name the columns the application reads.",
        verified: "static"
      });
    }
    return out;
  }
};

// src/rules/query/offset-pagination.ts
var offsetPagination = {
  meta: {
    id: "offset-pagination",
    layer: "query",
    severity: "notice",
    summary: "OFFSET-based pagination: every page reads and discards all rows before it.",
    why: "OFFSET n does not skip rows: PostgreSQL produces the first n rows in order and throws them away, so page 1000 costs a thousand pages of work and deep pages get slower as the table grows. Rows inserted or deleted between requests also shift the pages, so users see duplicates or miss rows. Keyset (seek) pagination remembers the last row's sort key and asks for the rows after it, which an index on the sort key serves at the same cost for every page.",
    bad: "-- name: ListOrders :many\nSELECT id, placed_at FROM orders\nORDER BY placed_at DESC, id DESC\nLIMIT $1 OFFSET $2;",
    good: "-- name: ListOrders :many\nSELECT id, placed_at FROM orders\nWHERE (placed_at, id) < ($2, $3)\nORDER BY placed_at DESC, id DESC\nLIMIT $1;",
    setup: "CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, placed_at timestamptz NOT NULL);\nCREATE INDEX orders_placed_at_id_idx ON orders (placed_at, id);",
    references: [`${DOCS}/queries-limit.html`, `${DOCS}/functions-comparisons.html#ROW-WISE-COMPARISON`],
    fixable: false,
    needs: []
  },
  check(ctx) {
    const out = [];
    for (const { query: q, ast } of changedQueries(ctx, "query-file")) {
      forEachLevel(ast, q.catalog, (level) => {
        const offset = level.select?.limitOffset;
        if (!offset || isZeroConstant(offset) || nodeAs(offset, "A_Const")?.isnull) return;
        const from = level.scope.entries.map(entryLabel).join(", ");
        const keys = (level.select?.sortClause ?? []).map((s) => exprText(nodeAs(s, "SortBy")?.node));
        out.push({
          file: q.file,
          statement: q.statement,
          message: `${queryLabel2(q)}: OFFSET ${exprText(offset)} makes PostgreSQL produce and discard every skipped row${from ? ` of ${from}` : ""}, so each page costs more than the one before.`,
          help: keys.length > 0 ? `Paginate by key: return the last row's (${keys.join(", ")}) with each page and ask for the rows after it with WHERE (${keys.join(", ")}) > (...) (< for DESC) and the same ORDER BY and LIMIT, served by an index on (${keys.join(", ")}).` : "Paginate by key: ORDER BY a unique key, return the last key with each page and ask for WHERE key > $last ... LIMIT n.",
          verified: "static"
        });
      });
    }
    return out;
  }
};

// src/rules/query/at-most-one-row.ts
function atMostOneRow(level) {
  const select = level.select;
  if (!select || level.setOperation) return false;
  const limit = nodeAs(select.limitCount, "A_Const");
  if (limit?.ival && (limit.ival.ival ?? 0) <= 1) return true;
  const equalities = levelConditions(level).flatMap(conjuncts2).map((c3) => nodeAs(c3, "A_Expr")).filter((e4) => e4?.kind === "AEXPR_OP" && operatorName(e4.name) === "=" && e4.lexpr && e4.rexpr);
  const pinned = /* @__PURE__ */ new Set();
  const fixedBy = (expr, entry) => columnRefsIn(expr).every((ref) => {
    const r9 = resolveColumn(ref, level.scope);
    return r9 !== void 0 && r9.entry !== entry && (pinned.has(r9.entry) || r9.entry.scope !== level.scope);
  });
  const pinnedColumns = (entry) => {
    const out = /* @__PURE__ */ new Set();
    for (const e4 of equalities) {
      for (const [side, other] of [[e4?.lexpr, e4?.rexpr], [e4?.rexpr, e4?.lexpr]]) {
        const ref = nodeAs(side, "ColumnRef");
        const r9 = ref && resolveColumn(ref, level.scope);
        if (r9?.entry === entry && fixedBy(other, entry)) out.add(r9.column);
      }
    }
    return out;
  };
  for (let grew = true; grew; ) {
    grew = false;
    for (const entry of level.scope.entries) {
      if (pinned.has(entry) || !entry.catalogTable) continue;
      const fixed = pinnedColumns(entry);
      const unique = entry.catalogTable.indexes.some(
        (i6) => i6.valid && i6.unique && i6.predicate === null && i6.columns.length > 0 && i6.columns.every((c3) => c3 !== null && fixed.has(c3))
      );
      if (unique) {
        pinned.add(entry);
        grew = true;
      }
    }
  }
  if (level.scope.entries.length > 0 && level.scope.entries.every((e4) => pinned.has(e4))) return true;
  const groups = select.groupClause ?? [];
  return groups.length > 0 && groups.every((g) => {
    const ref = nodeAs(g, "ColumnRef");
    const r9 = ref && resolveColumn(ref, level.scope);
    return r9 !== void 0 && pinned.has(r9.entry);
  });
}

// src/rules/query/correlated-subquery.ts
function correlation(sub, outer, catalog) {
  const inside = /* @__PURE__ */ new Set();
  const refs = /* @__PURE__ */ new Set();
  let tables = [];
  let readsRelation = false;
  if (!sub.subselect) return { refs: [], tables, readsRelation };
  forEachLevel(
    sub.subselect,
    catalog,
    (level) => {
      if (inside.size === 0) tables = level.scope.entries.map(entryLabel);
      inside.add(level.scope);
      if (level.scope.entries.some((e4) => e4.kind === "table" || e4.kind === "cte")) readsRelation = true;
      for (const ref of levelColumnRefs(level)) {
        const resolved = resolveColumn(ref, level.scope);
        if (resolved && !inside.has(resolved.entry.scope)) refs.add(columnRefParts(ref).map(quoteIdent).join("."));
      }
    },
    outer
  );
  return { refs: [...refs], tables, readsRelation };
}
var correlatedSubquery = {
  meta: {
    id: "correlated-subquery",
    layer: "query",
    severity: "notice",
    summary: "A subquery in the SELECT list that reads the outer row: it runs once per row (N+1 inside SQL).",
    why: "PostgreSQL plans a scalar or ARRAY subquery of the select list that refers to the outer query as a SubPlan and executes it again for every row the outer query returns: a thousand rows mean a thousand index lookups or, without an index, a thousand scans. Aggregating the inner table once and joining the result (or a LEFT JOIN with GROUP BY) lets the planner use a hash or merge join over both sets in one pass.",
    bad: "-- name: UsersWithOrderCount :many\nSELECT u.id,\n       (SELECT count(*) FROM orders o WHERE o.user_id = u.id) AS order_count\nFROM users u;",
    good: "-- name: UsersWithOrderCount :many\nSELECT u.id, coalesce(o.order_count, 0) AS order_count\nFROM users u\nLEFT JOIN (SELECT user_id, count(*) AS order_count FROM orders GROUP BY user_id) o ON o.user_id = u.id;",
    setup: "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);\nCREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_id bigint NOT NULL REFERENCES users);\nCREATE INDEX orders_user_id_idx ON orders (user_id);",
    references: [`${DOCS}/sql-expressions.html#SQL-SYNTAX-SCALAR-SUBQUERIES`, `${DOCS}/using-explain.html`],
    fixable: false,
    needs: ["catalog"]
  },
  check(ctx) {
    const out = [];
    for (const { query: q, ast } of changedQueries(ctx)) {
      forEachLevel(ast, q.catalog, (level) => {
        if (level.kind !== "select" || level.setOperation || atMostOneRow(level)) return;
        for (const t32 of level.select?.targetList ?? []) {
          const target = nodeAs(t32, "ResTarget");
          const found = subLinksIn(target?.val).filter((sub) => sub.subLinkType === "EXPR_SUBLINK" || sub.subLinkType === "ARRAY_SUBLINK").map((sub) => ({ sub, ...correlation(sub, level.scope, q.catalog) })).filter((c3) => c3.refs.length > 0 && c3.readsRelation);
          if (found.length === 0) continue;
          const what = found.every((c3) => c3.sub.subLinkType === "ARRAY_SUBLINK") ? "ARRAY(SELECT ...)" : "subquery";
          const tables = [...new Set(found.flatMap((c3) => c3.tables))];
          const refs = [...new Set(found.flatMap((c3) => c3.refs))];
          const column = target?.name ? ` (column ${quoteIdent(target.name)})` : "";
          out.push({
            file: q.file,
            statement: q.statement,
            message: `${queryLabel2(q)}: the ${found.length > 1 ? what === "subquery" ? "subqueries" : `${what}s` : what}${tables.length ? ` on ${tables.join(", ")}` : ""} in the select list${column} read${found.length > 1 ? "" : "s"} ${refs.join(", ")} of the outer query, so PostgreSQL runs ${found.length > 1 ? "them" : "it"} again for every row returned.`,
            help: "Aggregate once and join: LEFT JOIN (SELECT key, count(*) ... GROUP BY key) s ON s.key = outer.key, or a LEFT JOIN with GROUP BY on the outer query; keep the subquery only when few rows are returned and an index serves it.",
            verified: "static"
          });
        }
      });
    }
    return out;
  }
};

// src/rules/index.ts
var ALL_RULES = [
  syntaxError,
  editedMigration,
  outOfOrderMigration,
  concurrentlyInTransaction,
  transactionNesting,
  unknownIgnore,
  replayError,
  addColumnRequired,
  queryInvalid,
  queryBrokenByMigration,
  notReplayable,
  opaqueCode,
  dataMigration,
  requireConcurrentIndex,
  dropIndexWithoutConcurrently,
  reindexWithoutConcurrently,
  constraintWithoutNotValid,
  validateInSameTransaction,
  setNotNullScansTable,
  columnTypeRewrite,
  addColumnRewrite,
  uniqueConstraintBuildsIndex,
  tableRewriteCommand,
  lockTimeoutMissing,
  lockHeldAcrossStatements,
  refreshWithoutConcurrently,
  unindexedForeignKey,
  foreignKeyTypeMismatch,
  duplicateIndex,
  redundantIndex,
  tooManyIndexes,
  dropTable,
  dropColumn,
  renameTable,
  renameColumn,
  truncateTable,
  dropSchema,
  largeTableChange,
  preferBigint,
  preferIdentity,
  preferTimestamptz,
  preferText,
  banChar,
  preferJsonb,
  missingPrimaryKey,
  identifierTooLong,
  updateDeleteWithoutWhere,
  missingIndexForQuery,
  nonSargablePredicate,
  leadingWildcardLike,
  notInSubqueryRule,
  orderByRandom,
  selectStar,
  offsetPagination,
  correlatedSubquery
];
var RULE_IDS = ALL_RULES.map((r9) => r9.meta.id);
var BY_ID = new Map(ALL_RULES.map((r9) => [r9.meta.id, r9]));

// src/review/apply-rules.ts
var DOCS_BASE = "https://github.com/pg-migration-review/pg-migration-review/blob/main/docs/rules";
function docsUrl(ruleId) {
  return `${DOCS_BASE}/${ruleId}.md`;
}
function ignoreFor(fileIgnores, draft, ruleId) {
  if (!fileIgnores) return void 0;
  const fileLevel = fileIgnores.find((d2) => d2.rules.includes(ruleId));
  if (fileLevel) return { reason: fileLevel.reason };
  const statementLevel = draft.statement?.ignores.find((d2) => d2.rules.includes(ruleId));
  return statementLevel ? { reason: statementLevel.reason } : void 0;
}
function checkSafely(rule, ctx) {
  try {
    return rule.check(ctx);
  } catch (err) {
    const file = ctx.files[0]?.source.path ?? ctx.queries[0]?.file ?? ".";
    return [{
      file,
      line: 1,
      message: `The rule ${rule.meta.id} could not finish on this review (${err instanceof Error ? err.message : String(err)}); its findings are missing.`,
      help: "Report this with the migration that caused it; the other rules ran.",
      verified: "static",
      severity: "notice"
    }];
  }
}
function applyRules(rules, ctx) {
  const findings = [];
  const filesByPath = new Map(ctx.files.map((f) => [f.source.path, f]));
  const ignoresByPath = new Map(ctx.queries.map((q) => [q.file, q.fileIgnores ?? []]));
  for (const f of ctx.files) ignoresByPath.set(f.source.path, f.fileIgnores);
  for (const rule of rules) {
    const setting = ctx.config.rules[rule.meta.id];
    if (setting === "off") continue;
    for (const draft of checkSafely(rule, ctx)) {
      const file = filesByPath.get(draft.file);
      const span = draft.statement?.span;
      const line = draft.line ?? span?.line ?? 1;
      const ignore = ignoreFor(ignoresByPath.get(draft.file), draft, rule.meta.id);
      const reviewed = draft.statement ? file?.statements.find((s) => s.statement === draft.statement) : void 0;
      const dependsOnReplay = rule.meta.needs.length > 0;
      findings.push({
        ruleId: rule.meta.id,
        layer: rule.meta.layer,
        severity: setting ?? draft.severity ?? rule.meta.severity,
        file: draft.file,
        line,
        column: draft.line !== void 0 && draft.line !== span?.line ? 1 : span?.column ?? 1,
        endLine: Math.max(line, span?.endLine ?? line),
        message: draft.message,
        help: draft.help,
        ...draft.evidence ? { evidence: draft.evidence } : {},
        ...draft.fix ? { fix: draft.fix } : {},
        verified: draft.verified,
        ...dependsOnReplay && reviewed?.afterReplayGap ? { unverified: true } : {},
        ignored: ignore !== void 0,
        ...ignore?.reason ? { ignoreReason: ignore.reason } : {},
        docs: docsUrl(rule.meta.id)
      });
    }
  }
  return findings;
}
var SEVERITY_RANK = { error: 0, escalate: 1, warning: 2, notice: 3 };
function sortFindings(findings, fileOrder) {
  const rank = new Map(fileOrder.map((p3, i6) => [p3, i6]));
  return [...findings].sort(
    (a14, b) => (rank.get(a14.file) ?? 1e9) - (rank.get(b.file) ?? 1e9) || a14.file.localeCompare(b.file) || a14.line - b.line || SEVERITY_RANK[a14.severity] - SEVERITY_RANK[b.severity] || a14.ruleId.localeCompare(b.ruleId)
  );
}

// src/core/finding.ts
var LAYER_TITLES = {
  input: "Layer 1: input validation",
  replay: "Layer 2: verification by replay",
  knowledge: "Layer 3: knowledge boundary",
  output: "Layer 4: output verification",
  escalation: "Layer 5: escalation",
  design: "Schema design",
  query: "Queries"
};
function verdictOf(severities) {
  let verdict = "pass";
  for (const s of severities) {
    if (s === "error") return "fail";
    if (s === "escalate") verdict = "escalate";
    else if (s === "warning" && verdict === "pass") verdict = "warn";
  }
  return verdict;
}
function verdictOfFindings(findings) {
  return verdictOf(findings.filter((f) => !f.ignored).map((f) => f.severity));
}

// src/review/assemble.ts
function assembleReview(parts) {
  const queryFiles = parts.queryFiles ?? [];
  const order = [...parts.files.map((f) => f.source.path), ...queryFiles.map((f) => f.path)];
  const findings = sortFindings(parts.findings, order);
  return {
    mode: parts.mode,
    verdict: verdictOfFindings(findings),
    files: parts.files.map((f) => ({
      path: f.source.path,
      framework: f.source.framework,
      status: f.status,
      verdict: verdictOfFindings(findings.filter((x) => x.file === f.source.path)),
      statements: f.statements.length
    })).concat(queryFiles.map((f) => ({
      path: f.path,
      framework: `${f.format} queries`,
      status: f.status,
      verdict: verdictOfFindings(findings.filter((x) => x.file === f.path)),
      statements: f.queries
    }))),
    findings,
    baseProblems: parts.baseProblems,
    traces: parts.traces,
    stats: {
      baseFiles: parts.baseFiles,
      files: parts.files.length,
      statements: parts.files.reduce((n, f) => n + f.statements.length, 0),
      queries: parts.queries ?? 0,
      cache: parts.cache?.status ?? "off",
      ...parts.cache?.key ? { cacheKey: parts.cache.key } : {},
      ...parts.cache?.note ? { cacheNote: parts.cache.note } : {},
      timings: parts.timings
    },
    config: parts.config,
    schema: parts.schema
  };
}

// src/review/change-source.ts
var LIKELY_READ = /\.(sql|plan|conf)$/;
function gitChangeSource(root, baseRef) {
  const baseCommit = baseRef ? resolveCommit(root, baseRef) : defaultBase(root);
  const baseTree = treeAt(root, baseCommit);
  const shaByPath = new Map(baseTree.map((e4) => [e4.path, e4.sha]));
  let prefetched;
  let headPaths;
  let changes;
  return {
    description: `git ${baseCommit.slice(0, 12)}..working tree`,
    basePaths: () => baseTree.map((e4) => e4.path),
    readBase(path) {
      const sha = shaByPath.get(path);
      if (!sha) return void 0;
      prefetched ??= readBlobs(root, baseTree.filter((e4) => LIKELY_READ.test(e4.path)).map((e4) => e4.sha));
      return prefetched.get(sha) ?? readBlobs(root, [sha]).get(sha);
    },
    baseSha: (path) => shaByPath.get(path) ?? "",
    headPaths: () => headPaths ??= workingTreeFiles(root),
    readHead: (path) => readWorkingFile(root, path),
    changes: () => changes ??= changedPaths(root, baseCommit)
  };
}

// src/review/parse-source.ts
function parseSource(source, problem) {
  if (!problem) return parseSqlFile(source.reviewedText);
  return {
    fileIgnores: [],
    statements: [
      {
        index: 0,
        text: "",
        span: { start: 0, end: 0, line: problem.line, column: 1, endLine: problem.line, endColumn: 1 },
        kind: "Unparsed",
        syntaxError: { message: problem.message, line: problem.line, column: 1 },
        ignores: []
      }
    ]
  };
}
function extensionsCreated(parsed) {
  const names = /* @__PURE__ */ new Set();
  for (const file of parsed) {
    for (const s of file.statements) {
      if (s.kind === "CreateExtensionStmt" && s.ast) {
        const name = s.ast.CreateExtensionStmt.extname;
        if (name) names.add(name);
      }
    }
  }
  return [...names];
}

// src/review/base-cache.ts
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync as readFileSync4, renameSync, rmSync, statSync as statSync2, utimesSync, writeFileSync } from "node:fs";
import { join as join4 } from "node:path";

// src/version.ts
var VERSION = "0.1.0";

// src/review/base-cache.ts
var FORMAT = 1;
var KEEP = 4;
function payload(m) {
  return JSON.stringify([m.extensions, m.problems, m.cascade, m.catalog ?? null]);
}
var sha256 = (data) => createHash("sha256").update(data).digest("hex");
function baseCacheKey(sources, engineParts) {
  const h = createHash("sha256");
  h.update(`pg-migration-review ${VERSION} format ${FORMAT}
`);
  for (const part of engineParts) h.update(`${part}
`);
  for (const s of sources) h.update(`${s.path}\0${s.framework}\0${s.transaction}\0${s.repeatable}\0${sha256(s.reviewedText)}
`);
  return h.digest("hex").slice(0, 32);
}
var dataPath = (dir, key) => join4(dir, `base-${key}.tar.gz`);
var metaPath = (dir, key) => join4(dir, `base-${key}.json`);
function readBaseCache(dir, key) {
  let meta;
  try {
    meta = JSON.parse(readFileSync4(metaPath(dir, key), "utf8"));
  } catch (err) {
    const absent = err.code === "ENOENT";
    return { status: "miss", reason: absent ? "no entry for this base" : "entry metadata unreadable" };
  }
  if (meta.format !== FORMAT || meta.key !== key || meta.engine !== VERSION) return { status: "miss", reason: "entry made by another version" };
  let data;
  try {
    data = new Uint8Array(readFileSync4(dataPath(dir, key)));
  } catch {
    return { status: "miss", reason: "entry data missing" };
  }
  if (data.length !== meta.bytes || sha256(data) !== meta.sha256) return { status: "miss", reason: "entry data corrupt (size or SHA-256 differs)" };
  if (!Array.isArray(meta.problems) || !Array.isArray(meta.extensions) || !meta.cascade) return { status: "miss", reason: "entry metadata incomplete" };
  if (sha256(payload(meta)) !== meta.payloadSha256) return { status: "miss", reason: "entry metadata corrupt (SHA-256 differs)" };
  try {
    const now = /* @__PURE__ */ new Date();
    utimesSync(metaPath(dir, key), now, now);
  } catch {
  }
  return {
    status: "hit",
    snapshot: { dataDir: data, extensions: meta.extensions, problems: meta.problems, cascade: meta.cascade, ...meta.catalog ? { catalog: meta.catalog } : {} }
  };
}
function writeBaseCache(dir, key, snapshot) {
  mkdirSync(dir, { recursive: true });
  const trusted = { extensions: snapshot.extensions, problems: snapshot.problems, cascade: snapshot.cascade, ...snapshot.catalog ? { catalog: snapshot.catalog } : {} };
  const meta = {
    format: FORMAT,
    key,
    engine: VERSION,
    bytes: snapshot.dataDir.length,
    sha256: sha256(snapshot.dataDir),
    extensions: snapshot.extensions,
    problems: snapshot.problems,
    cascade: snapshot.cascade,
    ...snapshot.catalog ? { catalog: snapshot.catalog } : {},
    payloadSha256: sha256(payload(trusted)),
    createdAt: (/* @__PURE__ */ new Date()).toISOString()
  };
  const tmp = `.tmp-${process.pid}-${Date.now()}`;
  writeFileSync(join4(dir, `${tmp}.tar.gz`), snapshot.dataDir);
  writeFileSync(join4(dir, `${tmp}.json`), JSON.stringify(meta));
  renameSync(join4(dir, `${tmp}.tar.gz`), dataPath(dir, key));
  renameSync(join4(dir, `${tmp}.json`), metaPath(dir, key));
  prune(dir);
}
function entriesByUse(dir) {
  return readdirSync(dir).filter((f) => /^base-[0-9a-f]+\.json$/.test(f)).map((f) => ({ key: f.slice(5, -5), at: statSync2(join4(dir, f)).mtimeMs })).sort((a14, b) => b.at - a14.at);
}
function prune(dir) {
  for (const old of entriesByUse(dir).slice(KEEP)) {
    rmSync(metaPath(dir, old.key), { force: true });
    rmSync(dataPath(dir, old.key), { force: true });
  }
}

// src/replay/classify-error.ts
var SUPABASE_ROLES = [
  "anon",
  "authenticated",
  "service_role",
  "supabase_admin",
  "authenticator",
  "dashboard_user"
];
var NOT_REPLAYABLE = [
  { code: "0A000", message: /^extension ".*" is not available/, why: "extension not shipped with the embedded engine" },
  { code: "0A000", message: /^COPY with a server-side file or PROGRAM is not run/, why: "COPY with a file or program of the database server" },
  { code: "58P01", why: "file the embedded engine does not have (extension control file, C library)" },
  { code: "42704", message: /^role ".*" does not exist/, why: "role created by the hosting platform, not by the migrations" },
  { code: "42704", message: /^tablespace ".*" does not exist/, why: "tablespace of the production server" },
  { code: "42704", message: /^language ".*" does not exist/, why: "procedural language not available in the embedded engine" },
  { code: "42704", message: /^(foreign-data wrapper|server) ".*" does not exist/, why: "foreign server of the production setup" },
  { code: "42501", why: "permission or superuser-only operation" },
  // Connection exceptions: a subscription or dblink trying to reach another server.
  { code: /^08/, why: "needs a connection to another server" }
];
function notReplayableReason(err) {
  for (const p3 of NOT_REPLAYABLE) {
    const codeOk = typeof p3.code === "string" ? err.code === p3.code : p3.code.test(err.code);
    if (codeOk && (!p3.message || p3.message.test(err.message))) return p3.why;
  }
  return void 0;
}

// src/replay/catalog-diff.ts
function sameJson(a14, b) {
  return JSON.stringify(a14) === JSON.stringify(b);
}
function shareUnchanged(prev, next) {
  const tables = {};
  let changed = Object.keys(prev.tables).length !== Object.keys(next.tables).length;
  for (const [key, table] of Object.entries(next.tables)) {
    const old = prev.tables[key];
    if (old === table || old && sameJson(old, table)) tables[key] = old;
    else {
      tables[key] = table;
      changed = true;
    }
  }
  const sameExtensions = sameJson(prev.extensions, next.extensions);
  if (!changed && sameExtensions) return prev;
  return { tables, extensions: sameExtensions ? prev.extensions : next.extensions };
}
function diffTables(before, after) {
  const beforeByOid = /* @__PURE__ */ new Map();
  for (const [key, t32] of Object.entries(before.tables)) beforeByOid.set(t32.oid, [key, t32]);
  const created = [];
  const altered = [];
  const seen = /* @__PURE__ */ new Set();
  for (const [key, t32] of Object.entries(after.tables)) {
    const old = beforeByOid.get(t32.oid);
    if (!old) created.push(key);
    else {
      seen.add(t32.oid);
      if (old[1] !== t32 && !sameJson(old[1], t32)) altered.push(key);
    }
  }
  const dropped = [...beforeByOid.entries()].filter(([oid]) => !seen.has(oid)).map(([, [key]]) => key);
  return { created: created.sort(), altered: altered.sort(), dropped: dropped.sort() };
}

// src/replay/catalog-query.ts
var SYSTEM_SCHEMA_FILTER = `n.nspname not in ('pg_catalog', 'information_schema')
  and n.nspname !~ '^pg_toast' and n.nspname !~ '^pg_temp_'`;
function userRelations(kinds, oidFilter) {
  return `select c.oid from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in (${kinds}) and ${SYSTEM_SCHEMA_FILTER}
      and not exists (select 1 from pg_depend e where e.classid = 'pg_class'::regclass and e.objid = c.oid and e.deptype = 'e')
      ${oidFilter ? "and c.oid = any($1::oid[])" : ""}`;
}
var TABLE_KINDS = `'r', 'p', 'm', 'f', 'v'`;
var KIND = { r: "table", p: "partitioned", m: "matview", v: "view", f: "foreign" };
var PERSISTENCE = { p: "permanent", u: "unlogged", t: "temporary" };
var VOLATILITY = { i: "immutable", s: "stable", v: "volatile" };
var CONSTRAINT_KIND = {
  p: "primary",
  u: "unique",
  f: "foreign",
  c: "check",
  x: "exclude",
  n: "not-null",
  t: "trigger"
};
var DEFAULT_VOLATILITY = `case when d.adbin::text ~ '\\{NEXTVALUEEXPR' then 'v' else (
    select max(p.provolatile::text) from pg_proc p where p.oid in (
      select m[1]::oid from regexp_matches(d.adbin::text, ':(?:funcid|opfuncid) (\\d+)', 'g') m
      union
      select o.oprcode::oid from pg_operator o where o.oid in (
        select m[1]::oid from regexp_matches(d.adbin::text, ':opno (\\d+)', 'g') m))
  ) end`;
function tablesSql(filter) {
  return `select c.oid::int as oid, n.nspname::text as schema, c.relname::text as name,
      c.relkind::text as relkind, c.relpersistence::text as persistence
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.oid in (${userRelations(TABLE_KINDS, filter)})
    order by n.nspname, c.relname`;
}
function columnsSql(oids) {
  return `select a.attrelid::int as rel, a.attname::text as name, a.attnum::int as attnum,
      format_type(a.atttypid, a.atttypmod) as type, t.typname::text as typname, a.atttypmod::int as typmod,
      a.attnotnull as notnull, pg_get_expr(d.adbin, d.adrelid) as def,
      ${"case when d.oid is null then null else " + DEFAULT_VOLATILITY + " end"} as vol,
      a.attidentity::text as identity, a.attgenerated::text as generated
    from pg_attribute a join pg_type t on t.oid = a.atttypid
      left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
    where a.attrelid = any(${oids}) and a.attnum > 0 and not a.attisdropped
    order by a.attrelid, a.attnum`;
}
function indexesSql(oids) {
  return `select i.indrelid::int as rel, ic.relname::text as name,
      array(select a.attname::text from unnest(i.indkey::int2[]) with ordinality u(attnum, ord)
              left join pg_attribute a on a.attrelid = i.indrelid and a.attnum = u.attnum and u.attnum > 0
            order by u.ord) as columns,
      array(select pg_get_indexdef(i.indexrelid, k, true) from generate_series(1, i.indnatts::int) k order by k) as keys,
      i.indnkeyatts::int as nkey,
      array(select case when oc.opcdefault then '' else oc.opcname::text end
            from unnest(i.indclass::oid[]) with ordinality u(opc, ord) join pg_opclass oc on oc.oid = u.opc
            order by u.ord) as opclasses,
      array(select case when u.coll = 0 or u.coll = coalesce(nullif(a.attcollation, 0), 100) then '' else co.collname::text end
            from unnest(i.indcollation::oid[], i.indkey::int2[]) with ordinality u(coll, attnum, ord)
              left join pg_attribute a on a.attrelid = i.indrelid and a.attnum = u.attnum and u.attnum > 0
              left join pg_collation co on co.oid = u.coll
            where u.ord <= i.indnkeyatts order by u.ord) as collations,
      array(select case when u.opt & 1 = 1 then (case when u.opt & 2 = 2 then 'DESC' else 'DESC NULLS LAST' end)
                        else (case when u.opt & 2 = 2 then 'NULLS FIRST' else '' end) end
            from unnest(i.indoption::int2[]) with ordinality u(opt, ord) order by u.ord) as orders,
      pg_get_expr(i.indpred, i.indrelid, true) as predicate, am.amname::text as method,
      i.indisunique as "unique", i.indisprimary as "primary", i.indisvalid as valid,
      (select con.conname::text from pg_constraint con
        where con.conindid = i.indexrelid and con.conrelid = i.indrelid and con.contype in ('p', 'u', 'x') limit 1) as "constraint",
      pg_get_indexdef(i.indexrelid) as definition
    from pg_index i join pg_class ic on ic.oid = i.indexrelid join pg_am am on am.oid = ic.relam
    where i.indrelid = any(${oids})
    order by i.indrelid, ic.relname`;
}
function constraintsSql(oids) {
  return `select con.conrelid::int as rel, con.conname::text as name, con.contype::text as contype,
      array(select a.attname::text from unnest(con.conkey) with ordinality u(k, ord)
              join pg_attribute a on a.attrelid = con.conrelid and a.attnum = u.k order by u.ord) as columns,
      con.convalidated as validated, pg_get_constraintdef(con.oid, true) as definition,
      case when con.contype = 'f' then (select rn.nspname || '.' || rc.relname from pg_class rc
        join pg_namespace rn on rn.oid = rc.relnamespace where rc.oid = con.confrelid) end as reftable,
      case when con.contype = 'f' then array(select a.attname::text from unnest(con.confkey) with ordinality u(k, ord)
              join pg_attribute a on a.attrelid = con.confrelid and a.attnum = u.k order by u.ord) end as refcolumns,
      case when con.contype in ('p', 'u', 'x') then (select ic.relname::text from pg_class ic where ic.oid = con.conindid) end as index
    from pg_constraint con
    where con.conrelid = any(${oids})
    order by con.conrelid, con.conname`;
}
function oidArray(oids) {
  return `'{${oids.map((o5) => Math.trunc(o5)).join(",")}}'::oid[]`;
}
async function readCatalog(engine, opts = {}) {
  const filter = opts.tableOids !== void 0;
  const oids = "array(select oid::oid from t)";
  const [row] = await engine.queryPrepared(
    filter ? "pg_migration_review_tables" : "pg_migration_review_catalog",
    `with t as materialized (${tablesSql(filter)})
    select (select json_agg(t)::text from t) as tables,
      (select json_agg(x)::text from (${columnsSql(oids)}) x) as columns,
      (select json_agg(x)::text from (${indexesSql(oids)}) x) as indexes,
      (select json_agg(x)::text from (${constraintsSql(oids)}) x) as constraints,
      (select json_agg(x)::text from (select extname::text as name from pg_extension order by 1) x) as extensions`,
    filter ? [oidArray(opts.tableOids ?? [])] : []
  );
  const rows = (json) => json ? JSON.parse(json) : [];
  const tableRows = rows(row.tables);
  const columnRows = rows(row.columns);
  const indexRows = rows(row.indexes);
  const constraintRows = rows(row.constraints);
  const extensionRows = rows(row.extensions);
  const byOid = /* @__PURE__ */ new Map();
  const tables = {};
  for (const r9 of tableRows) {
    const table = {
      oid: r9.oid,
      schema: r9.schema,
      name: r9.name,
      kind: KIND[r9.relkind],
      persistence: PERSISTENCE[r9.persistence] ?? "permanent",
      columns: [],
      indexes: [],
      constraints: []
    };
    byOid.set(r9.oid, table);
    tables[`${r9.schema}.${r9.name}`] = table;
  }
  for (const r9 of columnRows) byOid.get(r9.rel)?.columns.push(toColumn(r9));
  for (const r9 of indexRows) {
    const table = byOid.get(r9.rel);
    if (table) table.indexes.push(toIndex(r9, `${table.schema}.${table.name}`));
  }
  for (const r9 of constraintRows) byOid.get(r9.rel)?.constraints.push(toConstraint(r9));
  return { tables, extensions: extensionRows.map((r9) => r9.name) };
}
function toColumn(r9) {
  return {
    name: r9.name,
    attnum: r9.attnum,
    type: r9.type,
    typeName: r9.typname,
    typmod: r9.typmod,
    notNull: r9.notnull,
    default: r9.def,
    defaultVolatility: r9.def === null ? null : VOLATILITY[r9.vol ?? "i"] ?? "immutable",
    identity: r9.identity === "a" ? "always" : r9.identity === "d" ? "by-default" : null,
    generated: r9.generated === "s" ? "stored" : r9.generated === "v" ? "virtual" : null
  };
}
function toIndex(r9, table) {
  return {
    name: r9.name,
    table,
    columns: r9.columns.slice(0, r9.nkey),
    keys: r9.keys.slice(0, r9.nkey),
    include: r9.keys.slice(r9.nkey),
    opclasses: r9.opclasses,
    collations: r9.collations,
    orders: r9.orders,
    predicate: r9.predicate,
    method: r9.method,
    unique: r9.unique,
    primary: r9.primary,
    valid: r9.valid,
    constraint: r9.constraint,
    definition: r9.definition
  };
}
function toConstraint(r9) {
  const c3 = {
    name: r9.name,
    kind: CONSTRAINT_KIND[r9.contype] ?? "check",
    columns: r9.columns ?? [],
    validated: r9.validated,
    definition: r9.definition
  };
  if (r9.reftable !== null) c3.references = { table: r9.reftable, columns: r9.refcolumns ?? [] };
  if (r9.index !== null) c3.index = r9.index;
  return c3;
}
function lockRelkind(relkind) {
  switch (relkind) {
    case "r":
    case "p":
    case "f":
      return "table";
    case "i":
    case "I":
      return "index";
    case "S":
      return "sequence";
    case "v":
      return "view";
    case "m":
      return "matview";
    default:
      return "other";
  }
}
var RELATIONS_JSON = `select '[' || coalesce(string_agg('[' || c.oid::int || ',' || c.relfilenode::int || ',"' || c.relkind::text || '",'
      || coalesce(i.indrelid::int, 0) || ',' || to_json(n.nspname || '.' || c.relname)::text || ']', ','), '') || ']'
    from pg_class c join pg_namespace n on n.oid = c.relnamespace left join pg_index i on i.indexrelid = c.oid
    where c.relkind in ('r', 'p', 'm', 'f', 'v', 'i', 'I', 'S') and ${SYSTEM_SCHEMA_FILTER}`;
var LOCKS_JSON = `select '[' || coalesce(string_agg('[' || l.relation::int || ',"' || l.mode || '"]', ','), '') || ']'
    from pg_locks l
    where l.pid = pg_backend_pid() and l.locktype = 'relation' and l.granted
      and l.database = (select oid from pg_database where datname = current_database())`;
function toRelations(json) {
  const rows = JSON.parse(json);
  const map = /* @__PURE__ */ new Map();
  for (const [oid, relfilenode, relkind, , name] of rows) map.set(oid, { oid, name, relkind: lockRelkind(relkind), table: name, relfilenode });
  for (const [oid, , , tableOid] of rows) {
    const table = tableOid !== 0 ? map.get(tableOid) : void 0;
    if (table) map.get(oid).table = table.name;
  }
  return map;
}
function toLocks(json, relations, known) {
  const locks = [];
  const seen = /* @__PURE__ */ new Set();
  for (const [oid, mode2] of JSON.parse(json)) {
    const info = relations.get(oid) ?? known?.get(oid);
    if (!info) continue;
    const key = `${info.name}\0${mode2}`;
    if (seen.has(key)) continue;
    seen.add(key);
    locks.push({ relation: info.name, relkind: info.relkind, table: info.table, mode: mode2 });
  }
  return locks;
}
async function readStepState(engine, known) {
  const [row] = await engine.queryPrepared(
    "pg_migration_review_step_state",
    `select (${RELATIONS_JSON}) as relations, (${LOCKS_JSON}) as locks`
  );
  const relations = toRelations(row.relations);
  return { relations, locks: toLocks(row.locks, relations, known) };
}
async function readRelations(engine) {
  const [row] = await engine.queryPrepared("pg_migration_review_relations", `select (${RELATIONS_JSON}) as relations`);
  return toRelations(row.relations);
}

// src/replay/session.ts
function onFastPath(file) {
  return file.statements !== void 0 && !file.statements.some((s) => s.nonTransactional || s.serverSideCopy || isTransactionControl(s));
}
var SERVER_SIDE_COPY = { code: "0A000", message: "COPY with a server-side file or PROGRAM is not run by the review" };
var BATCH_TEXTS = 200;
var BATCH_CHARS = 1 << 20;
function batchEnd(items, start, size) {
  let end = start;
  for (let chars = 0; end < items.length && end - start < BATCH_TEXTS && chars < BATCH_CHARS; end++) {
    const n = size(items[end]);
    if (n === void 0) break;
    chars += n;
  }
  return end;
}
var STEP_SAVEPOINT = "pg_migration_review_step";
var TRANSACTION_CONTROL = /^\s*(begin|start\s+transaction|commit|end|rollback|abort|savepoint|release|prepare\s+transaction)\b/i;
function isTransactionControl(s) {
  return s.kind !== void 0 ? s.kind === "TransactionStmt" : TRANSACTION_CONTROL.test(s.text);
}
function errorInfo(err) {
  if (err instanceof PgError) return err.info;
  if (err instanceof EngineStoppedError) return { code: "57014", message: err.message };
  return { code: "XX000", message: err instanceof Error ? err.message : String(err) };
}
var ReplaySession = class _ReplaySession {
  constructor(engine, roles, prelude) {
    this.engine = engine;
    this.roles = roles;
    this.prelude = prelude;
  }
  engine;
  roles;
  prelude;
  /** Times the engine was restarted after a stopped statement. */
  restarts = 0;
  /** SQL that rebuilds the committed state, in order. */
  log = [];
  block;
  nextTransactionId = 1;
  current = emptyCatalog();
  catalogFresh = false;
  /** User relations as of the last traced step; dropped whenever other SQL runs. */
  relations;
  static async start(opts = {}) {
    const engine = await PgliteEngine.start({
      extensions: opts.extensions,
      statementTimeoutMs: opts.statementTimeoutMs,
      memoryLimitMb: opts.memoryLimitMb,
      ...opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}
    });
    const session = opts.loadDataDir ? new _ReplaySession(engine, [], []) : new _ReplaySession(engine, opts.roles ?? [], opts.prelude ?? []);
    await session.createRoles();
    return session;
  }
  async close() {
    await this.engine.close();
  }
  /** The database as a gzipped data directory; call between files (no transaction open). */
  dump() {
    return this.engine.dump();
  }
  /**
   * Runs `fn` with a QueryProber on the schema as it is now, with planner statistics for `tables`;
   * everything it does is rolled back. A stopped engine is rebuilt before the error goes on.
   */
  async probe(tables, fn) {
    const prober = await QueryProber.open(this.engine, tables);
    try {
      return await fn(prober);
    } finally {
      try {
        await prober.close();
      } catch (err) {
        await this.recover(err);
      }
    }
  }
  /**
   * Takes `catalog` as the schema now, without reading it: for a database loaded from a cached
   * base replay whose catalog was saved with it (same data directory, so the same oids).
   */
  assumeCatalog(catalog) {
    this.current = catalog;
    this.catalogFresh = true;
  }
  /** The schema now (cached until the database changes). */
  async catalog() {
    if (!this.catalogFresh) {
      this.current = shareUnchanged(this.current, await readCatalog(this.engine));
      this.catalogFresh = true;
    }
    return this.current;
  }
  /**
   * The schema after a statement: only the tables it touched are read again when that is known
   * (a full read of 100 tables costs 70 to 250 ms, one table about 8 ms); the rest is shared
   * with the previous snapshot.
   */
  async refreshCatalog(touched, kind) {
    if (touched === "all") {
      this.catalogFresh = false;
      return this.catalog();
    }
    if (touched.size === 0 && kind !== "CreateExtensionStmt" && kind !== "DropStmt") {
      this.catalogFresh = true;
      return this.current;
    }
    const partial = await readCatalog(this.engine, { tableOids: [...touched] });
    const tables = { ...this.current.tables };
    for (const [key, t32] of Object.entries(tables)) if (touched.has(t32.oid)) delete tables[key];
    Object.assign(tables, partial.tables);
    this.current = shareUnchanged(this.current, { tables, extensions: partial.extensions });
    this.catalogFresh = true;
    return this.current;
  }
  /**
   * Applies a file of the base history. Fast path: the whole file in one exec (one implicit
   * transaction). If it fails, or the file holds transaction control or statements that cannot
   * run in a transaction, each statement runs alone in autocommit, so that as much schema as
   * possible reaches later files. Returns the failures (context for the review, not findings).
   */
  async replayBaseFile(path, sql, statements) {
    return (await this.replayBaseFiles([{ path, sql, statements }]))[0];
  }
  /**
   * Applies files of the base history in order, as replayBaseFile does each: what would be sent
   * one request at a time (whole files, or the statements of a file that cannot run whole) goes
   * to the engine in batches, one round trip for many, each text still its own transaction.
   * Returns each file's failures.
   */
  async replayBaseFiles(files) {
    this.catalogFresh = false;
    this.relations = void 0;
    const problems = files.map(() => []);
    const units = [];
    const statementUnits = (i6) => {
      const file = files[i6];
      const out = [];
      for (const statement of file.statements ?? []) {
        if (statement.serverSideCopy) problems[i6].push(this.problem(file.path, statement.line, SERVER_SIDE_COPY));
        else if (!isTransactionControl(statement)) out.push({ file: i6, text: statement.text, statement });
      }
      return out;
    };
    const flush = async () => {
      for (let i6 = 0; i6 < units.length; ) {
        const run = await this.engine.execEach(units.slice(i6, batchEnd(units, i6, (u2) => u2.text.length)).map((u2) => u2.text));
        this.log.push(...units.slice(i6, i6 + run.completed).map((u2) => u2.text));
        i6 += run.completed;
        if (!run.error) continue;
        await this.recover(run.error);
        const { file, statement } = units[i6];
        if (statement) {
          const info = errorInfo(run.error);
          problems[file].push(this.problem(files[file].path, lineOfCharPosition(statement.text, info.position, statement.line), info));
          i6++;
        } else {
          if (run.error instanceof PgError) await this.engine.exec("ROLLBACK");
          units.splice(i6, 1, ...statementUnits(file));
        }
      }
      units.length = 0;
    };
    for (const [i6, file] of files.entries()) {
      if (!file.statements) {
        await flush();
        problems[i6] = await this.unparsedBaseFile(file);
      } else if (onFastPath(file)) {
        units.push({ file: i6, text: file.sql });
      } else {
        units.push(...statementUnits(i6));
      }
    }
    await flush();
    return problems;
  }
  /**
   * A base file given without its statements runs whole; what failed is placed by the error's
   * position. A file that BEGINs without COMMIT is closed like the runner's next file would.
   */
  async unparsedBaseFile(file) {
    try {
      await this.engine.exec(file.sql);
      this.log.push(file.sql);
      await this.engine.exec("COMMIT");
      return [];
    } catch (err) {
      await this.recover(err);
      if (err instanceof PgError) await this.engine.exec("ROLLBACK");
      const info = errorInfo(err);
      return [this.problem(file.path, lineOfCharPosition(file.sql, info.position), info)];
    }
  }
  /**
   * Runs a file under review statement by statement and records what each one did. The file's
   * effects stay in the database (committed), so the next file sees them.
   *
   * Transaction handling follows production: `wrapped`, and `implicit` with more than one
   * statement, run in one block; `none` runs each statement alone unless the file's own BEGIN
   * opens a block. Inside a block each statement runs under a savepoint, so a failing one is
   * recorded and the rest still run. Statements that cannot run in a block are run outside it
   * (the block is committed and reopened) and their locks come from the static table.
   */
  async runFile(path, statements, model) {
    const frameworkWraps = model === "wrapped" || model === "implicit" && statements.length > 1;
    const problems = [];
    const steps = [];
    let catalog = await this.catalog();
    if (frameworkWraps) await this.openBlock("framework");
    for (const [i6, s] of statements.entries()) {
      const before = catalog;
      const inBlock = this.block !== void 0;
      const base = {
        path,
        statementIndex: s.index,
        outcome: "skipped",
        inTransaction: inBlock,
        locks: [],
        lockSource: "trace",
        rewritten: [],
        created: [],
        altered: [],
        dropped: [],
        durationMs: 0
      };
      let transactionId = this.block?.id ?? null;
      let trace;
      let touched = /* @__PURE__ */ new Set();
      if (serverSideCopy(s)) {
        trace = { ...base, outcome: "not-replayable", error: SERVER_SIDE_COPY };
      } else if (s.kind === "Unparsed" || isSetTransaction(s)) {
        trace = base;
      } else if (s.kind === "TransactionStmt") {
        const more = i6 < statements.length - 1;
        trace = await this.transactionControl(s, base, model === "implicit" && more);
        transactionId ??= this.block?.id ?? null;
        if (!this.catalogFresh) catalog = await this.catalog();
      } else {
        ({ trace, touched } = s.nonTransactional ? await this.outsideBlock(s, base) : this.block ? await this.tracedInBlock(s, base) : await this.tracedAlone(s, base));
      }
      if (trace.outcome === "ok") {
        catalog = await this.refreshCatalog(INCREMENTAL_KINDS.has(s.kind) ? touched : "all", s.kind);
        Object.assign(trace, diffTables(before, catalog));
      }
      steps.push({ statementIndex: s.index, trace, transactionId, before, after: catalog });
    }
    if (this.block) {
      const line = statements.at(-1)?.line ?? 1;
      try {
        await this.commitBlock();
      } catch (err) {
        await this.recover(err);
        problems.push({ line, message: `COMMIT failed: ${errorInfo(err).message}`, error: errorInfo(err) });
        this.catalogFresh = false;
        catalog = await this.catalog();
      }
    }
    return { steps, problems, catalog };
  }
  // --- transaction blocks -------------------------------------------------------------------
  async openBlock(kind, id) {
    await this.engine.exec("BEGIN");
    this.block = { kind, id: id ?? this.nextTransactionId++, pending: [], held: [] };
  }
  async commitBlock() {
    const block = this.block;
    if (!block) return;
    this.block = void 0;
    await this.engine.exec("COMMIT");
    for (const p3 of block.pending) if (!p3.savepoint) this.log.push(p3.sql);
  }
  async rollbackBlock() {
    if (!this.block) return;
    this.block = void 0;
    this.catalogFresh = false;
    this.relations = void 0;
    await this.engine.exec("ROLLBACK");
  }
  /** BEGIN, COMMIT, ROLLBACK, SAVEPOINT...: handled here, as PostgreSQL would treat them in this file. */
  async transactionControl(s, trace, reopenImplicit) {
    const kind = s.transactionKind ?? guessTransactionKind(s.text);
    try {
      switch (kind) {
        case "TRANS_STMT_BEGIN":
        case "TRANS_STMT_START":
          if (!this.block) await this.openBlock("explicit");
          trace.inTransaction = true;
          return trace;
        case "TRANS_STMT_COMMIT":
        case "TRANS_STMT_ROLLBACK": {
          if (!this.block) return trace;
          if (kind === "TRANS_STMT_COMMIT") await this.commitBlock();
          else await this.rollbackBlock();
          if (reopenImplicit) await this.openBlock("framework");
          trace.inTransaction = true;
          return trace;
        }
        case "TRANS_STMT_SAVEPOINT":
        case "TRANS_STMT_RELEASE":
        case "TRANS_STMT_ROLLBACK_TO": {
          await this.engine.exec(s.text);
          this.trackSavepoint(kind, s);
          return trace;
        }
        default:
          await this.engine.exec(s.text);
          return trace;
      }
    } catch (err) {
      await this.recover(err);
      const info = errorInfo(err);
      return { ...trace, outcome: err instanceof EngineStoppedError ? "timeout" : "error", error: info };
    }
  }
  trackSavepoint(kind, s) {
    const pending = this.block?.pending;
    if (!pending) return;
    const name = savepointName(s);
    if (kind === "TRANS_STMT_SAVEPOINT") {
      pending.push({ sql: s.text, savepoint: name });
      return;
    }
    let at = -1;
    for (let k = pending.length - 1; k >= 0; k--) if (pending[k].savepoint === name) {
      at = k;
      break;
    }
    if (at < 0) return;
    if (kind === "TRANS_STMT_ROLLBACK_TO") {
      pending.length = at + 1;
      this.catalogFresh = false;
      this.relations = void 0;
      this.block.held = void 0;
    } else {
      for (let k = pending.length - 1; k >= at; k--) if (pending[k].savepoint) pending.splice(k, 1);
    }
  }
  // --- traced execution ---------------------------------------------------------------------
  /** A statement inside the open block, under a savepoint: locks = held after minus held before. */
  async tracedInBlock(s, trace) {
    const block = this.block;
    let relsBefore;
    let locksBefore;
    try {
      if (this.relations && block.held) {
        relsBefore = this.relations;
        locksBefore = block.held;
      } else {
        const state = await readStepState(this.engine, this.relations);
        relsBefore = state.relations;
        locksBefore = state.locks;
      }
      await this.engine.exec(`SAVEPOINT ${STEP_SAVEPOINT}`);
    } catch (err) {
      await this.recover(err);
      return { trace: this.failed(trace, err, 0), touched: /* @__PURE__ */ new Set() };
    }
    const t0 = performance.now();
    try {
      await this.engine.exec(s.text);
    } catch (err) {
      const durationMs2 = performance.now() - t0;
      if (err instanceof PgError) {
        await this.engine.exec(`ROLLBACK TO SAVEPOINT ${STEP_SAVEPOINT}; RELEASE SAVEPOINT ${STEP_SAVEPOINT}`);
      } else {
        await this.recover(err);
      }
      return { trace: this.failed(trace, err, durationMs2), touched: /* @__PURE__ */ new Set() };
    }
    const durationMs = performance.now() - t0;
    this.catalogFresh = false;
    try {
      const { locks: held, relations: relsAfter } = await readStepState(this.engine, relsBefore);
      await this.engine.exec(`RELEASE SAVEPOINT ${STEP_SAVEPOINT}`);
      block.pending.push({ sql: s.text });
      block.held = held;
      this.relations = relsAfter;
      const had = new Set(locksBefore.map(lockKey));
      return {
        trace: {
          ...trace,
          outcome: "ok",
          locks: held.filter((l) => !had.has(lockKey(l))),
          rewritten: rewrites(relsBefore, relsAfter),
          durationMs
        },
        // Every table locked in the block so far: a second ALTER of a table takes no new lock.
        touched: touchedTables(held, relsBefore, relsAfter)
      };
    } catch (err) {
      await this.recover(err);
      return { trace: this.failed(trace, err, durationMs), touched: /* @__PURE__ */ new Set() };
    }
  }
  /** A statement outside any block: in its own transaction, so its locks can be read before COMMIT. */
  async tracedAlone(s, trace) {
    try {
      await this.openBlock("explicit", 0);
    } catch (err) {
      await this.recover(err);
      return { trace: this.failed(trace, err, 0), touched: /* @__PURE__ */ new Set() };
    }
    const result = await this.tracedInBlock(s, trace);
    try {
      if (result.trace.outcome === "ok") await this.commitBlock();
      else await this.rollbackBlock();
    } catch (err) {
      await this.recover(err);
      this.catalogFresh = false;
      return { trace: this.failed(result.trace, err, result.trace.durationMs), touched: /* @__PURE__ */ new Set() };
    }
    if (result.trace.outcome === "error" && (result.trace.error?.code === "25001" || result.trace.error?.code === "2D000")) {
      return this.outsideBlock(s, trace);
    }
    return result;
  }
  /** A statement that cannot run in a block: the open block is committed around it; locks from the static table. */
  async outsideBlock(s, trace) {
    const reopen = this.block ? { kind: this.block.kind, id: this.block.id } : void 0;
    let relsBefore;
    try {
      await this.commitBlock();
      relsBefore = this.relations ?? await readRelations(this.engine);
      this.relations = void 0;
    } catch (err) {
      await this.recover(err);
      return { trace: this.failed(trace, err, 0), touched: /* @__PURE__ */ new Set() };
    }
    const t0 = performance.now();
    let result;
    try {
      await this.engine.exec(s.text);
      const durationMs = performance.now() - t0;
      this.catalogFresh = false;
      this.log.push(s.text);
      const byName = new Map([...relsBefore.values()].map((r9) => [r9.name, r9]));
      const relsAfter = await readRelations(this.engine);
      const indexTable2 = (name) => {
        const r9 = byName.get(name) ?? [...relsAfter.values()].find((x) => x.name === name);
        return r9?.relkind === "index" ? r9.table : void 0;
      };
      const locks = staticLocks(s.ast, indexTable2);
      this.relations = relsAfter;
      result = {
        trace: { ...trace, outcome: "ok", lockSource: "static", locks, rewritten: rewrites(relsBefore, relsAfter), durationMs },
        touched: touchedTables(locks, relsBefore, relsAfter)
      };
    } catch (err) {
      const durationMs = performance.now() - t0;
      await this.recover(err);
      result = { trace: this.failed({ ...trace, lockSource: "static" }, err, durationMs), touched: /* @__PURE__ */ new Set() };
    }
    if (reopen && !this.block) await this.openBlock(reopen.kind, reopen.id);
    return result;
  }
  failed(trace, err, durationMs) {
    const error = errorInfo(err);
    const outcome = err instanceof EngineStoppedError ? "timeout" : notReplayableReason(error) ? "not-replayable" : "error";
    return { ...trace, outcome, error, locks: [], rewritten: [], durationMs };
  }
  // --- recovery -----------------------------------------------------------------------------
  /**
   * After a failure: a PostgreSQL error needs nothing (a failed exec rolls back its implicit
   * transaction; savepoints are handled by the caller). A stopped engine is restarted and the
   * log replayed; an open block is reopened with what it had done so far.
   */
  async recover(err) {
    if (err instanceof PgError) return;
    if (!(err instanceof EngineStoppedError)) throw err;
    this.restarts++;
    this.catalogFresh = false;
    this.relations = void 0;
    if (this.block) this.block.held = void 0;
    try {
      await this.engine.restart();
    } catch (restartErr) {
      if (!(restartErr instanceof EngineStoppedError)) throw restartErr;
      await new Promise((resolve2) => setTimeout(resolve2, 500));
      await this.engine.restart();
    }
    await this.createRoles();
    for (let i6 = 0; i6 < this.log.length; ) {
      const run = await this.engine.execEach(this.log.slice(i6, batchEnd(this.log, i6, (sql) => sql.length)));
      i6 += run.completed;
      if (run.error && !(run.error instanceof PgError)) throw run.error;
      if (run.error) i6++;
    }
    if (this.block) {
      const block = this.block;
      await this.engine.exec("BEGIN");
      for (const p3 of block.pending) {
        try {
          await this.engine.exec(p3.sql);
        } catch (replayErr) {
          if (!(replayErr instanceof PgError)) throw replayErr;
        }
      }
    }
  }
  async createRoles() {
    for (const role of this.roles) {
      await this.engine.exec(`DO $$ BEGIN CREATE ROLE "${role.replaceAll('"', '""')}" NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$`);
    }
    for (const sql of this.prelude) await this.engine.exec(sql);
  }
  problem(path, line, info) {
    return { path, line, message: `${info.code}: ${info.message}`, code: info.code, notReplayable: notReplayableReason(info) !== void 0 };
  }
};
var INCREMENTAL_KINDS = /* @__PURE__ */ new Set([
  "AlterTableStmt",
  "IndexStmt",
  "CreateStmt",
  "CreateTableAsStmt",
  "ViewStmt",
  "DropStmt",
  "TruncateStmt",
  "CommentStmt",
  "CreateTrigStmt",
  "CreatePolicyStmt",
  "AlterPolicyStmt",
  "RuleStmt",
  "GrantStmt",
  "GrantRoleStmt",
  "CreateSeqStmt",
  "AlterSeqStmt",
  "InsertStmt",
  "UpdateStmt",
  "DeleteStmt",
  "MergeStmt",
  "VariableSetStmt",
  "CreateSchemaStmt",
  "ClusterStmt",
  "VacuumStmt",
  "ReindexStmt",
  "RefreshMatViewStmt",
  "LockStmt",
  "CreateRoleStmt",
  "AlterRoleStmt",
  "CreateExtensionStmt",
  "CreateEnumStmt",
  "CompositeTypeStmt",
  "CreateDomainStmt",
  "CreateFunctionStmt",
  "AlterDefaultPrivilegesStmt",
  "CopyStmt",
  "CreateStatsStmt"
]);
function touchedTables(locks, before, after) {
  const oidOf = /* @__PURE__ */ new Map();
  for (const r9 of before.values()) oidOf.set(r9.name, r9.oid);
  for (const r9 of after.values()) oidOf.set(r9.name, r9.oid);
  const touched = /* @__PURE__ */ new Set();
  const addTable = (name) => {
    const oid = oidOf.get(name);
    if (oid !== void 0) touched.add(oid);
  };
  for (const l of locks) addTable(l.table);
  for (const [oid, r9] of after) {
    const old = before.get(oid);
    if (!old || old.name !== r9.name || old.relfilenode !== r9.relfilenode) {
      addTable(r9.table);
      touched.add(oid);
    }
  }
  for (const [oid, r9] of before) {
    if (!after.has(oid)) {
      addTable(r9.table);
      touched.add(oid);
    }
  }
  return touched;
}
function lockKey(l) {
  return `${l.relation}\0${l.mode}`;
}
function rewrites(before, after) {
  const old = /* @__PURE__ */ new Map();
  for (const r9 of before.values()) if (r9.relfilenode !== 0) old.set(r9.name, r9.relfilenode);
  const out = [];
  for (const r9 of after.values()) {
    const prev = old.get(r9.name);
    if (prev !== void 0 && r9.relfilenode !== 0 && prev !== r9.relfilenode) out.push(r9.name);
  }
  return out.sort();
}
function serverSideCopy(s) {
  const copy = s.ast?.CopyStmt;
  return copy !== void 0 && (copy.is_program === true || copy.filename !== void 0);
}
function isSetTransaction(s) {
  const node = s.ast?.VariableSetStmt;
  return node ? node.name === "TRANSACTION" : /^\s*set\s+transaction\b/i.test(s.text);
}
function guessTransactionKind(text) {
  const t32 = text.trim().toLowerCase();
  if (/^(begin|start\s+transaction)\b/.test(t32)) return "TRANS_STMT_BEGIN";
  if (/^(commit|end)\b/.test(t32) && !/^commit\s+prepared\b/.test(t32)) return "TRANS_STMT_COMMIT";
  if (/^(rollback|abort)\s+(work\s+|transaction\s+)?to\b/.test(t32)) return "TRANS_STMT_ROLLBACK_TO";
  if (/^(rollback|abort)\b/.test(t32) && !/^rollback\s+prepared\b/.test(t32)) return "TRANS_STMT_ROLLBACK";
  if (/^savepoint\b/.test(t32)) return "TRANS_STMT_SAVEPOINT";
  if (/^release\b/.test(t32)) return "TRANS_STMT_RELEASE";
  return "OTHER";
}
function savepointName(s) {
  const node = s.ast?.TransactionStmt;
  if (node?.savepoint_name) return node.savepoint_name;
  const m = /(\w+)\s*;?\s*$/.exec(s.text);
  return (m?.[1] ?? "").toLowerCase();
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
var SHIPPED_EXTENSIONS = [
  "plpgsql",
  ...Object.keys(LOADERS).filter((m) => m !== "uuid_ossp"),
  ...Object.keys(MODULE_OF)
].sort();

// src/replay/platforms.ts
var SUPABASE = {
  name: "Supabase platform schemas (auth, storage, extensions)",
  roles: SUPABASE_ROLES,
  extensions: ["uuid-ossp", "pgcrypto"],
  prelude: [
    `CREATE SCHEMA IF NOT EXISTS extensions;
     CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA extensions;
     CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA extensions;
     SET search_path = "$user", public, extensions;
     CREATE SCHEMA IF NOT EXISTS auth;
     CREATE TABLE IF NOT EXISTS auth.users (
       id uuid PRIMARY KEY, instance_id uuid, aud varchar(255), role varchar(255), email varchar(255),
       phone text, encrypted_password varchar(255), email_confirmed_at timestamptz, last_sign_in_at timestamptz,
       raw_app_meta_data jsonb, raw_user_meta_data jsonb, is_super_admin boolean, is_anonymous boolean NOT NULL DEFAULT false,
       created_at timestamptz, updated_at timestamptz, deleted_at timestamptz
     );
     CREATE OR REPLACE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE
       AS $$ SELECT nullif(current_setting('request.jwt.claim.sub', true), '')::uuid $$;
     CREATE OR REPLACE FUNCTION auth.role() RETURNS text LANGUAGE sql STABLE
       AS $$ SELECT nullif(current_setting('request.jwt.claim.role', true), '')::text $$;
     CREATE OR REPLACE FUNCTION auth.email() RETURNS text LANGUAGE sql STABLE
       AS $$ SELECT nullif(current_setting('request.jwt.claim.email', true), '')::text $$;
     CREATE OR REPLACE FUNCTION auth.jwt() RETURNS jsonb LANGUAGE sql STABLE
       AS $$ SELECT coalesce(nullif(current_setting('request.jwt.claims', true), ''), '{}')::jsonb $$;
     CREATE SCHEMA IF NOT EXISTS storage;
     CREATE TABLE IF NOT EXISTS storage.buckets (
       id text PRIMARY KEY, name text NOT NULL, owner uuid, public boolean DEFAULT false,
       file_size_limit bigint, allowed_mime_types text[], created_at timestamptz DEFAULT now(), updated_at timestamptz DEFAULT now()
     );
     CREATE TABLE IF NOT EXISTS storage.objects (
       id uuid PRIMARY KEY DEFAULT gen_random_uuid(), bucket_id text REFERENCES storage.buckets (id), name text, owner uuid,
       metadata jsonb, path_tokens text[] GENERATED ALWAYS AS (string_to_array(name, '/')) STORED,
       created_at timestamptz DEFAULT now(), updated_at timestamptz DEFAULT now(), last_accessed_at timestamptz DEFAULT now()
     );
     CREATE OR REPLACE FUNCTION storage.foldername(name text) RETURNS text[] LANGUAGE sql IMMUTABLE
       AS $$ SELECT (string_to_array(name, '/'))[1:array_length(string_to_array(name, '/'), 1) - 1] $$;
     CREATE OR REPLACE FUNCTION storage.filename(name text) RETURNS text LANGUAGE sql IMMUTABLE
       AS $$ SELECT (string_to_array(name, '/'))[array_length(string_to_array(name, '/'), 1)] $$;
     CREATE OR REPLACE FUNCTION storage.extension(name text) RETURNS text LANGUAGE sql IMMUTABLE
       AS $$ SELECT reverse(split_part(reverse(name), '.', 1)) $$;`
  ]
};
var GOLANG_MIGRATE = {
  name: "golang-migrate bookkeeping table",
  roles: [],
  extensions: [],
  prelude: ["CREATE TABLE IF NOT EXISTS schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL)"]
};
function platformSetups(frameworks) {
  const set = new Set(frameworks);
  const setups = [];
  if (set.has("supabase")) setups.push(SUPABASE);
  if (set.has("golang-migrate")) setups.push(GOLANG_MIGRATE);
  return setups;
}

// src/review/failure-cascade.ts
var MISSING_OBJECT = /* @__PURE__ */ new Set(["42P01", "42703", "42704", "42883", "3F000"]);
function lastName(names) {
  const last = names?.at(-1);
  return last ? stringValue(last) : void 0;
}
function createdNames(ast) {
  if (!ast) return [];
  const table = nodeAs(ast, "CreateStmt") ?? nodeAs(ast, "CreateTableAsStmt")?.into;
  const out = [];
  if (table && "relation" in table) out.push(relationName(table.relation)?.split(".").pop());
  if (table && "rel" in table) out.push(relationName(table.rel)?.split(".").pop());
  out.push(relationName(nodeAs(ast, "ViewStmt")?.view)?.split(".").pop());
  out.push(nodeAs(ast, "IndexStmt")?.idxname);
  out.push(lastName(nodeAs(ast, "CreateEnumStmt")?.typeName));
  out.push(relationName(nodeAs(ast, "CompositeTypeStmt")?.typevar)?.split(".").pop());
  out.push(lastName(nodeAs(ast, "CreateDomainStmt")?.domainname));
  out.push(lastName(nodeAs(ast, "CreateFunctionStmt")?.funcname));
  out.push(nodeAs(ast, "CreateSchemaStmt")?.schemaname);
  return out.filter((n) => !!n);
}
var FailureCascade = class {
  missing = /* @__PURE__ */ new Set();
  notReplayableSeen = false;
  state() {
    return { missing: [...this.missing], notReplayableSeen: this.notReplayableSeen };
  }
  restore(state) {
    for (const name of state.missing) this.missing.add(name);
    this.notReplayableSeen ||= state.notReplayableSeen;
  }
  /**
   * Records the statement's outcome and says whether its failure follows from an earlier one:
   * its error names an object an earlier failed statement would have created, or it is an
   * unknown type or function after an extension could not be loaded.
   */
  observe(statement, trace) {
    if (!trace || trace.outcome !== "error" && trace.outcome !== "not-replayable") return false;
    const consequence2 = trace.outcome === "error" && this.explains(trace);
    if (trace.outcome === "not-replayable") this.notReplayableSeen = true;
    for (const name of createdNames(statement.ast)) this.missing.add(name.toLowerCase());
    return consequence2;
  }
  /** A base migration statement that did not replay: what it creates is missing from then on. */
  observeBaseFailure(statement, notReplayable2) {
    if (notReplayable2) this.notReplayableSeen = true;
    for (const name of createdNames(statement?.ast)) this.missing.add(name.toLowerCase());
  }
  explains(trace) {
    const error = trace.error;
    if (!error || !MISSING_OBJECT.has(error.code)) return false;
    const names = [...error.message.matchAll(/"([^"]+)"|function ([\w.]+)\(/g)].map((m) => (m[1] ?? m[2]).toLowerCase().split(".").pop());
    if (names.some((name) => this.missing.has(name))) return true;
    return this.notReplayableSeen && (error.code === "42704" || error.code === "42883");
  }
};

// src/review/transaction-blocks.ts
function placeStatements(statements, model) {
  if (model === "implicit") {
    const inBlock = statements.length > 1;
    return statements.map(() => ({ inTransaction: inBlock, transactionId: inBlock ? 1 : null }));
  }
  let nextId = 1;
  let current = model === "wrapped" ? nextId++ : null;
  return statements.map((statement) => {
    const control = transactionControlOf(statement.ast);
    if (control === "begin") {
      if (current === null) current = nextId++;
      return { inTransaction: true, transactionId: current };
    }
    if (control === "commit" || control === "rollback" || control === "prepare") {
      const placement = { inTransaction: current !== null, transactionId: current };
      current = null;
      return placement;
    }
    return { inTransaction: current !== null, transactionId: current };
  });
}

// src/review/replayer.ts
function nonTransactional(s) {
  return s.ast !== void 0 && isNonTransactional(s.ast);
}
function effectiveModel(source, parsed) {
  const runnable = parsed.statements.filter((s) => s.kind !== "Unparsed");
  if (source.framework === "flyway" && source.transaction === "wrapped" && runnable.length > 0 && runnable.every(nonTransactional)) return "none";
  return source.transaction;
}
function toReplayStatement(s) {
  const transactionKind2 = s.kind === "TransactionStmt" ? s.ast.TransactionStmt.kind : void 0;
  return {
    index: s.index,
    text: s.text,
    kind: s.kind,
    line: s.span.line,
    nonTransactional: nonTransactional(s),
    ...transactionKind2 ? { transactionKind: transactionKind2 } : {},
    ...s.ast ? { ast: s.ast } : {}
  };
}
function engineKeyParts(frameworks) {
  const setups = platformSetups(frameworks);
  return [`pglite ${pgliteVersion()}`, JSON.stringify(setups)];
}
async function startReplayer(extensions, frameworks, config, start) {
  const setups = platformSetups(frameworks);
  const session = await ReplaySession.start({
    extensions: [.../* @__PURE__ */ new Set([...extensions, ...setups.flatMap((p3) => p3.extensions)])],
    roles: [...new Set(setups.flatMap((p3) => p3.roles))],
    prelude: setups.flatMap((p3) => p3.prelude),
    statementTimeoutMs: config.statementTimeoutMs,
    memoryLimitMb: config.memoryLimitMb,
    ...start ? { loadDataDir: start.dataDir } : {}
  });
  const traces = [];
  const cascade = new FailureCascade();
  if (start) cascade.restore(start.cascade);
  if (start?.catalog) session.assumeCatalog(start.catalog);
  let current = start?.catalog;
  return {
    traces,
    async replayBase(files) {
      current = void 0;
      const perFile = await session.replayBaseFiles(
        files.map(({ source, parsed }) => ({
          path: source.path,
          sql: source.reviewedText,
          statements: parsed.statements.map((s) => ({
            text: s.text,
            line: s.span.line,
            kind: s.kind,
            nonTransactional: nonTransactional(s),
            ...serverSideCopy(s) ? { serverSideCopy: true } : {}
          }))
        }))
      );
      return perFile.flatMap((problems, i6) => {
        for (const p3 of problems) {
          const failed = files[i6].parsed.statements.findLast((s) => s.span.line <= p3.line);
          cascade.observeBaseFailure(failed, p3.notReplayable);
        }
        return problems.map((p3) => ({ path: p3.path, line: p3.line, message: p3.message }));
      });
    },
    async replayChanged(source, parsed) {
      const model = effectiveModel(source, parsed);
      const placements = placeStatements(parsed.statements, model);
      const run = await session.runFile(source.path, parsed.statements.map(toReplayStatement), model);
      current = run.catalog;
      const byIndex = new Map(run.steps.map((step) => [step.statementIndex, step]));
      let gap = false;
      let previous = run.steps[0]?.before ?? current;
      return parsed.statements.map((statement, i6) => {
        const step = byIndex.get(statement.index);
        if (step) traces.push(step.trace);
        const consequence2 = cascade.observe(statement, step?.trace);
        const reviewed = {
          statement,
          inTransaction: placements[i6].inTransaction,
          transactionId: placements[i6].transactionId,
          ...step ? { trace: step.trace } : {},
          before: step?.before ?? previous,
          after: step?.after ?? previous,
          afterReplayGap: gap || consequence2
        };
        previous = reviewed.after;
        if (step?.trace.outcome === "not-replayable") gap = true;
        return reviewed;
      });
    },
    unreplayed(source, parsed) {
      const statements = parsed?.statements ?? [];
      const placements = placeStatements(statements, parsed ? effectiveModel(source, parsed) : source.transaction);
      const catalog = current ?? { tables: {}, extensions: [] };
      return statements.map((statement, i6) => ({
        statement,
        inTransaction: placements[i6].inTransaction,
        transactionId: placements[i6].transactionId,
        before: catalog,
        after: catalog,
        afterReplayGap: false
      }));
    },
    async catalog() {
      current ??= await session.catalog();
      return current;
    },
    probe: (tables, fn) => session.probe(tables, fn),
    async snapshot() {
      return { dataDir: await session.dump(), cascade: cascade.state(), catalog: await session.catalog() };
    },
    close: () => session.close()
  };
}

// src/review/base-replay.ts
function union(a14, b) {
  return [.../* @__PURE__ */ new Set([...a14, ...b])];
}
async function replayBase(options) {
  const { base, config, frameworks, timer } = options;
  const changedExtensions = extensionsCreated(options.changed);
  const key = options.cacheDir ? baseCacheKey(base.sources, engineKeyParts(frameworks)) : void 0;
  if (options.cacheDir && key) {
    const lookup = readBaseCache(options.cacheDir, key);
    if (lookup.status === "hit") {
      timer.start("base-replay");
      const { snapshot } = lookup;
      try {
        const replayer = await startReplayer(union(snapshot.extensions, changedExtensions), frameworks, config, snapshot);
        return { replayer, problems: [...snapshot.problems], cache: { status: "hit", key } };
      } catch (err) {
        const note = `cache entry ${key} did not load (${err instanceof Error ? err.message : String(err)}); replayed the history instead`;
        return fresh({ status: "miss", key, note });
      }
    }
    return fresh({ status: "miss", key, note: lookup.reason });
  }
  return fresh({ status: "off" });
  async function fresh(cache) {
    timer.start("parse");
    const parsed = base.sources.map((s) => parseSource(s, base.problems.get(s.path)));
    timer.start("base-replay");
    const baseExtensions = extensionsCreated(parsed);
    const replayer = await startReplayer(union(baseExtensions, changedExtensions), frameworks, config);
    const problems = [];
    try {
      problems.push(...await replayer.replayBase(base.sources.map((source, i6) => ({ source, parsed: parsed[i6] }))));
      if (options.cacheDir && cache.key) {
        try {
          const start = await replayer.snapshot();
          writeBaseCache(options.cacheDir, cache.key, { ...start, extensions: baseExtensions, problems });
        } catch (err) {
          cache = { ...cache, note: `${cache.note ? `${cache.note}; ` : ""}could not save the cache entry: ${err instanceof Error ? err.message : String(err)}` };
        }
      }
    } catch (err) {
      await replayer.close();
      throw err;
    }
    return { replayer, problems, cache };
  }
}

// src/migrations/text-regions.ts
function splitLines(text) {
  const lines = [];
  let start = 0;
  for (; ; ) {
    const nl = text.indexOf("\n", start);
    const stop = nl < 0 ? text.length : nl;
    const end = stop > start && text[stop - 1] === "\r" ? stop - 1 : stop;
    lines.push({ start, end, text: text.slice(start, end) });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}
function blankRanges(text, ranges) {
  if (ranges.length === 0) return text;
  const chars = text.split("");
  for (const r9 of ranges) {
    for (let i6 = r9.start; i6 < r9.end; i6++) {
      if (chars[i6] !== "\n" && chars[i6] !== "\r") chars[i6] = " ";
    }
  }
  return chars.join("");
}
function isCommentOrBlank(line) {
  const t32 = line.trim();
  return t32 === "" || t32.startsWith("--");
}

// src/migrations/frameworks/sections.ts
function reviewUpSections(text, markers) {
  const lines = splitLines(text);
  const blank = [];
  const upMarkers = [];
  const indentedMarkers = [];
  let state = "pre";
  for (const line of lines) {
    const isUp = markers.up.test(line.text);
    const isDown = !isUp && markers.down.test(line.text);
    if (isUp || isDown) {
      if (/^\s/.test(line.text)) indentedMarkers.push(line.text.trim());
      if (isUp && !(state === "down" && markers.downEndsFile)) {
        state = "up";
        upMarkers.push(line.text.trim());
      } else if (isDown && state !== "down") {
        state = "down";
      }
      continue;
    }
    if (state === "down" || state === "pre" && !isCommentOrBlank(line.text)) {
      blank.push({ start: line.start, end: line.end });
    }
  }
  if (upMarkers.length === 0) return { reviewedText: text, upMarkers, indentedMarkers };
  return { reviewedText: blankRanges(text, blank), upMarkers, indentedMarkers };
}

// src/migrations/frameworks/dbmate.ts
var DBMATE_UP = /^\s*--\s*migrate:up(\s.*)?$/;
var hasDbmateMarkers = (text) => /^\s*--\s*migrate:up(?![\w-])/m.test(text);
var DBMATE_DOWN = /^\s*--\s*migrate:down(\s.*)?$/;
function analyze2(file) {
  const sections = reviewUpSections(file.text, { up: DBMATE_UP, down: DBMATE_DOWN, downEndsFile: true });
  const directives = [];
  if (sections.upMarkers.length > 0) directives.push("migrate:up");
  else directives.push("missing -- migrate:up (dbmate rejects the file)");
  if (splitLines(file.text).some((l) => DBMATE_DOWN.test(l.text))) directives.push("migrate:down");
  for (const m of sections.indentedMarkers) directives.push(`indented marker "${m}" (dbmate only reads markers at the start of a line)`);
  const options = sections.upMarkers[0]?.replace(/^--\s*migrate:up/, "") ?? "";
  const noTx = /(^|\s)transaction:false(\s|$)/.test(options);
  if (noTx) directives.push("transaction:false");
  return {
    reviewedText: sections.reviewedText,
    transaction: noTx ? "none" : "wrapped",
    transactionReason: noTx ? "-- migrate:up transaction:false: dbmate runs the up part outside a transaction" : "dbmate runs the up part of each migration in a transaction",
    directives
  };
}
var dbmate = {
  framework: "dbmate",
  version: (path) => ({ version: splitVersion(basename(path)), repeatable: false }),
  analyze: analyze2
};

// src/migrations/frameworks/flyway.ts
var VERSIONED = /^V(\d+(?:[._]\d+)*)__.+\.sql$/;
var REPEATABLE = /^R__.+\.sql$/;
function isFlywayName(name) {
  return VERSIONED.test(name) || REPEATABLE.test(name);
}
function version2(path) {
  const m = VERSIONED.exec(basename(path));
  if (m) return { version: parseVersionParts(m[1]), repeatable: false };
  return { version: [], repeatable: REPEATABLE.test(basename(path)) };
}
function executeInTransaction(file) {
  const conf = file.read(`${file.path}.conf`);
  const m = conf && /^\s*executeInTransaction\s*=\s*(true|false)\s*$/im.exec(conf);
  return m ? m[1].toLowerCase() === "true" : void 0;
}
function analyze3(file) {
  const directives = [];
  const inTx = executeInTransaction(file);
  if (inTx !== void 0) directives.push(`executeInTransaction=${inTx}`);
  if (/\$\{[^}]+\}/.test(file.text)) directives.push("Flyway placeholders ${...}");
  if (inTx === false) {
    return {
      reviewedText: file.text,
      transaction: "none",
      transactionReason: `executeInTransaction=false in ${basename(file.path)}.conf: Flyway runs the script outside a transaction`,
      directives
    };
  }
  return {
    reviewedText: file.text,
    transaction: "wrapped",
    transactionReason: "Flyway runs each script in a transaction (a script of only non-transactional statements runs outside one; a mix fails)",
    directives
  };
}
var flyway = { framework: "flyway", version: version2, analyze: analyze3 };

// src/migrations/frameworks/dialect.ts
function wholeFile(transaction, transactionReason) {
  return (file) => ({
    reviewedText: file.text,
    transaction,
    transactionReason,
    directives: []
  });
}

// src/migrations/frameworks/golang-migrate.ts
var UP_FILE = /^\d+_.*\.up\.sql$/;
function isGolangMigrateName(name) {
  return UP_FILE.test(name);
}
var golangMigrate = {
  framework: "golang-migrate",
  version: (path) => ({ version: splitVersion(basename(path)), repeatable: false }),
  analyze: wholeFile(
    "implicit",
    "golang-migrate sends the file as one query string: several statements run as one implicit transaction, a single one alone"
  )
};

// src/migrations/frameworks/goose.ts
var GOOSE_UP = /^\s*--\s*\+goose\s+up\s*$/i;
var hasGooseMarkers = (text) => /^\s*--\s*\+goose\s+up\s*$/im.test(text);
var GOOSE_DOWN = /^\s*--\s*\+goose\s+down\s*$/i;
var GOOSE_ANNOTATION = /^\s*--\s*\+goose\s+(up|down|statementbegin|statementend|no\s+transaction|envsub\s+on|envsub\s+off)\s*$/gim;
var NAMES = {
  up: "goose Up",
  down: "goose Down",
  statementbegin: "StatementBegin",
  statementend: "StatementEnd",
  "no transaction": "NO TRANSACTION",
  "envsub on": "ENVSUB ON",
  "envsub off": "ENVSUB OFF"
};
function analyze4(file) {
  const sections = reviewUpSections(file.text, { up: GOOSE_UP, down: GOOSE_DOWN, downEndsFile: false });
  const directives = /* @__PURE__ */ new Set();
  for (const m of file.text.matchAll(GOOSE_ANNOTATION)) {
    directives.add(NAMES[m[1].toLowerCase().replace(/\s+/g, " ")]);
  }
  if (sections.upMarkers.length === 0) directives.add("missing goose Up (goose rejects the file)");
  const noTx = directives.has("NO TRANSACTION");
  return {
    reviewedText: sections.reviewedText,
    transaction: noTx ? "none" : "wrapped",
    transactionReason: noTx ? "-- +goose NO TRANSACTION: goose runs the statements one by one outside a transaction" : "goose runs each migration in a transaction",
    directives: [...directives]
  };
}
var goose = {
  framework: "goose",
  version: (path) => ({ version: splitVersion(basename(path)), repeatable: false }),
  analyze: analyze4
};

// src/migrations/frameworks/hasura.ts
var FOLDER = /^(\d+(?:-\d+)*)_/;
function isHasuraPath(path) {
  return basename(path) === "up.sql" && FOLDER.test(basename(dirname(path)));
}
function analyze5(file) {
  const metadata = file.read(join3(dirname(file.path), "metadata.toml"));
  if (metadata && /^\s*run_in_transaction\s*=\s*false\s*$/m.test(metadata)) {
    return {
      reviewedText: file.text,
      transaction: "none",
      transactionReason: "run_in_transaction = false in metadata.toml: the migration runs outside a transaction",
      directives: ["run_in_transaction = false"]
    };
  }
  return {
    reviewedText: file.text,
    transaction: "wrapped",
    transactionReason: "Hasura applies up.sql through run_sql, inside a transaction",
    directives: []
  };
}
var hasura = {
  framework: "hasura",
  version: (path) => {
    const m = FOLDER.exec(basename(dirname(path)));
    return { version: m ? parseVersionParts(m[1]) : [], repeatable: false };
  },
  analyze: analyze5
};

// src/migrations/frameworks/prisma.ts
function isPrismaPath(path) {
  if (basename(path) !== "migration.sql") return false;
  return /^\d+_/.test(basename(dirname(path))) || /(^|\/)prisma\/migrations\//.test(path);
}
var prisma = {
  framework: "prisma",
  // The version lives in the per-migration folder's name.
  version: (path) => ({ version: splitVersion(basename(dirname(path))), repeatable: false }),
  analyze: wholeFile("implicit", "Prisma sends migration.sql as one multi-statement script: one implicit transaction")
};

// src/migrations/frameworks/sqitch.ts
function sqitchPlanPath(deployFile) {
  const deploy = dirname(deployFile);
  if (basename(deploy) !== "deploy") return void 0;
  return join3(dirname(deploy), "sqitch.plan");
}
function parseSqitchPlan(text) {
  const entries = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || line.startsWith("%")) continue;
    const token = line.split(/\s+/)[0];
    if (token.startsWith("@")) entries.push({ kind: "tag", name: token.slice(1) });
    else entries.push({ kind: "change", name: token });
  }
  return entries;
}
var cachedPlan;
function sqitchRank(path, read) {
  const planPath = sqitchPlanPath(path);
  const text = planPath ? read(planPath) : void 0;
  if (text === void 0) return void 0;
  if (cachedPlan?.text !== text) cachedPlan = { text, entries: parseSqitchPlan(text) };
  const entries = cachedPlan.entries;
  const stem = basename(path).replace(/\.sql$/, "");
  const at = stem.indexOf("@");
  const name = at < 0 ? stem : stem.slice(0, at);
  let limit = entries.length;
  if (at >= 0) {
    const tag = stem.slice(at + 1);
    limit = entries.findIndex((e4) => e4.kind === "tag" && e4.name === tag);
    if (limit < 0) return void 0;
  }
  for (let i6 = limit - 1; i6 >= 0; i6--) {
    if (entries[i6].kind === "change" && entries[i6].name === name) return i6;
  }
  return void 0;
}
var sqitch = {
  framework: "sqitch",
  version: () => ({ version: [], repeatable: false }),
  rank: sqitchRank,
  analyze: wholeFile("none", "sqitch runs deploy scripts through psql as written: only BEGIN/COMMIT in the script make a transaction")
};

// src/migrations/frameworks/sql-migrate.ts
var SQL_MIGRATE_UP = /^\s*--\s*\+migrate\s+up\b.*$/i;
var hasSqlMigrateMarkers = (text) => /^\s*--\s*\+migrate\s+up\b/im.test(text);
var SQL_MIGRATE_DOWN = /^\s*--\s*\+migrate\s+down\b.*$/i;
var STATEMENT_BLOCK = /^\s*--\s*\+migrate\s+(statementbegin|statementend)\b/gim;
function analyze6(file) {
  const sections = reviewUpSections(file.text, { up: SQL_MIGRATE_UP, down: SQL_MIGRATE_DOWN, downEndsFile: false });
  const directives = /* @__PURE__ */ new Set();
  if (sections.upMarkers.length > 0) directives.add("migrate Up");
  else directives.add("missing +migrate Up (sql-migrate applies nothing from the file)");
  if (splitLines(file.text).some((l) => SQL_MIGRATE_DOWN.test(l.text))) directives.add("migrate Down");
  for (const m of file.text.matchAll(STATEMENT_BLOCK)) {
    directives.add(m[1].toLowerCase() === "statementbegin" ? "StatementBegin" : "StatementEnd");
  }
  const noTx = sections.upMarkers.some((line) => /\bnotransaction\b/i.test(line));
  if (noTx) directives.add("notransaction");
  return {
    reviewedText: sections.reviewedText,
    transaction: noTx ? "none" : "wrapped",
    transactionReason: noTx ? "-- +migrate Up notransaction: sql-migrate runs the statements outside a transaction" : "sql-migrate runs each migration in a transaction",
    directives: [...directives]
  };
}
var sqlMigrate = {
  framework: "sql-migrate",
  version: (path) => ({ version: splitVersion(basename(path)), repeatable: false }),
  analyze: analyze6
};

// src/migrations/frameworks/sqlx.ts
function isSqlxTimestampName(name) {
  return /^\d{14}_[^/]+\.sql$/.test(name) && !name.endsWith(".down.sql");
}
function hasNoTransactionLine(text) {
  return /^\uFEFF?--\s*no-transaction\b/.test(text);
}
function analyze7(file) {
  const noTx = hasNoTransactionLine(file.text);
  return {
    reviewedText: file.text,
    transaction: noTx ? "none" : "wrapped",
    transactionReason: noTx ? "-- no-transaction on the first line: sqlx runs the file outside a transaction" : "sqlx runs each migration in a transaction",
    directives: noTx ? ["no-transaction"] : []
  };
}
var sqlx = {
  framework: "sqlx",
  version: (path) => ({ version: splitVersion(basename(path)), repeatable: false }),
  analyze: analyze7
};

// src/migrations/frameworks/supabase.ts
function isSupabaseDirectory(dir) {
  return /(^|\/)supabase\/migrations$/.test(dir);
}
var supabase = {
  framework: "supabase",
  version: (path) => ({ version: splitVersion(basename(path)), repeatable: false }),
  analyze: wholeFile("wrapped", "the Supabase CLI sends the statements of each file as one batch in a transaction")
};

// src/migrations/detect.ts
function detectionDirectory(path) {
  const name = basename(path);
  const parent = dirname(path);
  if ((name === "migration.sql" || name === "up.sql") && /^\d/.test(basename(parent))) return dirname(parent);
  return parent;
}
var MARKER_FRAMEWORKS = [
  ["goose", hasGooseMarkers],
  ["sql-migrate", hasSqlMigrateMarkers],
  ["dbmate", hasDbmateMarkers]
];
function byMarkers(texts) {
  let best;
  let bestCount = 0;
  for (const [framework, has] of MARKER_FRAMEWORKS) {
    const count = texts.filter(has).length;
    if (count > bestCount) {
      best = framework;
      bestCount = count;
    }
  }
  return best;
}
function byNames(dir, files, texts, exists) {
  const names = files.map(basename);
  if (files.some(isPrismaPath)) return "prisma";
  if (files.some(isHasuraPath)) return "hasura";
  if (files.some((f) => {
    const plan = sqitchPlanPath(f);
    return plan !== void 0 && exists(plan);
  })) return "sqitch";
  if (isSupabaseDirectory(dir)) return "supabase";
  if (names.some(isFlywayName)) return "flyway";
  if (names.some(isPopSpecificName)) return "pop";
  if (exists(join3(dirname(dir), "Cargo.toml")) || texts.some(hasNoTransactionLine)) return "sqlx";
  if (names.every((n) => isSqlxTimestampName(n) && !n.endsWith(".up.sql"))) return "sqlx";
  if (names.some(isGolangMigrateName)) return "golang-migrate";
  return "plain";
}
function detectFramework(paths, readText, forced, exists = (p3) => readText(p3) !== void 0) {
  const result = /* @__PURE__ */ new Map();
  if (forced) {
    for (const p3 of paths) result.set(p3, forced);
    return result;
  }
  const groups = /* @__PURE__ */ new Map();
  for (const p3 of paths) {
    const dir = detectionDirectory(p3);
    const list = groups.get(dir);
    if (list) list.push(p3);
    else groups.set(dir, [p3]);
  }
  for (const [dir, files] of groups) {
    const texts = files.map((f) => readText(f) ?? "");
    const framework = byMarkers(texts) ?? byNames(dir, files, texts, exists);
    for (const f of files) result.set(f, framework);
  }
  return result;
}

// src/migrations/discover.ts
var import_picomatch3 = __toESM(require_picomatch2(), 1);
var DEFAULT_MIGRATION_GLOBS = [
  "**/migrations/**/*.sql",
  "**/migration/**/*.sql",
  "!**/{vendor,third_party}/**",
  "!**/{mysql,mariadb,sqlite,sqlite3,h2,hsqldb,mssql,sqlserver,oracle,clickhouse,cassandra,cockroach,cockroachdb,spanner}/**"
];
var MARKER_GATED_GLOBS = ["**/{sql,db,schema,database}/**/*.sql"];
var ALWAYS_SKIPPED2 = (0, import_picomatch3.default)(["**/.git/**", "**/node_modules/**"], { dot: true });
function isSkippedFile(path, hasPath) {
  const name = basename(path);
  if (name.endsWith(".down.sql") || name === "down.sql") return true;
  if (/^U\d+(?:[._]\d+)*__.+\.sql$/.test(name)) return true;
  if (!popAppliesToPostgres(name)) return true;
  const folder = basename(dirname(path));
  if ((folder === "revert" || folder === "verify") && hasPath(join3(dirname(dirname(path)), "sqitch.plan"))) return true;
  return false;
}
function isSqitchDeploy(path, hasPath) {
  const deploy = dirname(path);
  return basename(deploy) === "deploy" && path.endsWith(".sql") && hasPath(join3(dirname(deploy), "sqitch.plan"));
}
function compileGlobs(globs) {
  const positive = globs.filter((g) => !g.startsWith("!"));
  const negative = globs.filter((g) => g.startsWith("!")).map((g) => g.slice(1));
  const never = () => false;
  return {
    include: positive.length > 0 ? (0, import_picomatch3.default)(positive, { dot: true }) : never,
    exclude: negative.length > 0 ? (0, import_picomatch3.default)(negative, { dot: true }) : never
  };
}
function selectMigrationPaths(allPaths, globs) {
  const all = new Set(allPaths);
  const hasPath = (p3) => all.has(p3);
  const custom = globs !== void 0 && globs.length > 0;
  const onlyNegations = custom && globs.every((g) => g.startsWith("!"));
  const useDefaults = !custom || onlyNegations;
  const effective = useDefaults ? [...DEFAULT_MIGRATION_GLOBS, ...globs ?? []] : globs;
  const { include, exclude } = compileGlobs(effective);
  const selected = [];
  const seen = /* @__PURE__ */ new Set();
  for (const path of allPaths) {
    if (seen.has(path)) continue;
    seen.add(path);
    if (ALWAYS_SKIPPED2(path) || isSkippedFile(path, hasPath) || exclude(path)) continue;
    if (include(path) || useDefaults && isSqitchDeploy(path, hasPath)) selected.push(path);
  }
  return selected;
}
function markerGatedCandidates(allPaths, selected) {
  const all = new Set(allPaths);
  const already = new Set(selected);
  const gated = (0, import_picomatch3.default)([...MARKER_GATED_GLOBS], { dot: true });
  const { exclude } = compileGlobs(DEFAULT_MIGRATION_GLOBS);
  return allPaths.filter(
    (p3) => !already.has(p3) && gated(p3) && !ALWAYS_SKIPPED2(p3) && !exclude(p3) && !isSkippedFile(p3, (x) => all.has(x))
  );
}

// src/migrations/frameworks/plain.ts
var POSTGRES_MIGRATIONS = "postgres-migrations";
var PG_MIGRATIONS_MARKER = /^\s*--\s*postgres-migrations\s+(\S+)/;
function leadingCommentDirectives(text) {
  const found = [];
  for (const line of splitLines(text)) {
    if (!isCommentOrBlank(line.text.replace(/^\uFEFF/, ""))) break;
    const m = PG_MIGRATIONS_MARKER.exec(line.text.replace(/^\uFEFF/, ""));
    if (m) found.push(`postgres-migrations ${m[1]}`);
  }
  return found;
}
function analyze8(file) {
  const directives = leadingCommentDirectives(file.text);
  if (directives.includes("postgres-migrations disable-transaction")) {
    return {
      reviewedText: file.text,
      transaction: "none",
      transactionReason: "-- postgres-migrations disable-transaction: the file runs outside a transaction",
      directives
    };
  }
  if (file.traits.has(POSTGRES_MIGRATIONS)) {
    return {
      reviewedText: file.text,
      transaction: "wrapped",
      transactionReason: "postgres-migrations markers in this directory: the runner wraps each file in a transaction unless it opts out",
      directives
    };
  }
  return {
    reviewedText: file.text,
    transaction: "none",
    transactionReason: "plain SQL without framework markers: statements run one by one, as psql -f would",
    directives
  };
}
function manifestRank(path, read) {
  const text = read(join3(dirname(path), "manifest.json"));
  if (text === void 0) return void 0;
  try {
    const files = JSON.parse(text).SchemaUpdateCqlFiles;
    if (!Array.isArray(files)) return void 0;
    const i6 = files.indexOf(basename(path));
    return i6 < 0 ? void 0 : i6;
  } catch {
    return void 0;
  }
}
var plain = {
  framework: "plain",
  version: (path) => ({ version: splitVersion(basename(path)), repeatable: false }),
  analyze: analyze8,
  directoryTraits: (texts) => texts.some((t32) => /^\s*--\s*postgres-migrations\s/m.test(t32)) ? [POSTGRES_MIGRATIONS] : [],
  rank: manifestRank
};

// src/migrations/frameworks/index.ts
var DIALECTS = {
  plain,
  "golang-migrate": golangMigrate,
  goose,
  dbmate,
  flyway,
  prisma,
  supabase,
  sqitch,
  "sql-migrate": sqlMigrate,
  sqlx,
  pop,
  hasura
};

// src/migrations/load.ts
function hasFrameworkMarkers(text) {
  return hasGooseMarkers(text) || hasSqlMigrateMarkers(text) || hasDbmateMarkers(text);
}
function dropShadowedPopFiles(paths, frameworks) {
  const specific = /* @__PURE__ */ new Set();
  for (const p3 of paths) {
    const name = parsePopName(basename(p3));
    if (frameworks.get(p3) === "pop" && name?.dialect !== void 0) specific.add(`${p3.slice(0, p3.lastIndexOf("/") + 1)}${name.version}`);
  }
  return paths.filter((p3) => {
    const name = parsePopName(basename(p3));
    if (frameworks.get(p3) !== "pop" || !name || name.dialect !== void 0) return true;
    return !specific.has(`${p3.slice(0, p3.lastIndexOf("/") + 1)}${name.version}`);
  });
}
function loadMigrations(input) {
  const all = new Set(input.paths);
  const cache = /* @__PURE__ */ new Map();
  const read = (path) => {
    if (!all.has(path)) return void 0;
    if (!cache.has(path)) cache.set(path, input.read(path));
    return cache.get(path);
  };
  let selected = selectMigrationPaths(input.paths, input.config.migrations);
  if (input.config.migrations.length === 0) {
    const gated = markerGatedCandidates(input.paths, selected).filter((p3) => hasFrameworkMarkers(read(p3) ?? ""));
    selected = [...selected, ...gated];
  }
  selected = selected.filter((p3) => read(p3) !== void 0);
  const frameworks = detectFramework(selected, read, input.config.framework, (p3) => all.has(p3));
  selected = dropShadowedPopFiles(selected, frameworks);
  const byDirectory = /* @__PURE__ */ new Map();
  for (const path of selected) {
    const key = `${frameworks.get(path)}\0${directoryOf({ path, framework: frameworks.get(path) ?? "plain" })}`;
    const list = byDirectory.get(key);
    if (list) list.push(path);
    else byDirectory.set(key, [path]);
  }
  const traits = /* @__PURE__ */ new Map();
  for (const files of byDirectory.values()) {
    const dialect = DIALECTS[frameworks.get(files[0]) ?? "plain"];
    const found = new Set(dialect.directoryTraits?.(files.map((f) => read(f) ?? "")) ?? []);
    for (const f of files) traits.set(f, found);
  }
  const candidates = selected.map((path) => {
    const framework = frameworks.get(path) ?? "plain";
    const dialect = DIALECTS[framework];
    const text = read(path);
    const analysis = dialect.analyze({ path, text, read, exists: (p3) => all.has(p3), traits: traits.get(path) ?? /* @__PURE__ */ new Set() });
    const { version: version3, repeatable } = dialect.version(path);
    return {
      path,
      framework,
      version: version3,
      repeatable,
      rank: dialect.rank?.(path, read),
      transaction: analysis.transaction,
      transactionReason: analysis.transactionReason,
      text,
      reviewedText: analysis.reviewedText,
      directives: analysis.directives
    };
  });
  return orderMigrations(candidates).map(({ rank: _rank, ...source }, order) => ({ ...source, order }));
}

// src/review/decode-text.ts
var MAX_FILE_BYTES = 32 * 1024 * 1024;
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function lineAtByte(bytes, offset) {
  let line = 1;
  for (let i6 = 0; i6 < offset && i6 < bytes.length; i6++) if (bytes[i6] === 10) line++;
  return line;
}
function firstInvalidUtf8(bytes) {
  let i6 = 0;
  while (i6 < bytes.length) {
    const b = bytes[i6];
    const len = b < 128 ? 1 : b >= 194 && b < 224 ? 2 : b >= 224 && b < 240 ? 3 : b >= 240 && b < 245 ? 4 : 0;
    if (len === 0 || i6 + len > bytes.length) return i6;
    for (let k = 1; k < len; k++) if ((bytes[i6 + k] & 192) !== 128) return i6;
    try {
      utf8.decode(bytes.subarray(i6, i6 + len));
    } catch {
      return i6;
    }
    i6 += len;
  }
  return bytes.length;
}
function decodeSqlFile(input) {
  const bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, line: 1, message: `file is ${(bytes.length / 1048576).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1048576} MB limit for a reviewed SQL file` };
  }
  if (bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)) {
    return { ok: false, line: 1, message: "file is UTF-16 encoded; PostgreSQL migration tools expect UTF-8: re-save it as UTF-8" };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { ok: false, line: lineAtByte(bytes, nul), message: "file contains NUL bytes: it is binary, not SQL text" };
  }
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const byte = bytes[at]?.toString(16).padStart(2, "0") ?? "??";
    return { ok: false, line: lineAtByte(bytes, at), message: `file is not valid UTF-8 (byte 0x${byte} at offset ${at}); re-save it as UTF-8` };
  }
}

// src/review/read-history.ts
function readHistory(paths, readBytes, config) {
  const problems = /* @__PURE__ */ new Map();
  const read = (path) => {
    const bytes = readBytes(path);
    if (bytes === void 0) return void 0;
    const decoded = decodeSqlFile(bytes);
    if (decoded.ok) return decoded.text;
    problems.set(path, { line: decoded.line, message: decoded.message });
    return "";
  };
  const sources = loadMigrations({ paths, read, config });
  return { sources, problems };
}

// src/review/timer.ts
var PhaseTimer = class {
  timings = {};
  current;
  start(name) {
    this.stop();
    this.current = { name, at: performance.now() };
  }
  stop() {
    if (!this.current) return;
    const elapsed = performance.now() - this.current.at;
    this.timings[this.current.name] = Math.round((this.timings[this.current.name] ?? 0) + elapsed);
    this.current = void 0;
  }
};

// src/review/guarded.ts
async function guardedQueries(problems, run) {
  try {
    return await run();
  } catch (err) {
    problems.push({ path: "(queries)", line: 1, message: `query checks stopped: ${err instanceof Error ? err.message : String(err)}`, about: "queries" });
    return void 0;
  }
}

// src/review/predicate-columns.ts
var RANGE_OPS2 = /* @__PURE__ */ new Set(["<", ">", "<=", ">="]);
function isTarget(entry, target) {
  if (entry.kind !== "table" || entry.table !== target.relation) return false;
  return entry.ref === (target.alias ?? target.relation.slice(target.relation.indexOf(".") + 1));
}
var TargetColumns = class {
  constructor(entry, scope) {
    this.entry = entry;
    this.scope = scope;
  }
  entry;
  scope;
  /** The table's name of the column a bare column reference reads, when it reads the target. */
  column(node) {
    const ref = nodeAs(node, "ColumnRef");
    const resolved = ref && resolveColumn(ref, this.scope);
    if (resolved?.entry !== this.entry) return void 0;
    const i6 = this.entry.columns?.indexOf(resolved.column) ?? -1;
    return i6 >= 0 ? this.entry.catalogTable?.columns[i6]?.name : void 0;
  }
  /** True when the expression reads the target (so it cannot be an index lookup key). */
  readBy(node) {
    return columnRefsIn(node).some((ref) => resolveColumn(ref, this.scope)?.entry === this.entry);
  }
};
function tableUse(ast, target, catalog) {
  if (!catalog.tables[target.relation]) return void 0;
  const levels = [];
  forEachLevel(ast, catalog, (level) => levels.push(level));
  for (const level of levels) {
    const entry = level.kind === "insert" ? void 0 : level.scope.entries.find((e4) => isTarget(e4, target));
    if (entry) return useAt(level, entry, levels);
  }
  return void 0;
}
function useAt(level, entry, levels) {
  const columns = new TargetColumns(entry, level.scope);
  const use = { equality: [], joinEquality: [], range: [], sort: [], read: readColumns(entry, levels) };
  for (const condition of levelConditions(level).flatMap(conjuncts2)) classify(condition, columns, use);
  const keys = (level.select?.sortClause ?? []).map((s) => columns.column(nodeAs(s, "SortBy")?.node));
  if (keys.length > 0 && keys.every((k) => k !== void 0)) use.sort = keys;
  return use;
}
function readColumns(entry, levels) {
  const read = /* @__PURE__ */ new Set();
  for (const level of levels) {
    const columns = new TargetColumns(entry, level.scope);
    for (const ref of levelColumnRefs(level)) {
      if (starEntries(ref, level.scope).includes(entry)) return void 0;
      const column = columns.column({ ColumnRef: ref });
      if (column) read.add(column);
    }
  }
  return read;
}
function classify(node, columns, use) {
  const expr = nodeAs(node, "A_Expr");
  if (!expr) return;
  const op = operatorName(expr.name);
  const add = (list, column) => {
    if (column && !list.includes(column)) list.push(column);
  };
  const lookup = (left, right) => {
    const column = columns.column(left);
    return column && !columns.readBy(right) ? column : void 0;
  };
  switch (expr.kind) {
    case "AEXPR_OP": {
      const left = lookup(expr.lexpr, expr.rexpr);
      const column = left ?? lookup(expr.rexpr, expr.lexpr);
      const other = left ? expr.rexpr : expr.lexpr;
      if (!column) return;
      if (op === "=") add(columnRefsIn(other).length > 0 ? use.joinEquality : use.equality, column);
      else if (RANGE_OPS2.has(op)) add(use.range, column);
      return;
    }
    case "AEXPR_IN":
    case "AEXPR_OP_ANY":
      if (op === "=") add(use.equality, lookup(expr.lexpr, expr.rexpr));
      return;
    case "AEXPR_BETWEEN":
    case "AEXPR_BETWEEN_SYM":
      add(use.range, lookup(expr.lexpr, expr.rexpr));
      return;
    default:
      return;
  }
}

// src/review/index-advice.ts
var SMALL_TABLE_ROWS = 1e4;
var SELECTIVE_FRACTION = 0.05;
var REQUIRED_GAIN = 0.7;
var INCLUDE_GAIN = 0.9;
var MAX_KEYS = 4;
var SCAN_TYPES = /* @__PURE__ */ new Set(["Index Scan", "Index Only Scan", "Bitmap Heap Scan"]);
var COSTLY_INDEX_SCAN = 1e3;
var MAX_INCLUDE = 3;
var TRIAL_PREFIX = "pgmr_candidate_";
function qualifiedIdent(t32) {
  return t32.schema === "public" ? quoteIdent(t32.name) : `${quoteIdent(t32.schema)}.${quoteIdent(t32.name)}`;
}
function candidateKeys(use) {
  const filtered = use.equality.length > 0 || use.range.length > 0;
  const keys = [...filtered ? use.equality : use.joinEquality];
  if (use.range.length > 0) {
    if (!keys.includes(use.range[0])) keys.push(use.range[0]);
  } else {
    for (const s of use.sort) if (!keys.includes(s)) keys.push(s);
  }
  return keys.slice(0, MAX_KEYS);
}
function coveredBy(table, columns) {
  return table.indexes.find(
    (ix) => ix.method === "btree" && ix.valid && ix.predicate === null && ix.columns.length >= columns.length && columns.every((c3, i6) => ix.columns[i6] === c3 && (ix.opclasses[i6] ?? "") === "" && (ix.collations?.[i6] ?? "") === "")
  );
}
function indexName(table, columns, catalog, alsoTaken = []) {
  const taken = /* @__PURE__ */ new Set([...Object.values(catalog.tables).flatMap((t32) => t32.indexes.map((ix) => ix.name)), ...alsoTaken]);
  const base = `${table.name}_${columns.join("_")}`.slice(0, 59);
  let name = `${base}_idx`;
  for (let i6 = 1; taken.has(name); i6++) name = `${base}_idx${i6}`;
  return name;
}
function createSql(c3, name, concurrently) {
  const include = c3.include.length > 0 ? ` INCLUDE (${c3.include.map(quoteIdent).join(", ")})` : "";
  return `CREATE INDEX${concurrently ? " CONCURRENTLY" : ""} ${quoteIdent(name)} ON ${qualifiedIdent(c3.table)} (${c3.columns.map(quoteIdent).join(", ")})${include};`;
}
var trialName = (i6) => `${TRIAL_PREFIX}${i6}`;
async function measure(prober, sql, candidates) {
  const plan = await prober.planWithIndexes(
    sql,
    candidates.map((c3, i6) => ({ create: createSql(c3, trialName(i6), false), table: `${c3.table.schema}.${c3.table.name}` }))
  );
  if (!plan) return void 0;
  const used = indexesUsed(plan);
  return candidates.some((_, i6) => used.has(trialName(i6))) ? plan : void 0;
}
function candidatesFor(q, plan) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const limited = plan.nodes.some((n) => n.type === "Limit");
  for (const node of scanNodes(plan)) {
    if (!node.relation || !(node.type === "Seq Scan" || SCAN_TYPES.has(node.type) && node.totalCost >= COSTLY_INDEX_SCAN)) continue;
    const rows = q.tableRows[node.relation] ?? 0;
    if (rows < SMALL_TABLE_ROWS) continue;
    const selective = node.rows <= rows * SELECTIVE_FRACTION;
    const table = q.catalog.tables[node.relation];
    const use = table && q.statement.ast && tableUse(q.statement.ast, { relation: node.relation, ...node.alias ? { alias: node.alias } : {} }, q.catalog);
    if (!table || !use) continue;
    const byOrder = limited && use.sort.length > 0 && use.equality.length === 0 && use.range.length === 0;
    if (!selective && !byOrder) continue;
    const columns = candidateKeys(use);
    const key = `${node.relation}(${columns.join(",")})`;
    if (columns.length === 0 || seen.has(key) || coveredBy(table, columns)) continue;
    seen.add(key);
    const extra = use.read ? [...use.read].filter((c3) => !columns.includes(c3)) : [];
    out.push({ table, columns, include: extra.length <= MAX_INCLUDE ? extra : [] });
  }
  return out;
}
async function adviseIndex(prober, q, _config) {
  const before = q.head?.plan;
  if (!before) return void 0;
  const covering = candidatesFor(q, before);
  if (covering.length === 0) return void 0;
  const plain2 = covering.map((c3) => ({ ...c3, include: [] }));
  const sets = [plain2, ...plain2.length > 1 ? plain2.map((c3) => [c3]) : []];
  if (covering.some((c3) => c3.include.length > 0)) sets.push(covering);
  let chosen = plain2;
  let after;
  for (const set of sets) {
    const plan = await measure(prober, q.statement.text, set);
    const includes = set.some((c3) => c3.include.length > 0);
    if (plan && (!after || plan.totalCost < after.totalCost * (includes ? INCLUDE_GAIN : 1))) {
      chosen = set;
      after = plan;
    }
  }
  if (!after || after.totalCost > before.totalCost * REQUIRED_GAIN) return void 0;
  const used = indexesUsed(after);
  const names = /* @__PURE__ */ new Map();
  const indexes = [];
  const catalog = { ...q.catalog };
  chosen.forEach((c3, i6) => {
    if (!used.has(trialName(i6))) return;
    const name = indexName(c3.table, c3.columns, catalog, [...names.values()]);
    names.set(trialName(i6), name);
    indexes.push({ name, table: `${c3.table.schema}.${c3.table.name}`, columns: c3.columns, include: c3.include, definition: createSql(c3, name, true) });
  });
  const renamed2 = { ...after, nodes: after.nodes.map((n) => n.index && names.has(n.index) ? { ...n, index: names.get(n.index) } : n) };
  return { indexes, before, after: renamed2 };
}
function planRegression(before, after, finalCatalog) {
  const remaining = new Set(Object.values(finalCatalog.tables).flatMap((t32) => t32.indexes.map((ix) => ix.name)));
  const dropped = [...indexesUsed(before)].find((name) => !remaining.has(name));
  if (!dropped || after.totalCost < before.totalCost * 1.5) return void 0;
  return { index: dropped, before, after };
}

// src/review/query-review.ts
var DML_KINDS2 = /* @__PURE__ */ new Set(["InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt"]);
function plannerRows(catalog, config) {
  const known = new Map(Object.entries(config.tableRows).map(([name, rows2]) => [qualify(name), rows2]));
  const rows = {};
  for (const [key, table] of Object.entries(catalog.tables)) {
    if (table.kind !== "table") continue;
    rows[key] = known.get(key) ?? config.assumedTableRows;
  }
  return rows;
}
function tableStats(rows) {
  return Object.entries(rows).map(([table, n]) => ({ table, rows: n }));
}
function shape(q) {
  return q.statement.text.replace(/\s+/g, " ").trim();
}
function changedQueries2(head, baseVersion, changedPaths2) {
  const changed = /* @__PURE__ */ new Set();
  for (const file of head) {
    if (!changedPaths2.has(file.path)) continue;
    const before = baseVersion(file.path);
    const known = new Set(before?.queries.map(shape) ?? []);
    for (const q of file.queries) if (!known.has(shape(q))) changed.add(q);
  }
  return changed;
}
async function probeQueries(replayer, rows, queries) {
  const probes = /* @__PURE__ */ new Map();
  const runnable = queries.filter((q) => q.statement.ast !== void 0);
  if (runnable.length === 0) return probes;
  await replayer.probe(tableStats(rows), async (prober) => {
    for (const q of runnable) probes.set(q, await prober.probe(q.statement.text));
  });
  return probes;
}
async function reviewQueriesAfter(replayer, finalCatalog, input) {
  const rows = plannerRows(finalCatalog, input.config);
  const underReview = input.files.flatMap((f) => f.queries.filter((q) => input.changed.has(q) || input.migrationsChanged));
  const reviewed = [];
  const ignoresOf = new Map(input.files.map((f) => [f.path, f.fileIgnores]));
  if (underReview.length === 0) return reviewed;
  await replayer.probe(tableStats(rows), async (prober) => {
    for (const q of underReview) {
      const changed = input.changed.has(q);
      const head = q.statement.ast === void 0 ? void 0 : await prober.probe(q.statement.text);
      const base = changed ? void 0 : input.base?.get(q);
      const rq = {
        origin: "query-file",
        file: q.file,
        ...q.name ? { name: q.name } : {},
        statement: q.statement,
        changed,
        catalog: finalCatalog,
        tableRows: rows,
        ...base ? { base } : {},
        ...head ? { head } : {},
        fileIgnores: ignoresOf.get(q.file) ?? []
      };
      if (changed && head?.plan) {
        const advice = await adviseIndex(prober, rq, input.config);
        if (advice) rq.advice = advice;
      } else if (!changed && base?.plan && head?.plan) {
        const regression2 = planRegression(base.plan, head.plan, finalCatalog);
        if (regression2) rq.regression = regression2;
      }
      reviewed.push(rq);
    }
  });
  return reviewed;
}
function migrationDml(files, config) {
  const out = [];
  for (const file of files) {
    if (file.status !== "added") continue;
    for (const r9 of file.statements) {
      if (!DML_KINDS2.has(r9.statement.kind)) continue;
      out.push({
        origin: "migration",
        file: file.source.path,
        statement: r9.statement,
        changed: true,
        catalog: r9.before,
        tableRows: plannerRows(r9.before, config),
        fileIgnores: file.fileIgnores
      });
    }
  }
  return out;
}

// src/review/read-queries.ts
function undecodable(path, line, message) {
  const statement = {
    index: 0,
    text: "",
    span: { start: 0, end: 0, line, column: 1, endLine: line, endColumn: 1 },
    kind: "Unparsed",
    syntaxError: { message, line, column: 1 },
    ignores: []
  };
  return { path, format: "plain", text: "", normalizedText: "", queries: [{ file: path, statement, params: [] }], fileIgnores: [] };
}
function readQueryFile(path, bytes) {
  if (bytes === void 0) return void 0;
  const decoded = decodeSqlFile(bytes);
  if (!decoded.ok) return undecodable(path, decoded.line, decoded.message);
  return loadQueryFile(path, decoded.text);
}
function asText(bytes) {
  if (bytes === void 0) return void 0;
  const decoded = decodeSqlFile(bytes);
  return decoded.ok ? decoded.text : void 0;
}
function readQueries(source, config, migrationPaths) {
  const discovery = selectQueryPaths(source.headPaths(), {
    globs: config.queries,
    readText: (path) => asText(source.readHead(path)),
    migrationPaths
  });
  const wanted = new Set(discovery.paths);
  const changedFiles = /* @__PURE__ */ new Map();
  const previous = /* @__PURE__ */ new Map();
  for (const c3 of source.changes()) {
    if (!wanted.has(c3.path) || c3.status === "deleted") continue;
    changedFiles.set(c3.path, c3.status === "renamed" ? "renamed" : c3.status === "added" ? "added" : "modified");
    if (c3.previousPath) previous.set(c3.path, c3.previousPath);
  }
  const files = [];
  for (const path of discovery.paths) {
    const file = readQueryFile(path, source.readHead(path));
    if (file) files.push(file);
  }
  const baseVersion = (path) => {
    const basePath = previous.get(path) ?? path;
    const file = readQueryFile(basePath, source.readBase(basePath));
    return file && { ...file, path };
  };
  const changed = changedQueries2(files, baseVersion, new Set(changedFiles.keys()));
  const problems = discovery.problems.map((p3) => ({ path: p3.path, line: p3.line, message: `${p3.message}; its query paths were not checked`, about: "queries" }));
  return { files, changed, changedFiles, problems };
}

// src/review/review-branch.ts
async function reviewBranch(options) {
  return reviewChanges({ source: gitChangeSource(options.root, options.base), config: options.config, ...options.cacheDir ? { cacheDir: options.cacheDir } : {} });
}
async function reviewChanges(options) {
  const { source: changeSource, config } = options;
  const timer = new PhaseTimer();
  timer.start("discovery");
  const base = readHistory(changeSource.basePaths(), (path) => changeSource.readBase(path), config);
  const head = readHistory(changeSource.headPaths(), (path) => changeSource.readHead(path), config);
  const changes = changeSource.changes();
  const changeByPath = new Map(changes.map((c3) => [c3.path, c3]));
  const basePaths = new Set(base.sources.map((s) => s.path));
  const changed = [];
  for (const source of head.sources) {
    const change = changeByPath.get(source.path);
    if (!change || change.status === "deleted") continue;
    if (change.status === "renamed" && change.previousPath && basePaths.has(change.previousPath)) {
      changed.push({ source, status: "renamed", previousPath: change.previousPath });
    } else {
      changed.push({ source, status: basePaths.has(source.path) ? "modified" : "added" });
    }
  }
  const renamedFrom = new Set(changed.map((c3) => c3.previousPath).filter(Boolean));
  for (const source of base.sources) {
    const change = changeByPath.get(source.path);
    if (change?.status === "deleted" || change?.status === "renamed" && !renamedFrom.has(source.path)) {
      changed.push({ source, status: "deleted" });
    }
  }
  const baseHistory = base.sources.map((s) => ({
    path: s.path,
    framework: s.framework,
    version: s.version,
    repeatable: s.repeatable,
    sha: changeSource.baseSha(s.path)
  }));
  await ensureParser();
  const queries = readQueries(changeSource, config, new Set(head.sources.map((s) => s.path)));
  const queryFiles = (findings) => queries.files.filter((f) => queries.changedFiles.has(f.path) || findings.some((x) => x.file === f.path)).map((f) => ({ path: f.path, format: f.format, status: queries.changedFiles.get(f.path) ?? "unchanged", queries: f.queries.length }));
  if (changed.length === 0 && queries.changed.size === 0) {
    timer.stop();
    const empty = { tables: {}, extensions: [] };
    return assembleReview({ mode: "review", files: [], findings: [], baseProblems: queries.problems, traces: [], config, baseFiles: base.sources.length, timings: timer.timings, schema: { before: empty, after: empty }, queryFiles: queryFiles([]) });
  }
  timer.start("parse");
  const changedParsed = new Map(
    changed.filter((c3) => c3.status !== "deleted").map((c3) => [c3.source.path, parseSource(c3.source, head.problems.get(c3.source.path))])
  );
  const { replayer, problems: baseProblems, cache } = await replayBase({
    base,
    changed: [...changedParsed.values()],
    frameworks: [...base.sources, ...changed.map((c3) => c3.source)].map((s) => s.framework),
    config,
    ...options.cacheDir ? { cacheDir: options.cacheDir } : {},
    timer
  });
  try {
    const baseCatalog = await replayer.catalog();
    const migrationsChanged = changed.length > 0;
    const unchangedQueries = migrationsChanged ? queries.files.flatMap((f) => f.queries).filter((q) => !queries.changed.has(q)) : [];
    timer.start("queries");
    const baseProbes = await guardedQueries(baseProblems, () => probeQueries(replayer, plannerRows(baseCatalog, config), unchangedQueries));
    timer.start("replay");
    const files = [];
    for (const c3 of changed) {
      const parsed = changedParsed.get(c3.source.path);
      const statements = c3.status === "added" && parsed ? await replayer.replayChanged(c3.source, parsed) : replayer.unreplayed(c3.source, parsed);
      files.push({ source: c3.source, status: c3.status, previousPath: c3.previousPath, statements, fileIgnores: parsed?.fileIgnores ?? [] });
    }
    const finalCatalog = await replayer.catalog();
    timer.start("queries");
    const reviewedQueries = [
      ...await guardedQueries(
        baseProblems,
        () => reviewQueriesAfter(replayer, finalCatalog, { files: queries.files, changed: queries.changed, base: baseProbes, migrationsChanged, config })
      ) ?? [],
      ...migrationDml(files, config)
    ];
    timer.start("rules");
    const findings = applyRules(ALL_RULES, { mode: "review", config, files, baseHistory, baseCatalog, finalCatalog, queries: reviewedQueries });
    timer.stop();
    return assembleReview({
      mode: "review",
      files,
      findings,
      baseProblems: [...queries.problems, ...baseProblems],
      traces: replayer.traces,
      config,
      baseFiles: base.sources.length,
      timings: timer.timings,
      schema: { before: baseCatalog, after: finalCatalog },
      queryFiles: queryFiles(findings),
      queries: reviewedQueries.length,
      cache
    });
  } finally {
    await replayer.close();
  }
}

// src/review/audit.ts
import { readdirSync as readdirSync2, readFileSync as readFileSync5 } from "node:fs";
import { join as join5, relative, sep } from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", "vendor", "third_party"]);
function walk2(root) {
  const out = [];
  const visit = (dir) => {
    for (const entry of readdirSync2(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) visit(join5(dir, entry.name));
      } else if (entry.isFile()) {
        out.push(relative(root, join5(dir, entry.name)).split(sep).join("/"));
      }
    }
  };
  visit(root);
  return out;
}
function auditSource(paths, read) {
  return {
    description: "audit",
    basePaths: () => [],
    readBase: () => void 0,
    baseSha: () => "",
    headPaths: () => paths,
    readHead: read,
    changes: () => paths.map((path) => ({ path, status: "added" }))
  };
}
async function auditHistory(options) {
  const { root, config } = options;
  const timer = new PhaseTimer();
  timer.start("discovery");
  const inGit = gitMaybe(root, ["rev-parse", "--show-toplevel"]) !== void 0;
  const prefix = relative(root, options.dir).split(sep).join("/");
  const all = inGit ? workingTreeFiles(root) : walk2(root);
  const paths = prefix ? all.filter((p3) => p3 === prefix || p3.startsWith(prefix + "/")) : all;
  const readBytes = (path) => {
    try {
      return readFileSync5(join5(root, path));
    } catch {
      return void 0;
    }
  };
  const history = readHistory(paths, readBytes, config);
  timer.start("parse");
  await ensureParser();
  const parsed = history.sources.map((s) => parseSource(s, history.problems.get(s.path)));
  timer.start("replay");
  const replayer = await startReplayer(extensionsCreated(parsed), history.sources.map((s) => s.framework), config);
  try {
    const findings = [];
    const files = [];
    const before = await replayer.catalog();
    const applied = [];
    let rulesMs = 0;
    for (const [i6, source] of history.sources.entries()) {
      const baseCatalog = await replayer.catalog();
      const statements = await replayer.replayChanged(source, parsed[i6]);
      const file = { source, status: "added", statements, fileIgnores: parsed[i6].fileIgnores };
      files.push(file);
      const finalCatalog = await replayer.catalog();
      const t32 = performance.now();
      findings.push(...applyRules(ALL_RULES, { mode: "audit", config, files: [file], baseHistory: [...applied], baseCatalog, finalCatalog, queries: migrationDml([file], config) }));
      rulesMs += performance.now() - t32;
      applied.push({ path: source.path, framework: source.framework, version: source.version, repeatable: source.repeatable, sha: "" });
    }
    timer.stop();
    timer.timings.replay -= Math.round(rulesMs);
    timer.timings.rules = Math.round(rulesMs);
    timer.start("queries");
    const after = await replayer.catalog();
    const queries = readQueries(auditSource(all, readBytes), config, new Set(history.sources.map((s) => s.path)));
    const problems = [...queries.problems];
    const reviewed = await guardedQueries(problems, () => reviewQueriesAfter(replayer, after, { files: queries.files, changed: queries.changed, migrationsChanged: false, config })) ?? [];
    findings.push(...applyRules(ALL_RULES, { mode: "audit", config, files: [], baseHistory: [...applied], baseCatalog: after, finalCatalog: after, queries: reviewed }));
    timer.stop();
    const queryFiles = queries.files.map((f) => ({ path: f.path, format: f.format, status: "unchanged", queries: f.queries.length }));
    return assembleReview({
      mode: "audit",
      files,
      findings,
      baseProblems: problems,
      traces: replayer.traces,
      config,
      baseFiles: 0,
      timings: timer.timings,
      schema: { before, after },
      queryFiles,
      queries: reviewed.length + files.reduce((n, f) => n + migrationDml([f], config).length, 0)
    });
  } finally {
    await replayer.close();
  }
}

// src/review/gate.ts
function gateFails(verdict, failOn) {
  if (failOn === "never") return false;
  if (verdict === "fail" || verdict === "escalate") return true;
  return failOn === "warning" && verdict === "warn";
}

// src/report/json.ts
function toJsonReport(review) {
  return {
    verdict: review.verdict,
    mode: review.mode,
    files: review.files.map((f) => ({ path: f.path, framework: f.framework, status: f.status, verdict: f.verdict, statements: f.statements })),
    findings: review.findings.map((f) => ({
      ruleId: f.ruleId,
      layer: f.layer,
      severity: f.severity,
      file: f.file,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      message: f.message,
      help: f.help,
      ...f.evidence ? { evidence: f.evidence } : {},
      fix: f.fix ?? null,
      verified: f.verified,
      ...f.unverified ? { unverified: true } : {},
      ignored: f.ignored,
      ...f.ignoreReason ? { ignoreReason: f.ignoreReason } : {},
      docs: f.docs
    })),
    baseProblems: review.baseProblems,
    stats: review.stats
  };
}
function renderJson(review) {
  return JSON.stringify(toJsonReport(review), null, 2) + "\n";
}

// src/report/counts.ts
function countFindings(findings) {
  const counts = { error: 0, escalate: 0, warning: 0, notice: 0, ignored: 0 };
  for (const f of findings) {
    if (f.ignored) counts.ignored++;
    else counts[f.severity]++;
  }
  return counts;
}
function countsLine(c3) {
  const parts = [`${c3.error} error${c3.error === 1 ? "" : "s"}`, `${c3.escalate} escalation${c3.escalate === 1 ? "" : "s"}`, `${c3.warning} warning${c3.warning === 1 ? "" : "s"}`, `${c3.notice} notice${c3.notice === 1 ? "" : "s"}`];
  if (c3.ignored > 0) parts.push(`${c3.ignored} ignored`);
  return parts.join(", ");
}

// src/report/markdown.ts
var ICON = { fail: "\u274C", escalate: "\u{1F9D1}\u200D\u2696\uFE0F", warn: "\u26A0\uFE0F", pass: "\u2705" };
function cell(s) {
  return s.replace(/\|/g, "\\|").replace(/\n/g, " ");
}
function renderMarkdown(review) {
  const out = [];
  const counts = countFindings(review.findings);
  out.push(`## ${ICON[review.verdict]} pg-migration-review: ${review.verdict}`);
  out.push("");
  out.push(`${countsLine(counts)} in ${review.files.length} file(s), ${review.stats.statements} statement(s), ${review.stats.queries} query(ies).`);
  out.push("");
  if (review.files.length > 0) {
    out.push("| file | framework | status | statements | verdict |", "|---|---|---|---|---|");
    for (const f of review.files) out.push(`| \`${cell(f.path)}\` | ${f.framework} | ${f.status} | ${f.statements} | ${ICON[f.verdict]} ${f.verdict} |`);
    out.push("");
  }
  const byLayer = /* @__PURE__ */ new Map();
  for (const f of review.findings) byLayer.set(f.layer, [...byLayer.get(f.layer) ?? [], f]);
  for (const [layer, title] of Object.entries(LAYER_TITLES)) {
    const findings = byLayer.get(layer);
    if (!findings) continue;
    out.push(`### ${title}`, "", "| severity | rule | location | message |", "|---|---|---|---|");
    for (const f of findings) {
      const sev = f.ignored ? `~~${f.severity}~~ (ignored)` : f.severity;
      out.push(`| ${sev} | [\`${f.ruleId}\`](${f.docs}) | \`${cell(f.file)}:${f.line}\` | ${cell(f.message)} |`);
    }
    out.push("");
    for (const f of findings.filter((x) => x.evidence)) {
      out.push(`<details><summary>Plans for \`${cell(f.file)}:${f.line}\`</summary>`, "", "```text", f.evidence, "```", "", "</details>", "");
    }
  }
  if (review.baseProblems.length > 0) {
    out.push("<details><summary>Inputs that could not be fully checked (context, not findings)</summary>", "");
    for (const p3 of review.baseProblems) out.push(`- \`${p3.path}:${p3.line}\`: ${cell(p3.message)}`);
    out.push("", "</details>", "");
  }
  return out.join("\n");
}

// src/report/text.ts
var CODES = { red: 31, yellow: 33, magenta: 35, cyan: 36, dim: 2, bold: 1, green: 32 };
function renderText(review, options = { color: false }) {
  const paint = (code, s) => options.color ? `\x1B[${CODES[code]}m${s}\x1B[0m` : s;
  const sevColor = (f) => f.ignored ? "dim" : f.severity === "error" ? "red" : f.severity === "escalate" ? "magenta" : f.severity === "warning" ? "yellow" : "cyan";
  const out = [];
  const byFile = /* @__PURE__ */ new Map();
  for (const f of review.findings) byFile.set(f.file, [...byFile.get(f.file) ?? [], f]);
  for (const problem of review.baseProblems) {
    const what = problem.about === "queries" ? `${problem.path}:${problem.line}` : `base migration ${problem.path}:${problem.line} did not replay`;
    out.push(paint("dim", `note: ${what}: ${problem.message}`));
  }
  if (review.baseProblems.length > 0) out.push("");
  for (const file of review.files) {
    const findings = byFile.get(file.path) ?? [];
    const unit = file.framework.endsWith(" queries") ? "queries" : "statements";
    out.push(`${paint("bold", file.path)} ${paint("dim", `(${file.framework}, ${file.status}, ${file.statements} ${unit})`)} ${verdictLabel(file.verdict, paint)}`);
    for (const f of findings) {
      const where = `${f.line}:${f.column}`.padEnd(8);
      const sev = (f.ignored ? "ignored" : f.severity).padEnd(8);
      const tags = [f.verified !== "static" ? `verified: ${f.verified}` : "static", f.unverified ? "unverified" : ""].filter(Boolean).join(", ");
      out.push(`  ${paint("dim", where)}${paint(sevColor(f), sev)} ${paint("bold", f.ruleId)}  ${f.message} ${paint("dim", `[${tags}]`)}`);
      if (f.help) out.push(`  ${" ".repeat(8)}${" ".repeat(9)}${paint("dim", "help:")} ${f.help.replace(/\n/g, "\n" + " ".repeat(23))}`);
      if (f.evidence) out.push(paint("dim", f.evidence.replace(/^/gm, " ".repeat(23))));
      if (f.ignored && f.ignoreReason) out.push(`  ${" ".repeat(17)}${paint("dim", `ignored: ${f.ignoreReason}`)}`);
    }
    out.push("");
  }
  for (const f of review.findings.filter((x) => !review.files.some((file) => file.path === x.file))) {
    out.push(`${f.file}:${f.line}: ${f.severity} ${f.ruleId} ${f.message}`);
  }
  const counts = countFindings(review.findings);
  const t32 = review.stats.timings;
  const total = Object.values(t32).reduce((a14, b) => a14 + b, 0);
  out.push(`${verdictLabel(review.verdict, paint)} ${countsLine(counts)} in ${review.files.length} file${review.files.length === 1 ? "" : "s"}, ${review.stats.statements} statements, ${review.stats.queries} queries (base: ${review.stats.baseFiles} files replayed; ${(total / 1e3).toFixed(1)} s)`);
  return out.join("\n") + "\n";
}
function verdictLabel(verdict, paint) {
  const text = verdict.toUpperCase();
  return verdict === "fail" ? paint("red", text) : verdict === "escalate" ? paint("magenta", text) : verdict === "warn" ? paint("yellow", text) : paint("green", text);
}

// src/cli/doctor.ts
async function runDoctor(out) {
  const t0 = Date.now();
  await ensureParser();
  const parsed = parseSqlFile("CREATE INDEX CONCURRENTLY i ON t (a);");
  const parserOk = parsed.statements.length === 1 && parsed.statements[0].kind === "IndexStmt";
  const engine = await startEngine({ extensions: ["pgcrypto"] });
  try {
    const [{ version: version3 }] = await engine.query("select version()");
    await engine.exec("CREATE EXTENSION pgcrypto");
    const [{ digest }] = await engine.query("select encode(digest('x', 'sha256'), 'hex') as digest");
    out.write(
      [
        `pg-migration-review ${VERSION} on Node ${process.versions.node}`,
        `parser:   ${parserOk ? "ok" : "FAILED"} (libpg-query, PostgreSQL 18 grammar)`,
        `engine:   ok (${version3.split(" on ")[0]}, PGlite)`,
        `pgcrypto: ${digest.length === 64 ? "ok" : "FAILED"}`,
        `ready in ${Date.now() - t0} ms`
      ].join("\n") + "\n"
    );
    return parserOk ? 0 : 1;
  } finally {
    await engine.close();
  }
}

// src/cli/usage.ts
var USAGE = `pg-migration-review: review PostgreSQL migrations by replaying them on a real PostgreSQL

Usage:
  pg-migration-review review [--base REF] [--format text|json|markdown] [--config FILE]
      Review the migrations changed on this branch (committed or not) against REF
      (default: the merge-base with the default branch).
  pg-migration-review audit [DIR] [--format text|json|markdown] [--config FILE]
      Replay the whole migration history (of DIR, default the repository or current folder)
      and review every migration against the schema before it.
  pg-migration-review doctor
      Check that the parser and the embedded PostgreSQL start; print their versions.

Options:
  --format FORMAT   text (default), json or markdown
  --config FILE     config file (default: .pg-migration-review.yml at the repository root)
  --fail-on LEVEL   error (default), warning or never: which verdicts exit 1
  --cache-dir DIR   review: keep the replayed base branch in DIR and reuse it while the base
                    migrations are unchanged (also PGMR_CACHE_DIR); a corrupt entry is ignored
  --no-color        plain text output (also when NO_COLOR is set or stdout is not a terminal)
  -h, --help        this help
  -v, --version     print the version

Exit status: 0 pass or warn, 1 fail or escalate (per fail-on), 2 usage or config error.
`;

// src/cli/main.ts
var UsageError = class extends Error {
};
var FORMATS = ["text", "json", "markdown"];
var FAIL_ON = ["error", "warning", "never"];
function parse(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      base: { type: "string" },
      format: { type: "string", default: "text" },
      config: { type: "string" },
      "fail-on": { type: "string" },
      "cache-dir": { type: "string" },
      "no-color": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
      version: { type: "boolean", short: "v", default: false }
    }
  });
  const format = values.format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, got "${values.format}"`);
  const failOn = values["fail-on"];
  if (failOn !== void 0 && !FAIL_ON.includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(", ")}, got "${failOn}"`);
  return { values, positionals, format, failOn };
}
function cacheDirOf(option, cwd) {
  const dir = option ?? process.env.PGMR_CACHE_DIR;
  return dir ? { cacheDir: resolve(cwd, dir) } : {};
}
function render(review, format, color) {
  if (format === "json") return renderJson(review);
  if (format === "markdown") return renderMarkdown(review);
  return renderText(review, { color });
}
async function main(argv, io) {
  let args;
  try {
    args = parse(argv);
  } catch (err) {
    io.stderr.write(`pg-migration-review: ${err.message}

${USAGE}`);
    return 2;
  }
  const { values, positionals, format } = args;
  if (values.version) {
    io.stdout.write(`${VERSION}
`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    (values.help ? io.stdout : io.stderr).write(USAGE);
    return values.help ? 0 : 2;
  }
  const color = !values["no-color"] && !process.env.NO_COLOR && io.stdout.isTTY === true && format === "text";
  try {
    if (command === "doctor") return await runDoctor(io.stdout);
    if (command !== "review" && command !== "audit") throw new UsageError(`unknown command "${command}"; expected review, audit or doctor`);
    if (command === "review" && rest.length > 0) throw new UsageError(`review takes no positional arguments (got "${rest.join(" ")}")`);
    if (command === "audit" && rest.length > 1) throw new UsageError("audit takes at most one folder");
    const target = command === "audit" && rest[0] ? resolve(io.cwd, rest[0]) : io.cwd;
    if (command === "audit" && !statSync3(target, { throwIfNoEntry: false })?.isDirectory()) {
      throw new UsageError(`audit: ${rest[0]} is not a folder`);
    }
    const root = command === "review" ? repositoryRoot(io.cwd) : gitMaybe(target, ["rev-parse", "--show-toplevel"])?.trim() ?? target;
    const config = loadConfig({ root, file: values.config ? resolve(io.cwd, values.config) : void 0, knownRuleIds: KNOWN_RULE_IDS });
    if (args.failOn) config.failOn = args.failOn;
    const review = command === "review" ? await reviewBranch({ root, base: values.base, config, ...cacheDirOf(values["cache-dir"], io.cwd) }) : await auditHistory({ root, dir: target, config });
    io.stdout.write(render(review, format, color));
    return gateFails(review.verdict, config.failOn) ? 1 : 0;
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`pg-migration-review: ${err.message}

${USAGE}`);
      return 2;
    }
    if (err instanceof ConfigError || err instanceof GitError) {
      io.stderr.write(`pg-migration-review: ${err.message}
`);
      return 2;
    }
    io.stderr.write(`pg-migration-review: internal error: ${err.message}
`);
    if (process.env.PGMR_DEBUG) io.stderr.write(`${err.stack}
`);
    return 3;
  }
}

// src/cli.ts
process.exitCode = await main(process.argv.slice(2), { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });
