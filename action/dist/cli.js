#!/usr/bin/env node
import { createRequire as __wpcCreateRequire } from "node:module";
const require = __wpcCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod2) => function __require2() {
  try {
    return mod2 || (0, cb[__getOwnPropNames(cb)[0]])((mod2 = { exports: {} }).exports, mod2), mod2.exports;
  } catch (e) {
    throw mod2 = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod2, isNodeMode, target) => (target = mod2 != null ? __create(__getProtoOf(mod2)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod2 || !mod2.__esModule ? __defProp(target, "default", { value: mod2, enumerable: true }) : target,
  mod2
));

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a2;
        return (_a2 = this._str) !== null && _a2 !== void 0 ? _a2 : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a2;
        return (_a2 = this._names) !== null && _a2 !== void 0 ? _a2 : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str4(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str4;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str4`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a2, _b;
        if (((_b = (_a2 = this._parent) === null || _a2 === void 0 ? void 0 : _a2._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a2;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a2 = value.key) !== null && _a2 !== void 0 ? _a2 : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a2;
        this.else = (_a2 = this.else) === null || _a2 === void 0 ? void 0 : _a2.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a2, _b;
        super.optimizeNodes();
        (_a2 = this.catch) === null || _a2 === void 0 ? void 0 : _a2.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a2, _b;
        super.optimizeNames(names, constants);
        (_a2 = this.catch) === null || _a2 === void 0 ? void 0 : _a2.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr2 = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr2}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr2}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr2) {
      const hash = {};
      for (const item of arr2)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str4) {
      return unescapeJsonPointer(decodeURIComponent(str4));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str4) {
      return encodeURIComponent(escapeJsonPointer(str4));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str4) {
      if (typeof str4 == "number")
        return `${str4}`;
      return str4.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str4) {
      return str4.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError2(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError2;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err2 = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err2, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err2}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err2}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err2}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err2}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err2}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err2 = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err2}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err2})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a2;
      return schema[rule.keyword] !== void 0 || ((_a2 = rule.definition.implements) === null || _a2 === void 0 ? void 0 : _a2.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode2 = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode: schemaCode2,
        schemaValue: schemaCode2,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode: schemaCode2, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode2}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a2;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate2 = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate2);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a3;
        gen.if((0, codegen_1.not)((_a3 = def.valid) !== null && _a3 !== void 0 ? _a3 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result2) {
      if (result2 === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result2 == "function" ? { ref: result2 } : { ref: result2, code: (0, codegen_1.stringify)(result2) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str4) {
      return str4.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize2) {
      if (normalize2 !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId: schemaId2, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId2] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId2] == "string")
          innerBaseId = addRef.call(this, sch[schemaId2]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode: schemaCode2 } = this;
        this.fail((0, codegen_1._)`${schemaCode2} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode: schemaCode2, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode2} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode: schemaCode2, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode2 instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode2, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode2})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches2 = RELATIVE_JSON_POINTER.exec($data);
        if (!matches2)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches2[1];
        jsonPointer = matches2[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a2;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a2 = env.baseId) !== null && _a2 !== void 0 ? _a2 : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate2 = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate2 });
        validate2.errors = null;
        validate2.schema = sch.schema;
        validate2.schemaEnv = sch;
        if (sch.$async)
          validate2.$async = true;
        if (this.opts.code.source === true) {
          validate2.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate2.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate2.source)
            validate2.source.evaluated = (0, codegen_1.stringify)(validate2.evaluated);
        }
        sch.validate = validate2;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a2;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve11.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a2 = root.localRefs) === null || _a2 === void 0 ? void 0 : _a2[ref];
        const { schemaId: schemaId2 } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId: schemaId2, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve11(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId: schemaId2 } = this.opts;
        const schId = schema[schemaId2];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId: schemaId2, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a2;
      if (((_a2 = parsedRef.fragment) === null || _a2 === void 0 ? void 0 : _a2[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId: schemaId2 } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId: schemaId2, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str4, token) {
      let ind = 0;
      for (let i = 0; i < str4.length; i++) {
        if (str4[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options2) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches2 = urnComponent.path.match(URN_REG);
      if (matches2 && matches2[0] === urnComponent.path) {
        const scheme = options2.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches2[1].toLowerCase();
        urnComponent.nss = matches2[2];
        const urnScheme = `${scheme}:${options2.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options2);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options2) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options2.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options2.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options2);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options2.nid}:${nss}`;
      options2.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options2) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options2.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize2(uri, options2) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options2);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options2), options2);
      }
      return uri;
    }
    function resolve11(baseURI, relativeURI, options2) {
      const schemelessOptions = options2 ? Object.assign({ scheme: "null" }, options2) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options2 && options2.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options2 || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options2 || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative3, options2, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options2), options2);
        relative3 = parse(serialize(relative3, options2), options2);
      }
      options2 = options2 || {};
      if (!options2.tolerant && relative3.scheme) {
        target.scheme = relative3.scheme;
        target.userinfo = relative3.userinfo;
        target.host = relative3.host;
        target.port = relative3.port;
        target.path = removeDotSegments(relative3.path || "");
        target.query = relative3.query;
      } else {
        if (relative3.userinfo !== void 0 || relative3.host !== void 0 || relative3.port !== void 0) {
          target.userinfo = relative3.userinfo;
          target.host = relative3.host;
          target.port = relative3.port;
          target.path = removeDotSegments(relative3.path || "");
          target.query = relative3.query;
        } else {
          if (!relative3.path) {
            target.path = base.path;
            if (relative3.query !== void 0) {
              target.query = relative3.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative3.path[0] === "/") {
              target.path = removeDotSegments(relative3.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative3.path;
              } else if (!base.path) {
                target.path = relative3.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative3.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative3.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative3.fragment;
      return target;
    }
    function equal(uriA, uriB, options2) {
      const normalizedA = normalizeComparableURI(uriA, options2);
      const normalizedB = normalizeComparableURI(uriB, options2);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options2 = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options2.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options2);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options2.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options2.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options2.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options2.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options2.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options2.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches2) {
      if (matches2[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches2) {
      const host = matches2[4];
      return hasMalformedPercentEncoding(matches2[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches2[6]) || hasMalformedPercentEncoding(matches2[7]) || hasMalformedPercentEncoding(matches2[8]);
    }
    function canonicalizeHost(parsed, options2, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options2, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options2.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options2.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options2, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options2.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options2 = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options2.reference === "suffix") {
        if (options2.scheme) {
          uri = options2.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches2 = uri.match(URI_PARSE);
      if (matches2) {
        parsed.scheme = matches2[1];
        parsed.userinfo = matches2[3];
        parsed.host = matches2[4];
        parsed.port = parseInt(matches2[5], 10);
        parsed.path = matches2[6] || "";
        parsed.query = matches2[7];
        parsed.fragment = matches2[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches2);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches2[5];
        }
        const parseError = getParseError(parsed, matches2);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options2.reference && options2.reference !== "suffix" && options2.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options2.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options2.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options2, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options2.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options2);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize: normalize2,
      resolve: resolve11,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str4, flags) => new RegExp(str4, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a2, _b, _c, _d2, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a2 = o.code) === null || _a2 === void 0 ? void 0 : _a2.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d2 = o.uriResolver) !== null && _d2 !== void 0 ? _d2 : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId: schemaId2 } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId2 === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId2], false);
      }
      defaultMeta() {
        const { meta, schemaId: schemaId2 } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId2] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId: schemaId2 } = this.opts;
          id = schema[schemaId2];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId2} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId: schemaId2 } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId: schemaId2 });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId: schemaId2 } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId2];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId: schemaId2, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options2, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options2)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a2;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a2 = definition.implements) === null || _a2 === void 0 ? void 0 : _a2.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a2;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a2 = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a2 === void 0 ? void 0 : _a2.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode: schemaCode2 }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode2}`,
      params: ({ keyword, schemaCode: schemaCode2 }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode2}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode: schemaCode2 } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode2} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode: schemaCode2 }) => (0, codegen_1.str)`must be multiple of ${schemaCode2}`,
      params: ({ schemaCode: schemaCode2 }) => (0, codegen_1._)`{multipleOf: ${schemaCode2}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode: schemaCode2, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode2} === 0 || (${res} = ${data}/${schemaCode2}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str4) {
      const len = str4.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str4.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str4.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode: schemaCode2 }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode2} characters`;
      },
      params: ({ schemaCode: schemaCode2 }) => (0, codegen_1._)`{limit: ${schemaCode2}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode: schemaCode2, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode2}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode: schemaCode2 }) => (0, codegen_1.str)`must match pattern "${schemaCode2}"`,
      params: ({ schemaCode: schemaCode2 }) => (0, codegen_1._)`{pattern: ${schemaCode2}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode: schemaCode2, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode2}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode: schemaCode2 }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode2} properties`;
      },
      params: ({ schemaCode: schemaCode2 }) => (0, codegen_1._)`{limit: ${schemaCode2}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode: schemaCode2 } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode2}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode: schemaCode2, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode2, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode2, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode: schemaCode2 }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode2} items`;
      },
      params: ({ schemaCode: schemaCode2 }) => (0, codegen_1._)`{limit: ${schemaCode2}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode: schemaCode2 } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode2}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode: schemaCode2, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode2} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode: schemaCode2 }) => (0, codegen_1._)`{allowedValue: ${schemaCode2}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode: schemaCode2, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode2})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode: schemaCode2 }) => (0, codegen_1._)`{allowedValues: ${schemaCode2}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode: schemaCode2, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode2);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode2, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js
var require_dynamicAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicAnchor = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicAnchor",
      schemaType: "string",
      code: (cxt) => dynamicAnchor(cxt, cxt.schema)
    };
    function dynamicAnchor(cxt, anchor) {
      const { gen, it } = cxt;
      it.schemaEnv.root.dynamicAnchors[anchor] = true;
      const v = (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
      const validate2 = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
      gen.if((0, codegen_1._)`!${v}`, () => gen.assign(v, validate2));
    }
    exports.dynamicAnchor = dynamicAnchor;
    function _getValidate(cxt) {
      const { schemaEnv, schema, self } = cxt.it;
      const { root, baseId, localRefs, meta } = schemaEnv.root;
      const { schemaId: schemaId2 } = self.opts;
      const sch = new compile_1.SchemaEnv({ schema, schemaId: schemaId2, root, baseId, localRefs, meta });
      compile_1.compileSchema.call(self, sch);
      return (0, ref_1.getValidate)(cxt, sch);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js
var require_dynamicRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicRef = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicRef",
      schemaType: "string",
      code: (cxt) => dynamicRef(cxt, cxt.schema)
    };
    function dynamicRef(cxt, ref) {
      const { gen, keyword, it } = cxt;
      if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
      const anchor = ref.slice(1);
      if (it.allErrors) {
        _dynamicRef();
      } else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
      }
      function _dynamicRef(valid) {
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
          const v = gen.let("_v", (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
          gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        } else {
          _callRef(it.validateName, valid)();
        }
      }
      function _callRef(validate2, valid) {
        return valid ? () => gen.block(() => {
          (0, ref_1.callRef)(cxt, validate2);
          gen.let(valid, true);
        }) : () => (0, ref_1.callRef)(cxt, validate2);
      }
    }
    exports.dynamicRef = dynamicRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js
var require_recursiveAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var util_1 = require_util();
    var def = {
      keyword: "$recursiveAnchor",
      schemaType: "boolean",
      code(cxt) {
        if (cxt.schema)
          (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
          (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js
var require_recursiveRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicRef_1 = require_dynamicRef();
    var def = {
      keyword: "$recursiveRef",
      schemaType: "string",
      code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/index.js
var require_dynamic = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var dynamicRef_1 = require_dynamicRef();
    var recursiveAnchor_1 = require_recursiveAnchor();
    var recursiveRef_1 = require_recursiveRef();
    var dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
    exports.default = dynamic;
  }
});

// node_modules/ajv/dist/vocabularies/validation/dependentRequired.js
var require_dependentRequired = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/dependentRequired.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentRequired",
      type: "object",
      schemaType: "object",
      error: dependencies_1.error,
      code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js
var require_dependentSchemas = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentSchemas",
      type: "object",
      schemaType: "object",
      code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitContains.js
var require_limitContains = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitContains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["maxContains", "minContains"],
      type: "array",
      schemaType: "number",
      code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === void 0) {
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/next.js
var require_next = __commonJS({
  "node_modules/ajv/dist/vocabularies/next.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependentRequired_1 = require_dependentRequired();
    var dependentSchemas_1 = require_dependentSchemas();
    var limitContains_1 = require_limitContains();
    var next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
    exports.default = next;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js
var require_unevaluatedProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var error = {
      message: "must NOT have unevaluated properties",
      params: ({ params }) => (0, codegen_1._)`{unevaluatedProperty: ${params.unevaluatedProperty}}`
    };
    var def = {
      keyword: "unevaluatedProperties",
      type: "object",
      schemaType: ["boolean", "object"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
          gen.if((0, codegen_1._)`${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        } else if (props !== true) {
          gen.forIn("key", data, (key) => props === void 0 ? unevaluatedPropCode(key) : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
          if (schema === false) {
            cxt.setParams({ unevaluatedProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (!(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            cxt.subschema({
              keyword: "unevaluatedProperties",
              dataProp: key,
              dataPropType: util_1.Type.Str
            }, valid);
            if (!allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
          return (0, codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
          const ps = [];
          for (const p in evaluatedProps) {
            if (evaluatedProps[p] === true)
              ps.push((0, codegen_1._)`${key} !== ${p}`);
          }
          return (0, codegen_1.and)(...ps);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js
var require_unevaluatedItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "unevaluatedItems",
      type: "array",
      schemaType: ["boolean", "object"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
          return;
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        if (schema === false) {
          cxt.setParams({ len: items });
          cxt.fail((0, codegen_1._)`${len} > ${items}`);
        } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
          const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items}`);
          gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
          cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
          gen.forRange("i", from, len, (i) => {
            cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/index.js
var require_unevaluated = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var unevaluatedProperties_1 = require_unevaluatedProperties();
    var unevaluatedItems_1 = require_unevaluatedItems();
    var unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
    exports.default = unevaluated;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode: schemaCode2 }) => (0, codegen_1.str)`must match format "${schemaCode2}"`,
      params: ({ schemaCode: schemaCode2 }) => (0, codegen_1._)`{format: ${schemaCode2}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode: schemaCode2, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode2}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode2} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft2020.js
var require_draft2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft2020Vocabularies = [
      dynamic_1.default,
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(true),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary,
      next_1.default,
      unevaluated_1.default
    ];
    exports.default = draft2020Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a2;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a2 = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a2 === void 0 ? void 0 : _a2[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/schema.json
var require_schema = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true,
        "https://json-schema.org/draft/2020-12/vocab/applicator": true,
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true,
        "https://json-schema.org/draft/2020-12/vocab/validation": true,
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true,
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true,
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/unevaluated" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format-annotation" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      $comment: "This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.",
      properties: {
        definitions: {
          $comment: '"definitions" has been replaced by "$defs".',
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          deprecated: true,
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" has been split and replaced by "dependentSchemas" and "dependentRequired" in order to serve their differing semantics.',
          type: "object",
          additionalProperties: {
            anyOf: [{ $dynamicRef: "#meta" }, { $ref: "meta/validation#/$defs/stringArray" }]
          },
          deprecated: true,
          default: {}
        },
        $recursiveAnchor: {
          $comment: '"$recursiveAnchor" has been replaced by "$dynamicAnchor".',
          $ref: "meta/core#/$defs/anchorString",
          deprecated: true
        },
        $recursiveRef: {
          $comment: '"$recursiveRef" has been replaced by "$dynamicRef".',
          $ref: "meta/core#/$defs/uriReferenceString",
          deprecated: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json
var require_applicator2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/applicator": true
      },
      $dynamicAnchor: "meta",
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        prefixItems: { $ref: "#/$defs/schemaArray" },
        items: { $dynamicRef: "#meta" },
        contains: { $dynamicRef: "#meta" },
        additionalProperties: { $dynamicRef: "#meta" },
        properties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        propertyNames: { $dynamicRef: "#meta" },
        if: { $dynamicRef: "#meta" },
        then: { $dynamicRef: "#meta" },
        else: { $dynamicRef: "#meta" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $dynamicRef: "#meta" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $dynamicRef: "#meta" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json
var require_unevaluated2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/unevaluated",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true
      },
      $dynamicAnchor: "meta",
      title: "Unevaluated applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        unevaluatedItems: { $dynamicRef: "#meta" },
        unevaluatedProperties: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json
var require_content = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentEncoding: { type: "string" },
        contentMediaType: { type: "string" },
        contentSchema: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json
var require_core3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true
      },
      $dynamicAnchor: "meta",
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          $ref: "#/$defs/uriReferenceString",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: { $ref: "#/$defs/uriString" },
        $ref: { $ref: "#/$defs/uriReferenceString" },
        $anchor: { $ref: "#/$defs/anchorString" },
        $dynamicRef: { $ref: "#/$defs/uriReferenceString" },
        $dynamicAnchor: { $ref: "#/$defs/anchorString" },
        $vocabulary: {
          type: "object",
          propertyNames: { $ref: "#/$defs/uriString" },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" }
        }
      },
      $defs: {
        anchorString: {
          type: "string",
          pattern: "^[A-Za-z_][-A-Za-z0-9._]*$"
        },
        uriString: {
          type: "string",
          format: "uri"
        },
        uriReferenceString: {
          type: "string",
          format: "uri-reference"
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json
var require_format_annotation = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/format-annotation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true
      },
      $dynamicAnchor: "meta",
      title: "Format vocabulary meta-schema for annotation results",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json
var require_meta_data = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true
      },
      $dynamicAnchor: "meta",
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json
var require_validation2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/validation": true
      },
      $dynamicAnchor: "meta",
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/index.js
var require_json_schema_2020_12 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema();
    var applicator = require_applicator2();
    var unevaluated = require_unevaluated2();
    var content = require_content();
    var core = require_core3();
    var format = require_format_annotation();
    var metadata = require_meta_data();
    var validation = require_validation2();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2020($data) {
      ;
      [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv3, sch) {
        return $data ? ajv3.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2020;
  }
});

// node_modules/ajv/dist/2020.js
var require__ = __commonJS({
  "node_modules/ajv/dist/2020.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
    var core_1 = require_core();
    var draft2020_1 = require_draft2020();
    var discriminator_1 = require_discriminator();
    var json_schema_2020_12_1 = require_json_schema_2020_12();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
    var Ajv20204 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2020 = Ajv20204;
    module.exports = exports = Ajv20204;
    module.exports.Ajv2020 = Ajv20204;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20204;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/heap/lib/heap.js
var require_heap = __commonJS({
  "node_modules/heap/lib/heap.js"(exports, module) {
    (function() {
      var Heap, defaultCmp, floor, heapify, heappop, heappush, heappushpop, heapreplace, insort, min, nlargest, nsmallest, updateItem, _siftdown, _siftup;
      floor = Math.floor, min = Math.min;
      defaultCmp = function(x, y) {
        if (x < y) {
          return -1;
        }
        if (x > y) {
          return 1;
        }
        return 0;
      };
      insort = function(a, x, lo, hi, cmp3) {
        var mid;
        if (lo == null) {
          lo = 0;
        }
        if (cmp3 == null) {
          cmp3 = defaultCmp;
        }
        if (lo < 0) {
          throw new Error("lo must be non-negative");
        }
        if (hi == null) {
          hi = a.length;
        }
        while (lo < hi) {
          mid = floor((lo + hi) / 2);
          if (cmp3(x, a[mid]) < 0) {
            hi = mid;
          } else {
            lo = mid + 1;
          }
        }
        return [].splice.apply(a, [lo, lo - lo].concat(x)), x;
      };
      heappush = function(array, item, cmp3) {
        if (cmp3 == null) {
          cmp3 = defaultCmp;
        }
        array.push(item);
        return _siftdown(array, 0, array.length - 1, cmp3);
      };
      heappop = function(array, cmp3) {
        var lastelt, returnitem;
        if (cmp3 == null) {
          cmp3 = defaultCmp;
        }
        lastelt = array.pop();
        if (array.length) {
          returnitem = array[0];
          array[0] = lastelt;
          _siftup(array, 0, cmp3);
        } else {
          returnitem = lastelt;
        }
        return returnitem;
      };
      heapreplace = function(array, item, cmp3) {
        var returnitem;
        if (cmp3 == null) {
          cmp3 = defaultCmp;
        }
        returnitem = array[0];
        array[0] = item;
        _siftup(array, 0, cmp3);
        return returnitem;
      };
      heappushpop = function(array, item, cmp3) {
        var _ref;
        if (cmp3 == null) {
          cmp3 = defaultCmp;
        }
        if (array.length && cmp3(array[0], item) < 0) {
          _ref = [array[0], item], item = _ref[0], array[0] = _ref[1];
          _siftup(array, 0, cmp3);
        }
        return item;
      };
      heapify = function(array, cmp3) {
        var i, _i, _j, _len, _ref, _ref1, _results, _results1;
        if (cmp3 == null) {
          cmp3 = defaultCmp;
        }
        _ref1 = (function() {
          _results1 = [];
          for (var _j2 = 0, _ref2 = floor(array.length / 2); 0 <= _ref2 ? _j2 < _ref2 : _j2 > _ref2; 0 <= _ref2 ? _j2++ : _j2--) {
            _results1.push(_j2);
          }
          return _results1;
        }).apply(this).reverse();
        _results = [];
        for (_i = 0, _len = _ref1.length; _i < _len; _i++) {
          i = _ref1[_i];
          _results.push(_siftup(array, i, cmp3));
        }
        return _results;
      };
      updateItem = function(array, item, cmp3) {
        var pos;
        if (cmp3 == null) {
          cmp3 = defaultCmp;
        }
        pos = array.indexOf(item);
        if (pos === -1) {
          return;
        }
        _siftdown(array, 0, pos, cmp3);
        return _siftup(array, pos, cmp3);
      };
      nlargest = function(array, n, cmp3) {
        var elem, result2, _i, _len, _ref;
        if (cmp3 == null) {
          cmp3 = defaultCmp;
        }
        result2 = array.slice(0, n);
        if (!result2.length) {
          return result2;
        }
        heapify(result2, cmp3);
        _ref = array.slice(n);
        for (_i = 0, _len = _ref.length; _i < _len; _i++) {
          elem = _ref[_i];
          heappushpop(result2, elem, cmp3);
        }
        return result2.sort(cmp3).reverse();
      };
      nsmallest = function(array, n, cmp3) {
        var elem, i, los, result2, _i, _j, _len, _ref, _ref1, _results;
        if (cmp3 == null) {
          cmp3 = defaultCmp;
        }
        if (n * 10 <= array.length) {
          result2 = array.slice(0, n).sort(cmp3);
          if (!result2.length) {
            return result2;
          }
          los = result2[result2.length - 1];
          _ref = array.slice(n);
          for (_i = 0, _len = _ref.length; _i < _len; _i++) {
            elem = _ref[_i];
            if (cmp3(elem, los) < 0) {
              insort(result2, elem, 0, null, cmp3);
              result2.pop();
              los = result2[result2.length - 1];
            }
          }
          return result2;
        }
        heapify(array, cmp3);
        _results = [];
        for (i = _j = 0, _ref1 = min(n, array.length); 0 <= _ref1 ? _j < _ref1 : _j > _ref1; i = 0 <= _ref1 ? ++_j : --_j) {
          _results.push(heappop(array, cmp3));
        }
        return _results;
      };
      _siftdown = function(array, startpos, pos, cmp3) {
        var newitem, parent, parentpos;
        if (cmp3 == null) {
          cmp3 = defaultCmp;
        }
        newitem = array[pos];
        while (pos > startpos) {
          parentpos = pos - 1 >> 1;
          parent = array[parentpos];
          if (cmp3(newitem, parent) < 0) {
            array[pos] = parent;
            pos = parentpos;
            continue;
          }
          break;
        }
        return array[pos] = newitem;
      };
      _siftup = function(array, pos, cmp3) {
        var childpos, endpos, newitem, rightpos, startpos;
        if (cmp3 == null) {
          cmp3 = defaultCmp;
        }
        endpos = array.length;
        startpos = pos;
        newitem = array[pos];
        childpos = 2 * pos + 1;
        while (childpos < endpos) {
          rightpos = childpos + 1;
          if (rightpos < endpos && !(cmp3(array[childpos], array[rightpos]) < 0)) {
            childpos = rightpos;
          }
          array[pos] = array[childpos];
          pos = childpos;
          childpos = 2 * pos + 1;
        }
        array[pos] = newitem;
        return _siftdown(array, startpos, pos, cmp3);
      };
      Heap = (function() {
        Heap2.push = heappush;
        Heap2.pop = heappop;
        Heap2.replace = heapreplace;
        Heap2.pushpop = heappushpop;
        Heap2.heapify = heapify;
        Heap2.updateItem = updateItem;
        Heap2.nlargest = nlargest;
        Heap2.nsmallest = nsmallest;
        function Heap2(cmp3) {
          this.cmp = cmp3 != null ? cmp3 : defaultCmp;
          this.nodes = [];
        }
        Heap2.prototype.push = function(x) {
          return heappush(this.nodes, x, this.cmp);
        };
        Heap2.prototype.pop = function() {
          return heappop(this.nodes, this.cmp);
        };
        Heap2.prototype.peek = function() {
          return this.nodes[0];
        };
        Heap2.prototype.contains = function(x) {
          return this.nodes.indexOf(x) !== -1;
        };
        Heap2.prototype.replace = function(x) {
          return heapreplace(this.nodes, x, this.cmp);
        };
        Heap2.prototype.pushpop = function(x) {
          return heappushpop(this.nodes, x, this.cmp);
        };
        Heap2.prototype.heapify = function() {
          return heapify(this.nodes, this.cmp);
        };
        Heap2.prototype.updateItem = function(x) {
          return updateItem(this.nodes, x, this.cmp);
        };
        Heap2.prototype.clear = function() {
          return this.nodes = [];
        };
        Heap2.prototype.empty = function() {
          return this.nodes.length === 0;
        };
        Heap2.prototype.size = function() {
          return this.nodes.length;
        };
        Heap2.prototype.clone = function() {
          var heap;
          heap = new Heap2();
          heap.nodes = this.nodes.slice(0);
          return heap;
        };
        Heap2.prototype.toArray = function() {
          return this.nodes.slice(0);
        };
        Heap2.prototype.insert = Heap2.prototype.push;
        Heap2.prototype.top = Heap2.prototype.peek;
        Heap2.prototype.front = Heap2.prototype.peek;
        Heap2.prototype.has = Heap2.prototype.contains;
        Heap2.prototype.copy = Heap2.prototype.clone;
        return Heap2;
      })();
      (function(root, factory) {
        if (typeof define === "function" && define.amd) {
          return define([], factory);
        } else if (typeof exports === "object") {
          return module.exports = factory();
        } else {
          return root.Heap = factory();
        }
      })(this, function() {
        return Heap;
      });
    }).call(exports);
  }
});

// node_modules/heap/index.js
var require_heap2 = __commonJS({
  "node_modules/heap/index.js"(exports, module) {
    module.exports = require_heap();
  }
});

// node_modules/@ewoudenberg/difflib/lib/difflib.js
var require_difflib = __commonJS({
  "node_modules/@ewoudenberg/difflib/lib/difflib.js"(exports) {
    (function() {
      var Differ, Heap, IS_CHARACTER_JUNK, IS_LINE_JUNK, SequenceMatcher, _any, _arrayCmp, _calculateRatio, _countLeading, _formatRangeContext, _formatRangeUnified, _has, assert, contextDiff, floor, getCloseMatches, max, min, ndiff, restore, unifiedDiff, indexOf = [].indexOf;
      ({ floor, max, min } = Math);
      Heap = require_heap2();
      assert = __require("assert");
      _calculateRatio = function(matches2, length) {
        if (length) {
          return 2 * matches2 / length;
        } else {
          return 1;
        }
      };
      _arrayCmp = function(a, b) {
        var i, l, la, lb, ref;
        [la, lb] = [a.length, b.length];
        for (i = l = 0, ref = min(la, lb); 0 <= ref ? l < ref : l > ref; i = 0 <= ref ? ++l : --l) {
          if (a[i] < b[i]) {
            return -1;
          }
          if (a[i] > b[i]) {
            return 1;
          }
        }
        return la - lb;
      };
      _has = function(obj, key) {
        return Object.prototype.hasOwnProperty.call(obj, key);
      };
      _any = function(items) {
        var item, l, len;
        for (l = 0, len = items.length; l < len; l++) {
          item = items[l];
          if (item) {
            return true;
          }
        }
        return false;
      };
      SequenceMatcher = class SequenceMatcher {
        /*
            SequenceMatcher is a flexible class for comparing pairs of sequences of
            any type, so long as the sequence elements are hashable.  The basic
            algorithm predates, and is a little fancier than, an algorithm
            published in the late 1980's by Ratcliff and Obershelp under the
            hyperbolic name "gestalt pattern matching".  The basic idea is to find
            the longest contiguous matching subsequence that contains no "junk"
            elements (R-O doesn't address junk).  The same idea is then applied
            recursively to the pieces of the sequences to the left and to the right
            of the matching subsequence.  This does not yield minimal edit
            sequences, but does tend to yield matches that "look right" to people.
        
            SequenceMatcher tries to compute a "human-friendly diff" between two
            sequences.  Unlike e.g. UNIX(tm) diff, the fundamental notion is the
            longest *contiguous* & junk-free matching subsequence.  That's what
            catches peoples' eyes.  The Windows(tm) windiff has another interesting
            notion, pairing up elements that appear uniquely in each sequence.
            That, and the method here, appear to yield more intuitive difference
            reports than does diff.  This method appears to be the least vulnerable
            to synching up on blocks of "junk lines", though (like blank lines in
            ordinary text files, or maybe "<P>" lines in HTML files).  That may be
            because this is the only method of the 3 that has a *concept* of
            "junk" <wink>.
        
            Example, comparing two strings, and considering blanks to be "junk":
        
            >>> isjunk = (c) -> c is ' '
            >>> s = new SequenceMatcher(isjunk,
                                        'private Thread currentThread;',
                                        'private volatile Thread currentThread;')
        
            .ratio() returns a float in [0, 1], measuring the "similarity" of the
            sequences.  As a rule of thumb, a .ratio() value over 0.6 means the
            sequences are close matches:
        
            >>> s.ratio().toPrecision(3)
            '0.866'
        
            If you're only interested in where the sequences match,
            .getMatchingBlocks() is handy:
        
            >>> for [a, b, size] in s.getMatchingBlocks()
            ...   console.log("a[#{a}] and b[#{b}] match for #{size} elements");
            a[0] and b[0] match for 8 elements
            a[8] and b[17] match for 21 elements
            a[29] and b[38] match for 0 elements
        
            Note that the last tuple returned by .get_matching_blocks() is always a
            dummy, (len(a), len(b), 0), and this is the only case in which the last
            tuple element (number of elements matched) is 0.
        
            If you want to know how to change the first sequence into the second,
            use .get_opcodes():
        
            >>> for [op, a1, a2, b1, b2] in s.getOpcodes()
            ...   console.log "#{op} a[#{a1}:#{a2}] b[#{b1}:#{b2}]"
            equal a[0:8] b[0:8]
            insert a[8:8] b[8:17]
            equal a[8:29] b[17:38]
        
            See the Differ class for a fancy human-friendly file differencer, which
            uses SequenceMatcher both to compare sequences of lines, and to compare
            sequences of characters within similar (near-matching) lines.
        
            See also function getCloseMatches() in this module, which shows how
            simple code building on SequenceMatcher can be used to do useful work.
        
            Timing:  Basic R-O is cubic time worst case and quadratic time expected
            case.  SequenceMatcher is quadratic time for the worst case and has
            expected-case behavior dependent in a complicated way on how many
            elements the sequences have in common; best case time is linear.
        
            Methods:
        
            constructor(isjunk=null, a='', b='')
                Construct a SequenceMatcher.
        
            setSeqs(a, b)
                Set the two sequences to be compared.
        
            setSeq1(a)
                Set the first sequence to be compared.
        
            setSeq2(b)
                Set the second sequence to be compared.
        
            findLongestMatch(alo, ahi, blo, bhi)
                Find longest matching block in a[alo:ahi] and b[blo:bhi].
        
            getMatchingBlocks()
                Return list of triples describing matching subsequences.
        
            getOpcodes()
                Return list of 5-tuples describing how to turn a into b.
        
            ratio()
                Return a measure of the sequences' similarity (float in [0,1]).
        
            quickRatio()
                Return an upper bound on .ratio() relatively quickly.
        
            realQuickRatio()
                Return an upper bound on ratio() very quickly.
            */
        constructor(isjunk1, a = "", b = "", autojunk = true) {
          this.isjunk = isjunk1;
          this.autojunk = autojunk;
          this.a = this.b = null;
          this.setSeqs(a, b);
        }
        setSeqs(a, b) {
          this.setSeq1(a);
          return this.setSeq2(b);
        }
        setSeq1(a) {
          if (a === this.a) {
            return;
          }
          this.a = a;
          return this.matchingBlocks = this.opcodes = null;
        }
        setSeq2(b) {
          if (b === this.b) {
            return;
          }
          this.b = b;
          this.matchingBlocks = this.opcodes = null;
          this.fullbcount = null;
          return this._chainB();
        }
        // For each element x in b, set b2j[x] to a list of the indices in
        // b where x appears; the indices are in increasing order; note that
        // the number of times x appears in b is b2j[x].length ...
        // when @isjunk is defined, junk elements don't show up in this
        // map at all, which stops the central findLongestMatch method
        // from starting any matching block at a junk element ...
        // also creates the fast isbjunk function ...
        // b2j also does not contain entries for "popular" elements, meaning
        // elements that account for more than 1 + 1% of the total elements, and
        // when the sequence is reasonably large (>= 200 elements); this can
        // be viewed as an adaptive notion of semi-junk, and yields an enormous
        // speedup when, e.g., comparing program files with hundreds of
        // instances of "return null;" ...
        // note that this is only called when b changes; so for cross-product
        // kinds of matches, it's best to call setSeq2 once, then setSeq1
        // repeatedly
        _chainB() {
          var b, b2j, elt, i, indices, isjunk, junk, l, len, n, ntest, popular;
          b = this.b;
          this.b2j = b2j = /* @__PURE__ */ new Map();
          for (i = l = 0, len = b.length; l < len; i = ++l) {
            elt = b[i];
            if (!b2j.has(elt)) {
              b2j.set(elt, []);
            }
            indices = b2j.get(elt);
            indices.push(i);
          }
          junk = /* @__PURE__ */ new Map();
          isjunk = this.isjunk;
          if (isjunk) {
            b2j.forEach(function(idxs, elt2) {
              if (isjunk(elt2)) {
                junk.set(elt2, true);
                return b2j.delete(elt2);
              }
            });
          }
          popular = /* @__PURE__ */ new Map();
          n = b.length;
          if (this.autojunk && n >= 200) {
            ntest = floor(n / 100) + 1;
            b2j.forEach(function(idxs, elt2) {
              if (idxs.length > ntest) {
                popular.set(elt2, true);
                return b2j.delete(elt2);
              }
            });
          }
          this.isbjunk = function(b2) {
            return junk.has(b2);
          };
          return this.isbpopular = function(b2) {
            return popular.has(b2);
          };
        }
        findLongestMatch(alo, ahi, blo, bhi) {
          var a, b, b2j, besti, bestj, bestsize, i, isbjunk, j, j2len, jlist, k, l, len, m, newj2len, ref, ref1;
          [a, b, b2j, isbjunk] = [this.a, this.b, this.b2j, this.isbjunk];
          [besti, bestj, bestsize] = [alo, blo, 0];
          j2len = {};
          for (i = l = ref = alo, ref1 = ahi; ref <= ref1 ? l < ref1 : l > ref1; i = ref <= ref1 ? ++l : --l) {
            newj2len = {};
            jlist = [];
            if (b2j.has(a[i])) {
              jlist = b2j.get(a[i]);
            }
            for (m = 0, len = jlist.length; m < len; m++) {
              j = jlist[m];
              if (j < blo) {
                continue;
              }
              if (j >= bhi) {
                break;
              }
              k = newj2len[j] = (j2len[j - 1] || 0) + 1;
              if (k > bestsize) {
                [besti, bestj, bestsize] = [i - k + 1, j - k + 1, k];
              }
            }
            j2len = newj2len;
          }
          while (besti > alo && bestj > blo && !isbjunk(b[bestj - 1]) && a[besti - 1] === b[bestj - 1]) {
            [besti, bestj, bestsize] = [besti - 1, bestj - 1, bestsize + 1];
          }
          while (besti + bestsize < ahi && bestj + bestsize < bhi && !isbjunk(b[bestj + bestsize]) && a[besti + bestsize] === b[bestj + bestsize]) {
            bestsize++;
          }
          while (besti > alo && bestj > blo && isbjunk(b[bestj - 1]) && a[besti - 1] === b[bestj - 1]) {
            [besti, bestj, bestsize] = [besti - 1, bestj - 1, bestsize + 1];
          }
          while (besti + bestsize < ahi && bestj + bestsize < bhi && isbjunk(b[bestj + bestsize]) && a[besti + bestsize] === b[bestj + bestsize]) {
            bestsize++;
          }
          return [besti, bestj, bestsize];
        }
        getMatchingBlocks() {
          var ahi, alo, bhi, blo, i, i1, i2, j, j1, j2, k, k1, k2, l, la, lb, len, matchingBlocks, nonAdjacent, queue, x;
          if (this.matchingBlocks) {
            return this.matchingBlocks;
          }
          [la, lb] = [this.a.length, this.b.length];
          queue = [[0, la, 0, lb]];
          matchingBlocks = [];
          while (queue.length) {
            [alo, ahi, blo, bhi] = queue.pop();
            [i, j, k] = x = this.findLongestMatch(alo, ahi, blo, bhi);
            if (k) {
              matchingBlocks.push(x);
              if (alo < i && blo < j) {
                queue.push([alo, i, blo, j]);
              }
              if (i + k < ahi && j + k < bhi) {
                queue.push([i + k, ahi, j + k, bhi]);
              }
            }
          }
          matchingBlocks.sort(_arrayCmp);
          i1 = j1 = k1 = 0;
          nonAdjacent = [];
          for (l = 0, len = matchingBlocks.length; l < len; l++) {
            [i2, j2, k2] = matchingBlocks[l];
            if (i1 + k1 === i2 && j1 + k1 === j2) {
              k1 += k2;
            } else {
              if (k1) {
                nonAdjacent.push([i1, j1, k1]);
              }
              [i1, j1, k1] = [i2, j2, k2];
            }
          }
          if (k1) {
            nonAdjacent.push([i1, j1, k1]);
          }
          nonAdjacent.push([la, lb, 0]);
          return this.matchingBlocks = nonAdjacent;
        }
        getOpcodes() {
          var ai, answer, bj, i, j, l, len, ref, size, tag;
          if (this.opcodes) {
            return this.opcodes;
          }
          i = j = 0;
          this.opcodes = answer = [];
          ref = this.getMatchingBlocks();
          for (l = 0, len = ref.length; l < len; l++) {
            [ai, bj, size] = ref[l];
            tag = "";
            if (i < ai && j < bj) {
              tag = "replace";
            } else if (i < ai) {
              tag = "delete";
            } else if (j < bj) {
              tag = "insert";
            }
            if (tag) {
              answer.push([tag, i, ai, j, bj]);
            }
            [i, j] = [ai + size, bj + size];
            if (size) {
              answer.push(["equal", ai, i, bj, j]);
            }
          }
          return answer;
        }
        getGroupedOpcodes(n = 3) {
          var codes, group, groups, i1, i2, j1, j2, l, len, nn, tag;
          codes = this.getOpcodes();
          if (!codes.length) {
            codes = [["equal", 0, 1, 0, 1]];
          }
          if (codes[0][0] === "equal") {
            [tag, i1, i2, j1, j2] = codes[0];
            codes[0] = [tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2];
          }
          if (codes[codes.length - 1][0] === "equal") {
            [tag, i1, i2, j1, j2] = codes[codes.length - 1];
            codes[codes.length - 1] = [tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)];
          }
          nn = n + n;
          groups = [];
          group = [];
          for (l = 0, len = codes.length; l < len; l++) {
            [tag, i1, i2, j1, j2] = codes[l];
            if (tag === "equal" && i2 - i1 > nn) {
              group.push([tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)]);
              groups.push(group);
              group = [];
              [i1, j1] = [max(i1, i2 - n), max(j1, j2 - n)];
            }
            group.push([tag, i1, i2, j1, j2]);
          }
          if (group.length && !(group.length === 1 && group[0][0] === "equal")) {
            groups.push(group);
          }
          return groups;
        }
        ratio() {
          var l, len, match, matches2, ref;
          matches2 = 0;
          ref = this.getMatchingBlocks();
          for (l = 0, len = ref.length; l < len; l++) {
            match = ref[l];
            matches2 += match[2];
          }
          return _calculateRatio(matches2, this.a.length + this.b.length);
        }
        quickRatio() {
          var avail, elt, fullbcount, l, len, len1, m, matches2, numb, ref, ref1;
          if (!this.fullbcount) {
            this.fullbcount = fullbcount = {};
            ref = this.b;
            for (l = 0, len = ref.length; l < len; l++) {
              elt = ref[l];
              fullbcount[elt] = (fullbcount[elt] || 0) + 1;
            }
          }
          fullbcount = this.fullbcount;
          avail = {};
          matches2 = 0;
          ref1 = this.a;
          for (m = 0, len1 = ref1.length; m < len1; m++) {
            elt = ref1[m];
            if (_has(avail, elt)) {
              numb = avail[elt];
            } else {
              numb = fullbcount[elt] || 0;
            }
            avail[elt] = numb - 1;
            if (numb > 0) {
              matches2++;
            }
          }
          return _calculateRatio(matches2, this.a.length + this.b.length);
        }
        realQuickRatio() {
          var la, lb;
          [la, lb] = [this.a.length, this.b.length];
          return _calculateRatio(min(la, lb), la + lb);
        }
      };
      getCloseMatches = function(word, possibilities, n = 3, cutoff = 0.6) {
        var l, len, len1, m, result2, results, s, score, x;
        if (!(n > 0)) {
          throw new Error(`n must be > 0: (${n})`);
        }
        if (!(0 <= cutoff && cutoff <= 1)) {
          throw new Error(`cutoff must be in [0.0, 1.0]: (${cutoff})`);
        }
        result2 = [];
        s = new SequenceMatcher();
        s.setSeq2(word);
        for (l = 0, len = possibilities.length; l < len; l++) {
          x = possibilities[l];
          s.setSeq1(x);
          if (s.realQuickRatio() >= cutoff && s.quickRatio() >= cutoff && s.ratio() >= cutoff) {
            result2.push([s.ratio(), x]);
          }
        }
        result2 = Heap.nlargest(result2, n, _arrayCmp);
        results = [];
        for (m = 0, len1 = result2.length; m < len1; m++) {
          [score, x] = result2[m];
          results.push(x);
        }
        return results;
      };
      _countLeading = function(line, ch) {
        var i, n;
        [i, n] = [0, line.length];
        while (i < n && line[i] === ch) {
          i++;
        }
        return i;
      };
      Differ = class Differ {
        /*
            Differ is a class for comparing sequences of lines of text, and
            producing human-readable differences or deltas.  Differ uses
            SequenceMatcher both to compare sequences of lines, and to compare
            sequences of characters within similar (near-matching) lines.
        
            Each line of a Differ delta begins with a two-letter code:
        
                '- '    line unique to sequence 1
                '+ '    line unique to sequence 2
                '  '    line common to both sequences
                '? '    line not present in either input sequence
        
            Lines beginning with '? ' attempt to guide the eye to intraline
            differences, and were not present in either input sequence.  These lines
            can be confusing if the sequences contain tab characters.
        
            Note that Differ makes no claim to produce a *minimal* diff.  To the
            contrary, minimal diffs are often counter-intuitive, because they synch
            up anywhere possible, sometimes accidental matches 100 pages apart.
            Restricting synch points to contiguous matches preserves some notion of
            locality, at the occasional cost of producing a longer diff.
        
            Example: Comparing two texts.
        
            >>> text1 = ['1. Beautiful is better than ugly.\n',
            ...   '2. Explicit is better than implicit.\n',
            ...   '3. Simple is better than complex.\n',
            ...   '4. Complex is better than complicated.\n']
            >>> text1.length
            4
            >>> text2 = ['1. Beautiful is better than ugly.\n',
            ...   '3.   Simple is better than complex.\n',
            ...   '4. Complicated is better than complex.\n',
            ...   '5. Flat is better than nested.\n']
        
            Next we instantiate a Differ object:
        
            >>> d = new Differ()
        
            Note that when instantiating a Differ object we may pass functions to
            filter out line and character 'junk'.
        
            Finally, we compare the two:
        
            >>> result = d.compare(text1, text2)
            [ '  1. Beautiful is better than ugly.\n',
              '- 2. Explicit is better than implicit.\n',
              '- 3. Simple is better than complex.\n',
              '+ 3.   Simple is better than complex.\n',
              '?   ++\n',
              '- 4. Complex is better than complicated.\n',
              '?          ^                     ---- ^\n',
              '+ 4. Complicated is better than complex.\n',
              '?         ++++ ^                      ^\n',
              '+ 5. Flat is better than nested.\n' ]
        
            Methods:
        
            constructor(linejunk=null, charjunk=null)
                Construct a text differencer, with optional filters.
            compare(a, b)
                Compare two sequences of lines; generate the resulting delta.
            */
        constructor(linejunk1, charjunk1) {
          this.linejunk = linejunk1;
          this.charjunk = charjunk1;
        }
        /*
            Construct a text differencer, with optional filters.
        
            The two optional keyword parameters are for filter functions:
        
            - `linejunk`: A function that should accept a single string argument,
              and return true iff the string is junk. The module-level function
              `IS_LINE_JUNK` may be used to filter out lines without visible
              characters, except for at most one splat ('#').  It is recommended
              to leave linejunk null. 
        
            - `charjunk`: A function that should accept a string of length 1. The
              module-level function `IS_CHARACTER_JUNK` may be used to filter out
              whitespace characters (a blank or tab; **note**: bad idea to include
              newline in this!).  Use of IS_CHARACTER_JUNK is recommended.
            */
        compare(a, b) {
          var ahi, alo, bhi, blo, cruncher, g, l, len, len1, line, lines, m, ref, tag;
          cruncher = new SequenceMatcher(this.linejunk, a, b);
          lines = [];
          ref = cruncher.getOpcodes();
          for (l = 0, len = ref.length; l < len; l++) {
            [tag, alo, ahi, blo, bhi] = ref[l];
            switch (tag) {
              case "replace":
                g = this._fancyReplace(a, alo, ahi, b, blo, bhi);
                break;
              case "delete":
                g = this._dump("-", a, alo, ahi);
                break;
              case "insert":
                g = this._dump("+", b, blo, bhi);
                break;
              case "equal":
                g = this._dump(" ", a, alo, ahi);
                break;
              default:
                throw new Error(`unknow tag (${tag})`);
            }
            for (m = 0, len1 = g.length; m < len1; m++) {
              line = g[m];
              lines.push(line);
            }
          }
          return lines;
        }
        _dump(tag, x, lo, hi) {
          var i, l, ref, ref1, results;
          results = [];
          for (i = l = ref = lo, ref1 = hi; ref <= ref1 ? l < ref1 : l > ref1; i = ref <= ref1 ? ++l : --l) {
            results.push(`${tag} ${x[i]}`);
          }
          return results;
        }
        _plainReplace(a, alo, ahi, b, blo, bhi) {
          var first, g, l, len, len1, line, lines, m, ref, second;
          assert(alo < ahi && blo < bhi);
          if (bhi - blo < ahi - alo) {
            first = this._dump("+", b, blo, bhi);
            second = this._dump("-", a, alo, ahi);
          } else {
            first = this._dump("-", a, alo, ahi);
            second = this._dump("+", b, blo, bhi);
          }
          lines = [];
          ref = [first, second];
          for (l = 0, len = ref.length; l < len; l++) {
            g = ref[l];
            for (m = 0, len1 = g.length; m < len1; m++) {
              line = g[m];
              lines.push(line);
            }
          }
          return lines;
        }
        _fancyReplace(a, alo, ahi, b, blo, bhi) {
          var aelt, ai, ai1, ai2, atags, belt, bestRatio, besti, bestj, bj, bj1, bj2, btags, cruncher, cutoff, eqi, eqj, i, j, l, la, lb, len, len1, len2, len3, len4, line, lines, m, o, p, q, r, ref, ref1, ref2, ref3, ref4, ref5, ref6, ref7, ref8, t, tag;
          [bestRatio, cutoff] = [0.74, 0.75];
          cruncher = new SequenceMatcher(this.charjunk);
          [eqi, eqj] = [
            null,
            null
            // 1st indices of equal lines (if any)
          ];
          lines = [];
          for (j = l = ref = blo, ref1 = bhi; ref <= ref1 ? l < ref1 : l > ref1; j = ref <= ref1 ? ++l : --l) {
            bj = b[j];
            cruncher.setSeq2(bj);
            for (i = m = ref2 = alo, ref3 = ahi; ref2 <= ref3 ? m < ref3 : m > ref3; i = ref2 <= ref3 ? ++m : --m) {
              ai = a[i];
              if (ai === bj) {
                if (eqi === null) {
                  [eqi, eqj] = [i, j];
                }
                continue;
              }
              cruncher.setSeq1(ai);
              if (cruncher.realQuickRatio() > bestRatio && cruncher.quickRatio() > bestRatio && cruncher.ratio() > bestRatio) {
                [bestRatio, besti, bestj] = [cruncher.ratio(), i, j];
              }
            }
          }
          if (bestRatio < cutoff) {
            if (eqi === null) {
              ref4 = this._plainReplace(a, alo, ahi, b, blo, bhi);
              for (o = 0, len = ref4.length; o < len; o++) {
                line = ref4[o];
                lines.push(line);
              }
              return lines;
            }
            [besti, bestj, bestRatio] = [eqi, eqj, 1];
          } else {
            eqi = null;
          }
          ref5 = this._fancyHelper(a, alo, besti, b, blo, bestj);
          for (p = 0, len1 = ref5.length; p < len1; p++) {
            line = ref5[p];
            lines.push(line);
          }
          [aelt, belt] = [a[besti], b[bestj]];
          if (eqi === null) {
            atags = btags = "";
            cruncher.setSeqs(aelt, belt);
            ref6 = cruncher.getOpcodes();
            for (q = 0, len2 = ref6.length; q < len2; q++) {
              [tag, ai1, ai2, bj1, bj2] = ref6[q];
              [la, lb] = [ai2 - ai1, bj2 - bj1];
              switch (tag) {
                case "replace":
                  atags += Array(la + 1).join("^");
                  btags += Array(lb + 1).join("^");
                  break;
                case "delete":
                  atags += Array(la + 1).join("-");
                  break;
                case "insert":
                  btags += Array(lb + 1).join("+");
                  break;
                case "equal":
                  atags += Array(la + 1).join(" ");
                  btags += Array(lb + 1).join(" ");
                  break;
                default:
                  throw new Error(`unknow tag (${tag})`);
              }
            }
            ref7 = this._qformat(aelt, belt, atags, btags);
            for (r = 0, len3 = ref7.length; r < len3; r++) {
              line = ref7[r];
              lines.push(line);
            }
          } else {
            lines.push("  " + aelt);
          }
          ref8 = this._fancyHelper(a, besti + 1, ahi, b, bestj + 1, bhi);
          for (t = 0, len4 = ref8.length; t < len4; t++) {
            line = ref8[t];
            lines.push(line);
          }
          return lines;
        }
        _fancyHelper(a, alo, ahi, b, blo, bhi) {
          var g;
          g = [];
          if (alo < ahi) {
            if (blo < bhi) {
              g = this._fancyReplace(a, alo, ahi, b, blo, bhi);
            } else {
              g = this._dump("-", a, alo, ahi);
            }
          } else if (blo < bhi) {
            g = this._dump("+", b, blo, bhi);
          }
          return g;
        }
        _qformat(aline, bline, atags, btags) {
          var common, lines;
          lines = [];
          common = min(_countLeading(aline, "	"), _countLeading(bline, "	"));
          common = min(common, _countLeading(atags.slice(0, common), " "));
          common = min(common, _countLeading(btags.slice(0, common), " "));
          atags = atags.slice(common).replace(/\s+$/, "");
          btags = btags.slice(common).replace(/\s+$/, "");
          lines.push("- " + aline);
          if (atags.length) {
            lines.push(`? ${Array(common + 1).join("	")}${atags}
`);
          }
          lines.push("+ " + bline);
          if (btags.length) {
            lines.push(`? ${Array(common + 1).join("	")}${btags}
`);
          }
          return lines;
        }
      };
      IS_LINE_JUNK = function(line, pat = /^\s*#?\s*$/) {
        return pat.test(line);
      };
      IS_CHARACTER_JUNK = function(ch, ws = " 	") {
        return indexOf.call(ws, ch) >= 0;
      };
      _formatRangeUnified = function(start, stop2) {
        var beginning, length;
        beginning = start + 1;
        length = stop2 - start;
        if (length === 1) {
          return `${beginning}`;
        }
        if (!length) {
          beginning--;
        }
        return `${beginning},${length}`;
      };
      unifiedDiff = function(a, b, { fromfile, tofile, fromfiledate, tofiledate, n, lineterm } = {}) {
        var file1Range, file2Range, first, fromdate, group, i1, i2, j1, j2, l, last, len, len1, len2, len3, len4, line, lines, m, o, p, q, ref, ref1, ref2, ref3, started, tag, todate;
        if (fromfile == null) {
          fromfile = "";
        }
        if (tofile == null) {
          tofile = "";
        }
        if (fromfiledate == null) {
          fromfiledate = "";
        }
        if (tofiledate == null) {
          tofiledate = "";
        }
        if (n == null) {
          n = 3;
        }
        if (lineterm == null) {
          lineterm = "\n";
        }
        lines = [];
        started = false;
        ref = new SequenceMatcher(null, a, b).getGroupedOpcodes();
        for (l = 0, len = ref.length; l < len; l++) {
          group = ref[l];
          if (!started) {
            started = true;
            fromdate = fromfiledate ? `	${fromfiledate}` : "";
            todate = tofiledate ? `	${tofiledate}` : "";
            lines.push(`--- ${fromfile}${fromdate}${lineterm}`);
            lines.push(`+++ ${tofile}${todate}${lineterm}`);
          }
          [first, last] = [group[0], group[group.length - 1]];
          file1Range = _formatRangeUnified(first[1], last[2]);
          file2Range = _formatRangeUnified(first[3], last[4]);
          lines.push(`@@ -${file1Range} +${file2Range} @@${lineterm}`);
          for (m = 0, len1 = group.length; m < len1; m++) {
            [tag, i1, i2, j1, j2] = group[m];
            if (tag === "equal") {
              ref1 = a.slice(i1, i2);
              for (o = 0, len2 = ref1.length; o < len2; o++) {
                line = ref1[o];
                lines.push(" " + line);
              }
              continue;
            }
            if (tag === "replace" || tag === "delete") {
              ref2 = a.slice(i1, i2);
              for (p = 0, len3 = ref2.length; p < len3; p++) {
                line = ref2[p];
                lines.push("-" + line);
              }
            }
            if (tag === "replace" || tag === "insert") {
              ref3 = b.slice(j1, j2);
              for (q = 0, len4 = ref3.length; q < len4; q++) {
                line = ref3[q];
                lines.push("+" + line);
              }
            }
          }
        }
        return lines;
      };
      _formatRangeContext = function(start, stop2) {
        var beginning, length;
        beginning = start + 1;
        length = stop2 - start;
        if (!length) {
          beginning--;
        }
        if (length <= 1) {
          return `${beginning}`;
        }
        return `${beginning},${beginning + length - 1}`;
      };
      contextDiff = function(a, b, { fromfile, tofile, fromfiledate, tofiledate, n, lineterm } = {}) {
        var _, file1Range, file2Range, first, fromdate, group, i1, i2, j1, j2, l, last, len, len1, len2, len3, len4, line, lines, m, o, p, prefix, q, ref, ref1, ref2, started, tag, todate;
        if (fromfile == null) {
          fromfile = "";
        }
        if (tofile == null) {
          tofile = "";
        }
        if (fromfiledate == null) {
          fromfiledate = "";
        }
        if (tofiledate == null) {
          tofiledate = "";
        }
        if (n == null) {
          n = 3;
        }
        if (lineterm == null) {
          lineterm = "\n";
        }
        prefix = {
          insert: "+ ",
          delete: "- ",
          replace: "! ",
          equal: "  "
        };
        started = false;
        lines = [];
        ref = new SequenceMatcher(null, a, b).getGroupedOpcodes();
        for (l = 0, len = ref.length; l < len; l++) {
          group = ref[l];
          if (!started) {
            started = true;
            fromdate = fromfiledate ? `	${fromfiledate}` : "";
            todate = tofiledate ? `	${tofiledate}` : "";
            lines.push(`*** ${fromfile}${fromdate}${lineterm}`);
            lines.push(`--- ${tofile}${todate}${lineterm}`);
            [first, last] = [group[0], group[group.length - 1]];
            lines.push("***************" + lineterm);
            file1Range = _formatRangeContext(first[1], last[2]);
            lines.push(`*** ${file1Range} ****${lineterm}`);
            if (_any((function() {
              var len12, m2, results;
              results = [];
              for (m2 = 0, len12 = group.length; m2 < len12; m2++) {
                [tag, _, _, _, _] = group[m2];
                results.push(tag === "replace" || tag === "delete");
              }
              return results;
            })())) {
              for (m = 0, len1 = group.length; m < len1; m++) {
                [tag, i1, i2, _, _] = group[m];
                if (tag !== "insert") {
                  ref1 = a.slice(i1, i2);
                  for (o = 0, len2 = ref1.length; o < len2; o++) {
                    line = ref1[o];
                    lines.push(prefix[tag] + line);
                  }
                }
              }
            }
            file2Range = _formatRangeContext(first[3], last[4]);
            lines.push(`--- ${file2Range} ----${lineterm}`);
            if (_any((function() {
              var len32, p2, results;
              results = [];
              for (p2 = 0, len32 = group.length; p2 < len32; p2++) {
                [tag, _, _, _, _] = group[p2];
                results.push(tag === "replace" || tag === "insert");
              }
              return results;
            })())) {
              for (p = 0, len3 = group.length; p < len3; p++) {
                [tag, _, _, j1, j2] = group[p];
                if (tag !== "delete") {
                  ref2 = b.slice(j1, j2);
                  for (q = 0, len4 = ref2.length; q < len4; q++) {
                    line = ref2[q];
                    lines.push(prefix[tag] + line);
                  }
                }
              }
            }
          }
        }
        return lines;
      };
      ndiff = function(a, b, linejunk, charjunk = IS_CHARACTER_JUNK) {
        return new Differ(linejunk, charjunk).compare(a, b);
      };
      restore = function(delta, which) {
        var l, len, line, lines, prefixes, ref, tag;
        tag = {
          1: "- ",
          2: "+ "
        }[which];
        if (!tag) {
          throw new Error(`unknow delta choice (must be 1 or 2): ${which}`);
        }
        prefixes = ["  ", tag];
        lines = [];
        for (l = 0, len = delta.length; l < len; l++) {
          line = delta[l];
          if (ref = line.slice(0, 2), indexOf.call(prefixes, ref) >= 0) {
            lines.push(line.slice(2));
          }
        }
        return lines;
      };
      exports._arrayCmp = _arrayCmp;
      exports.SequenceMatcher = SequenceMatcher;
      exports.getCloseMatches = getCloseMatches;
      exports._countLeading = _countLeading;
      exports.Differ = Differ;
      exports.IS_LINE_JUNK = IS_LINE_JUNK;
      exports.IS_CHARACTER_JUNK = IS_CHARACTER_JUNK;
      exports._formatRangeUnified = _formatRangeUnified;
      exports.unifiedDiff = unifiedDiff;
      exports._formatRangeContext = _formatRangeContext;
      exports.contextDiff = contextDiff;
      exports.ndiff = ndiff;
      exports.restore = restore;
    }).call(exports);
  }
});

// node_modules/@ewoudenberg/difflib/index.js
var require_difflib2 = __commonJS({
  "node_modules/@ewoudenberg/difflib/index.js"(exports, module) {
    module.exports = require_difflib();
  }
});

// node_modules/json-diff/lib/util.js
var require_util2 = __commonJS({
  "node_modules/json-diff/lib/util.js"(exports, module) {
    var extendedTypeOf = function(obj) {
      const result2 = typeof obj;
      if (obj == null) {
        return "null";
      } else if (result2 === "object" && obj.constructor === Array) {
        return "array";
      } else if (result2 === "object" && obj instanceof Date) {
        return "date";
      } else {
        return result2;
      }
    };
    var roundObj = function(data, precision) {
      const type = typeof data;
      if (type === "array") {
        return data.map((x) => roundObj(x, precision));
      } else if (type === "object") {
        for (const key in data) {
          data[key] = roundObj(data[key], precision);
        }
        return data;
      } else if (type === "number" && Number.isFinite(data) && !Number.isInteger(data)) {
        return +data.toFixed(precision);
      } else {
        return data;
      }
    };
    module.exports = { extendedTypeOf, roundObj };
  }
});

// node_modules/colors/lib/styles.js
var require_styles = __commonJS({
  "node_modules/colors/lib/styles.js"(exports, module) {
    var styles = {};
    module["exports"] = styles;
    var codes = {
      reset: [0, 0],
      bold: [1, 22],
      dim: [2, 22],
      italic: [3, 23],
      underline: [4, 24],
      inverse: [7, 27],
      hidden: [8, 28],
      strikethrough: [9, 29],
      black: [30, 39],
      red: [31, 39],
      green: [32, 39],
      yellow: [33, 39],
      blue: [34, 39],
      magenta: [35, 39],
      cyan: [36, 39],
      white: [37, 39],
      gray: [90, 39],
      grey: [90, 39],
      brightRed: [91, 39],
      brightGreen: [92, 39],
      brightYellow: [93, 39],
      brightBlue: [94, 39],
      brightMagenta: [95, 39],
      brightCyan: [96, 39],
      brightWhite: [97, 39],
      bgBlack: [40, 49],
      bgRed: [41, 49],
      bgGreen: [42, 49],
      bgYellow: [43, 49],
      bgBlue: [44, 49],
      bgMagenta: [45, 49],
      bgCyan: [46, 49],
      bgWhite: [47, 49],
      bgGray: [100, 49],
      bgGrey: [100, 49],
      bgBrightRed: [101, 49],
      bgBrightGreen: [102, 49],
      bgBrightYellow: [103, 49],
      bgBrightBlue: [104, 49],
      bgBrightMagenta: [105, 49],
      bgBrightCyan: [106, 49],
      bgBrightWhite: [107, 49],
      // legacy styles for colors pre v1.0.0
      blackBG: [40, 49],
      redBG: [41, 49],
      greenBG: [42, 49],
      yellowBG: [43, 49],
      blueBG: [44, 49],
      magentaBG: [45, 49],
      cyanBG: [46, 49],
      whiteBG: [47, 49]
    };
    Object.keys(codes).forEach(function(key) {
      var val = codes[key];
      var style = styles[key] = [];
      style.open = "\x1B[" + val[0] + "m";
      style.close = "\x1B[" + val[1] + "m";
    });
  }
});

// node_modules/colors/lib/system/has-flag.js
var require_has_flag = __commonJS({
  "node_modules/colors/lib/system/has-flag.js"(exports, module) {
    "use strict";
    module.exports = function(flag2, argv) {
      argv = argv || process.argv;
      var terminatorPos = argv.indexOf("--");
      var prefix = /^-{1,2}/.test(flag2) ? "" : "--";
      var pos = argv.indexOf(prefix + flag2);
      return pos !== -1 && (terminatorPos === -1 ? true : pos < terminatorPos);
    };
  }
});

// node_modules/colors/lib/system/supports-colors.js
var require_supports_colors = __commonJS({
  "node_modules/colors/lib/system/supports-colors.js"(exports, module) {
    "use strict";
    var os = __require("os");
    var hasFlag = require_has_flag();
    var env = process.env;
    var forceColor = void 0;
    if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false")) {
      forceColor = false;
    } else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) {
      forceColor = true;
    }
    if ("FORCE_COLOR" in env) {
      forceColor = env.FORCE_COLOR.length === 0 || parseInt(env.FORCE_COLOR, 10) !== 0;
    }
    function translateLevel(level) {
      if (level === 0) {
        return false;
      }
      return {
        level,
        hasBasic: true,
        has256: level >= 2,
        has16m: level >= 3
      };
    }
    function supportsColor(stream) {
      if (forceColor === false) {
        return 0;
      }
      if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) {
        return 3;
      }
      if (hasFlag("color=256")) {
        return 2;
      }
      if (stream && !stream.isTTY && forceColor !== true) {
        return 0;
      }
      var min = forceColor ? 1 : 0;
      if (process.platform === "win32") {
        var osRelease = os.release().split(".");
        if (Number(process.versions.node.split(".")[0]) >= 8 && Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
          return Number(osRelease[2]) >= 14931 ? 3 : 2;
        }
        return 1;
      }
      if ("CI" in env) {
        if (["TRAVIS", "CIRCLECI", "APPVEYOR", "GITLAB_CI"].some(function(sign3) {
          return sign3 in env;
        }) || env.CI_NAME === "codeship") {
          return 1;
        }
        return min;
      }
      if ("TEAMCITY_VERSION" in env) {
        return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
      }
      if ("TERM_PROGRAM" in env) {
        var version = parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
        switch (env.TERM_PROGRAM) {
          case "iTerm.app":
            return version >= 3 ? 3 : 2;
          case "Hyper":
            return 3;
          case "Apple_Terminal":
            return 2;
        }
      }
      if (/-256(color)?$/i.test(env.TERM)) {
        return 2;
      }
      if (/^screen|^xterm|^vt100|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
        return 1;
      }
      if ("COLORTERM" in env) {
        return 1;
      }
      if (env.TERM === "dumb") {
        return min;
      }
      return min;
    }
    function getSupportLevel(stream) {
      var level = supportsColor(stream);
      return translateLevel(level);
    }
    module.exports = {
      supportsColor: getSupportLevel,
      stdout: getSupportLevel(process.stdout),
      stderr: getSupportLevel(process.stderr)
    };
  }
});

// node_modules/colors/lib/custom/trap.js
var require_trap = __commonJS({
  "node_modules/colors/lib/custom/trap.js"(exports, module) {
    module["exports"] = function runTheTrap(text, options2) {
      var result2 = "";
      text = text || "Run the trap, drop the bass";
      text = text.split("");
      var trap = {
        a: ["@", "Ą", "Ⱥ", "Ʌ", "Δ", "Λ", "Д"],
        b: ["ß", "Ɓ", "Ƀ", "ɮ", "β", "฿"],
        c: ["©", "Ȼ", "Ͼ"],
        d: ["Ð", "Ɗ", "Ԁ", "ԁ", "Ԃ", "ԃ"],
        e: [
          "Ë",
          "ĕ",
          "Ǝ",
          "ɘ",
          "Σ",
          "ξ",
          "Ҽ",
          "੬"
        ],
        f: ["Ӻ"],
        g: ["ɢ"],
        h: ["Ħ", "ƕ", "Ң", "Һ", "Ӈ", "Ԋ"],
        i: ["༏"],
        j: ["Ĵ"],
        k: ["ĸ", "Ҡ", "Ӄ", "Ԟ"],
        l: ["Ĺ"],
        m: ["ʍ", "Ӎ", "ӎ", "Ԡ", "ԡ", "൩"],
        n: ["Ñ", "ŋ", "Ɲ", "Ͷ", "Π", "Ҋ"],
        o: [
          "Ø",
          "õ",
          "ø",
          "Ǿ",
          "ʘ",
          "Ѻ",
          "ם",
          "۝",
          "๏"
        ],
        p: ["Ƿ", "Ҏ"],
        q: ["্"],
        r: ["®", "Ʀ", "Ȑ", "Ɍ", "ʀ", "Я"],
        s: ["§", "Ϟ", "ϟ", "Ϩ"],
        t: ["Ł", "Ŧ", "ͳ"],
        u: ["Ʊ", "Ս"],
        v: ["ט"],
        w: ["Ш", "Ѡ", "Ѽ", "൰"],
        x: ["Ҳ", "Ӿ", "Ӽ", "ӽ"],
        y: ["¥", "Ұ", "Ӌ"],
        z: ["Ƶ", "ɀ"]
      };
      text.forEach(function(c) {
        c = c.toLowerCase();
        var chars = trap[c] || [" "];
        var rand = Math.floor(Math.random() * chars.length);
        if (typeof trap[c] !== "undefined") {
          result2 += trap[c][rand];
        } else {
          result2 += c;
        }
      });
      return result2;
    };
  }
});

// node_modules/colors/lib/custom/zalgo.js
var require_zalgo = __commonJS({
  "node_modules/colors/lib/custom/zalgo.js"(exports, module) {
    module["exports"] = function zalgo(text, options2) {
      text = text || "   he is here   ";
      var soul = {
        "up": [
          "̍",
          "̎",
          "̄",
          "̅",
          "̿",
          "̑",
          "̆",
          "̐",
          "͒",
          "͗",
          "͑",
          "̇",
          "̈",
          "̊",
          "͂",
          "̓",
          "̈",
          "͊",
          "͋",
          "͌",
          "̃",
          "̂",
          "̌",
          "͐",
          "̀",
          "́",
          "̋",
          "̏",
          "̒",
          "̓",
          "̔",
          "̽",
          "̉",
          "ͣ",
          "ͤ",
          "ͥ",
          "ͦ",
          "ͧ",
          "ͨ",
          "ͩ",
          "ͪ",
          "ͫ",
          "ͬ",
          "ͭ",
          "ͮ",
          "ͯ",
          "̾",
          "͛",
          "͆",
          "̚"
        ],
        "down": [
          "̖",
          "̗",
          "̘",
          "̙",
          "̜",
          "̝",
          "̞",
          "̟",
          "̠",
          "̤",
          "̥",
          "̦",
          "̩",
          "̪",
          "̫",
          "̬",
          "̭",
          "̮",
          "̯",
          "̰",
          "̱",
          "̲",
          "̳",
          "̹",
          "̺",
          "̻",
          "̼",
          "ͅ",
          "͇",
          "͈",
          "͉",
          "͍",
          "͎",
          "͓",
          "͔",
          "͕",
          "͖",
          "͙",
          "͚",
          "̣"
        ],
        "mid": [
          "̕",
          "̛",
          "̀",
          "́",
          "͘",
          "̡",
          "̢",
          "̧",
          "̨",
          "̴",
          "̵",
          "̶",
          "͜",
          "͝",
          "͞",
          "͟",
          "͠",
          "͢",
          "̸",
          "̷",
          "͡",
          " ҉"
        ]
      };
      var all = [].concat(soul.up, soul.down, soul.mid);
      function randomNumber(range) {
        var r = Math.floor(Math.random() * range);
        return r;
      }
      function isChar(character) {
        var bool = false;
        all.filter(function(i) {
          bool = i === character;
        });
        return bool;
      }
      function heComes(text2, options3) {
        var result2 = "";
        var counts;
        var l;
        options3 = options3 || {};
        options3["up"] = typeof options3["up"] !== "undefined" ? options3["up"] : true;
        options3["mid"] = typeof options3["mid"] !== "undefined" ? options3["mid"] : true;
        options3["down"] = typeof options3["down"] !== "undefined" ? options3["down"] : true;
        options3["size"] = typeof options3["size"] !== "undefined" ? options3["size"] : "maxi";
        text2 = text2.split("");
        for (l in text2) {
          if (isChar(l)) {
            continue;
          }
          result2 = result2 + text2[l];
          counts = { "up": 0, "down": 0, "mid": 0 };
          switch (options3.size) {
            case "mini":
              counts.up = randomNumber(8);
              counts.mid = randomNumber(2);
              counts.down = randomNumber(8);
              break;
            case "maxi":
              counts.up = randomNumber(16) + 3;
              counts.mid = randomNumber(4) + 1;
              counts.down = randomNumber(64) + 3;
              break;
            default:
              counts.up = randomNumber(8) + 1;
              counts.mid = randomNumber(6) / 2;
              counts.down = randomNumber(8) + 1;
              break;
          }
          var arr2 = ["up", "mid", "down"];
          for (var d in arr2) {
            var index = arr2[d];
            for (var i = 0; i <= counts[index]; i++) {
              if (options3[index]) {
                result2 = result2 + soul[index][randomNumber(soul[index].length)];
              }
            }
          }
        }
        return result2;
      }
      return heComes(text, options2);
    };
  }
});

// node_modules/colors/lib/maps/america.js
var require_america = __commonJS({
  "node_modules/colors/lib/maps/america.js"(exports, module) {
    module["exports"] = function(colors) {
      return function(letter, i, exploded) {
        if (letter === " ") return letter;
        switch (i % 3) {
          case 0:
            return colors.red(letter);
          case 1:
            return colors.white(letter);
          case 2:
            return colors.blue(letter);
        }
      };
    };
  }
});

// node_modules/colors/lib/maps/zebra.js
var require_zebra = __commonJS({
  "node_modules/colors/lib/maps/zebra.js"(exports, module) {
    module["exports"] = function(colors) {
      return function(letter, i, exploded) {
        return i % 2 === 0 ? letter : colors.inverse(letter);
      };
    };
  }
});

// node_modules/colors/lib/maps/rainbow.js
var require_rainbow = __commonJS({
  "node_modules/colors/lib/maps/rainbow.js"(exports, module) {
    module["exports"] = function(colors) {
      var rainbowColors = ["red", "yellow", "green", "blue", "magenta"];
      return function(letter, i, exploded) {
        if (letter === " ") {
          return letter;
        } else {
          return colors[rainbowColors[i++ % rainbowColors.length]](letter);
        }
      };
    };
  }
});

// node_modules/colors/lib/maps/random.js
var require_random = __commonJS({
  "node_modules/colors/lib/maps/random.js"(exports, module) {
    module["exports"] = function(colors) {
      var available = [
        "underline",
        "inverse",
        "grey",
        "yellow",
        "red",
        "green",
        "blue",
        "white",
        "cyan",
        "magenta",
        "brightYellow",
        "brightRed",
        "brightGreen",
        "brightBlue",
        "brightWhite",
        "brightCyan",
        "brightMagenta"
      ];
      return function(letter, i, exploded) {
        return letter === " " ? letter : colors[available[Math.round(Math.random() * (available.length - 2))]](letter);
      };
    };
  }
});

// node_modules/colors/lib/colors.js
var require_colors = __commonJS({
  "node_modules/colors/lib/colors.js"(exports, module) {
    var colors = {};
    module["exports"] = colors;
    colors.themes = {};
    var util = __require("util");
    var ansiStyles = colors.styles = require_styles();
    var defineProps = Object.defineProperties;
    var newLineRegex = new RegExp(/[\r\n]+/g);
    colors.supportsColor = require_supports_colors().supportsColor;
    if (typeof colors.enabled === "undefined") {
      colors.enabled = colors.supportsColor() !== false;
    }
    colors.enable = function() {
      colors.enabled = true;
    };
    colors.disable = function() {
      colors.enabled = false;
    };
    colors.stripColors = colors.strip = function(str4) {
      return ("" + str4).replace(/\x1B\[\d+m/g, "");
    };
    var stylize = colors.stylize = function stylize2(str4, style) {
      if (!colors.enabled) {
        return str4 + "";
      }
      var styleMap = ansiStyles[style];
      if (!styleMap && style in colors) {
        return colors[style](str4);
      }
      return styleMap.open + str4 + styleMap.close;
    };
    var matchOperatorsRe = /[|\\{}()[\]^$+*?.]/g;
    var escapeStringRegexp = function(str4) {
      if (typeof str4 !== "string") {
        throw new TypeError("Expected a string");
      }
      return str4.replace(matchOperatorsRe, "\\$&");
    };
    function build(_styles) {
      var builder = function builder2() {
        return applyStyle.apply(builder2, arguments);
      };
      builder._styles = _styles;
      builder.__proto__ = proto;
      return builder;
    }
    var styles = (function() {
      var ret = {};
      ansiStyles.grey = ansiStyles.gray;
      Object.keys(ansiStyles).forEach(function(key) {
        ansiStyles[key].closeRe = new RegExp(escapeStringRegexp(ansiStyles[key].close), "g");
        ret[key] = {
          get: function() {
            return build(this._styles.concat(key));
          }
        };
      });
      return ret;
    })();
    var proto = defineProps(function colors2() {
    }, styles);
    function applyStyle() {
      var args = Array.prototype.slice.call(arguments);
      var str4 = args.map(function(arg) {
        if (arg != null && arg.constructor === String) {
          return arg;
        } else {
          return util.inspect(arg);
        }
      }).join(" ");
      if (!colors.enabled || !str4) {
        return str4;
      }
      var newLinesPresent = str4.indexOf("\n") != -1;
      var nestedStyles = this._styles;
      var i = nestedStyles.length;
      while (i--) {
        var code = ansiStyles[nestedStyles[i]];
        str4 = code.open + str4.replace(code.closeRe, code.open) + code.close;
        if (newLinesPresent) {
          str4 = str4.replace(newLineRegex, function(match) {
            return code.close + match + code.open;
          });
        }
      }
      return str4;
    }
    colors.setTheme = function(theme) {
      if (typeof theme === "string") {
        console.log("colors.setTheme now only accepts an object, not a string.  If you are trying to set a theme from a file, it is now your (the caller's) responsibility to require the file.  The old syntax looked like colors.setTheme(__dirname + '/../themes/generic-logging.js'); The new syntax looks like colors.setTheme(require(__dirname + '/../themes/generic-logging.js'));");
        return;
      }
      for (var style in theme) {
        (function(style2) {
          colors[style2] = function(str4) {
            if (typeof theme[style2] === "object") {
              var out = str4;
              for (var i in theme[style2]) {
                out = colors[theme[style2][i]](out);
              }
              return out;
            }
            return colors[theme[style2]](str4);
          };
        })(style);
      }
    };
    function init() {
      var ret = {};
      Object.keys(styles).forEach(function(name) {
        ret[name] = {
          get: function() {
            return build([name]);
          }
        };
      });
      return ret;
    }
    var sequencer = function sequencer2(map2, str4) {
      var exploded = str4.split("");
      exploded = exploded.map(map2);
      return exploded.join("");
    };
    colors.trap = require_trap();
    colors.zalgo = require_zalgo();
    colors.maps = {};
    colors.maps.america = require_america()(colors);
    colors.maps.zebra = require_zebra()(colors);
    colors.maps.rainbow = require_rainbow()(colors);
    colors.maps.random = require_random()(colors);
    for (map in colors.maps) {
      (function(map2) {
        colors[map2] = function(str4) {
          return sequencer(colors.maps[map2], str4);
        };
      })(map);
    }
    var map;
    defineProps(colors, init());
  }
});

// node_modules/colors/safe.js
var require_safe = __commonJS({
  "node_modules/colors/safe.js"(exports, module) {
    var colors = require_colors();
    module["exports"] = colors;
  }
});

// node_modules/json-diff/lib/colorize.js
var require_colorize = __commonJS({
  "node_modules/json-diff/lib/colorize.js"(exports, module) {
    var color = require_safe();
    var { extendedTypeOf } = require_util2();
    var Theme = {
      " "(s) {
        return s;
      },
      "+": color.green,
      "-": color.red
    };
    var subcolorizeToCallback = function(options2, key, diff, output, color2, indent) {
      let subvalue;
      const prefix = key ? `${key}: ` : "";
      const subindent = indent + "  ";
      const outputElisions = (n) => {
        const maxElisions = options2.maxElisions === void 0 ? Infinity : options2.maxElisions;
        if (n < maxElisions) {
          for (let i = 0; i < n; i++) {
            output(" ", subindent + "...");
          }
        } else {
          output(" ", subindent + `... (${n} entries)`);
        }
      };
      switch (extendedTypeOf(diff)) {
        case "object":
          if ("__old" in diff && "__new" in diff && Object.keys(diff).length === 2) {
            subcolorizeToCallback(options2, key, diff.__old, output, "-", indent);
            return subcolorizeToCallback(options2, key, diff.__new, output, "+", indent);
          } else {
            output(color2, `${indent}${prefix}{`);
            for (const subkey of Object.keys(diff)) {
              let m;
              subvalue = diff[subkey];
              if (m = subkey.match(/^(.*)__deleted$/)) {
                subcolorizeToCallback(options2, m[1], subvalue, output, "-", subindent);
              } else if (m = subkey.match(/^(.*)__added$/)) {
                subcolorizeToCallback(options2, m[1], subvalue, output, "+", subindent);
              } else {
                subcolorizeToCallback(options2, subkey, subvalue, output, color2, subindent);
              }
            }
            return output(color2, `${indent}}`);
          }
        case "array": {
          output(color2, `${indent}${prefix}[`);
          let looksLikeDiff = true;
          for (const item of diff) {
            if (extendedTypeOf(item) !== "array" || !(item.length === 2 || item.length === 1 && item[0] === " ") || !(typeof item[0] === "string") || item[0].length !== 1 || ![" ", "-", "+", "~"].includes(item[0])) {
              looksLikeDiff = false;
            }
          }
          if (looksLikeDiff) {
            let op;
            let elisionCount = 0;
            for ([op, subvalue] of diff) {
              if (op === " " && subvalue == null) {
                elisionCount++;
              } else {
                if (elisionCount > 0) {
                  outputElisions(elisionCount);
                }
                elisionCount = 0;
                if (![" ", "~", "+", "-"].includes(op)) {
                  throw new Error(`Unexpected op '${op}' in ${JSON.stringify(diff, null, 2)}`);
                }
                if (op === "~") {
                  op = " ";
                }
                subcolorizeToCallback(options2, "", subvalue, output, op, subindent);
              }
            }
            if (elisionCount > 0) {
              outputElisions(elisionCount);
            }
          } else {
            for (subvalue of diff) {
              subcolorizeToCallback(options2, "", subvalue, output, color2, subindent);
            }
          }
          return output(color2, `${indent}]`);
        }
        default:
          if (diff === 0 || diff === null || diff === false || diff === "" || diff) {
            return output(color2, indent + prefix + JSON.stringify(diff));
          }
      }
    };
    var colorizeToCallback = (diff, options2, output) => subcolorizeToCallback(options2, "", diff, output, " ", "");
    var colorizeToArray = function(diff, options2 = {}) {
      const output = [];
      colorizeToCallback(diff, options2, (color2, line) => output.push(`${color2}${line}`));
      return output;
    };
    var colorize = function(diff, options2 = {}) {
      const output = [];
      colorizeToCallback(diff, options2, function(color2, line) {
        if (options2.color != null ? options2.color : true) {
          return output.push(((options2.theme != null ? options2.theme[color2] : void 0) != null ? options2.theme != null ? options2.theme[color2] : void 0 : Theme[color2])(`${color2}${line}`) + "\n");
        } else {
          return output.push(`${color2}${line}
`);
        }
      });
      return output.join("");
    };
    module.exports = { colorize, colorizeToArray, colorizeToCallback };
  }
});

// node_modules/json-diff/lib/index.js
var require_lib = __commonJS({
  "node_modules/json-diff/lib/index.js"(exports, module) {
    var { SequenceMatcher } = require_difflib2();
    var { extendedTypeOf, roundObj } = require_util2();
    var { colorize, colorizeToCallback } = require_colorize();
    var JsonDiff = class {
      constructor(options2) {
        options2.outputKeys = options2.outputKeys || [];
        options2.excludeKeys = options2.excludeKeys || [];
        this.options = options2;
      }
      isScalar(obj) {
        return typeof obj !== "object" || obj === null;
      }
      objectDiff(obj1, obj2) {
        let result2 = {};
        let score = 0;
        let equal = true;
        for (const [key, value] of Object.entries(obj1)) {
          if (!this.options.outputNewOnly) {
            const postfix = "__deleted";
            if (!(key in obj2) && !this.options.excludeKeys.includes(key)) {
              result2[`${key}${postfix}`] = value;
              score -= 30;
              equal = false;
            }
          }
        }
        for (const [key, value] of Object.entries(obj2)) {
          const postfix = !this.options.outputNewOnly ? "__added" : "";
          if (!(key in obj1) && !this.options.excludeKeys.includes(key)) {
            result2[`${key}${postfix}`] = value;
            score -= 30;
            equal = false;
          }
        }
        for (const [key, value1] of Object.entries(obj1)) {
          if (key in obj2) {
            if (this.options.excludeKeys.includes(key)) {
              continue;
            }
            score += 20;
            const value2 = obj2[key];
            const change = this.diff(value1, value2);
            if (!change.equal) {
              result2[key] = change.result;
              equal = false;
            } else if (this.options.full || this.options.outputKeys.includes(key)) {
              result2[key] = value1;
            }
            score += Math.min(20, Math.max(-10, change.score / 5));
          }
        }
        if (equal) {
          score = 100 * Math.max(Object.keys(obj1).length, 0.5);
          if (!this.options.full) {
            result2 = void 0;
          }
        } else {
          score = Math.max(0, score);
        }
        return { score, result: result2, equal };
      }
      findMatchingObject(item, index, fuzzyOriginals) {
        let bestMatch = null;
        for (const [key, { item: candidate, index: matchIndex }] of Object.entries(fuzzyOriginals)) {
          if (key !== "__next") {
            const indexDistance = Math.abs(matchIndex - index);
            if (extendedTypeOf(item) === extendedTypeOf(candidate)) {
              const { score } = this.diff(item, candidate);
              if (!bestMatch || score > bestMatch.score || score === bestMatch.score && indexDistance < bestMatch.indexDistance) {
                bestMatch = { score, key, indexDistance };
              }
            }
          }
        }
        return bestMatch;
      }
      scalarize(array, originals, fuzzyOriginals) {
        const fuzzyMatches = [];
        if (fuzzyOriginals) {
          const keyScores = {};
          for (let index = 0; index < array.length; index++) {
            const item = array[index];
            if (this.isScalar(item)) {
              continue;
            }
            const bestMatch = this.findMatchingObject(item, index, fuzzyOriginals);
            if (bestMatch && (!keyScores[bestMatch.key] || bestMatch.score > keyScores[bestMatch.key].score)) {
              keyScores[bestMatch.key] = { score: bestMatch.score, index };
            }
          }
          for (const [key, match] of Object.entries(keyScores)) {
            fuzzyMatches[match.index] = key;
          }
        }
        const result2 = [];
        for (let index = 0; index < array.length; index++) {
          const item = array[index];
          if (this.isScalar(item)) {
            result2.push(item);
          } else {
            const key = fuzzyMatches[index] || "__$!SCALAR" + originals.__next++;
            originals[key] = { item, index };
            result2.push(key);
          }
        }
        return result2;
      }
      isScalarized(item, originals) {
        return typeof item === "string" && item in originals;
      }
      descalarize(item, originals) {
        if (this.isScalarized(item, originals)) {
          return originals[item].item;
        } else {
          return item;
        }
      }
      arrayDiff(obj1, obj2) {
        const originals1 = { __next: 1 };
        const seq1 = this.scalarize(obj1, originals1);
        const originals2 = { __next: originals1.__next };
        const seq2 = this.scalarize(obj2, originals2, originals1);
        if (this.options.sort) {
          seq1.sort();
          seq2.sort();
        }
        const opcodes = new SequenceMatcher(null, seq1, seq2).getOpcodes();
        let result2 = [];
        let score = 0;
        let equal = true;
        for (const [op, i1, i2, j1, j2] of opcodes) {
          let i, j;
          let asc, end;
          let asc1, end1;
          let asc2, end2;
          if (!(op === "equal" || this.options.keysOnly && op === "replace")) {
            equal = false;
          }
          switch (op) {
            case "equal":
              for (i = i1, end = i2, asc = i1 <= end; asc ? i < end : i > end; asc ? i++ : i--) {
                const item = seq1[i];
                if (this.isScalarized(item, originals1)) {
                  if (!this.isScalarized(item, originals2)) {
                    throw new Error(
                      `internal bug: isScalarized(item, originals1) != isScalarized(item, originals2) for item ${JSON.stringify(
                        item
                      )}`
                    );
                  }
                  const item1 = this.descalarize(item, originals1);
                  const item2 = this.descalarize(item, originals2);
                  const change = this.diff(item1, item2);
                  if (!change.equal) {
                    result2.push(["~", change.result]);
                    equal = false;
                  } else {
                    if (this.options.full || this.options.keepUnchangedValues) {
                      result2.push([" ", item1]);
                    } else {
                      result2.push([" "]);
                    }
                  }
                } else {
                  if (this.options.full || this.options.keepUnchangedValues) {
                    result2.push([" ", item]);
                  } else {
                    result2.push([" "]);
                  }
                }
                score += 10;
              }
              break;
            case "delete":
              for (i = i1, end1 = i2, asc1 = i1 <= end1; asc1 ? i < end1 : i > end1; asc1 ? i++ : i--) {
                result2.push(["-", this.descalarize(seq1[i], originals1)]);
                score -= 5;
              }
              break;
            case "insert":
              for (j = j1, end2 = j2, asc2 = j1 <= end2; asc2 ? j < end2 : j > end2; asc2 ? j++ : j--) {
                result2.push(["+", this.descalarize(seq2[j], originals2)]);
                score -= 5;
              }
              break;
            case "replace":
              if (!this.options.keysOnly) {
                let asc3, end3;
                let asc4, end4;
                for (i = i1, end3 = i2, asc3 = i1 <= end3; asc3 ? i < end3 : i > end3; asc3 ? i++ : i--) {
                  result2.push(["-", this.descalarize(seq1[i], originals1)]);
                  score -= 5;
                }
                for (j = j1, end4 = j2, asc4 = j1 <= end4; asc4 ? j < end4 : j > end4; asc4 ? j++ : j--) {
                  result2.push(["+", this.descalarize(seq2[j], originals2)]);
                  score -= 5;
                }
              } else {
                let asc5, end5;
                for (i = i1, end5 = i2, asc5 = i1 <= end5; asc5 ? i < end5 : i > end5; asc5 ? i++ : i--) {
                  const change = this.diff(
                    this.descalarize(seq1[i], originals1),
                    this.descalarize(seq2[i - i1 + j1], originals2)
                  );
                  if (!change.equal) {
                    result2.push(["~", change.result]);
                    equal = false;
                  } else {
                    result2.push([" "]);
                  }
                }
              }
              break;
          }
        }
        if (equal || opcodes.length === 0) {
          if (!this.options.full) {
            result2 = void 0;
          } else {
            result2 = obj1;
          }
          score = 100;
        } else {
          score = Math.max(0, score);
        }
        return { score, result: result2, equal };
      }
      diff(obj1, obj2) {
        const type1 = extendedTypeOf(obj1);
        const type2 = extendedTypeOf(obj2);
        if (type1 === type2) {
          switch (type1) {
            case "object":
              return this.objectDiff(obj1, obj2);
            case "array":
              return this.arrayDiff(obj1, obj2);
          }
        }
        let score = 100;
        let result2 = obj1;
        let equal;
        if (!this.options.keysOnly) {
          if (type1 === "date" && type2 === "date") {
            equal = obj1.getTime() === obj2.getTime();
          } else {
            equal = obj1 === obj2;
          }
          if (!equal) {
            score = 0;
            if (this.options.outputNewOnly) {
              result2 = obj2;
            } else {
              result2 = { __old: obj1, __new: obj2 };
            }
          } else if (!this.options.full) {
            result2 = void 0;
          }
        } else {
          equal = true;
          result2 = void 0;
        }
        return { score, result: result2, equal };
      }
    };
    function diff(obj1, obj2, options2 = {}) {
      if (options2.precision !== void 0) {
        obj1 = roundObj(obj1, options2.precision);
        obj2 = roundObj(obj2, options2.precision);
      }
      return new JsonDiff(options2).diff(obj1, obj2).result;
    }
    function diffString(obj1, obj2, options2 = {}) {
      return colorize(diff(obj1, obj2, options2), options2);
    }
    module.exports = { diff, diffString, colorize, colorizeToCallback };
  }
});

// node_modules/json5/lib/unicode.js
var require_unicode = __commonJS({
  "node_modules/json5/lib/unicode.js"(exports, module) {
    module.exports.Space_Separator = /[\u1680\u2000-\u200A\u202F\u205F\u3000]/;
    module.exports.ID_Start = /[\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u05D0-\u05EA\u05F0-\u05F2\u0620-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FC\u06FF\u0710\u0712-\u072F\u074D-\u07A5\u07B1\u07CA-\u07EA\u07F4\u07F5\u07FA\u0800-\u0815\u081A\u0824\u0828\u0840-\u0858\u0860-\u086A\u08A0-\u08B4\u08B6-\u08BD\u0904-\u0939\u093D\u0950\u0958-\u0961\u0971-\u0980\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BD\u09CE\u09DC\u09DD\u09DF-\u09E1\u09F0\u09F1\u09FC\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A59-\u0A5C\u0A5E\u0A72-\u0A74\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABD\u0AD0\u0AE0\u0AE1\u0AF9\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3D\u0B5C\u0B5D\u0B5F-\u0B61\u0B71\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BD0\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D\u0C58-\u0C5A\u0C60\u0C61\u0C80\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBD\u0CDE\u0CE0\u0CE1\u0CF1\u0CF2\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D\u0D4E\u0D54-\u0D56\u0D5F-\u0D61\u0D7A-\u0D7F\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB0\u0EB2\u0EB3\u0EBD\u0EC0-\u0EC4\u0EC6\u0EDC-\u0EDF\u0F00\u0F40-\u0F47\u0F49-\u0F6C\u0F88-\u0F8C\u1000-\u102A\u103F\u1050-\u1055\u105A-\u105D\u1061\u1065\u1066\u106E-\u1070\u1075-\u1081\u108E\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1711\u1720-\u1731\u1740-\u1751\u1760-\u176C\u176E-\u1770\u1780-\u17B3\u17D7\u17DC\u1820-\u1877\u1880-\u1884\u1887-\u18A8\u18AA\u18B0-\u18F5\u1900-\u191E\u1950-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u1A00-\u1A16\u1A20-\u1A54\u1AA7\u1B05-\u1B33\u1B45-\u1B4B\u1B83-\u1BA0\u1BAE\u1BAF\u1BBA-\u1BE5\u1C00-\u1C23\u1C4D-\u1C4F\u1C5A-\u1C7D\u1C80-\u1C88\u1CE9-\u1CEC\u1CEE-\u1CF1\u1CF5\u1CF6\u1D00-\u1DBF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2071\u207F\u2090-\u209C\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CEE\u2CF2\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D80-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2E2F\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303C\u3041-\u3096\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312E\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FEA\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA61F\uA62A\uA62B\uA640-\uA66E\uA67F-\uA69D\uA6A0-\uA6EF\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AE\uA7B0-\uA7B7\uA7F7-\uA801\uA803-\uA805\uA807-\uA80A\uA80C-\uA822\uA840-\uA873\uA882-\uA8B3\uA8F2-\uA8F7\uA8FB\uA8FD\uA90A-\uA925\uA930-\uA946\uA960-\uA97C\uA984-\uA9B2\uA9CF\uA9E0-\uA9E4\uA9E6-\uA9EF\uA9FA-\uA9FE\uAA00-\uAA28\uAA40-\uAA42\uAA44-\uAA4B\uAA60-\uAA76\uAA7A\uAA7E-\uAAAF\uAAB1\uAAB5\uAAB6\uAAB9-\uAABD\uAAC0\uAAC2\uAADB-\uAADD\uAAE0-\uAAEA\uAAF2-\uAAF4\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABE2\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D\uFB1F-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE70-\uFE74\uFE76-\uFEFC\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDE80-\uDE9C\uDEA0-\uDED0\uDF00-\uDF1F\uDF2D-\uDF4A\uDF50-\uDF75\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCB0-\uDCD3\uDCD8-\uDCFB\uDD00-\uDD27\uDD30-\uDD63\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD80-\uDDB7\uDDBE\uDDBF\uDE00\uDE10-\uDE13\uDE15-\uDE17\uDE19-\uDE33\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE4\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2]|\uD804[\uDC03-\uDC37\uDC83-\uDCAF\uDCD0-\uDCE8\uDD03-\uDD26\uDD50-\uDD72\uDD76\uDD83-\uDDB2\uDDC1-\uDDC4\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE2B\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEDE\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3D\uDF50\uDF5D-\uDF61]|\uD805[\uDC00-\uDC34\uDC47-\uDC4A\uDC80-\uDCAF\uDCC4\uDCC5\uDCC7\uDD80-\uDDAE\uDDD8-\uDDDB\uDE00-\uDE2F\uDE44\uDE80-\uDEAA\uDF00-\uDF19]|\uD806[\uDCA0-\uDCDF\uDCFF\uDE00\uDE0B-\uDE32\uDE3A\uDE50\uDE5C-\uDE83\uDE86-\uDE89\uDEC0-\uDEF8]|\uD807[\uDC00-\uDC08\uDC0A-\uDC2E\uDC40\uDC72-\uDC8F\uDD00-\uDD06\uDD08\uDD09\uDD0B-\uDD30\uDD46]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|[\uD80C\uD81C-\uD820\uD840-\uD868\uD86A-\uD86C\uD86F-\uD872\uD874-\uD879][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2E]|\uD811[\uDC00-\uDE46]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDED0-\uDEED\uDF00-\uDF2F\uDF40-\uDF43\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDF00-\uDF44\uDF50\uDF93-\uDF9F\uDFE0\uDFE1]|\uD821[\uDC00-\uDFEC]|\uD822[\uDC00-\uDEF2]|\uD82C[\uDC00-\uDD1E\uDD70-\uDEFB]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB]|\uD83A[\uDC00-\uDCC4\uDD00-\uDD43]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDED6\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF34\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEA1\uDEB0-\uDFFF]|\uD87A[\uDC00-\uDFE0]|\uD87E[\uDC00-\uDE1D]/;
    module.exports.ID_Continue = /[\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0300-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u0483-\u0487\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u05D0-\u05EA\u05F0-\u05F2\u0610-\u061A\u0620-\u0669\u066E-\u06D3\u06D5-\u06DC\u06DF-\u06E8\u06EA-\u06FC\u06FF\u0710-\u074A\u074D-\u07B1\u07C0-\u07F5\u07FA\u0800-\u082D\u0840-\u085B\u0860-\u086A\u08A0-\u08B4\u08B6-\u08BD\u08D4-\u08E1\u08E3-\u0963\u0966-\u096F\u0971-\u0983\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BC-\u09C4\u09C7\u09C8\u09CB-\u09CE\u09D7\u09DC\u09DD\u09DF-\u09E3\u09E6-\u09F1\u09FC\u0A01-\u0A03\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A59-\u0A5C\u0A5E\u0A66-\u0A75\u0A81-\u0A83\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABC-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AD0\u0AE0-\u0AE3\u0AE6-\u0AEF\u0AF9-\u0AFF\u0B01-\u0B03\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3C-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B56\u0B57\u0B5C\u0B5D\u0B5F-\u0B63\u0B66-\u0B6F\u0B71\u0B82\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD0\u0BD7\u0BE6-\u0BEF\u0C00-\u0C03\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C58-\u0C5A\u0C60-\u0C63\u0C66-\u0C6F\u0C80-\u0C83\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBC-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CDE\u0CE0-\u0CE3\u0CE6-\u0CEF\u0CF1\u0CF2\u0D00-\u0D03\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D44\u0D46-\u0D48\u0D4A-\u0D4E\u0D54-\u0D57\u0D5F-\u0D63\u0D66-\u0D6F\u0D7A-\u0D7F\u0D82\u0D83\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DE6-\u0DEF\u0DF2\u0DF3\u0E01-\u0E3A\u0E40-\u0E4E\u0E50-\u0E59\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB9\u0EBB-\u0EBD\u0EC0-\u0EC4\u0EC6\u0EC8-\u0ECD\u0ED0-\u0ED9\u0EDC-\u0EDF\u0F00\u0F18\u0F19\u0F20-\u0F29\u0F35\u0F37\u0F39\u0F3E-\u0F47\u0F49-\u0F6C\u0F71-\u0F84\u0F86-\u0F97\u0F99-\u0FBC\u0FC6\u1000-\u1049\u1050-\u109D\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u135D-\u135F\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1714\u1720-\u1734\u1740-\u1753\u1760-\u176C\u176E-\u1770\u1772\u1773\u1780-\u17D3\u17D7\u17DC\u17DD\u17E0-\u17E9\u180B-\u180D\u1810-\u1819\u1820-\u1877\u1880-\u18AA\u18B0-\u18F5\u1900-\u191E\u1920-\u192B\u1930-\u193B\u1946-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u19D0-\u19D9\u1A00-\u1A1B\u1A20-\u1A5E\u1A60-\u1A7C\u1A7F-\u1A89\u1A90-\u1A99\u1AA7\u1AB0-\u1ABD\u1B00-\u1B4B\u1B50-\u1B59\u1B6B-\u1B73\u1B80-\u1BF3\u1C00-\u1C37\u1C40-\u1C49\u1C4D-\u1C7D\u1C80-\u1C88\u1CD0-\u1CD2\u1CD4-\u1CF9\u1D00-\u1DF9\u1DFB-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u203F\u2040\u2054\u2071\u207F\u2090-\u209C\u20D0-\u20DC\u20E1\u20E5-\u20F0\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D7F-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2DE0-\u2DFF\u2E2F\u3005-\u3007\u3021-\u302F\u3031-\u3035\u3038-\u303C\u3041-\u3096\u3099\u309A\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312E\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FEA\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA62B\uA640-\uA66F\uA674-\uA67D\uA67F-\uA6F1\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AE\uA7B0-\uA7B7\uA7F7-\uA827\uA840-\uA873\uA880-\uA8C5\uA8D0-\uA8D9\uA8E0-\uA8F7\uA8FB\uA8FD\uA900-\uA92D\uA930-\uA953\uA960-\uA97C\uA980-\uA9C0\uA9CF-\uA9D9\uA9E0-\uA9FE\uAA00-\uAA36\uAA40-\uAA4D\uAA50-\uAA59\uAA60-\uAA76\uAA7A-\uAAC2\uAADB-\uAADD\uAAE0-\uAAEF\uAAF2-\uAAF6\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABEA\uABEC\uABED\uABF0-\uABF9\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE00-\uFE0F\uFE20-\uFE2F\uFE33\uFE34\uFE4D-\uFE4F\uFE70-\uFE74\uFE76-\uFEFC\uFF10-\uFF19\uFF21-\uFF3A\uFF3F\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDDFD\uDE80-\uDE9C\uDEA0-\uDED0\uDEE0\uDF00-\uDF1F\uDF2D-\uDF4A\uDF50-\uDF7A\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCA0-\uDCA9\uDCB0-\uDCD3\uDCD8-\uDCFB\uDD00-\uDD27\uDD30-\uDD63\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD80-\uDDB7\uDDBE\uDDBF\uDE00-\uDE03\uDE05\uDE06\uDE0C-\uDE13\uDE15-\uDE17\uDE19-\uDE33\uDE38-\uDE3A\uDE3F\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE6\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2]|\uD804[\uDC00-\uDC46\uDC66-\uDC6F\uDC7F-\uDCBA\uDCD0-\uDCE8\uDCF0-\uDCF9\uDD00-\uDD34\uDD36-\uDD3F\uDD50-\uDD73\uDD76\uDD80-\uDDC4\uDDCA-\uDDCC\uDDD0-\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE37\uDE3E\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEEA\uDEF0-\uDEF9\uDF00-\uDF03\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3C-\uDF44\uDF47\uDF48\uDF4B-\uDF4D\uDF50\uDF57\uDF5D-\uDF63\uDF66-\uDF6C\uDF70-\uDF74]|\uD805[\uDC00-\uDC4A\uDC50-\uDC59\uDC80-\uDCC5\uDCC7\uDCD0-\uDCD9\uDD80-\uDDB5\uDDB8-\uDDC0\uDDD8-\uDDDD\uDE00-\uDE40\uDE44\uDE50-\uDE59\uDE80-\uDEB7\uDEC0-\uDEC9\uDF00-\uDF19\uDF1D-\uDF2B\uDF30-\uDF39]|\uD806[\uDCA0-\uDCE9\uDCFF\uDE00-\uDE3E\uDE47\uDE50-\uDE83\uDE86-\uDE99\uDEC0-\uDEF8]|\uD807[\uDC00-\uDC08\uDC0A-\uDC36\uDC38-\uDC40\uDC50-\uDC59\uDC72-\uDC8F\uDC92-\uDCA7\uDCA9-\uDCB6\uDD00-\uDD06\uDD08\uDD09\uDD0B-\uDD36\uDD3A\uDD3C\uDD3D\uDD3F-\uDD47\uDD50-\uDD59]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|[\uD80C\uD81C-\uD820\uD840-\uD868\uD86A-\uD86C\uD86F-\uD872\uD874-\uD879][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2E]|\uD811[\uDC00-\uDE46]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDE60-\uDE69\uDED0-\uDEED\uDEF0-\uDEF4\uDF00-\uDF36\uDF40-\uDF43\uDF50-\uDF59\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDF00-\uDF44\uDF50-\uDF7E\uDF8F-\uDF9F\uDFE0\uDFE1]|\uD821[\uDC00-\uDFEC]|\uD822[\uDC00-\uDEF2]|\uD82C[\uDC00-\uDD1E\uDD70-\uDEFB]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99\uDC9D\uDC9E]|\uD834[\uDD65-\uDD69\uDD6D-\uDD72\uDD7B-\uDD82\uDD85-\uDD8B\uDDAA-\uDDAD\uDE42-\uDE44]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB\uDFCE-\uDFFF]|\uD836[\uDE00-\uDE36\uDE3B-\uDE6C\uDE75\uDE84\uDE9B-\uDE9F\uDEA1-\uDEAF]|\uD838[\uDC00-\uDC06\uDC08-\uDC18\uDC1B-\uDC21\uDC23\uDC24\uDC26-\uDC2A]|\uD83A[\uDC00-\uDCC4\uDCD0-\uDCD6\uDD00-\uDD4A\uDD50-\uDD59]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDED6\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF34\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEA1\uDEB0-\uDFFF]|\uD87A[\uDC00-\uDFE0]|\uD87E[\uDC00-\uDE1D]|\uDB40[\uDD00-\uDDEF]/;
  }
});

// node_modules/json5/lib/util.js
var require_util3 = __commonJS({
  "node_modules/json5/lib/util.js"(exports, module) {
    var unicode = require_unicode();
    module.exports = {
      isSpaceSeparator(c) {
        return typeof c === "string" && unicode.Space_Separator.test(c);
      },
      isIdStartChar(c) {
        return typeof c === "string" && (c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c === "$" || c === "_" || unicode.ID_Start.test(c));
      },
      isIdContinueChar(c) {
        return typeof c === "string" && (c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c >= "0" && c <= "9" || c === "$" || c === "_" || c === "‌" || c === "‍" || unicode.ID_Continue.test(c));
      },
      isDigit(c) {
        return typeof c === "string" && /[0-9]/.test(c);
      },
      isHexDigit(c) {
        return typeof c === "string" && /[0-9A-Fa-f]/.test(c);
      }
    };
  }
});

// node_modules/json5/lib/parse.js
var require_parse = __commonJS({
  "node_modules/json5/lib/parse.js"(exports, module) {
    var util = require_util3();
    var source;
    var parseState;
    var stack;
    var pos;
    var line;
    var column;
    var token;
    var key;
    var root;
    module.exports = function parse(text, reviver) {
      source = String(text);
      parseState = "start";
      stack = [];
      pos = 0;
      line = 1;
      column = 0;
      token = void 0;
      key = void 0;
      root = void 0;
      do {
        token = lex();
        parseStates[parseState]();
      } while (token.type !== "eof");
      if (typeof reviver === "function") {
        return internalize({ "": root }, "", reviver);
      }
      return root;
    };
    function internalize(holder, name, reviver) {
      const value = holder[name];
      if (value != null && typeof value === "object") {
        if (Array.isArray(value)) {
          for (let i = 0; i < value.length; i++) {
            const key2 = String(i);
            const replacement = internalize(value, key2, reviver);
            if (replacement === void 0) {
              delete value[key2];
            } else {
              Object.defineProperty(value, key2, {
                value: replacement,
                writable: true,
                enumerable: true,
                configurable: true
              });
            }
          }
        } else {
          for (const key2 in value) {
            const replacement = internalize(value, key2, reviver);
            if (replacement === void 0) {
              delete value[key2];
            } else {
              Object.defineProperty(value, key2, {
                value: replacement,
                writable: true,
                enumerable: true,
                configurable: true
              });
            }
          }
        }
      }
      return reviver.call(holder, name, value);
    }
    var lexState;
    var buffer;
    var doubleQuote;
    var sign3;
    var c;
    function lex() {
      lexState = "default";
      buffer = "";
      doubleQuote = false;
      sign3 = 1;
      for (; ; ) {
        c = peek();
        const token2 = lexStates[lexState]();
        if (token2) {
          return token2;
        }
      }
    }
    function peek() {
      if (source[pos]) {
        return String.fromCodePoint(source.codePointAt(pos));
      }
    }
    function read() {
      const c2 = peek();
      if (c2 === "\n") {
        line++;
        column = 0;
      } else if (c2) {
        column += c2.length;
      } else {
        column++;
      }
      if (c2) {
        pos += c2.length;
      }
      return c2;
    }
    var lexStates = {
      default() {
        switch (c) {
          case "	":
          case "\v":
          case "\f":
          case " ":
          case " ":
          case "\uFEFF":
          case "\n":
          case "\r":
          case "\u2028":
          case "\u2029":
            read();
            return;
          case "/":
            read();
            lexState = "comment";
            return;
          case void 0:
            read();
            return newToken("eof");
        }
        if (util.isSpaceSeparator(c)) {
          read();
          return;
        }
        return lexStates[parseState]();
      },
      comment() {
        switch (c) {
          case "*":
            read();
            lexState = "multiLineComment";
            return;
          case "/":
            read();
            lexState = "singleLineComment";
            return;
        }
        throw invalidChar(read());
      },
      multiLineComment() {
        switch (c) {
          case "*":
            read();
            lexState = "multiLineCommentAsterisk";
            return;
          case void 0:
            throw invalidChar(read());
        }
        read();
      },
      multiLineCommentAsterisk() {
        switch (c) {
          case "*":
            read();
            return;
          case "/":
            read();
            lexState = "default";
            return;
          case void 0:
            throw invalidChar(read());
        }
        read();
        lexState = "multiLineComment";
      },
      singleLineComment() {
        switch (c) {
          case "\n":
          case "\r":
          case "\u2028":
          case "\u2029":
            read();
            lexState = "default";
            return;
          case void 0:
            read();
            return newToken("eof");
        }
        read();
      },
      value() {
        switch (c) {
          case "{":
          case "[":
            return newToken("punctuator", read());
          case "n":
            read();
            literal("ull");
            return newToken("null", null);
          case "t":
            read();
            literal("rue");
            return newToken("boolean", true);
          case "f":
            read();
            literal("alse");
            return newToken("boolean", false);
          case "-":
          case "+":
            if (read() === "-") {
              sign3 = -1;
            }
            lexState = "sign";
            return;
          case ".":
            buffer = read();
            lexState = "decimalPointLeading";
            return;
          case "0":
            buffer = read();
            lexState = "zero";
            return;
          case "1":
          case "2":
          case "3":
          case "4":
          case "5":
          case "6":
          case "7":
          case "8":
          case "9":
            buffer = read();
            lexState = "decimalInteger";
            return;
          case "I":
            read();
            literal("nfinity");
            return newToken("numeric", Infinity);
          case "N":
            read();
            literal("aN");
            return newToken("numeric", NaN);
          case '"':
          case "'":
            doubleQuote = read() === '"';
            buffer = "";
            lexState = "string";
            return;
        }
        throw invalidChar(read());
      },
      identifierNameStartEscape() {
        if (c !== "u") {
          throw invalidChar(read());
        }
        read();
        const u = unicodeEscape();
        switch (u) {
          case "$":
          case "_":
            break;
          default:
            if (!util.isIdStartChar(u)) {
              throw invalidIdentifier();
            }
            break;
        }
        buffer += u;
        lexState = "identifierName";
      },
      identifierName() {
        switch (c) {
          case "$":
          case "_":
          case "‌":
          case "‍":
            buffer += read();
            return;
          case "\\":
            read();
            lexState = "identifierNameEscape";
            return;
        }
        if (util.isIdContinueChar(c)) {
          buffer += read();
          return;
        }
        return newToken("identifier", buffer);
      },
      identifierNameEscape() {
        if (c !== "u") {
          throw invalidChar(read());
        }
        read();
        const u = unicodeEscape();
        switch (u) {
          case "$":
          case "_":
          case "‌":
          case "‍":
            break;
          default:
            if (!util.isIdContinueChar(u)) {
              throw invalidIdentifier();
            }
            break;
        }
        buffer += u;
        lexState = "identifierName";
      },
      sign() {
        switch (c) {
          case ".":
            buffer = read();
            lexState = "decimalPointLeading";
            return;
          case "0":
            buffer = read();
            lexState = "zero";
            return;
          case "1":
          case "2":
          case "3":
          case "4":
          case "5":
          case "6":
          case "7":
          case "8":
          case "9":
            buffer = read();
            lexState = "decimalInteger";
            return;
          case "I":
            read();
            literal("nfinity");
            return newToken("numeric", sign3 * Infinity);
          case "N":
            read();
            literal("aN");
            return newToken("numeric", NaN);
        }
        throw invalidChar(read());
      },
      zero() {
        switch (c) {
          case ".":
            buffer += read();
            lexState = "decimalPoint";
            return;
          case "e":
          case "E":
            buffer += read();
            lexState = "decimalExponent";
            return;
          case "x":
          case "X":
            buffer += read();
            lexState = "hexadecimal";
            return;
        }
        return newToken("numeric", sign3 * 0);
      },
      decimalInteger() {
        switch (c) {
          case ".":
            buffer += read();
            lexState = "decimalPoint";
            return;
          case "e":
          case "E":
            buffer += read();
            lexState = "decimalExponent";
            return;
        }
        if (util.isDigit(c)) {
          buffer += read();
          return;
        }
        return newToken("numeric", sign3 * Number(buffer));
      },
      decimalPointLeading() {
        if (util.isDigit(c)) {
          buffer += read();
          lexState = "decimalFraction";
          return;
        }
        throw invalidChar(read());
      },
      decimalPoint() {
        switch (c) {
          case "e":
          case "E":
            buffer += read();
            lexState = "decimalExponent";
            return;
        }
        if (util.isDigit(c)) {
          buffer += read();
          lexState = "decimalFraction";
          return;
        }
        return newToken("numeric", sign3 * Number(buffer));
      },
      decimalFraction() {
        switch (c) {
          case "e":
          case "E":
            buffer += read();
            lexState = "decimalExponent";
            return;
        }
        if (util.isDigit(c)) {
          buffer += read();
          return;
        }
        return newToken("numeric", sign3 * Number(buffer));
      },
      decimalExponent() {
        switch (c) {
          case "+":
          case "-":
            buffer += read();
            lexState = "decimalExponentSign";
            return;
        }
        if (util.isDigit(c)) {
          buffer += read();
          lexState = "decimalExponentInteger";
          return;
        }
        throw invalidChar(read());
      },
      decimalExponentSign() {
        if (util.isDigit(c)) {
          buffer += read();
          lexState = "decimalExponentInteger";
          return;
        }
        throw invalidChar(read());
      },
      decimalExponentInteger() {
        if (util.isDigit(c)) {
          buffer += read();
          return;
        }
        return newToken("numeric", sign3 * Number(buffer));
      },
      hexadecimal() {
        if (util.isHexDigit(c)) {
          buffer += read();
          lexState = "hexadecimalInteger";
          return;
        }
        throw invalidChar(read());
      },
      hexadecimalInteger() {
        if (util.isHexDigit(c)) {
          buffer += read();
          return;
        }
        return newToken("numeric", sign3 * Number(buffer));
      },
      string() {
        switch (c) {
          case "\\":
            read();
            buffer += escape2();
            return;
          case '"':
            if (doubleQuote) {
              read();
              return newToken("string", buffer);
            }
            buffer += read();
            return;
          case "'":
            if (!doubleQuote) {
              read();
              return newToken("string", buffer);
            }
            buffer += read();
            return;
          case "\n":
          case "\r":
            throw invalidChar(read());
          case "\u2028":
          case "\u2029":
            separatorChar(c);
            break;
          case void 0:
            throw invalidChar(read());
        }
        buffer += read();
      },
      start() {
        switch (c) {
          case "{":
          case "[":
            return newToken("punctuator", read());
        }
        lexState = "value";
      },
      beforePropertyName() {
        switch (c) {
          case "$":
          case "_":
            buffer = read();
            lexState = "identifierName";
            return;
          case "\\":
            read();
            lexState = "identifierNameStartEscape";
            return;
          case "}":
            return newToken("punctuator", read());
          case '"':
          case "'":
            doubleQuote = read() === '"';
            lexState = "string";
            return;
        }
        if (util.isIdStartChar(c)) {
          buffer += read();
          lexState = "identifierName";
          return;
        }
        throw invalidChar(read());
      },
      afterPropertyName() {
        if (c === ":") {
          return newToken("punctuator", read());
        }
        throw invalidChar(read());
      },
      beforePropertyValue() {
        lexState = "value";
      },
      afterPropertyValue() {
        switch (c) {
          case ",":
          case "}":
            return newToken("punctuator", read());
        }
        throw invalidChar(read());
      },
      beforeArrayValue() {
        if (c === "]") {
          return newToken("punctuator", read());
        }
        lexState = "value";
      },
      afterArrayValue() {
        switch (c) {
          case ",":
          case "]":
            return newToken("punctuator", read());
        }
        throw invalidChar(read());
      },
      end() {
        throw invalidChar(read());
      }
    };
    function newToken(type, value) {
      return {
        type,
        value,
        line,
        column
      };
    }
    function literal(s) {
      for (const c2 of s) {
        const p = peek();
        if (p !== c2) {
          throw invalidChar(read());
        }
        read();
      }
    }
    function escape2() {
      const c2 = peek();
      switch (c2) {
        case "b":
          read();
          return "\b";
        case "f":
          read();
          return "\f";
        case "n":
          read();
          return "\n";
        case "r":
          read();
          return "\r";
        case "t":
          read();
          return "	";
        case "v":
          read();
          return "\v";
        case "0":
          read();
          if (util.isDigit(peek())) {
            throw invalidChar(read());
          }
          return "\0";
        case "x":
          read();
          return hexEscape();
        case "u":
          read();
          return unicodeEscape();
        case "\n":
        case "\u2028":
        case "\u2029":
          read();
          return "";
        case "\r":
          read();
          if (peek() === "\n") {
            read();
          }
          return "";
        case "1":
        case "2":
        case "3":
        case "4":
        case "5":
        case "6":
        case "7":
        case "8":
        case "9":
          throw invalidChar(read());
        case void 0:
          throw invalidChar(read());
      }
      return read();
    }
    function hexEscape() {
      let buffer2 = "";
      let c2 = peek();
      if (!util.isHexDigit(c2)) {
        throw invalidChar(read());
      }
      buffer2 += read();
      c2 = peek();
      if (!util.isHexDigit(c2)) {
        throw invalidChar(read());
      }
      buffer2 += read();
      return String.fromCodePoint(parseInt(buffer2, 16));
    }
    function unicodeEscape() {
      let buffer2 = "";
      let count = 4;
      while (count-- > 0) {
        const c2 = peek();
        if (!util.isHexDigit(c2)) {
          throw invalidChar(read());
        }
        buffer2 += read();
      }
      return String.fromCodePoint(parseInt(buffer2, 16));
    }
    var parseStates = {
      start() {
        if (token.type === "eof") {
          throw invalidEOF();
        }
        push();
      },
      beforePropertyName() {
        switch (token.type) {
          case "identifier":
          case "string":
            key = token.value;
            parseState = "afterPropertyName";
            return;
          case "punctuator":
            pop();
            return;
          case "eof":
            throw invalidEOF();
        }
      },
      afterPropertyName() {
        if (token.type === "eof") {
          throw invalidEOF();
        }
        parseState = "beforePropertyValue";
      },
      beforePropertyValue() {
        if (token.type === "eof") {
          throw invalidEOF();
        }
        push();
      },
      beforeArrayValue() {
        if (token.type === "eof") {
          throw invalidEOF();
        }
        if (token.type === "punctuator" && token.value === "]") {
          pop();
          return;
        }
        push();
      },
      afterPropertyValue() {
        if (token.type === "eof") {
          throw invalidEOF();
        }
        switch (token.value) {
          case ",":
            parseState = "beforePropertyName";
            return;
          case "}":
            pop();
        }
      },
      afterArrayValue() {
        if (token.type === "eof") {
          throw invalidEOF();
        }
        switch (token.value) {
          case ",":
            parseState = "beforeArrayValue";
            return;
          case "]":
            pop();
        }
      },
      end() {
      }
    };
    function push() {
      let value;
      switch (token.type) {
        case "punctuator":
          switch (token.value) {
            case "{":
              value = {};
              break;
            case "[":
              value = [];
              break;
          }
          break;
        case "null":
        case "boolean":
        case "numeric":
        case "string":
          value = token.value;
          break;
      }
      if (root === void 0) {
        root = value;
      } else {
        const parent = stack[stack.length - 1];
        if (Array.isArray(parent)) {
          parent.push(value);
        } else {
          Object.defineProperty(parent, key, {
            value,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      if (value !== null && typeof value === "object") {
        stack.push(value);
        if (Array.isArray(value)) {
          parseState = "beforeArrayValue";
        } else {
          parseState = "beforePropertyName";
        }
      } else {
        const current = stack[stack.length - 1];
        if (current == null) {
          parseState = "end";
        } else if (Array.isArray(current)) {
          parseState = "afterArrayValue";
        } else {
          parseState = "afterPropertyValue";
        }
      }
    }
    function pop() {
      stack.pop();
      const current = stack[stack.length - 1];
      if (current == null) {
        parseState = "end";
      } else if (Array.isArray(current)) {
        parseState = "afterArrayValue";
      } else {
        parseState = "afterPropertyValue";
      }
    }
    function invalidChar(c2) {
      if (c2 === void 0) {
        return syntaxError(`JSON5: invalid end of input at ${line}:${column}`);
      }
      return syntaxError(`JSON5: invalid character '${formatChar(c2)}' at ${line}:${column}`);
    }
    function invalidEOF() {
      return syntaxError(`JSON5: invalid end of input at ${line}:${column}`);
    }
    function invalidIdentifier() {
      column -= 5;
      return syntaxError(`JSON5: invalid identifier character at ${line}:${column}`);
    }
    function separatorChar(c2) {
      console.warn(`JSON5: '${formatChar(c2)}' in strings is not valid ECMAScript; consider escaping`);
    }
    function formatChar(c2) {
      const replacements = {
        "'": "\\'",
        '"': '\\"',
        "\\": "\\\\",
        "\b": "\\b",
        "\f": "\\f",
        "\n": "\\n",
        "\r": "\\r",
        "	": "\\t",
        "\v": "\\v",
        "\0": "\\0",
        "\u2028": "\\u2028",
        "\u2029": "\\u2029"
      };
      if (replacements[c2]) {
        return replacements[c2];
      }
      if (c2 < " ") {
        const hexString = c2.charCodeAt(0).toString(16);
        return "\\x" + ("00" + hexString).substring(hexString.length);
      }
      return c2;
    }
    function syntaxError(message) {
      const err2 = new SyntaxError(message);
      err2.lineNumber = line;
      err2.columnNumber = column;
      return err2;
    }
  }
});

// node_modules/json5/lib/stringify.js
var require_stringify = __commonJS({
  "node_modules/json5/lib/stringify.js"(exports, module) {
    var util = require_util3();
    module.exports = function stringify(value, replacer, space) {
      const stack = [];
      let indent = "";
      let propertyList;
      let replacerFunc;
      let gap = "";
      let quote;
      if (replacer != null && typeof replacer === "object" && !Array.isArray(replacer)) {
        space = replacer.space;
        quote = replacer.quote;
        replacer = replacer.replacer;
      }
      if (typeof replacer === "function") {
        replacerFunc = replacer;
      } else if (Array.isArray(replacer)) {
        propertyList = [];
        for (const v of replacer) {
          let item;
          if (typeof v === "string") {
            item = v;
          } else if (typeof v === "number" || v instanceof String || v instanceof Number) {
            item = String(v);
          }
          if (item !== void 0 && propertyList.indexOf(item) < 0) {
            propertyList.push(item);
          }
        }
      }
      if (space instanceof Number) {
        space = Number(space);
      } else if (space instanceof String) {
        space = String(space);
      }
      if (typeof space === "number") {
        if (space > 0) {
          space = Math.min(10, Math.floor(space));
          gap = "          ".substr(0, space);
        }
      } else if (typeof space === "string") {
        gap = space.substr(0, 10);
      }
      return serializeProperty("", { "": value });
      function serializeProperty(key, holder) {
        let value2 = holder[key];
        if (value2 != null) {
          if (typeof value2.toJSON5 === "function") {
            value2 = value2.toJSON5(key);
          } else if (typeof value2.toJSON === "function") {
            value2 = value2.toJSON(key);
          }
        }
        if (replacerFunc) {
          value2 = replacerFunc.call(holder, key, value2);
        }
        if (value2 instanceof Number) {
          value2 = Number(value2);
        } else if (value2 instanceof String) {
          value2 = String(value2);
        } else if (value2 instanceof Boolean) {
          value2 = value2.valueOf();
        }
        switch (value2) {
          case null:
            return "null";
          case true:
            return "true";
          case false:
            return "false";
        }
        if (typeof value2 === "string") {
          return quoteString(value2, false);
        }
        if (typeof value2 === "number") {
          return String(value2);
        }
        if (typeof value2 === "object") {
          return Array.isArray(value2) ? serializeArray(value2) : serializeObject(value2);
        }
        return void 0;
      }
      function quoteString(value2) {
        const quotes = {
          "'": 0.1,
          '"': 0.2
        };
        const replacements = {
          "'": "\\'",
          '"': '\\"',
          "\\": "\\\\",
          "\b": "\\b",
          "\f": "\\f",
          "\n": "\\n",
          "\r": "\\r",
          "	": "\\t",
          "\v": "\\v",
          "\0": "\\0",
          "\u2028": "\\u2028",
          "\u2029": "\\u2029"
        };
        let product = "";
        for (let i = 0; i < value2.length; i++) {
          const c = value2[i];
          switch (c) {
            case "'":
            case '"':
              quotes[c]++;
              product += c;
              continue;
            case "\0":
              if (util.isDigit(value2[i + 1])) {
                product += "\\x00";
                continue;
              }
          }
          if (replacements[c]) {
            product += replacements[c];
            continue;
          }
          if (c < " ") {
            let hexString = c.charCodeAt(0).toString(16);
            product += "\\x" + ("00" + hexString).substring(hexString.length);
            continue;
          }
          product += c;
        }
        const quoteChar = quote || Object.keys(quotes).reduce((a, b) => quotes[a] < quotes[b] ? a : b);
        product = product.replace(new RegExp(quoteChar, "g"), replacements[quoteChar]);
        return quoteChar + product + quoteChar;
      }
      function serializeObject(value2) {
        if (stack.indexOf(value2) >= 0) {
          throw TypeError("Converting circular structure to JSON5");
        }
        stack.push(value2);
        let stepback = indent;
        indent = indent + gap;
        let keys = propertyList || Object.keys(value2);
        let partial = [];
        for (const key of keys) {
          const propertyString = serializeProperty(key, value2);
          if (propertyString !== void 0) {
            let member = serializeKey(key) + ":";
            if (gap !== "") {
              member += " ";
            }
            member += propertyString;
            partial.push(member);
          }
        }
        let final;
        if (partial.length === 0) {
          final = "{}";
        } else {
          let properties;
          if (gap === "") {
            properties = partial.join(",");
            final = "{" + properties + "}";
          } else {
            let separator = ",\n" + indent;
            properties = partial.join(separator);
            final = "{\n" + indent + properties + ",\n" + stepback + "}";
          }
        }
        stack.pop();
        indent = stepback;
        return final;
      }
      function serializeKey(key) {
        if (key.length === 0) {
          return quoteString(key, true);
        }
        const firstChar = String.fromCodePoint(key.codePointAt(0));
        if (!util.isIdStartChar(firstChar)) {
          return quoteString(key, true);
        }
        for (let i = firstChar.length; i < key.length; i++) {
          if (!util.isIdContinueChar(String.fromCodePoint(key.codePointAt(i)))) {
            return quoteString(key, true);
          }
        }
        return key;
      }
      function serializeArray(value2) {
        if (stack.indexOf(value2) >= 0) {
          throw TypeError("Converting circular structure to JSON5");
        }
        stack.push(value2);
        let stepback = indent;
        indent = indent + gap;
        let partial = [];
        for (let i = 0; i < value2.length; i++) {
          const propertyString = serializeProperty(String(i), value2);
          partial.push(propertyString !== void 0 ? propertyString : "null");
        }
        let final;
        if (partial.length === 0) {
          final = "[]";
        } else {
          if (gap === "") {
            let properties = partial.join(",");
            final = "[" + properties + "]";
          } else {
            let separator = ",\n" + indent;
            let properties = partial.join(separator);
            final = "[\n" + indent + properties + ",\n" + stepback + "]";
          }
        }
        stack.pop();
        indent = stepback;
        return final;
      }
    };
  }
});

// node_modules/json5/lib/index.js
var require_lib2 = __commonJS({
  "node_modules/json5/lib/index.js"(exports, module) {
    var parse = require_parse();
    var stringify = require_stringify();
    var JSON52 = {
      parse,
      stringify
    };
    module.exports = JSON52;
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate2, compare) {
      return { validate: validate2, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str4) {
      const matches2 = DATE.exec(str4);
      if (!matches2)
        return false;
      const year = +matches2[1];
      const month = +matches2[2];
      const day = +matches2[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str4) {
        const matches2 = TIME.exec(str4);
        if (!matches2)
          return false;
        const hr = +matches2[1];
        const min = +matches2[2];
        const sec = +matches2[3];
        const tz = matches2[4];
        const tzSign = matches2[5] === "-" ? -1 : 1;
        const tzH = +(matches2[6] || 0);
        const tzM = +(matches2[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str4) {
        const dateTime = str4.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str4) {
      return NOT_URI_FRAGMENT.test(str4) && URI.test(str4);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str4) {
      BYTE.lastIndex = 0;
      return BYTE.test(str4);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str4) {
      if (Z_ANCHOR.test(str4))
        return false;
      try {
        new RegExp(str4);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// node_modules/ajv-formats/dist/limit.js
var require_limit = __commonJS({
  "node_modules/ajv-formats/dist/limit.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatLimitDefinition = void 0;
    var ajv_1 = require_ajv();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode: schemaCode2 }) => (0, codegen_1.str)`should be ${KWDs[keyword].okStr} ${schemaCode2}`,
      params: ({ keyword, schemaCode: schemaCode2 }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode2}}`
    };
    exports.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode: schemaCode2, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
          return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fmt = gen.const("fmt", (0, codegen_1._)`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data((0, codegen_1.or)((0, codegen_1._)`typeof ${fmt} != "object"`, (0, codegen_1._)`${fmt} instanceof RegExp`, (0, codegen_1._)`typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
          const format = fCxt.schema;
          const fmtDef = self.formats[format];
          if (!fmtDef || fmtDef === true)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function") {
            throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
          }
          const fmt = gen.scopeValue("formats", {
            key: format,
            ref: fmtDef,
            code: opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : void 0
          });
          cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
          return (0, codegen_1._)`${fmt}.compare(${data}, ${schemaCode2}) ${KWDs[keyword].fail} 0`;
        }
      },
      dependencies: ["format"]
    };
    var formatLimitPlugin = (ajv3) => {
      ajv3.addKeyword(exports.formatLimitDefinition);
      return ajv3;
    };
    exports.default = formatLimitPlugin;
  }
});

// node_modules/ajv-formats/dist/index.js
var require_dist = __commonJS({
  "node_modules/ajv-formats/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var formats_1 = require_formats();
    var limit_1 = require_limit();
    var codegen_1 = require_codegen();
    var fullName = new codegen_1.Name("fullFormats");
    var fastName = new codegen_1.Name("fastFormats");
    var formatsPlugin = (ajv3, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats2(ajv3, opts, formats_1.fullFormats, fullName);
        return ajv3;
      }
      const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
      const list = opts.formats || formats_1.formatNames;
      addFormats2(ajv3, list, formats, exportName);
      if (opts.keywords)
        (0, limit_1.default)(ajv3);
      return ajv3;
    };
    formatsPlugin.get = (name, mode = "full") => {
      const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
      const f = formats[name];
      if (!f)
        throw new Error(`Unknown format "${name}"`);
      return f;
    };
    function addFormats2(ajv3, list, fs, exportName) {
      var _a2;
      var _b;
      (_a2 = (_b = ajv3.opts.code).formats) !== null && _a2 !== void 0 ? _a2 : _b.formats = (0, codegen_1._)`require("ajv-formats/dist/formats").${exportName}`;
      for (const f of list)
        ajv3.addFormat(f, fs[f]);
    }
    module.exports = exports = formatsPlugin;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = formatsPlugin;
  }
});

// action/src/cli/main.ts
import { parseArgs } from "node:util";

// action/src/core/errors.ts
var EXIT_ONE = /* @__PURE__ */ new Set([
  "E_REG_SEQ_GAP",
  "E_REG_CHAIN",
  "E_REG_SIG",
  "E_REG_RETIRED_KEY",
  "E_REG_CHECKPOINT",
  "E_REG_EXPIRED",
  "E_REG_UNKNOWN_FILE"
]);
function exitCodeFor(code) {
  return EXIT_ONE.has(code) ? 1 : 2;
}
var WpcError = class extends Error {
  code;
  file;
  constructor(code, message, file) {
    super(message);
    this.name = "WpcError";
    this.code = code;
    this.file = file;
  }
};
function isWpcError(e) {
  return e instanceof WpcError;
}

// action/src/core/render.ts
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(a) {
  return `::${a.level} file=${escapeProperty(a.file)},line=${a.line},col=${a.column},title=${escapeProperty(a.title)}::${escapeData(a.message)}`;
}
function findingAnnotation(file, f) {
  return { level: f.level, file, line: f.line, column: f.column, title: `wpc ${f.rule}`, message: f.message };
}
function changeAnnotation(file, c) {
  return {
    level: c.risk === "expansion" ? "warning" : "notice",
    file,
    line: c.line,
    column: c.column,
    title: `wpc ${c.risk}`,
    message: describeChange(c)
  };
}
function describeChange(c) {
  const v = (x) => x === null || x === void 0 ? "∅" : typeof x === "string" ? x : JSON.stringify(x);
  const where = c.path || "(whole policy)";
  if (c.kind === "added") return `${where}: added ${v(c.after)}`;
  if (c.kind === "removed") return c.path === "" ? "policy removed" : `${where}: removed ${v(c.before)}`;
  return `${where}: ${v(c.before)} → ${v(c.after)}`;
}
function findingLine(file, f) {
  return `${file}:${f.line}:${f.column}: ${f.level} ${f.rule}: ${f.message}`;
}
function checkAnnotations(r) {
  const all = [];
  for (const f of r.files) {
    if (f.error) all.push({ level: "error", file: f.file, line: 1, column: 1, title: `wpc ${f.error.code}`, message: f.error.message });
    for (const x of f.findings) all.push(findingAnnotation(f.file, x));
    for (const c of f.changes) if (c.risk !== "neutral") all.push(changeAnnotation(f.file, c));
  }
  const rank2 = { error: 0, warning: 1, notice: 2 };
  return all.sort((a, b) => rank2[a.level] - rank2[b.level]);
}
function capAnnotations(all, max = 10) {
  const seen = { error: 0, warning: 0, notice: 0 };
  const shown2 = [];
  const overflow = [];
  for (const a of all) {
    if (seen[a.level] < max) {
      seen[a.level]++;
      shown2.push(a);
    } else overflow.push(a);
  }
  return { shown: shown2, overflow };
}
function checkText(r) {
  const lines = [];
  for (const f of r.files) {
    lines.push(`${f.file} (${f.status}) ${short(f.base_hash)} → ${short(f.head_hash)}${f.expands ? "  EXPANDS" : ""}`);
    if (f.error) lines.push(`  ${f.error.code}: ${f.error.message}`);
    for (const x of f.findings) lines.push(`  ${findingLine(f.file, x)}`);
    for (const c of f.changes) lines.push(`  [${c.risk}] ${describeChange(c)} (line ${c.line})`);
  }
  if (r.files.length === 0) lines.push("no policy changes");
  lines.push(
    `${r.files.length} changed polic${r.files.length === 1 ? "y" : "ies"}, ${r.errors} error(s), ${r.warnings} warning(s)${r.unusable ? `, ${r.unusable} unusable` : ""}; ${r.expands ? "expands permissions" : "does not expand permissions"}`
  );
  return lines.join("\n");
}
function short(h) {
  return h ? h.slice(0, 12) : "∅";
}

// action/src/cli/output.ts
var stdio = {
  out: (s) => process.stdout.write(s.endsWith("\n") ? s : `${s}
`),
  err: (s) => process.stderr.write(s.endsWith("\n") ? s : `${s}
`)
};
function formatOf(values) {
  const f = values.format ?? "text";
  if (f !== "text" && f !== "json" && f !== "github") throw new WpcError("E_USAGE", `--format must be text, json or github (got "${f}")`);
  return values.json ? "json" : f;
}
function printJson(io, v) {
  io.out(JSON.stringify(v, null, 2));
}
function reportError(io, e, format) {
  const err2 = isWpcError(e) ? e : new WpcError("E_BAD_INPUT", `internal error: ${e instanceof Error ? e.message : String(e)}`);
  if (format === "json") {
    const body = { code: err2.code, message: err2.message };
    if (err2.file) body.file = err2.file;
    printJson(io, { error: body });
  } else if (format === "github") {
    io.out(`::error${err2.file ? ` file=${escapeProperty(err2.file)}` : ""}::${escapeData(`${err2.code}: ${err2.message}`)}`);
  }
  io.err(`wpc: ${err2.code}: ${oneLine(err2.message)}`);
  return exitCodeFor(err2.code);
}
function oneLine(s) {
  return s.replace(/[\r\n]+/g, " ").slice(0, 2e3);
}

// action/src/core/ijson.ts
var MAX_DEPTH = 64;
var SourceMap = class {
  constructor(text) {
    this.text = text;
  }
  text;
  offsets = /* @__PURE__ */ new Map();
  lineStarts;
  /** Position of the value at `pointer`, or of its nearest recorded ancestor. */
  pos(pointer) {
    let p = pointer;
    for (; ; ) {
      const off = this.offsets.get(p);
      if (off !== void 0) return this.posOfOffset(off);
      if (p === "") return { line: 1, column: 1 };
      p = p.slice(0, p.lastIndexOf("/"));
    }
  }
  posOfOffset(offset) {
    const starts = this.lineStarts ??= computeLineStarts(this.text);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const start = starts[lo];
    let column = 1;
    for (let i = start; i < offset; i++) {
      const c = this.text.charCodeAt(i);
      if (c >= 56320 && c <= 57343 && i > start) {
        const prev = this.text.charCodeAt(i - 1);
        if (prev >= 55296 && prev <= 56319) continue;
      }
      column++;
    }
    return { line: lo + 1, column };
  }
};
function computeLineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}
function escapePointerToken(token) {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
var MAX_SAFE = Number.MAX_SAFE_INTEGER;
var Parser = class {
  constructor(s, map, file) {
    this.s = s;
    this.map = map;
    this.file = file;
  }
  s;
  map;
  file;
  i = 0;
  fail(message, at2 = this.i) {
    const pos = new SourceMap(this.s).posOfOffset(Math.min(at2, this.s.length));
    const where = `${this.file ? `${this.file}:` : ""}${pos.line}:${pos.column}`;
    throw new WpcError("E_NOT_IJSON", `${where}: ${message}`, this.file);
  }
  ws() {
    const s = this.s;
    let i = this.i;
    for (; ; ) {
      const c = s.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else break;
    }
    this.i = i;
  }
  value(pointer, depth) {
    this.ws();
    if (this.map) this.map.offsets.set(pointer, this.i);
    const c = this.s.charCodeAt(this.i);
    switch (c) {
      case 123:
        return this.object(pointer, depth + 1);
      case 91:
        return this.array(pointer, depth + 1);
      case 34:
        return this.string();
      case 116:
        return this.literal("true", true);
      case 102:
        return this.literal("false", false);
      case 110:
        return this.literal("null", null);
      default:
        if (c === 45 || c >= 48 && c <= 57) return this.number();
        if (Number.isNaN(c)) this.fail("unexpected end of input");
        this.fail(`unexpected character ${JSON.stringify(this.s[this.i])}`);
    }
  }
  literal(word, v) {
    if (!this.s.startsWith(word, this.i)) this.fail("invalid literal");
    this.i += word.length;
    return v;
  }
  object(pointer, depth) {
    if (depth > MAX_DEPTH) this.fail(`nesting deeper than ${MAX_DEPTH}`);
    this.i++;
    const out = {};
    this.ws();
    if (this.s.charCodeAt(this.i) === 125) {
      this.i++;
      return out;
    }
    for (; ; ) {
      this.ws();
      const keyAt = this.i;
      if (this.s.charCodeAt(this.i) !== 34) this.fail("expected a member name");
      const key = this.string();
      if (Object.prototype.hasOwnProperty.call(out, key)) this.fail(`duplicate member name ${JSON.stringify(key)}`, keyAt);
      this.ws();
      if (this.s.charCodeAt(this.i) !== 58) this.fail("expected ':'");
      this.i++;
      const v = this.value(this.map ? `${pointer}/${escapePointerToken(key)}` : "", depth);
      if (key === "__proto__") Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
      else out[key] = v;
      this.ws();
      const c = this.s.charCodeAt(this.i);
      if (c === 44) {
        this.i++;
        continue;
      }
      if (c === 125) {
        this.i++;
        return out;
      }
      this.fail("expected ',' or '}'");
    }
  }
  array(pointer, depth) {
    if (depth > MAX_DEPTH) this.fail(`nesting deeper than ${MAX_DEPTH}`);
    this.i++;
    const out = [];
    this.ws();
    if (this.s.charCodeAt(this.i) === 93) {
      this.i++;
      return out;
    }
    for (; ; ) {
      out.push(this.value(this.map ? `${pointer}/${out.length}` : "", depth));
      this.ws();
      const c = this.s.charCodeAt(this.i);
      if (c === 44) {
        this.i++;
        continue;
      }
      if (c === 93) {
        this.i++;
        return out;
      }
      this.fail("expected ',' or ']'");
    }
  }
  string() {
    const s = this.s;
    const start = ++this.i;
    let i = start;
    for (; ; ) {
      const c = s.charCodeAt(i);
      if (c === 34) {
        this.i = i + 1;
        return s.slice(start, i);
      }
      if (c === 92 || c < 32 || c >= 55296 && c <= 57343 || Number.isNaN(c)) break;
      i++;
    }
    let out = s.slice(start, i);
    for (; ; ) {
      const c = s.charCodeAt(i);
      if (Number.isNaN(c)) this.fail("unterminated string", i);
      if (c === 34) {
        this.i = i + 1;
        return out;
      }
      if (c < 32) this.fail("control character in string", i);
      if (c === 92) {
        const e = s.charCodeAt(i + 1);
        let unit;
        switch (e) {
          case 34:
            unit = 34;
            break;
          case 92:
            unit = 92;
            break;
          case 47:
            unit = 47;
            break;
          case 98:
            unit = 8;
            break;
          case 102:
            unit = 12;
            break;
          case 110:
            unit = 10;
            break;
          case 114:
            unit = 13;
            break;
          case 116:
            unit = 9;
            break;
          case 117: {
            unit = this.hex4(i + 2);
            if (unit >= 55296 && unit <= 56319) {
              if (s.charCodeAt(i + 6) !== 92 || s.charCodeAt(i + 7) !== 117) this.fail("lone surrogate in string", i);
              const low = this.hex4(i + 8);
              if (low < 56320 || low > 57343) this.fail("lone surrogate in string", i);
              out += String.fromCharCode(unit, low);
              i += 12;
              continue;
            }
            if (unit >= 56320 && unit <= 57343) this.fail("lone surrogate in string", i);
            out += String.fromCharCode(unit);
            i += 6;
            continue;
          }
          default:
            this.fail("invalid escape in string", i);
        }
        out += String.fromCharCode(unit);
        i += 2;
        continue;
      }
      if (c >= 55296 && c <= 56319) {
        const low = s.charCodeAt(i + 1);
        if (!(low >= 56320 && low <= 57343)) this.fail("lone surrogate in string", i);
        out += s[i] + s[i + 1];
        i += 2;
        continue;
      }
      if (c >= 56320 && c <= 57343) this.fail("lone surrogate in string", i);
      out += s[i];
      i++;
    }
  }
  hex4(at2) {
    const h = this.s.slice(at2, at2 + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(h)) this.fail("invalid \\u escape", at2);
    return parseInt(h, 16);
  }
  number() {
    const s = this.s;
    const start = this.i;
    let i = start;
    if (s.charCodeAt(i) === 45) i++;
    const intStart = i;
    if (s.charCodeAt(i) === 48) i++;
    else if (isDigit(s.charCodeAt(i))) while (isDigit(s.charCodeAt(i))) i++;
    else this.fail("invalid number", start);
    if (s.charCodeAt(intStart) === 48 && isDigit(s.charCodeAt(i))) this.fail("leading zero in number", start);
    let integral = true;
    if (s.charCodeAt(i) === 46) {
      integral = false;
      i++;
      if (!isDigit(s.charCodeAt(i))) this.fail("invalid number", start);
      while (isDigit(s.charCodeAt(i))) i++;
    }
    const e = s.charCodeAt(i);
    if (e === 101 || e === 69) {
      integral = false;
      i++;
      const sign3 = s.charCodeAt(i);
      if (sign3 === 43 || sign3 === 45) i++;
      if (!isDigit(s.charCodeAt(i))) this.fail("invalid number", start);
      while (isDigit(s.charCodeAt(i))) i++;
    }
    this.i = i;
    const v = Number(s.slice(start, i));
    if (!Number.isFinite(v)) this.fail("number is not finite", start);
    if (integral && (v > MAX_SAFE || v < -MAX_SAFE)) this.fail("integer beyond ±(2^53−1)", start);
    return v === 0 ? 0 : v;
  }
};
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function parseIJson(text, opts = {}) {
  const map = opts.positions ? new SourceMap(text) : void 0;
  const p = new Parser(text, map, opts.file);
  if (text.charCodeAt(0) === 65279) p.fail("byte order mark is not allowed", 0);
  const value = p.value("", 0);
  p.ws();
  if (p.i !== text.length) p.fail("unexpected data after the JSON value");
  return { value, map };
}
function decodeUtf8(bytes, file) {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new WpcError("E_NOT_IJSON", `${file ? `${file}: ` : ""}not valid UTF-8 text`, file);
  }
}

// action/src/core/findings.ts
function locate(raw, map) {
  return raw.map((f) => ({ ...f, ...map.pos(f.path) }));
}
function countLevels(findings) {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.level === "error") errors++;
    else warnings++;
  }
  return { errors, warnings };
}
function sortFindings(findings) {
  return findings.sort(
    (a, b) => a.line - b.line || a.column - b.column || cmp(a.rule, b.rule) || cmp(a.message, b.message)
  );
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// action/src/core/wpc-schema.ts
var import__ = __toESM(require__(), 1);

// action/src/core/wpc.schema.json
var wpc_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://wpc.dev/schema/wpc.v1.schema.json",
  title: "Work Policy Contract (wpc v1)",
  description: "What an AI agent job may do: tools, model routes, sandbox, token (CST) requirements, approvals and audit. Identity = SHA-256 of the RFC 8785 canonical form.",
  type: "object",
  additionalProperties: false,
  required: ["wpc_version", "purpose", "tool_policy", "sandbox_expectations", "model_route", "token_requirements", "approvals", "audit"],
  properties: {
    wpc_version: { const: "v1" },
    purpose: { type: "string", minLength: 1, maxLength: 500 },
    tool_policy: {
      type: "object",
      additionalProperties: false,
      required: ["allow", "deny"],
      properties: {
        allow: { $ref: "#/$defs/toolList" },
        deny: { $ref: "#/$defs/toolList" }
      }
    },
    sandbox_expectations: {
      type: "object",
      additionalProperties: false,
      required: ["tools_run_in_sandbox", "workspace_access"],
      properties: {
        tools_run_in_sandbox: { type: "boolean" },
        workspace_access: { enum: ["none", "ro", "rw"] }
      }
    },
    model_route: {
      type: "object",
      additionalProperties: false,
      required: ["require_clawproxy", "allowed"],
      properties: {
        require_clawproxy: { type: "boolean" },
        allowed: {
          type: "array",
          maxItems: 64,
          uniqueItems: true,
          items: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$" }
        }
      }
    },
    token_requirements: {
      type: "object",
      additionalProperties: false,
      required: ["cst_ttl_seconds_max", "require_scope_hash", "policy_hash_pinning"],
      properties: {
        cst_ttl_seconds_max: { type: "integer", minimum: 1, maximum: 86400 },
        require_scope_hash: { type: "boolean" },
        policy_hash_pinning: { enum: ["required", "optional", "off"] }
      }
    },
    approvals: {
      type: "object",
      additionalProperties: false,
      required: ["required_for", "status"],
      properties: {
        required_for: {
          type: "array",
          maxItems: 64,
          uniqueItems: true,
          items: { type: "string", pattern: "^[a-z][a-z0-9_]{0,63}$" }
        },
        status: { type: "string", maxLength: 500 }
      }
    },
    audit: {
      type: "object",
      additionalProperties: false,
      required: ["require_gateway_receipts", "require_proof_bundle"],
      properties: {
        require_gateway_receipts: { type: "boolean" },
        require_proof_bundle: { type: "boolean" }
      }
    },
    data_boundaries: {
      type: "object",
      additionalProperties: false,
      properties: {
        egress_allowlist: {
          type: "array",
          maxItems: 256,
          uniqueItems: true,
          items: { type: "string", minLength: 1, maxLength: 253, pattern: "^[A-Za-z0-9*][A-Za-z0-9*.-]*(:[0-9]{1,5})?$" }
        },
        microsoft_graph_scopes: {
          type: "array",
          maxItems: 64,
          uniqueItems: true,
          items: { type: "string", pattern: "^[A-Za-z][A-Za-z0-9.]{0,127}$" }
        }
      }
    }
  },
  $defs: {
    toolList: {
      type: "array",
      maxItems: 256,
      uniqueItems: true,
      items: { type: "string", minLength: 1, maxLength: 128, pattern: "^[A-Za-z0-9_:*.-]+$" }
    }
  }
};

// action/src/core/wpc-schema.ts
var WPC_SCHEMA = wpc_schema_default;
var ajv = new import__.Ajv2020({ strict: true, allErrors: true });
var validateFn = ajv.compile(wpc_schema_default);
function schemaFindings(value) {
  if (validateFn(value)) return [];
  return (validateFn.errors ?? []).map(toFinding);
}
function toFinding(e) {
  let path = e.instancePath;
  let message = e.message ?? "is invalid";
  const params = e.params;
  if (e.keyword === "additionalProperties") {
    const prop = String(params.additionalProperty);
    path = `${path}/${escapePointerToken(prop)}`;
    message = `unknown property "${prop}"`;
  } else if (e.keyword === "required") {
    message = `missing required property "${String(params.missingProperty)}"`;
  } else if (e.keyword === "enum") {
    message = `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
  } else if (e.keyword === "const") {
    message = `must be ${JSON.stringify(params.allowedValue)}`;
  } else if (e.keyword === "uniqueItems") {
    message = `duplicate entries (items ${String(params.j)} and ${String(params.i)})`;
  }
  return { rule: "SCHEMA", level: "error", message, path };
}

// action/src/core/tool-catalog.json
var tool_catalog_default = {
  catalog_version: "1",
  source: "OpenClaw tool names and groups (docs.openclaw.ai/tools) plus the WPC capability names of the product's source document",
  tools: [
    "read",
    "write",
    "edit",
    "apply_patch",
    "exec",
    "bash",
    "process",
    "code_execution",
    "web_search",
    "web_fetch",
    "browser",
    "canvas",
    "message",
    "cron",
    "gateway",
    "nodes",
    "image",
    "session_status",
    "sessions_list",
    "sessions_history",
    "sessions_send",
    "sessions_spawn",
    "memory_search",
    "memory_get"
  ],
  groups: {
    "group:fs": ["read", "write", "edit", "apply_patch"],
    "group:runtime": ["exec", "bash", "process", "code_execution"],
    "group:web": ["web_search", "web_fetch"],
    "group:ui": ["browser", "canvas"],
    "group:sessions": ["sessions_list", "sessions_history", "sessions_send", "sessions_spawn", "session_status"],
    "group:memory": ["memory_search", "memory_get"],
    "group:automation": ["cron", "gateway"],
    "group:messaging": ["message"],
    "group:nodes": ["nodes"],
    "group:openclaw": [
      "read",
      "write",
      "edit",
      "apply_patch",
      "exec",
      "bash",
      "process",
      "code_execution",
      "web_search",
      "web_fetch",
      "browser",
      "canvas",
      "message",
      "cron",
      "gateway",
      "nodes",
      "image",
      "session_status",
      "sessions_list",
      "sessions_history",
      "sessions_send",
      "sessions_spawn",
      "memory_search",
      "memory_get"
    ]
  },
  capabilities: {
    http: ["web_fetch", "web_search"],
    elevated: ["elevated"]
  },
  sandbox_required: ["exec", "process", "elevated", "group:runtime"],
  egress_tools: ["web_fetch", "web_search", "browser", "message", "sessions_send", "gateway", "nodes"]
};

// action/src/core/glob.ts
function globMatch(pattern, text) {
  if (!pattern.includes("*")) return pattern === text;
  const parts = pattern.split("*");
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (text.length < first.length + last.length) return false;
  if (!text.startsWith(first) || !text.endsWith(last)) return false;
  let pos = first.length;
  const end = text.length - last.length;
  for (let i = 1; i < parts.length - 1; i++) {
    const seg = parts[i];
    if (seg === "") continue;
    const at2 = text.indexOf(seg, pos);
    if (at2 < 0 || at2 + seg.length > end) return false;
    pos = at2 + seg.length;
  }
  return true;
}

// action/src/core/tool-catalog.ts
var CATALOG = tool_catalog_default;
var CONCRETE = [
  .../* @__PURE__ */ new Set([...CATALOG.tools, ...Object.values(CATALOG.capabilities).flat()])
].sort();
var NAMED = new Map([
  ...CATALOG.tools.map((t) => [t, [t]]),
  ...Object.entries(CATALOG.groups),
  ...Object.entries(CATALOG.capabilities)
]);
function normalizeToolName(name) {
  return name.trim().toLowerCase();
}
function expandToolEntry(entry) {
  const n = normalizeToolName(entry);
  const named = NAMED.get(n);
  if (named) return [...named];
  if (n.includes("*")) return CONCRETE.filter((t) => globMatch(n, t));
  return [];
}
function isKnownToolEntry(entry) {
  return expandToolEntry(entry).length > 0;
}
function expandToolList(entries) {
  const out = /* @__PURE__ */ new Set();
  for (const e of entries) for (const t of expandToolEntry(e)) out.add(t);
  return out;
}
function toolAllowed(tool, allow, deny) {
  const t = normalizeToolName(tool);
  const matches2 = (e) => {
    const n = normalizeToolName(e);
    const named = NAMED.get(n);
    if (named) return named.includes(t);
    return globMatch(n, t);
  };
  return allow.some(matches2) && !deny.some(matches2);
}
function effectiveTools(allow, deny) {
  const denied = expandToolList(deny);
  return new Set([...expandToolList(allow)].filter((t) => !denied.has(t)));
}
var SANDBOX_REQUIRED_TOOLS = expandToolList(CATALOG.sandbox_required);

// action/src/core/wpc-lint.ts
function lintWpc(w, ctx = {}) {
  const out = [];
  const { allow, deny } = w.tool_policy;
  for (const [list, name] of [
    [allow, "allow"],
    [deny, "deny"]
  ]) {
    list.forEach((entry, i) => {
      if (!isKnownToolEntry(entry))
        out.push(err("WPC005", `/tool_policy/${name}/${i}`, `unknown tool or group "${entry}" (not in the tool catalog)`));
    });
  }
  const denied = expandToolList(deny);
  const denyNames = new Set(deny.map(normalizeToolName));
  allow.forEach((entry, i) => {
    const tools2 = expandToolEntry(entry);
    const same = denyNames.has(normalizeToolName(entry));
    if (same || tools2.length > 0 && !entry.includes("*") && tools2.every((t) => denied.has(t))) {
      out.push(err("WPC001", `/tool_policy/allow/${i}`, `"${entry}" is both allowed and denied (deny wins)`));
    }
  });
  if (!w.sandbox_expectations.tools_run_in_sandbox) {
    allow.forEach((entry, i) => {
      const risky = expandToolEntry(entry).filter((t) => SANDBOX_REQUIRED_TOOLS.has(t) && !denied.has(t));
      if (risky.length > 0)
        out.push(
          err("WPC002", `/tool_policy/allow/${i}`, `"${entry}" allows ${risky.join(", ")} while tools_run_in_sandbox is false`)
        );
    });
  }
  if (!w.model_route.require_clawproxy)
    out.push(warn("WPC003", "/model_route/require_clawproxy", "require_clawproxy is false: model calls need not go through clawproxy"));
  if (!w.audit.require_gateway_receipts)
    out.push(warn("WPC003", "/audit/require_gateway_receipts", "require_gateway_receipts is false: model calls need not be receipted"));
  if (w.token_requirements.cst_ttl_seconds_max > 3600)
    out.push(
      warn("WPC004", "/token_requirements/cst_ttl_seconds_max", `CST TTL ${w.token_requirements.cst_ttl_seconds_max} s is above 3600 s`)
    );
  if (w.sandbox_expectations.workspace_access === "rw" && !effectiveTools(allow, deny).has("write"))
    out.push(warn("WPC006", "/sandbox_expectations/workspace_access", 'workspace_access is "rw" but the write tool is not allowed'));
  const declared = ctx.routes ? new Set(ctx.routes) : void 0;
  w.model_route.allowed.forEach((route2, i) => {
    if (!declared)
      out.push(warn("WPC007", `/model_route/allowed/${i}`, `route "${route2}" cannot be checked: no trust.json found (use --trust)`));
    else if (!declared.has(route2))
      out.push(err("WPC007", `/model_route/allowed/${i}`, `route "${route2}" is not declared in trust.json routes`));
  });
  if (w.token_requirements.policy_hash_pinning === "off")
    out.push(warn("WPC008", "/token_requirements/policy_hash_pinning", 'policy_hash_pinning is "off": a CST need not name this contract'));
  return out;
}
function err(rule, path, message) {
  return { rule, level: "error", message, path };
}
function warn(rule, path, message) {
  return { rule, level: "warning", message, path };
}

// action/src/core/crypto.ts
import { createHash, createPublicKey, verify as nodeVerify } from "node:crypto";
function sha256(data) {
  return new Uint8Array(createHash("sha256").update(data).digest().buffer.slice(0));
}
function sha256Hex(data) {
  return createHash("sha256").update(data).digest("hex");
}
function sha256B64u(data) {
  return createHash("sha256").update(data).digest("base64url");
}
function sha512(data) {
  return new Uint8Array(createHash("sha512").update(data).digest());
}
var SPKI_ED25519_PREFIX = Buffer.from("302a300506032b6570032100", "hex");
var KEY_OBJECTS = /* @__PURE__ */ new Map();
function ed25519VerifyNode(pub, msg, sig) {
  const id = Buffer.from(pub).toString("base64");
  let key = KEY_OBJECTS.get(id);
  if (!key) {
    key = createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, pub]), format: "der", type: "spki" });
    if (KEY_OBJECTS.size > 4096) KEY_OBJECTS.clear();
    KEY_OBJECTS.set(id, key);
  }
  try {
    return nodeVerify(null, msg, key, sig);
  } catch {
    return false;
  }
}

// action/src/core/jcs.ts
function canonicalize(value) {
  return write(value);
}
function write(v) {
  if (v === null) return "null";
  switch (typeof v) {
    case "boolean":
      return v ? "true" : "false";
    case "number":
      if (!Number.isFinite(v)) throw new TypeError("JCS: non-finite number");
      return JSON.stringify(v);
    case "string":
      return JSON.stringify(v);
    case "object": {
      if (Array.isArray(v)) {
        let s2 = "[";
        for (let i = 0; i < v.length; i++) s2 += (i ? "," : "") + write(v[i]);
        return s2 + "]";
      }
      const obj = v;
      const keys = Object.keys(obj).sort();
      let s = "{";
      let first = true;
      for (const k of keys) {
        const x = obj[k];
        if (x === void 0) continue;
        s += (first ? "" : ",") + JSON.stringify(k) + ":" + write(x);
        first = false;
      }
      return s + "}";
    }
    default:
      throw new TypeError(`JCS: cannot canonicalize ${typeof v}`);
  }
}

// action/src/core/b64u.ts
var B64U_RE = /^[A-Za-z0-9_-]*$/;
function b64uEncode(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64url");
}
function b64uDecode(text) {
  if (!B64U_RE.test(text) || text.length % 4 === 1) return void 0;
  const bytes = new Uint8Array(Buffer.from(text, "base64url"));
  return b64uEncode(bytes) === text ? bytes : void 0;
}
function b64AnyDecode(text) {
  const t = text.trim().replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
  return b64uDecode(t);
}
function hexEncode(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex");
}

// action/src/core/hash.ts
function policyHash(value) {
  const digest2 = sha256(canonicalize(value));
  return { policy_hash_b64u: b64uEncode(digest2), sha256: `sha256:${hexEncode(digest2)}` };
}
function jcsHashB64u(value) {
  return b64uEncode(sha256(canonicalize(value)));
}
var HASH_B64U_RE = /^[A-Za-z0-9_-]{43}$/;

// action/src/core/wpc.ts
var MAX_POLICY_BYTES = 1024 * 1024;
function parsePolicyBytes(bytes, file) {
  if (bytes.byteLength > MAX_POLICY_BYTES)
    throw new WpcError("E_TOO_LARGE", `${file}: ${bytes.byteLength} bytes is above the 1 MiB policy limit`, file);
  const text = decodeUtf8(bytes, file);
  const { value } = parseIJson(text, { file });
  let map;
  return { value, text, map: () => map ??= parseIJson(text, { positions: true, file }).map };
}
function checkPolicy(parsed, file, ctx = {}) {
  const raw = schemaFindings(parsed.value);
  const wpc = raw.length === 0 ? parsed.value : void 0;
  if (wpc) raw.push(...lintWpc(wpc, ctx));
  const findings = raw.length ? sortFindings(locate(raw, parsed.map())) : [];
  const h = policyHash(parsed.value);
  return { file, ...h, findings, wpc, value: parsed.value };
}
function checkPolicyBytes(bytes, file, ctx = {}) {
  return checkPolicy(parsePolicyBytes(bytes, file), file, ctx);
}

// action/src/core/wpc-diff.ts
var import_json_diff = __toESM(require_lib(), 1);

// action/src/core/wpc-types.ts
var WORKSPACE_ORDER = { none: 0, ro: 1, rw: 2 };
var PINNING_ORDER = { off: 0, optional: 1, required: 2 };
var POLICY_FILE_SUFFIX = ".wpc.json";
var POLICY_ID_RE = /^[a-z0-9][a-z0-9._-]{0,127}$/;
function policyIdFromFileName(name) {
  if (!name.endsWith(POLICY_FILE_SUFFIX)) return void 0;
  const id = name.slice(0, -POLICY_FILE_SUFFIX.length);
  return POLICY_ID_RE.test(id) ? id : void 0;
}

// action/src/core/wpc-diff.ts
var SET_FIELDS = {
  "/tool_policy/allow": (e) => e.trim().toLowerCase(),
  "/tool_policy/deny": (e) => e.trim().toLowerCase(),
  "/model_route/allowed": (e) => e,
  "/approvals/required_for": (e) => e,
  "/data_boundaries/egress_allowlist": (e) => e.trim().toLowerCase(),
  "/data_boundaries/microsoft_graph_scopes": (e) => e.trim().toLowerCase()
};
var CONSTRAINT_FIELDS = /* @__PURE__ */ new Set(["/data_boundaries/egress_allowlist"]);
var SET_MARK = "\0wpc-set";
function diffPolicies(base, head) {
  const b = base ? toSetMaps(base.value, "") : {};
  const h = head ? toSetMaps(head.value, "") : {};
  const raw = [];
  walk(import_json_diff.default.diff(b, h), "", raw);
  const changes = raw.map((c) => {
    const side = c.kind === "removed" ? base : head;
    const loc = side ? locationOf(c, side.value) : c.path;
    const written = side && loc !== c.path ? getPointer(side.value, loc) : void 0;
    const before = c.kind === "removed" && typeof written === "string" ? written : c.before;
    const after = c.kind === "added" && typeof written === "string" ? written : c.after;
    const risk = classify(c.path, c.kind, before, after);
    const pos = side ? side.map().pos(loc) : { line: 1, column: 1 };
    return { path: c.path, kind: c.kind, before, after, risk, ...pos };
  });
  changes.sort((x, y) => cmp2(x.path, y.path) || cmp2(x.kind, y.kind) || cmp2(JSON.stringify(x.after ?? x.before), JSON.stringify(y.after ?? y.before)));
  return {
    base_hash: base?.hash ?? null,
    head_hash: head?.hash ?? null,
    expands: changes.some((c) => c.risk === "expansion"),
    changes
  };
}
function toSetMaps(v, path) {
  const norm = SET_FIELDS[path];
  if (norm && Array.isArray(v) && v.every((e) => typeof e === "string")) {
    const m = { [SET_MARK]: true };
    for (const e of v) m[norm(e)] = norm(e);
    return m;
  }
  if (v && typeof v === "object" && !Array.isArray(v)) {
    const out = {};
    for (const [k, x] of Object.entries(v)) out[k] = toSetMaps(x, `${path}/${escapePointerToken(k)}`);
    return out;
  }
  return v;
}
function isSetMap(v) {
  return !!v && typeof v === "object" && !Array.isArray(v) && v[SET_MARK] === true;
}
function fromSetMaps(v) {
  if (isSetMap(v)) return Object.entries(v).filter(([k]) => k !== SET_MARK).map(([, e]) => e);
  if (v && typeof v === "object" && !Array.isArray(v))
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fromSetMaps(x)]));
  return v;
}
function walk(d, path, out) {
  if (d === void 0) return;
  if (Array.isArray(d)) {
    let i = 0;
    for (const entry of d) {
      const [op, v] = entry;
      if (op === "+") out.push({ path: `${path}/${i}`, kind: "added", before: null, after: v ?? null });
      else if (op === "-") out.push({ path: `${path}/${i}`, kind: "removed", before: v ?? null, after: null });
      else if (op === "~") walk(v, `${path}/${i}`, out);
      if (op !== "-") i++;
    }
    return;
  }
  if (!d || typeof d !== "object") return;
  const o = d;
  if ("__old" in o && "__new" in o) {
    emitReplace(path, o.__old, o.__new, out);
    return;
  }
  for (const [k, v] of Object.entries(o)) {
    if (k.endsWith("__added")) emit(path, k.slice(0, -7), "added", v, out);
    else if (k.endsWith("__deleted")) emit(path, k.slice(0, -9), "removed", v, out);
    else walk(v, `${path}/${escapePointerToken(k)}`, out);
  }
}
function emit(parent, key, kind, v, out) {
  if (isSetMapPath(parent)) {
    if (key === SET_MARK) return;
    out.push(kind === "added" ? { path: parent, kind, before: null, after: v } : { path: parent, kind, before: v, after: null });
    return;
  }
  const path = `${parent}/${escapePointerToken(key)}`;
  if (isSetMap(v) && !CONSTRAINT_FIELDS.has(path)) {
    for (const [k, e] of Object.entries(v)) if (k !== SET_MARK) emit(path, k, kind, e, out);
    return;
  }
  if (v && typeof v === "object" && !Array.isArray(v) && !isSetMap(v)) {
    const entries = Object.entries(v);
    if (entries.length > 0) {
      for (const [k, x] of entries) emit(path, k, kind, x, out);
      return;
    }
  }
  const plain = fromSetMaps(v);
  out.push(kind === "added" ? { path, kind, before: null, after: plain } : { path, kind, before: plain, after: null });
}
function isSetMapPath(path) {
  return path in SET_FIELDS;
}
function emitReplace(path, before, after, out) {
  out.push({ path, kind: "changed", before: fromSetMaps(before), after: fromSetMaps(after) });
}
function locationOf(c, doc) {
  if (!(c.path in SET_FIELDS) || c.kind === "changed") return c.path;
  const el = c.kind === "added" ? c.after : c.before;
  const arr2 = getPointer(doc, c.path);
  if (Array.isArray(arr2) && typeof el === "string") {
    const norm = SET_FIELDS[c.path];
    const idx = arr2.findIndex((x) => typeof x === "string" && norm(x) === norm(el));
    if (idx >= 0) return `${c.path}/${idx}`;
  }
  return c.path;
}
function getPointer(doc, pointer) {
  let cur = doc;
  for (const tok of pointer.split("/").slice(1)) {
    const k = tok.replace(/~1/g, "/").replace(/~0/g, "~");
    if (cur && typeof cur === "object" && !Array.isArray(cur)) cur = cur[k];
    else if (Array.isArray(cur)) cur = cur[Number(k)];
    else return void 0;
  }
  return cur;
}
var MORE_IS_EXPANSION = /* @__PURE__ */ new Set([
  "/tool_policy/allow",
  "/model_route/allowed",
  "/data_boundaries/microsoft_graph_scopes"
]);
var MORE_IS_TIGHTENING = /* @__PURE__ */ new Set(["/tool_policy/deny", "/approvals/required_for"]);
var TRUE_IS_TIGHTER = /* @__PURE__ */ new Set([
  "/sandbox_expectations/tools_run_in_sandbox",
  "/model_route/require_clawproxy",
  "/token_requirements/require_scope_hash",
  "/audit/require_gateway_receipts",
  "/audit/require_proof_bundle"
]);
var NEUTRAL = /* @__PURE__ */ new Set(["/purpose", "/approvals/status", "/wpc_version"]);
function classify(path, kind, before, after) {
  if (NEUTRAL.has(path)) return "neutral";
  if (path === "/data_boundaries/egress_allowlist") {
    if (kind === "changed" && Array.isArray(before) !== Array.isArray(after)) return Array.isArray(after) ? "tightening" : "expansion";
    if (Array.isArray(after) || Array.isArray(before)) return kind === "added" ? "tightening" : "expansion";
    return kind === "added" ? "expansion" : "tightening";
  }
  if (MORE_IS_EXPANSION.has(path)) return kind === "added" ? "expansion" : kind === "removed" ? "tightening" : "expansion";
  if (MORE_IS_TIGHTENING.has(path)) return kind === "added" ? "tightening" : kind === "removed" ? "expansion" : "expansion";
  if (TRUE_IS_TIGHTER.has(path)) {
    if (kind === "changed" && typeof before === "boolean" && typeof after === "boolean") return after ? "tightening" : "expansion";
    return kind === "added" && after === true ? "tightening" : "expansion";
  }
  if (path === "/sandbox_expectations/workspace_access") return orderRisk(WORKSPACE_ORDER, before, after, true);
  if (path === "/token_requirements/policy_hash_pinning") return orderRisk(PINNING_ORDER, before, after, false);
  if (path === "/token_requirements/cst_ttl_seconds_max") {
    if (typeof before === "number" && typeof after === "number") return after > before ? "expansion" : after < before ? "tightening" : "neutral";
    return "expansion";
  }
  return "expansion";
}
function orderRisk(order, before, after, higherIsWider) {
  const b = typeof before === "string" ? order[before] : void 0;
  const a = typeof after === "string" ? order[after] : void 0;
  if (a === void 0 || b === void 0) return "expansion";
  if (a === b) return "neutral";
  return a > b === higherIsWider ? "expansion" : "tightening";
}
function cmp2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// action/src/io/files.ts
import { closeSync, fstatSync, openSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
function readFileLimited(path, limit, what = "file") {
  let fd;
  try {
    fd = openSync(path, "r");
  } catch (e) {
    throw new WpcError("E_IO", `${path}: ${ioReason(e)}`, path);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new WpcError("E_IO", `${path}: is a directory, expected a ${what}`, path);
    if (st.size > limit) throw new WpcError("E_TOO_LARGE", `${path}: ${st.size} bytes is above the ${formatBytes(limit)} limit`, path);
    const bytes = readFileSync(fd);
    if (bytes.byteLength > limit) throw new WpcError("E_TOO_LARGE", `${path}: above the ${formatBytes(limit)} limit`, path);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (e) {
    if (e instanceof WpcError) throw e;
    throw new WpcError("E_IO", `${path}: ${ioReason(e)}`, path);
  } finally {
    closeSync(fd);
  }
}
function expandPolicyPaths(paths, cwd) {
  const out = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(resolve(cwd, p)).isDirectory();
    } catch (e) {
      throw new WpcError("E_IO", `${p}: ${ioReason(e)}`, p);
    }
    if (!isDir) {
      out.push(p);
      continue;
    }
    const files = readdirSync(resolve(cwd, p)).filter((f) => f.endsWith(POLICY_FILE_SUFFIX)).sort().map((f) => join(p, f));
    if (files.length === 0) throw new WpcError("E_IO", `${p}: directory holds no *${POLICY_FILE_SUFFIX} files`, p);
    out.push(...files);
  }
  return out;
}
function exists(path) {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
function ioReason(e) {
  const code = e.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ENOTDIR":
      return "a path component is not a directory";
    default:
      return code ? `cannot read (${code})` : "cannot read";
  }
}
function formatBytes(n) {
  if (n >= 1024 * 1024) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024) return `${n / 1024} KiB`;
  return `${n} bytes`;
}

// action/src/io/policy-repo.ts
import { readdirSync as readdirSync2 } from "node:fs";
import { dirname, join as join3, relative, resolve as resolve2 } from "node:path";

// action/src/core/trust.ts
var import__2 = __toESM(require__(), 1);

// action/src/core/trust.schema.json
var trust_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://wpc.dev/schema/trust.v1.schema.json",
  title: "wpc trust file (policies/trust.json)",
  type: "object",
  additionalProperties: false,
  required: ["trust_version", "roles", "routes"],
  properties: {
    trust_version: { const: "1" },
    roles: {
      type: "object",
      additionalProperties: false,
      properties: {
        registry: { $ref: "#/$defs/role" },
        token_issuer: { $ref: "#/$defs/role" },
        gateway: { $ref: "#/$defs/role" },
        agent: { $ref: "#/$defs/role" },
        approver: { $ref: "#/$defs/role" }
      }
    },
    routes: {
      type: "object",
      propertyNames: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$" },
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["gateways", "providers", "models"],
        properties: {
          gateways: { type: "array", uniqueItems: true, items: { $ref: "#/$defs/didKey" } },
          providers: { type: "array", minItems: 1, uniqueItems: true, items: { type: "string", minLength: 1, maxLength: 64 } },
          models: { type: "array", minItems: 1, uniqueItems: true, items: { type: "string", minLength: 1, maxLength: 256 } }
        }
      }
    },
    token_audience: { type: "string", minLength: 1, maxLength: 256 },
    retired: {
      type: "object",
      propertyNames: { $ref: "#/$defs/didKey" },
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["after_seq"],
        properties: { after_seq: { type: "integer", minimum: 0 } }
      }
    }
  },
  $defs: {
    didKey: { type: "string", pattern: "^did:key:z[1-9A-HJ-NP-Za-km-z]{40,60}$" },
    role: {
      type: "object",
      additionalProperties: false,
      required: ["keys"],
      properties: { keys: { type: "array", uniqueItems: true, items: { $ref: "#/$defs/didKey" } } }
    }
  }
};

// action/src/core/trust.ts
var ROLES = ["registry", "token_issuer", "gateway", "agent", "approver"];
var DEFAULT_TOKEN_AUDIENCE = "clawproxy.com";
var ajv2 = new import__2.Ajv2020({ strict: true, allErrors: true });
var validate = ajv2.compile(trust_schema_default);
function parseTrust(bytes, file) {
  const { value } = parseIJson(decodeUtf8(bytes, file), { file });
  if (!validate(value)) {
    const why = (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? "invalid"}${e.keyword === "additionalProperties" ? ` (${String(e.params.additionalProperty)})` : ""}`).join("; ");
    throw new WpcError("E_BAD_INPUT", `${file}: not a valid trust file: ${why}`, file);
  }
  return value;
}
function roleKeys(trust, role) {
  return trust.roles[role]?.keys ?? [];
}
function hasRole(trust, role, did) {
  return roleKeys(trust, role).includes(did);
}
function routeNames(trust) {
  return Object.keys(trust.routes).sort();
}

// action/src/core/check.ts
function checkChanges(base, inputs, ctx) {
  const files = inputs.map((i) => checkOne(i, ctx)).sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  let errors = 0;
  let warnings = 0;
  for (const f of files) {
    const c = countLevels(f.findings);
    errors += c.errors;
    warnings += c.warnings;
  }
  return {
    base,
    files,
    errors,
    warnings,
    unusable: files.filter((f) => f.error).length,
    expands: files.some((f) => f.expands)
  };
}
function fileName(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function checkOne(input, ctx) {
  const out = {
    file: input.file,
    policy_id: policyIdFromFileName(fileName(input.file)) ?? null,
    status: input.status,
    base_hash: null,
    head_hash: null,
    findings: [],
    changes: [],
    expands: false
  };
  let base;
  let head;
  try {
    if (input.head) head = parsePolicyBytes(input.head, input.file);
  } catch (e) {
    if (!isWpcError(e)) throw e;
    out.error = { code: e.code, message: e.message };
    out.expands = true;
    return out;
  }
  try {
    if (input.base) base = parsePolicyBytes(input.base, `${input.file} (base)`);
  } catch {
    base = void 0;
  }
  if (head) {
    const report2 = checkPolicy(head, input.file, ctx);
    out.findings = report2.findings;
    out.head_hash = report2.policy_hash_b64u;
  }
  if (base) out.base_hash = policyHash(base.value).policy_hash_b64u;
  if (out.policy_id === null && head)
    out.findings.unshift({
      rule: "SCHEMA",
      level: "error",
      message: `file name must be <policy id>.wpc.json with a lowercase id ([a-z0-9._-], at most 128 characters)`,
      path: "",
      line: 1,
      column: 1
    });
  if (input.status === "deleted" || !head) {
    out.changes = [{ path: "", kind: "removed", before: out.base_hash, after: null, risk: "tightening", line: 1, column: 1 }];
    return out;
  }
  const diff = diffPolicies(
    base ? { value: base.value, hash: out.base_hash, map: base.map } : null,
    { value: head.value, hash: out.head_hash, map: head.map }
  );
  out.changes = diff.changes;
  out.expands = input.status === "added" ? true : diff.expands;
  return out;
}

// action/src/core/json5-doc.ts
var import_json5 = __toESM(require_lib2(), 1);
function parseJson5Object(text, file, what) {
  let v;
  try {
    v = import_json5.default.parse(text.charCodeAt(0) === 65279 ? text.slice(1) : text);
  } catch (e) {
    throw new WpcError("E_BAD_INPUT", `${file}: not a JSON5 ${what}: ${e instanceof Error ? e.message : String(e)}`, file);
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw new WpcError("E_BAD_INPUT", `${file}: the ${what} is not a JSON object`, file);
  return v;
}

// action/src/core/openclaw-common.ts
var OC_TOOLS = [...CATALOG.tools].sort();
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var at = (v, key) => isObj(v) && Object.prototype.hasOwnProperty.call(v, key) ? v[key] : void 0;
var ptr = (base, ...keys) => base + keys.map((k) => `/${escapePointerToken(String(k))}`).join("");
function ocEntryTools(entry) {
  const n = normalizeToolName(entry);
  if (!n) return [];
  const group = Object.prototype.hasOwnProperty.call(CATALOG.groups, n) ? CATALOG.groups[n] : void 0;
  if (group) return [...group];
  if (n.includes("*")) return OC_TOOLS.filter((t) => globMatch(n, t));
  return OC_TOOLS.includes(n) ? [n] : [];
}
function readList(v, path, problems) {
  if (v === void 0) return void 0;
  if (!Array.isArray(v)) {
    problems.push({ path, message: "is not an array: OpenClaw ignores it" });
    return void 0;
  }
  const out = [];
  v.forEach((e, i) => {
    if (typeof e !== "string") problems.push({ path: ptr(path, i), message: "is not a string: ignored" });
    else if (e.trim() !== "") out.push({ value: e, path: ptr(path, i) });
  });
  return out;
}
function findAgent(config, agentId) {
  if (agentId === void 0) return void 0;
  const list = at(at(config, "agents"), "list");
  if (!Array.isArray(list)) return void 0;
  const want = agentId.trim().toLowerCase();
  const index = list.findIndex((a) => isObj(a) && typeof a.id === "string" && a.id.trim().toLowerCase() === want);
  return index < 0 ? void 0 : { index, cfg: list[index] };
}

// action/src/core/openclaw-sandbox.ts
var SANDBOX_DEFAULT_ALLOW = ["exec", "process", "read", "write", "edit", "apply_patch", "image", "sessions_list", "sessions_history", "sessions_send", "sessions_spawn", "session_status"];
var SANDBOX_DEFAULT_DENY = ["browser", "canvas", "nodes", "cron", "gateway"];
var SANDBOX_MODES = ["off", "non-main", "all"];
var WORKSPACE_ACCESS = ["none", "ro", "rw"];
function setting(agentV, agentPath, defV, defPath, dflt, allowed, problems) {
  const [v, path] = agentV !== void 0 && agentPath ? [agentV, agentPath] : [defV, defPath];
  if (v === void 0) return { value: dflt, path, set: false };
  if (typeof v !== "string" || allowed && !allowed.includes(v)) {
    problems.push({ path, message: `unknown value ${JSON.stringify(v)}${allowed ? ` (expected ${allowed.join(" | ")})` : ""}` });
    return { value: typeof v === "string" ? v : String(v), path, set: true };
  }
  return { value: v, path, set: true };
}
function resolveSandbox(config, agentId, problems = []) {
  const agent = findAgent(config, agentId);
  const defs = at(at(config, "agents"), "defaults");
  const d = at(defs, "sandbox");
  const a = agent ? at(agent.cfg, "sandbox") : void 0;
  const dBase = "/agents/defaults/sandbox";
  const aBase = agent ? ptr("/agents/list", agent.index, "sandbox") : void 0;
  const sub = (k) => aBase ? ptr(aBase, k) : void 0;
  const net = (base) => base ? ptr(base, "docker", "network") : void 0;
  return {
    mode: setting(at(a, "mode"), sub("mode"), at(d, "mode"), ptr(dBase, "mode"), "off", SANDBOX_MODES, problems),
    workspaceAccess: setting(at(a, "workspaceAccess"), sub("workspaceAccess"), at(d, "workspaceAccess"), ptr(dBase, "workspaceAccess"), "none", WORKSPACE_ACCESS, problems),
    network: setting(at(at(a, "docker"), "network"), net(aBase), at(at(d, "docker"), "network"), net(dBase), "none", void 0, problems),
    binds: [
      ...readList(at(at(d, "docker"), "binds"), ptr(dBase, "docker", "binds"), problems) ?? [],
      ...aBase ? readList(at(at(a, "docker"), "binds"), ptr(aBase, "docker", "binds"), problems) ?? [] : []
    ]
  };
}
function resolveElevated(config, agentIndex) {
  const g = at(at(at(config, "tools"), "elevated"), "enabled");
  const agentPath = agentIndex === void 0 ? void 0 : ptr("/agents/list", agentIndex, "tools", "elevated", "enabled");
  const list = at(at(config, "agents"), "list");
  const a = agentIndex === void 0 || !Array.isArray(list) ? void 0 : at(at(at(list[agentIndex], "tools"), "elevated"), "enabled");
  if (g === false) return { enabled: false, path: "/tools/elevated/enabled" };
  if (a === false) return { enabled: false, path: agentPath };
  return { enabled: true, path: "/tools/elevated/enabled" };
}
function sandboxToolPolicy(config, agentIndex, problems = []) {
  const list = at(at(config, "agents"), "list");
  const agentCfg = agentIndex !== void 0 && Array.isArray(list) ? list[agentIndex] : void 0;
  const aBase = agentIndex !== void 0 ? ptr("/agents/list", agentIndex, "tools", "sandbox", "tools") : "";
  const aTools = at(at(at(agentCfg, "tools"), "sandbox"), "tools");
  const gTools = at(at(at(config, "tools"), "sandbox"), "tools");
  const gBase = "/tools/sandbox/tools";
  const choose = (k, dflt) => readList(at(aTools, k), ptr(aBase, k), problems) ?? readList(at(gTools, k), ptr(gBase, k), problems) ?? dflt.map((value) => ({ value, path: ptr(gBase, k) }));
  const allow = choose("allow", SANDBOX_DEFAULT_ALLOW);
  const deny = choose("deny", SANDBOX_DEFAULT_DENY);
  const named = (l) => l.some((e) => !e.value.includes("*") && ocEntryTools(e.value).includes("image"));
  if (!named(allow) && !named(deny)) allow.push({ value: "image", path: ptr(gBase, "allow") });
  return { allow, deny, path: isObj(aTools) ? aBase : gBase };
}

// action/src/core/openclaw-policy.ts
var PROFILE_IDS = ["minimal", "messaging", "coding", "full"];
var PROFILES = {
  minimal: ["session_status"],
  messaging: ["group:messaging", "sessions_list", "sessions_history", "sessions_send", "session_status"],
  coding: ["group:fs", "group:runtime", "group:sessions", "group:memory", "image"],
  full: void 0
};
function isCoreEntry(entry) {
  const n = normalizeToolName(entry);
  return n === "*" || !n.includes("*") && ocEntryTools(n).length > 0;
}
function profileTools(p) {
  const entries = PROFILES[p];
  return new Set(entries ? entries.flatMap(ocEntryTools) : OC_TOOLS);
}
function pick(tools2, base, problems) {
  if (!isObj(tools2)) return void 0;
  const allow = readList(tools2.allow, ptr(base, "allow"), problems);
  const also = readList(tools2.alsoAllow, ptr(base, "alsoAllow"), problems);
  const star = [{ value: "*", path: ptr(base, "alsoAllow") }];
  let a = allow;
  if (also && also.length) a = allow && allow.length ? [...allow, ...also] : [...star, ...also];
  const deny = readList(tools2.deny, ptr(base, "deny"), problems);
  return a || deny ? { allow: a, deny } : void 0;
}
function providerEntry(byProvider, base, o) {
  const provider = o.provider?.trim().toLowerCase();
  if (!provider || !isObj(byProvider)) return void 0;
  const model = o.model?.trim().toLowerCase();
  const full = model ? model.includes("/") ? model : `${provider}/${model}` : void 0;
  for (const want of [...full ? [full] : [], provider])
    for (const [key, v] of Object.entries(byProvider)) if (key.trim().toLowerCase() === want && isObj(v)) return { cfg: v, path: ptr(base, key) };
  return void 0;
}
function profileStep(value, path, also, problems) {
  if (value === void 0) return void 0;
  if (typeof value !== "string" || !PROFILE_IDS.includes(value)) {
    problems.push({ path, message: `unknown tool profile ${JSON.stringify(value)}: OpenClaw applies no profile (= full)` });
    return void 0;
  }
  const entries = PROFILES[value];
  if (!entries) return void 0;
  return { allow: [...entries.map((e) => ({ value: e, path })), ...also ?? []], deny: void 0 };
}
function matches(list, tool) {
  for (let i = list.length - 1; i >= 0; i--) if (ocEntryTools(list[i].value).includes(tool)) return list[i];
  return void 0;
}
function apply(c, layer, path, p, o) {
  if (!p) return;
  let allow = p.allow && p.allow.length ? p.allow : void 0;
  let note;
  if (allow && o.strip && !allow.some((e) => isCoreEntry(e.value))) {
    note = "allow list names no core tool: OpenClaw ignores it";
    c.problems.push({ path: allow[0].path.replace(/\/\d+$/, ""), message: note });
    allow = void 0;
  }
  const deny = p.deny ?? [];
  const removed = [];
  for (const t of [...c.tools]) {
    let ok = !matches(deny, t);
    if (ok && allow) {
      const hit = matches(allow, t) ?? (o.execImpliesPatch && t === "apply_patch" ? matches(allow, "exec") : void 0);
      if (hit && !(o.sandbox && c.explicit.has(t))) c.grantedBy.set(t, hit.path);
      if (hit && !o.sandbox && hit.path !== path) c.explicit.add(t);
      ok = hit !== void 0;
    }
    if (!ok) {
      c.tools.delete(t);
      removed.push(t);
    }
  }
  c.trace.push({ layer, path, removed: removed.sort(), ...note ? { note } : {} });
}
function effectiveTools2(config, opts = {}) {
  const problems = [];
  const agent = findAgent(config, opts.agentId);
  const g = at(config, "tools");
  const aBase = agent ? ptr("/agents/list", agent.index, "tools") : void 0;
  const a = agent ? at(agent.cfg, "tools") : void 0;
  const sandbox2 = resolveSandbox(config, opts.agentId, problems);
  const sandboxed = opts.sandboxed ?? sandbox2.mode.value === "all";
  const c = { tools: new Set(OC_TOOLS), trace: [], grantedBy: /* @__PURE__ */ new Map(), explicit: /* @__PURE__ */ new Set(), problems };
  const pipe = { strip: true, execImpliesPatch: true };
  const aProfile = at(a, "profile");
  const [pv, pp] = aProfile !== void 0 ? [aProfile, ptr(aBase, "profile")] : [at(g, "profile"), "/tools/profile"];
  const aAlso = readList(at(a, "alsoAllow"), ptr(aBase ?? "", "alsoAllow"), []);
  const also = aAlso ?? readList(at(g, "alsoAllow"), "/tools/alsoAllow", []);
  for (const t of OC_TOOLS) c.grantedBy.set(t, pv !== void 0 ? pp : "/tools/allow");
  apply(c, "profile", pp, profileStep(pv, pp, also, problems), pipe);
  const gProv = providerEntry(at(g, "byProvider"), "/tools/byProvider", opts);
  const aProv = aBase ? providerEntry(at(a, "byProvider"), ptr(aBase, "byProvider"), opts) : void 0;
  const provProfile = aProv && aProv.cfg.profile !== void 0 ? aProv : gProv;
  if (provProfile) {
    const provAlso = (aProv ? readList(at(aProv.cfg, "alsoAllow"), ptr(aProv.path, "alsoAllow"), []) : void 0) ?? (gProv ? readList(at(gProv.cfg, "alsoAllow"), ptr(gProv.path, "alsoAllow"), []) : void 0);
    const path = ptr(provProfile.path, "profile");
    apply(c, "provider profile", path, profileStep(provProfile.cfg.profile, path, provAlso, problems), pipe);
  }
  apply(c, "tools.allow/deny", "/tools", pick(g, "/tools", problems), pipe);
  if (gProv) apply(c, "provider allow/deny", gProv.path, pick(gProv.cfg, gProv.path, problems), pipe);
  if (aBase) apply(c, "agent allow/deny", aBase, pick(a, aBase, problems), pipe);
  if (aProv) apply(c, "agent provider allow/deny", aProv.path, pick(aProv.cfg, aProv.path, problems), pipe);
  if (sandboxed) {
    const sp = sandboxToolPolicy(config, agent?.index, problems);
    apply(c, "sandbox", sp.path, { allow: sp.allow, deny: sp.deny }, { strip: false, execImpliesPatch: false, sandbox: true });
  }
  const elevated = resolveElevated(config, agent?.index);
  const reachable = elevated.enabled && c.tools.has("exec");
  if (reachable) c.tools.add("elevated");
  else c.trace.push({ layer: "elevated", path: elevated.path, removed: ["elevated"], note: elevated.enabled ? "exec is unreachable" : "gate closed" });
  for (const t of [...c.grantedBy.keys()]) if (!c.tools.has(t)) c.grantedBy.delete(t);
  if (reachable) c.grantedBy.set("elevated", elevated.path);
  return { tools: c.tools, trace: c.trace, grantedBy: c.grantedBy, problems, agentIndex: agent?.index, sandboxed, sandbox: sandbox2, elevated };
}
function effectiveFromMetadata(meta) {
  const tools2 = at(meta, "tools");
  const sb = at(meta, "sandbox");
  const missing = [
    ...isObj(tools2) ? [] : ["tools"],
    ...at(sb, "mode") === void 0 ? ["sandbox.mode"] : [],
    ...at(sb, "workspaceAccess") === void 0 ? ["sandbox.workspaceAccess"] : []
  ];
  const t = {};
  for (const k of ["profile", "allow", "deny", "alsoAllow"]) if (at(tools2, k) !== void 0) t[k] = at(tools2, k);
  t.elevated = { enabled: at(at(tools2, "elevated"), "enabled") === true };
  const s = {};
  for (const k of ["mode", "workspaceAccess"]) if (at(sb, k) !== void 0) s[k] = at(sb, k);
  const eff = effectiveTools2({ tools: t, agents: { defaults: { sandbox: s } } }, { sandboxed: false });
  const fix = (p) => p.replace(/^\/agents\/defaults\/sandbox/, "/sandbox");
  const fixSetting = (x) => ({ ...x, path: fix(x.path) });
  return {
    ...eff,
    problems: eff.problems.map((p) => ({ ...p, path: fix(p.path) })),
    sandbox: { mode: fixSetting(eff.sandbox.mode), workspaceAccess: fixSetting(eff.sandbox.workspaceAccess), network: fixSetting(eff.sandbox.network), binds: [] },
    missing
  };
}

// action/src/core/openclaw-config.ts
function contractTools(wpc) {
  return { allowed: effectiveTools(wpc.tool_policy.allow, wpc.tool_policy.deny), denied: expandToolList(wpc.tool_policy.deny) };
}
function allowedOcTools(c) {
  return OC_TOOLS.filter((t) => c.allowed.has(t));
}
function tightestProfile(tools2) {
  const want = [...tools2];
  return PROFILE_IDS.find((p) => {
    const set = profileTools(p);
    return want.every((t) => set.has(t));
  });
}
function needsEgress(allowed) {
  const egress = new Set(CATALOG.egress_tools);
  return [...allowed].some((t) => egress.has(t));
}
function expectedSandboxMode(wpc) {
  const s = wpc.sandbox_expectations;
  return s.tools_run_in_sandbox || s.workspace_access !== "rw" ? "all" : "off";
}
function generatedDeny(c) {
  const allow = allowedOcTools(c);
  if (allow.length === 0) return ["*"];
  const deny = new Set(OC_TOOLS.filter((t) => c.denied.has(t)));
  if (c.allowed.has("exec") && !c.allowed.has("apply_patch")) deny.add("apply_patch");
  return [...deny].sort();
}
function openclawConfigFor(wpc) {
  const c = contractTools(wpc);
  const allow = allowedOcTools(c);
  const mode = expectedSandboxMode(wpc);
  return {
    tools: {
      profile: tightestProfile(allow),
      allow: [...allow],
      deny: generatedDeny(c),
      elevated: { enabled: c.allowed.has("elevated") },
      sandbox: { tools: { allow: [...allow], deny: [] } }
    },
    agents: {
      defaults: {
        sandbox: {
          mode,
          workspaceAccess: wpc.sandbox_expectations.workspace_access,
          docker: { network: needsEgress(allow) ? "bridge" : "none" }
        }
      }
    }
  };
}

// action/src/core/openclaw-rules.ts
var DRIFT_RULES = {
  OC001: { level: "error", title: "a tool is reachable that the contract does not allow" },
  OC002: { level: "error", title: "a tool the contract denies is reachable" },
  OC003: { level: "error", title: "sandbox mode weaker than the contract requires" },
  OC004: { level: "error", title: "workspace access wider than the contract allows" },
  OC005: { level: "error", title: "elevated execution enabled while the contract does not allow it" },
  OC006: { level: "error", title: "writable or host-sensitive bind mount" },
  OC007: { level: "error", title: "sandbox network not isolated while no allowed tool needs egress (or host/container network)" },
  OC008: { level: "error", title: "security audit reports a critical finding" },
  OC009: { level: "error", title: "`openclaw sandbox explain` output disagrees with the contract" },
  OC010: { level: "warning", title: "a profile or allow list grants a tool outside the contract, kept out only by another layer" },
  OC011: { level: "warning", title: "a tool the contract denies is in no deny list, kept out only by an allow list or profile" },
  OC012: { level: "error", title: "a setting OpenClaw ignores or does not know (or missing evidence)" }
};
var Findings = class {
  byKey = /* @__PURE__ */ new Map();
  add(rule, source, path, message, extra = {}) {
    const key = `${rule}\0${source}\0${path}\0${extra.tool ?? ""}`;
    const old = this.byKey.get(key);
    if (old) {
      if (extra.agent && old.agents && !old.agents.includes(extra.agent)) old.agents.push(extra.agent);
      return;
    }
    this.byKey.set(key, { rule, level: DRIFT_RULES[rule].level, source, path, message, ...extra.tool ? { tool: extra.tool } : {}, ...extra.agent ? { agents: [extra.agent] } : {} });
  }
  list() {
    const cmp3 = (a, b) => a < b ? -1 : a > b ? 1 : 0;
    return [...this.byKey.values()].sort((a, b) => cmp3(a.rule, b.rule) || cmp3(a.source, b.source) || cmp3(a.path, b.path) || cmp3(a.tool ?? "", b.tool ?? ""));
  }
};
var rank = (ws) => ws in WORKSPACE_ORDER ? WORKSPACE_ORDER[ws] : WORKSPACE_ORDER.rw;
var shown = (s) => s.set ? JSON.stringify(s.value) : `absent (OpenClaw default ${JSON.stringify(s.value)})`;
function toolFindings(f, c, eff, source, agent) {
  for (const t of [...eff.tools].sort()) {
    if (t === "elevated" || c.allowed.has(t)) continue;
    const path = eff.grantedBy.get(t) ?? "/tools/allow";
    const a = { tool: t, ...agent ? { agent } : {} };
    if (c.denied.has(t)) f.add("OC002", source, path, `${t} is denied by the contract but reachable`, a);
    else f.add("OC001", source, path, `${t} is reachable but the contract does not allow it`, a);
  }
}
function sandboxFindings(f, wpc, mode, ws, source, agent) {
  const exp = wpc.sandbox_expectations;
  const a = agent ? { agent } : {};
  if (exp.tools_run_in_sandbox && mode.value !== "all")
    f.add("OC003", source, mode.path, `sandbox mode is ${shown(mode)}: the contract requires every tool to run sandboxed ("all")`, a);
  if (rank(ws.value) > WORKSPACE_ORDER[exp.workspace_access])
    f.add("OC004", source, ws.path, `workspaceAccess ${shown(ws)} is wider than the contract's "${exp.workspace_access}"`, a);
  else if (!exp.tools_run_in_sandbox && mode.value !== "all" && exp.workspace_access !== "rw")
    f.add("OC004", source, mode.path, `sandbox mode ${shown(mode)} runs tools on the host with the whole workspace (rw), wider than the contract's "${exp.workspace_access}"`, a);
}

// action/src/core/openclaw-evidence.ts
function bad(what, detail) {
  throw new WpcError("E_BAD_INPUT", `${what}: ${detail}`);
}
function strings(v, what, path) {
  if (v === void 0) return [];
  if (!Array.isArray(v) || v.some((e) => typeof e !== "string")) bad(what, `${path} is not an array of strings`);
  return v;
}
function parseExplain(explain) {
  const what = "sandbox explain output";
  if (!isObj(explain) || !isObj(explain.sandbox)) bad(what, "not an `openclaw sandbox explain --json` object (no sandbox)");
  const sb = explain.sandbox;
  if (typeof sb.mode !== "string" || typeof sb.workspaceAccess !== "string") bad(what, "sandbox.mode and sandbox.workspaceAccess must be strings");
  if (sb.tools !== void 0 && !isObj(sb.tools)) bad(what, "sandbox.tools is not an object");
  const tools2 = sb.tools === void 0 ? void 0 : { allow: strings(at(sb.tools, "allow"), what, "sandbox.tools.allow"), deny: strings(at(sb.tools, "deny"), what, "sandbox.tools.deny") };
  const elevated = at(at(explain, "elevated"), "enabled");
  if (elevated !== void 0 && typeof elevated !== "boolean") bad(what, "elevated.enabled is not a boolean");
  return { mode: sb.mode, workspaceAccess: sb.workspaceAccess, sessionIsSandboxed: sb.sessionIsSandboxed, tools: tools2, elevated, agentId: typeof explain.agentId === "string" ? explain.agentId : void 0 };
}
function explainFindings(f, wpc, c, config, raw) {
  const x = parseExplain(raw);
  const tmp = new Findings();
  const setting2 = (value, key) => ({ value, path: ptr("/sandbox", key), set: true });
  sandboxFindings(tmp, wpc, setting2(x.mode, "mode"), setting2(x.workspaceAccess, "workspaceAccess"), "explain");
  for (const t of tmp.list()) f.add("OC009", "explain", t.path, t.message);
  if (wpc.sandbox_expectations.tools_run_in_sandbox && x.sessionIsSandboxed === false)
    f.add("OC009", "explain", "/sandbox/sessionIsSandboxed", "the explained session is not sandboxed: the contract requires every tool to run sandboxed");
  if (x.elevated === true && !c.allowed.has("elevated"))
    f.add("OC009", "explain", "/elevated/enabled", "elevated execution is enabled but the contract does not allow elevated");
  if (!x.tools) return;
  const { allow, deny } = x.tools;
  const agentId = x.agentId !== void 0 && findAgent(config, x.agentId) ? x.agentId : void 0;
  const main2 = effectiveTools2(config, { ...agentId ? { agentId } : {}, sandboxed: false });
  const names = (l, t) => l.findIndex((e) => ocEntryTools(e).includes(t));
  for (const t of [...main2.tools].sort()) {
    if (t === "elevated" || c.allowed.has(t) || names(deny, t) >= 0) continue;
    const i = allow.length ? names(allow, t) : -1;
    if (allow.length && i < 0) continue;
    const path = i >= 0 ? ptr("/sandbox/tools/allow", i) : "/sandbox/tools/allow";
    f.add("OC009", "explain", path, `the effective sandbox tool policy allows ${t}, which the contract ${c.denied.has(t) ? "denies" : "does not allow"}`, { tool: t });
  }
}
function parseAudit(audit) {
  const what = "security audit output";
  if (!isObj(audit) || !Array.isArray(audit.findings)) bad(what, "not an `openclaw security audit --json` object (no findings array)");
  const findings = audit.findings.map((x, i) => {
    if (!isObj(x) || typeof x.severity !== "string" || typeof x.checkId !== "string") bad(what, `findings[${i}] needs string checkId and severity`);
    return { checkId: x.checkId, severity: x.severity, title: typeof x.title === "string" ? x.title : void 0 };
  });
  const critical = at(at(audit, "summary"), "critical");
  return { findings, critical: typeof critical === "number" ? critical : void 0 };
}
function auditFindings(f, raw) {
  const audit = parseAudit(raw);
  let critical = 0;
  audit.findings.forEach((x, i) => {
    if (x.severity.trim().toLowerCase() !== "critical") return;
    critical++;
    f.add("OC008", "audit", ptr("/findings", i), `critical audit finding ${x.checkId}${x.title ? `: ${x.title}` : ""}`);
  });
  if (audit.critical !== void 0 && audit.critical > critical)
    f.add("OC008", "audit", "/summary/critical", `the audit summary counts ${audit.critical} critical finding(s), ${critical} listed`);
}
var BLOCKED = ["/etc", "/private/etc", "/proc", "/sys", "/dev", "/root", "/boot", "/run", "/var/run", "/private/var/run", "/var/lib/docker"];
var HOME_SECRETS = [".aws", ".cargo", ".config", ".docker", ".gnupg", ".kube", ".netrc", ".npm", ".openclaw", ".ssh"];
function normalizePosix(p) {
  const out = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return `/${out.join("/")}`;
}
function bindProblems(spec) {
  const parts = spec.trim().split(":");
  const [src = "", target, opts = ""] = parts;
  if (parts.length < 2 || parts.length > 3 || !target) return ["not a source:target[:mode] bind, so it cannot be checked"];
  const out = [];
  const flags = opts.split(",").map((o) => o.trim().toLowerCase());
  if (!flags.includes("ro") && !flags.includes("readonly")) out.push(flags.includes("rw") ? "mounted read-write" : "no mode given: Docker mounts it read-write");
  const home = /^(~|\/home\/[^/]+|\/Users\/[^/]+)(\/.*)?$/.exec(src.startsWith("~") ? src : normalizePosix(src));
  if (!src.startsWith("/") && !src.startsWith("~")) out.push(`source ${JSON.stringify(src)} is not an absolute host path (OpenClaw refuses it; it cannot be checked)`);
  else if (home) {
    const rest = normalizePosix(home[2] ?? "/");
    const secret = HOME_SECRETS.find((s) => rest === `/${s}` || rest.startsWith(`/${s}/`));
    if (rest === "/") out.push(`source ${JSON.stringify(src)} exposes a whole home directory, credentials included`);
    else if (secret) out.push(`source ${JSON.stringify(src)} exposes credentials (${secret})`);
  } else {
    const n = normalizePosix(src);
    const hit = BLOCKED.find((b) => n === b || n.startsWith(`${b}/`));
    const covers = BLOCKED.find((b) => b.startsWith(`${n === "/" ? "" : n}/`)) ?? (["/home", "/Users"].includes(n) ? n : void 0);
    if (n.endsWith("/docker.sock") || n.endsWith("/podman.sock")) out.push(`source ${JSON.stringify(src)} is the container engine socket: host control`);
    else if (n === "/") out.push('source "/" is the whole host file system');
    else if (hit) out.push(`source ${JSON.stringify(src)} is under the host path ${hit}`);
    else if (covers) out.push(`source ${JSON.stringify(src)} contains the host path ${covers}`);
  }
  return out;
}

// action/src/core/openclaw-drift.ts
function problemFindings(f, problems, source) {
  for (const p of problems) f.add("OC012", source, p.path, p.message);
}
function contexts(config, f) {
  const list = at(at(config, "agents"), "list");
  const out = [{ label: "defaults", agentId: void 0, agentIndex: void 0 }];
  if (Array.isArray(list))
    list.forEach((a, i) => {
      const id = at(a, "id");
      if (typeof id !== "string" || !id.trim()) f.add("OC012", "config", ptr("/agents/list", i, "id"), "agent entry without an id: OpenClaw never selects it");
      else if (findAgent(config, id)?.index !== i) f.add("OC012", "config", ptr("/agents/list", i, "id"), `agent id ${JSON.stringify(id)} is taken by an earlier entry: OpenClaw never selects this one`);
      else out.push({ label: id, agentId: id, agentIndex: i });
    });
  return out;
}
function allowLists(config) {
  const out = [];
  const level = (tools2, base) => {
    for (const k of ["allow", "alsoAllow"]) out.push({ list: at(tools2, k), path: ptr(base, k) });
    const bp = at(tools2, "byProvider");
    if (isObj(bp)) for (const [key, v] of Object.entries(bp)) for (const k of ["allow", "alsoAllow"]) out.push({ list: at(v, k), path: ptr(base, "byProvider", key, k) });
    out.push({ list: at(at(at(tools2, "sandbox"), "tools"), "allow"), path: ptr(base, "sandbox", "tools", "allow") });
  };
  level(at(config, "tools"), "/tools");
  const agents = at(at(config, "agents"), "list");
  if (Array.isArray(agents)) agents.forEach((a, i) => level(at(a, "tools"), ptr("/agents/list", i, "tools")));
  return out;
}
function profileOf(config, ctx) {
  const list = at(at(config, "agents"), "list");
  const agentTools = ctx.agentIndex !== void 0 && Array.isArray(list) ? at(list[ctx.agentIndex], "tools") : void 0;
  const own2 = at(agentTools, "profile");
  const [v, path] = own2 !== void 0 ? [own2, ptr("/agents/list", ctx.agentIndex, "tools", "profile")] : [at(at(config, "tools"), "profile"), "/tools/profile"];
  return { value: typeof v === "string" && PROFILE_IDS.includes(v) ? v : "full", path };
}
function deniedExplicitly(config, ctx, sandboxedOnly, tool) {
  const lists = [at(at(config, "tools"), "deny")];
  const agents = at(at(config, "agents"), "list");
  const agentTools = ctx.agentIndex !== void 0 && Array.isArray(agents) ? at(agents[ctx.agentIndex], "tools") : void 0;
  lists.push(at(agentTools, "deny"));
  if (sandboxedOnly) lists.push(at(at(at(agentTools, "sandbox"), "tools"), "deny") ?? at(at(at(at(config, "tools"), "sandbox"), "tools"), "deny"));
  return lists.some((l) => (readList(l, "", []) ?? []).some((e) => ocEntryTools(e.value).includes(tool)));
}
function driftCheck(wpc, config, inputs = {}) {
  const c = contractTools(wpc);
  const allowed = allowedOcTools(c);
  const f = new Findings();
  const reachable = /* @__PURE__ */ new Set();
  const summaries = [];
  const tightest = profileTools(tightestProfile(allowed));
  const profiles = [];
  for (const ctx of contexts(config, f)) {
    const problems = [];
    const sb = resolveSandbox(config, ctx.agentId, problems);
    const variants = sb.mode.value === "all" ? [true] : sb.mode.value === "off" ? [false] : [false, true];
    const union = /* @__PURE__ */ new Set();
    for (const sandboxed of variants) {
      const eff = effectiveTools2(config, { ...ctx.agentId ? { agentId: ctx.agentId } : {}, sandboxed });
      problems.push(...eff.problems);
      toolFindings(f, c, eff, "config", ctx.label);
      for (const t of eff.tools) union.add(t);
    }
    for (const t of union) reachable.add(t);
    summaries.push({ agent: ctx.label, sandboxMode: sb.mode.value, workspaceAccess: sb.workspaceAccess.value, tools: [...union].sort() });
    problemFindings(f, problems, "config");
    sandboxFindings(f, wpc, sb.mode, sb.workspaceAccess, "config", ctx.label);
    for (const t of OC_TOOLS)
      if (c.denied.has(t) && !union.has(t) && !deniedExplicitly(config, ctx, sb.mode.value === "all", t))
        f.add("OC011", "config", "/tools/deny", `${t} is denied by the contract but no deny list names it: only an allow list or the profile keeps it out`, { tool: t, agent: ctx.label });
    const el = resolveElevated(config, ctx.agentIndex);
    if (el.enabled && !c.allowed.has("elevated"))
      f.add("OC005", "config", el.path, `elevated execution is enabled${at(at(at(config, "tools"), "elevated"), "enabled") === void 0 ? " (OpenClaw's default)" : ""} but the contract does not allow elevated`, { agent: ctx.label });
    if (sb.mode.value !== "off") {
      for (const b of sb.binds) {
        const why = bindProblems(b.value);
        if (why.length) f.add("OC006", "config", b.path, `bind ${JSON.stringify(b.value)}: ${why.join("; ")}`);
      }
      const net = sb.network.value.trim().toLowerCase();
      if (net === "host" || net.startsWith("container:"))
        f.add("OC007", "config", sb.network.path, `docker.network ${JSON.stringify(sb.network.value)} bypasses the sandbox's network isolation`, { agent: ctx.label });
      else if (net !== "none" && !needsEgress(allowed))
        f.add("OC007", "config", sb.network.path, `docker.network ${shown(sb.network)} gives the sandbox network access but no tool the contract allows needs egress`, { agent: ctx.label });
    }
    profiles.push({ ...profileOf(config, ctx), agent: ctx.label });
  }
  for (const prof of profiles) {
    const extra = [...profileTools(prof.value)].filter((t) => !tightest.has(t) && !c.allowed.has(t) && !reachable.has(t)).sort();
    if (extra.length) f.add("OC010", "config", prof.path, `profile ${JSON.stringify(prof.value)} is broader than the contract's tightest profile: it grants ${extra.join(", ")} (kept out only by another layer)`, { agent: prof.agent });
  }
  for (const { list, path } of allowLists(config))
    for (const e of readList(list, path, []) ?? []) {
      const extra = ocEntryTools(e.value).filter((t) => !c.allowed.has(t) && !reachable.has(t));
      if (extra.length) f.add("OC010", "config", e.path, `allow entry ${JSON.stringify(e.value)} names ${extra.join(", ")}, which the contract does not allow (kept out only by another layer)`);
    }
  if (inputs.explain !== void 0) explainFindings(f, wpc, c, config, inputs.explain);
  if (inputs.audit !== void 0) auditFindings(f, inputs.audit);
  return { drift: f.list(), contexts: summaries };
}
function driftFromMetadata(wpc, meta) {
  const c = contractTools(wpc);
  const f = new Findings();
  const eff = effectiveFromMetadata(meta);
  for (const m of eff.missing) f.add("OC012", "metadata", `/${m.replace(".", "/")}`, "no evidence: missing from metadata.openclaw");
  problemFindings(f, eff.problems, "metadata");
  toolFindings(f, c, eff, "metadata");
  sandboxFindings(f, wpc, eff.sandbox.mode, eff.sandbox.workspaceAccess, "metadata");
  if (eff.elevated.enabled && at(at(at(meta, "tools"), "elevated"), "enabled") === true && !c.allowed.has("elevated"))
    f.add("OC005", "metadata", "/tools/elevated/enabled", "elevated execution is enabled but the contract does not allow elevated");
  return f.list();
}

// action/src/io/git.ts
import { spawnSync } from "node:child_process";
import { createHash as createHash2 } from "node:crypto";
import { readFileSync as readFileSync2 } from "node:fs";
import { join as join2 } from "node:path";
var SECRET_ENV = /^(WPC_SIGNING_KEY|INPUT_SIGNING[-_]KEY|INPUT_APP[-_]TOKEN|INPUT_GITHUB[-_]TOKEN)$/i;
function gitEnv(base = process.env) {
  const out = {};
  for (const [k, v] of Object.entries(base)) if (!SECRET_ENV.test(k)) out[k] = v;
  return out;
}
function git(args, cwd, input, env) {
  const r = spawnSync("git", args, {
    cwd,
    input,
    env: gitEnv(env ?? process.env),
    maxBuffer: 512 * 1024 * 1024
  });
  if (r.error) throw new WpcError("E_IO", `git ${args[0] ?? ""}: ${r.error.message}`);
  return { status: r.status ?? 1, stdout: r.stdout, stderr: r.stderr.toString("utf8").trim() };
}
function gitOk(args, cwd, input, env) {
  const r = git(args, cwd, input, env);
  if (r.status !== 0) throw new WpcError("E_IO", `git ${args.join(" ")}: ${firstLine(r.stderr) || `exit ${r.status}`}`);
  return r.stdout.toString("utf8").trim();
}
function firstLine(s) {
  return s.split("\n")[0] ?? "";
}
function repoRoot(cwd) {
  const r = git(["rev-parse", "--show-toplevel"], cwd);
  if (r.status !== 0) throw new WpcError("E_IO", `${cwd}: not inside a git repository`);
  return r.stdout.toString("utf8").trim();
}
function resolveCommit(ref, cwd) {
  if (ref.startsWith("-")) throw new WpcError("E_USAGE", `invalid git ref "${ref}"`);
  const r = git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], cwd);
  return r.status === 0 ? r.stdout.toString("utf8").trim() : void 0;
}
function showFile(commit, path, cwd) {
  const r = git(["cat-file", "blob", `${commit}:${path}`], cwd);
  if (r.status !== 0) return void 0;
  return new Uint8Array(r.stdout.buffer, r.stdout.byteOffset, r.stdout.byteLength);
}
function mergeBase(a, b, cwd) {
  const r = git(["merge-base", a, b], cwd);
  return r.status === 0 ? r.stdout.toString("utf8").trim() : void 0;
}
function isShallow(cwd) {
  return gitOk(["rev-parse", "--is-shallow-repository"], cwd) === "true";
}
function changedFiles(base, dir, cwd) {
  const out = /* @__PURE__ */ new Map();
  const diff = gitOk(["diff", "--name-status", "--no-renames", "-z", base, "--", dir], cwd);
  const parts = diff.split("\0").filter((s) => s !== "");
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const s = parts[i];
    const p = parts[i + 1];
    out.set(p, s.startsWith("A") ? "added" : s.startsWith("D") ? "deleted" : "modified");
  }
  const untracked = gitOk(["ls-files", "--others", "--exclude-standard", "-z", "--", dir], cwd);
  for (const p of untracked.split("\0").filter((s) => s !== "")) out.set(p, "added");
  return [...out.entries()].map(([path, status]) => ({ path, status })).sort((a, b) => a.path < b.path ? -1 : 1);
}
function showFiles(commit, paths, cwd) {
  const out = /* @__PURE__ */ new Map();
  if (paths.length === 0) return out;
  const r = git(["cat-file", "--batch"], cwd, paths.map((p) => `${commit}:${p}`).join("\n") + "\n");
  if (r.status !== 0) throw new WpcError("E_IO", `git cat-file: ${firstLine(r.stderr)}`);
  const buf = r.stdout;
  let off = 0;
  for (const p of paths) {
    const nl = buf.indexOf(10, off);
    if (nl < 0) break;
    const header = buf.subarray(off, nl).toString("utf8");
    if (header.endsWith(" missing")) {
      off = nl + 1;
      continue;
    }
    const size = Number(header.split(" ")[2]);
    out.set(p, new Uint8Array(buf.subarray(nl + 1, nl + 1 + size)));
    off = nl + 1 + size + 1;
  }
  return out;
}
function committedFiles(root, dir, commit, suffix) {
  const ls = gitOk(["ls-tree", "-z", commit, "--", `${dir}/`], root);
  const out = /* @__PURE__ */ new Map();
  const fromGit = [];
  for (const rec of ls.split("\0")) {
    const tab = rec.indexOf("	");
    if (tab < 0) continue;
    const [, type, sha] = rec.slice(0, tab).split(" ");
    const path = rec.slice(tab + 1);
    if (type !== "blob" || !path.endsWith(suffix)) continue;
    let bytes;
    try {
      bytes = readFileSync2(join2(root, path));
    } catch {
      bytes = void 0;
    }
    const id = bytes ? createHash2("sha1").update(`blob ${bytes.byteLength}\0`).update(bytes).digest("hex") : void 0;
    if (bytes && id === sha) out.set(path, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    else fromGit.push(path);
  }
  for (const [p, b] of showFiles(commit, fromGit, root)) out.set(p, b);
  return out;
}

// action/src/io/policy-repo.ts
var TRUST_FILE = "trust.json";
var MAX_TRUST_BYTES = 1024 * 1024;
function loadTrustFile(path) {
  return parseTrust(readFileLimited(path, MAX_TRUST_BYTES, "trust file"), path);
}
function findTrust(explicit, policyFile, cwd) {
  if (explicit) return loadTrustFile(resolve2(cwd, explicit));
  const candidates = [
    ...policyFile ? [join3(dirname(resolve2(cwd, policyFile)), TRUST_FILE)] : [],
    resolve2(cwd, "policies", TRUST_FILE)
  ];
  for (const c of candidates) if (exists(c)) return loadTrustFile(c);
  return void 0;
}
function trustRoutes(t) {
  return t ? routeNames(t) : void 0;
}
function readPolicySource(spec, cwd) {
  if (spec.startsWith("git:")) {
    const rest = spec.slice(4);
    const colon = rest.indexOf(":");
    if (colon <= 0) throw new WpcError("E_USAGE", `"${spec}": expected git:REF:path`);
    const ref = rest.slice(0, colon);
    const path = rest.slice(colon + 1);
    const root = repoRoot(cwd);
    const commit = resolveCommit(ref, root);
    if (!commit) throw new WpcError("E_IO", `${spec}: unknown git ref "${ref}"`, spec);
    const rel = relative(root, resolve2(cwd, path)).split("\\").join("/");
    const bytes = showFile(commit, rel, root);
    if (!bytes) throw new WpcError("E_IO", `${spec}: no such file at ${ref}`, spec);
    if (bytes.byteLength > MAX_POLICY_BYTES) throw new WpcError("E_TOO_LARGE", `${spec}: above the 1 MiB policy limit`, spec);
    return { bytes, name: spec };
  }
  return { bytes: readFileLimited(resolve2(cwd, spec), MAX_POLICY_BYTES, "policy file"), name: spec };
}
function checkWorkingTree(opts) {
  const root = repoRoot(opts.cwd);
  const baseCommit = resolveCommit(opts.base, root);
  if (!baseCommit)
    throw new WpcError("E_IO", `base "${opts.base}" is not a commit here${isShallow(root) ? " (shallow clone: fetch it first)" : ""}`);
  const head = resolveCommit("HEAD", root);
  const mb = head ? mergeBase(baseCommit, head, root) ?? baseCommit : baseCommit;
  const dir = relative(root, resolve2(opts.cwd, opts.policiesDir ?? "policies")).split("\\").join("/") || ".";
  const changed = changedFiles(mb, dir, root);
  const trustPath = `${dir}/${TRUST_FILE}`;
  const trustChanged = changed.some((c) => c.path === trustPath);
  const trustFile = opts.trust ? resolve2(opts.cwd, opts.trust) : join3(root, trustPath);
  const trust = exists(trustFile) ? loadTrustFile(trustFile) : void 0;
  let policyChanges = changed.filter((c) => c.path.endsWith(POLICY_FILE_SUFFIX));
  if (trustChanged) {
    const all = new Map(policyChanges.map((c) => [c.path, c]));
    const listing = exists(join3(root, dir)) ? listPolicies(join3(root, dir)) : [];
    for (const f of listing) {
      const rel = `${dir}/${f}`;
      if (!all.has(rel)) all.set(rel, { path: rel, status: "modified" });
    }
    policyChanges = [...all.values()];
  }
  const inputs = policyChanges.map((c) => {
    const input = { file: c.path, status: c.status };
    const b = showFile(mb, c.path, root);
    if (b) input.base = b;
    if (c.status !== "deleted") input.head = readFileLimited(join3(root, c.path), MAX_POLICY_BYTES, "policy file");
    return input;
  });
  const routes = trustRoutes(trust);
  const result2 = checkChanges(mb, inputs, routes ? { routes } : {});
  addOpenclawDrift(result2, root, dir, changed.map((c) => c.path));
  return result2;
}
var OPENCLAW_SUFFIX = ".openclaw.json5";
function addOpenclawDrift(result2, root, dir, changed) {
  const ids = /* @__PURE__ */ new Set();
  for (const p of changed) {
    const name = p.slice(p.lastIndexOf("/") + 1);
    if (name.endsWith(OPENCLAW_SUFFIX)) ids.add(name.slice(0, -OPENCLAW_SUFFIX.length));
    else if (name.endsWith(POLICY_FILE_SUFFIX)) ids.add(name.slice(0, -POLICY_FILE_SUFFIX.length));
  }
  for (const id of [...ids].sort()) {
    const cfgRel = `${dir}/${id}${OPENCLAW_SUFFIX}`;
    const cfgPath = join3(root, cfgRel);
    if (!exists(cfgPath)) continue;
    const policy = result2.files.find((f) => f.file === `${dir}/${id}${POLICY_FILE_SUFFIX}`);
    const findings = [];
    let error;
    try {
      const config = parseJson5Object(decodeUtf8(readFileLimited(cfgPath, MAX_POLICY_BYTES, "OpenClaw config"), cfgRel), cfgRel, "OpenClaw config");
      const wpcBytes = exists(join3(root, dir, `${id}${POLICY_FILE_SUFFIX}`)) ? readFileLimited(join3(root, dir, `${id}${POLICY_FILE_SUFFIX}`), MAX_POLICY_BYTES, "policy file") : void 0;
      const report2 = wpcBytes ? checkPolicy(parsePolicyBytes(wpcBytes, `${dir}/${id}${POLICY_FILE_SUFFIX}`), `${dir}/${id}${POLICY_FILE_SUFFIX}`) : void 0;
      if (!report2?.wpc) {
        if (!policy) findings.push({ rule: "OC012", level: "error", message: `no valid ${id}${POLICY_FILE_SUFFIX} next to this OpenClaw config`, path: "", line: 1, column: 1 });
      } else
        for (const d of driftCheck(report2.wpc, config).drift)
          findings.push({ rule: d.rule, level: d.level, message: `${d.path || "/"}: ${d.message}`, path: d.path, line: 1, column: 1 });
    } catch (e) {
      if (!(e instanceof WpcError)) throw e;
      error = { code: e.code, message: e.message };
    }
    if (!findings.length && !error) continue;
    const entry = { file: cfgRel, policy_id: id, status: "modified", base_hash: null, head_hash: null, findings, changes: [], expands: false, ...error ? { error } : {} };
    result2.files.push(entry);
    for (const f of findings) {
      if (f.level === "error") result2.errors++;
      else result2.warnings++;
    }
    if (error) result2.unusable++;
  }
  result2.files.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}
function listPolicies(dir) {
  return readdirSync2(dir).filter((f) => f.endsWith(POLICY_FILE_SUFFIX)).sort();
}

// action/src/cli/cmd-policy.ts
import { resolve as resolve3 } from "node:path";
function str(v) {
  return typeof v === "string" ? v : void 0;
}
function cmdValidate(c) {
  const format = formatOf(c.values);
  const paths = c.positionals.length ? c.positionals : ["policies"];
  const files = expandPolicyPaths(paths, c.cwd);
  const trust = findTrust(str(c.values.trust), files[0], c.cwd);
  const routes = trustRoutes(trust);
  const results = [];
  let unusable = 0;
  for (const file of files) {
    try {
      const r = checkPolicyBytes(readFileLimited(resolve3(c.cwd, file), MAX_POLICY_BYTES, "policy file"), file, routes ? { routes } : {});
      results.push({ file, policy_hash_b64u: r.policy_hash_b64u, findings: r.findings });
    } catch (e) {
      if (!isWpcError(e)) throw e;
      unusable++;
      results.push({ file, findings: [], error: { code: e.code, message: e.message } });
    }
  }
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    const n = countLevels(r.findings);
    errors += n.errors;
    warnings += n.warnings;
  }
  const bad2 = results.find((r) => r.error);
  const firstError = bad2?.error ? { code: bad2.error.code, message: bad2.error.message, file: bad2.file } : void 0;
  if (format === "json") {
    printJson(c.io, {
      files: results.map((r) => ({
        file: r.file,
        ...r.policy_hash_b64u ? { policy_hash_b64u: r.policy_hash_b64u } : {},
        findings: r.findings,
        ...r.error ? { error: r.error } : {}
      })),
      errors,
      warnings,
      ...firstError ? { error: firstError } : {}
    });
  } else if (format === "github") {
    const all = results.flatMap((r) => [
      ...r.error ? [{ level: "error", file: r.file, line: 1, column: 1, title: `wpc ${r.error.code}`, message: r.error.message }] : [],
      ...r.findings.map((f) => findingAnnotation(r.file, f))
    ]);
    const { shown: shown2, overflow } = capAnnotations(all);
    for (const a of shown2) c.io.out(workflowCommand(a));
    for (const a of overflow) c.io.out(`${a.file}:${a.line}:${a.column}: ${a.level} ${a.title}: ${a.message}`);
  } else {
    for (const r of results) {
      if (r.error) c.io.out(`${r.error.code}: ${r.error.message}`);
      for (const f of r.findings) c.io.out(findingLine(r.file, f));
    }
    c.io.out(`${results.length} file(s): ${errors} error(s), ${warnings} warning(s)${unusable ? `, ${unusable} unusable` : ""}`);
  }
  for (const r of results) if (r.error) c.io.err(`wpc: ${r.error.code}: ${r.error.message}`);
  return unusable ? 2 : errors ? 1 : 0;
}
function cmdHash(c) {
  const format = formatOf(c.values);
  const [file, ...extra] = c.positionals;
  if (!file || extra.length) throw new WpcError("E_USAGE", "usage: wpc hash FILE [--json]");
  const { bytes, name } = readPolicySource(file, c.cwd);
  const h = policyHash(parsePolicyBytes(bytes, name).value);
  if (format === "json") printJson(c.io, { file: name, policy_hash_b64u: h.policy_hash_b64u, sha256: h.sha256 });
  else c.io.out(`${h.policy_hash_b64u}  ${h.sha256}  ${name}`);
  return 0;
}
function cmdDiff(c) {
  const format = formatOf(c.values);
  const [baseSpec, headSpec, ...extra] = c.positionals;
  if (!baseSpec || !headSpec || extra.length) throw new WpcError("E_USAGE", "usage: wpc diff BASE HEAD [--json]  (files or git:REF:path)");
  const base = readPolicySource(baseSpec, c.cwd);
  const head = readPolicySource(headSpec, c.cwd);
  const b = parsePolicyBytes(base.bytes, base.name);
  const h = parsePolicyBytes(head.bytes, head.name);
  const d = diffPolicies(
    { value: b.value, hash: policyHash(b.value).policy_hash_b64u, map: b.map },
    { value: h.value, hash: policyHash(h.value).policy_hash_b64u, map: h.map }
  );
  if (format === "json") printJson(c.io, d);
  else if (format === "github") {
    for (const ch of d.changes)
      if (ch.risk !== "neutral")
        c.io.out(workflowCommand({ level: ch.risk === "expansion" ? "warning" : "notice", file: ch.kind === "removed" ? base.name : head.name, line: ch.line, column: ch.column, title: `wpc ${ch.risk}`, message: describeChange(ch) }));
  } else {
    c.io.out(`${d.base_hash} → ${d.head_hash}`);
    for (const ch of d.changes) c.io.out(`[${ch.risk}] ${describeChange(ch)} (${ch.kind === "removed" ? "base" : "head"} line ${ch.line})`);
    c.io.out(d.expands ? "expands permissions" : d.changes.length ? "does not expand permissions" : "no semantic change");
  }
  return 0;
}
function cmdCheck(c) {
  const format = formatOf(c.values);
  const base = str(c.values.base);
  if (!base) throw new WpcError("E_USAGE", "usage: wpc check --base REF [--policies DIR] [--trust FILE] [--json|--format github]");
  const opts = { base, cwd: c.cwd };
  const pol = str(c.values.policies);
  if (pol) opts.policiesDir = pol;
  const trust = str(c.values.trust);
  if (trust) opts.trust = trust;
  const r = checkWorkingTree(opts);
  if (format === "json") printJson(c.io, r);
  else if (format === "github") {
    const { shown: shown2, overflow } = capAnnotations(checkAnnotations(r));
    for (const a of shown2) c.io.out(workflowCommand(a));
    for (const a of overflow) c.io.out(`${a.file}:${a.line}:${a.column}: ${a.level} ${a.title}: ${a.message}`);
  } else c.io.out(checkText(r));
  return r.unusable ? 2 : r.errors ? 1 : 0;
}
function cmdSchema(c) {
  printJson(c.io, WPC_SCHEMA);
  return 0;
}

// action/src/cli/cmd-registry.ts
import { renameSync as renameSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { resolve as resolve8 } from "node:path";

// node_modules/@scure/base/index.js
var freeze = (fn) => Object.freeze(fn());
function isBytes(a) {
  return a instanceof Uint8Array || ArrayBuffer.isView(a) && a.constructor.name === "Uint8Array" && "BYTES_PER_ELEMENT" in a && a.BYTES_PER_ELEMENT === 1;
}
function abytes(b) {
  if (!isBytes(b))
    throw new TypeError("Uint8Array expected");
}
function astr(label, input) {
  if (typeof input !== "string")
    throw new TypeError(`${label}: string expected`);
  return true;
}
var asciiDecoder = /* @__PURE__ */ (() => {
  try {
    const decoder = new TextDecoder();
    return decoder.decode(Uint8Array.of(65, 48, 43, 127)) === "A0+" ? decoder : void 0;
  } catch (e) {
    return void 0;
  }
})();
var B2S_CHUNK = 8192;
function charcodesToString(codes) {
  const len = codes.length;
  if (asciiDecoder !== void 0 && len >= 12)
    return asciiDecoder.decode(codes);
  if (len <= B2S_CHUNK)
    return String.fromCharCode.apply(null, codes);
  let res = "";
  for (let i = 0; i < len; i += B2S_CHUNK)
    res += String.fromCharCode.apply(null, codes.subarray(i, i + B2S_CHUNK));
  return res;
}
function alphabet(letters, aliases) {
  const len = letters.length;
  if (len > 128)
    throw new Error("alphabet: max 128 letters");
  const encTable = new Uint8Array(len);
  const decTable = new Int8Array(128).fill(-1);
  for (let i = 0; i < len; i++) {
    const code = letters.charCodeAt(i);
    if (letters.codePointAt(i) !== code || code > 127)
      throw new Error("alphabet: single-char ASCII letters only");
    encTable[i] = code;
    decTable[code] = i;
  }
  if (aliases !== void 0) {
    for (const alias of Object.keys(aliases)) {
      const code = alias.charCodeAt(0);
      const target = decTable[aliases[alias].charCodeAt(0)];
      if (alias.length !== 1 || code > 127 || target === void 0 || target === -1)
        throw new Error(`alphabet: invalid alias ${alias}`);
      decTable[code] = target;
    }
  }
  return {
    encode: (digits) => {
      const codes = new Uint8Array(digits.length);
      for (let i = 0; i < digits.length; i++) {
        const d = digits[i];
        const code = encTable[d];
        if (code === void 0)
          throw new Error(`alphabet.encode: invalid digit ${d}`);
        codes[i] = code;
      }
      return charcodesToString(codes);
    },
    decode: (input) => {
      astr("decode", input);
      const slen = input.length;
      const digits = new Uint8Array(slen);
      for (let i = 0; i < slen; i++) {
        const code = input.charCodeAt(i);
        const digit = code < 128 ? decTable[code] : -1;
        if (digit === -1)
          throw new Error(`Unknown letter "${input[i]}". Allowed: ${letters}`);
        digits[i] = digit;
      }
      return digits;
    }
  };
}
var B58_GROUP = 656356768;
var RADIX_BASE_N_MAX_LENGTH = 65536;
var BASE_N_MAX_BYTES = 2048;
var BASE_N_MAX_CHARS = 4096;
var radixBaseN = (BASE, GROUP) => ({
  encode: (bytes) => {
    abytes(bytes);
    const blen = bytes.length;
    if (blen === 0)
      return new Uint8Array(0);
    if (blen >= RADIX_BASE_N_MAX_LENGTH)
      throw new Error("invalid length");
    let zeros = 0;
    while (zeros < blen - 1 && bytes[zeros] === 0)
      zeros++;
    const nlimbs = Math.ceil(blen / 2);
    const limbs = new Uint16Array(nlimbs);
    const odd = blen & 1;
    if (odd)
      limbs[0] = bytes[0];
    for (let i = odd, j2 = odd; i < blen; i += 2, j2++)
      limbs[j2] = bytes[i] << 8 | bytes[i + 1];
    const groups = [];
    let pos = 0;
    while (pos < nlimbs) {
      let carry = 0;
      for (let i = pos; i < nlimbs; i++) {
        const cur = carry * 65536 + limbs[i];
        const q = Math.floor(cur / GROUP);
        carry = cur - q * GROUP;
        limbs[i] = q;
        if (q === 0 && i === pos)
          pos++;
      }
      groups.push(carry);
    }
    const top = groups.length - 1;
    let sig = top * 5;
    for (let v = groups[top]; ; v = Math.floor(v / BASE)) {
      sig++;
      if (v < BASE)
        break;
    }
    const res = new Uint8Array(zeros + sig);
    let j = res.length - 1;
    for (let g = 0; g < top; g++) {
      let v = groups[g];
      for (let k = 0; k < 5; k++) {
        res[j--] = v % BASE;
        v = Math.floor(v / BASE);
      }
    }
    for (let v = groups[top]; j >= zeros; v = Math.floor(v / BASE))
      res[j--] = v % BASE;
    return res;
  },
  decode: (digits) => {
    abytes(digits);
    const dlen = digits.length;
    if (dlen === 0)
      return new Uint8Array(0);
    if (dlen >= RADIX_BASE_N_MAX_LENGTH)
      throw new Error("invalid length");
    let zeros = 0;
    while (zeros < dlen - 1 && digits[zeros] === 0)
      zeros++;
    const limbs = new Uint16Array(Math.ceil(dlen * 6 / 16) + 1);
    let used = 0;
    let i = 0;
    let group = dlen % 5 || 5;
    while (i < dlen) {
      let gval = 0;
      let factor = 1;
      for (const end = i + group; i < end; i++) {
        const d = digits[i];
        if (d >= BASE)
          throw new Error(`invalid integer: ${d}`);
        gval = gval * BASE + d;
        factor *= BASE;
      }
      group = 5;
      let carry = gval;
      for (let k = 0; k < used; k++) {
        const cur = limbs[k] * factor + carry;
        carry = Math.floor(cur / 65536);
        limbs[k] = cur - carry * 65536;
      }
      for (; carry > 0; carry = Math.floor(carry / 65536))
        limbs[used++] = carry % 65536;
    }
    const valueBytes = used === 0 ? 1 : used * 2 - (limbs[used - 1] < 256 ? 1 : 0);
    const res = new Uint8Array(zeros + valueBytes);
    let j = res.length - 1;
    for (let k = 0; k < used; k++) {
      const limb = limbs[k];
      res[j--] = limb & 255;
      if (j >= zeros)
        res[j--] = limb >> 8;
    }
    return res;
  }
});
var genBaseN = (radix, abc) => {
  const letters = alphabet(abc);
  return {
    encode(bytes) {
      abytes(bytes);
      if (bytes.length > BASE_N_MAX_BYTES)
        throw new Error("invalid length");
      return letters.encode(radix.encode(bytes));
    },
    decode(str4) {
      astr("baseN.decode", str4);
      if (str4.length > BASE_N_MAX_CHARS)
        throw new Error("invalid length");
      return radix.decode(letters.decode(str4));
    }
  };
};
var radix58 = /* @__PURE__ */ radixBaseN(58, B58_GROUP);
var genBase58 = (abc) => genBaseN(radix58, abc);
var base58 = /* @__PURE__ */ freeze(() => genBase58("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"));

// node_modules/@noble/ed25519/index.js
var freeze2 = Object.freeze;
var P = 0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffedn;
var N = 0x1000000000000000000000000000000014def9dea2f79cd65812631a5cf5d3edn;
var _d = 0x52036cee2b6ffe738cc740797779e89800700a4d4141d8ab75eb4dca135978a3n;
var Gx = 0x216936d3cd6e53fec0a4e231fdd6dc5c692cc7609525a7b2c9562d608f25d51an;
var Gy = 0x6666666666666666666666666666666666666666666666666666666666666658n;
var _a = P - 1n;
var ed25519_CURVE = freeze2({
  p: P,
  n: N,
  h: 8n,
  a: _a,
  d: _d,
  Gx,
  Gy
});
var LEN = 32;
var isBytes2 = (a) => {
  return a instanceof Uint8Array || ArrayBuffer.isView(a) && a.constructor.name === "Uint8Array" && a.BYTES_PER_ELEMENT === 1;
};
var abytes2 = (value, length, title = "") => {
  if (isBytes2(value) && (length === void 0 || value.length === length))
    return value;
  const bytes = isBytes2(value);
  const ofLen = length !== void 0 ? ` of length ${length}` : "";
  const got = bytes ? `length=${value.length}` : `type=${typeof value}`;
  const message = (title ? `"${title}" ` : "") + "expected Uint8Array" + ofLen + ", got " + got;
  if (!bytes)
    throw new TypeError(message);
  throw new RangeError(message);
};
var snapshotBytes = (value, title = "", length) => Uint8Array.from(abytes2(value, length, title));
var padh = (n, pad) => n.toString(16).padStart(pad, "0");
var bytesToHex = (bytes) => {
  let hex = "";
  for (const byte of abytes2(bytes))
    hex += padh(byte, 2);
  return hex;
};
var hexToBytes = (hex) => {
  const e = "hex invalid";
  if (typeof hex !== "string")
    throw new TypeError(e);
  if (hex.length % 2 || !/^[\da-f]*$/i.test(hex))
    throw new RangeError(e);
  const array = new Uint8Array(hex.length / 2);
  for (let ai = 0, hi = 0; ai < array.length; ai++, hi += 2) {
    const n1 = hex.charCodeAt(hi);
    const n2 = hex.charCodeAt(hi + 1);
    array[ai] = ((n1 & 15) + (n1 >> 6) * 9) * 16 + (n2 & 15) + (n2 >> 6) * 9;
  }
  return array;
};
var concatBytes = (...arrays) => {
  let sum = 0;
  for (const a of arrays)
    sum += abytes2(a).length;
  const res = new Uint8Array(sum);
  let pad = 0;
  for (const a of arrays) {
    res.set(a, pad);
    pad += a.length;
  }
  return res;
};
var arange = (n, min, max, msg = "bad number: out of range") => {
  if (typeof n !== "bigint")
    throw new TypeError(msg);
  if (min <= n && n < max)
    return n;
  throw new RangeError(msg);
};
var mod = (a, b = P) => (a %= b) >= 0n ? a : b + a;
var P_MASK = (1n << 255n) - 1n;
var modP = (num) => {
  if (num < 0n)
    throw new RangeError("negative coordinate");
  let r = (num >> 255n) * 19n + (num & P_MASK);
  r = (r >> 255n) * 19n + (r & P_MASK);
  return r % P;
};
var modN = (a) => mod(a, N);
var invert = (number, modulo) => {
  if (number === 0n)
    throw new Error("invert: expected non-zero number");
  if (modulo <= 1n)
    throw new Error("invert: expected modulus > 1, got " + modulo);
  let a = mod(number, modulo);
  let b = modulo;
  let x = 0n, u = 1n;
  while (a !== 0n) {
    const q = b / a;
    const r = b - a * q;
    const m = x - u * q;
    b = a, a = r, x = u, u = m;
  }
  const gcd = b;
  if (gcd !== 1n)
    throw new Error("invert: does not exist");
  return mod(x, modulo);
};
var _hash = (name) => {
  const fn = hashes[name];
  if (typeof fn !== "function")
    throw new Error("hashes." + name + " not set");
  return fn;
};
var callHash = (name, ...m) => abytes2(_hash(name)(concatBytes(...m)), 64, "digest");
var apoint = (p) => {
  if (p instanceof Point)
    return p;
  throw new TypeError("Point expected");
};
var B256 = 2n ** 256n;
var Point = class _Point {
  static BASE;
  static ZERO;
  X;
  Y;
  Z;
  T;
  // Constructor only bounds-checks and freezes XYZT coordinates; it does not prove the point is
  // on-curve or that T matches X*Y/Z.
  constructor(X, Y, Z, T) {
    const max = B256;
    this.X = arange(X, 0n, max);
    this.Y = arange(Y, 0n, max);
    this.Z = arange(Z, 1n, max);
    this.T = arange(T, 0n, max);
    freeze2(this);
  }
  static CURVE() {
    return ed25519_CURVE;
  }
  static fromAffine(p) {
    return new _Point(p.x, p.y, 1n, modP(p.x * p.y));
  }
  /** RFC8032 5.1.3: Uint8Array to Point. */
  static fromBytes(bytes, zip215 = false) {
    const normed = snapshotBytes(bytes, "point", LEN);
    const lastByte = normed[31];
    normed[31] = lastByte & ~128;
    const y = bytesToNumberLE(normed);
    if (!zip215)
      arange(y, 0n, P);
    const y2 = modP(y * y);
    const u = mod(y2 - 1n);
    const v = modP(_d * y2 + 1n);
    let { isValid, value: x } = uvRatio(u, v);
    if (!isValid)
      throw new Error("bad point: y not sqrt");
    const isLastByteOdd = !!(lastByte & 128);
    if (!zip215 && x === 0n && isLastByteOdd)
      throw new Error("bad point: x==0, isLastByteOdd");
    if (isLastByteOdd !== !!(x & 1n))
      x = mod(-x);
    return new _Point(x, y, 1n, modP(x * y));
  }
  static fromHex(hex, zip215) {
    return _Point.fromBytes(hexToBytes(hex), zip215);
  }
  get x() {
    return this.toAffine().x;
  }
  get y() {
    return this.toAffine().y;
  }
  /** Checks if the point is valid and on-curve. */
  assertValidity() {
    const a = _a;
    const d = _d;
    const p = this;
    if (p.is0())
      throw new Error("bad point: ZERO");
    const { X, Y, Z, T } = p;
    const X2 = modP(X * X);
    const Y2 = modP(Y * Y);
    const Z2 = modP(Z * Z);
    const Z4 = modP(Z2 * Z2);
    const aX2 = modP(X2 * a);
    const left = modP(Z2 * (aX2 + Y2));
    const right = mod(Z4 + modP(d * modP(X2 * Y2)));
    if (left !== right)
      throw new Error("bad point: equation left != right (1)");
    const XY = modP(X * Y);
    const ZT = modP(Z * T);
    if (XY !== ZT)
      throw new Error("bad point: equation left != right (2)");
    return this;
  }
  /** Equality check: compare points P&Q. */
  equals(other) {
    const { X: X1, Y: Y1, Z: Z1 } = this;
    const { X: X2, Y: Y2, Z: Z2 } = apoint(other);
    return modP(X1 * Z2) === modP(X2 * Z1) && modP(Y1 * Z2) === modP(Y2 * Z1);
  }
  is0() {
    return this.equals(I);
  }
  /** Flip point over y coordinate. */
  negate() {
    return new _Point(mod(-this.X), this.Y, this.Z, mod(-this.T));
  }
  /** Point doubling. Complete formula. Cost: `4M + 4S + 1*a + 6add + 1*2`. */
  double() {
    const { X: X1, Y: Y1, Z: Z1 } = this;
    const a = _a;
    const A = modP(X1 * X1);
    const B = modP(Y1 * Y1);
    const C = modP(2n * Z1 * Z1);
    const D = modP(a * A);
    const x1y1 = mod(X1 + Y1);
    const E = mod(modP(x1y1 * x1y1) - A - B);
    const G2 = mod(D + B);
    const F = mod(G2 - C);
    const H = mod(D - B);
    const X3 = modP(E * F);
    const Y3 = modP(G2 * H);
    const T3 = modP(E * H);
    const Z3 = modP(F * G2);
    return new _Point(X3, Y3, Z3, T3);
  }
  /** Point addition. Complete formula. Cost: `9M + 1*a + 1*d + 7add`. */
  add(other) {
    const { X: X1, Y: Y1, Z: Z1, T: T1 } = this;
    const { X: X2, Y: Y2, Z: Z2, T: T2 } = apoint(other);
    const a = _a;
    const d = _d;
    const A = modP(X1 * X2);
    const B = modP(Y1 * Y2);
    const C = modP(modP(T1 * d) * T2);
    const D = modP(Z1 * Z2);
    const E = mod(modP(mod(X1 + Y1) * mod(X2 + Y2)) - A - B);
    const F = mod(D - C);
    const G2 = mod(D + C);
    const H = mod(B - modP(a * A));
    const X3 = modP(E * F);
    const Y3 = modP(G2 * H);
    const T3 = modP(E * H);
    const Z3 = modP(F * G2);
    return new _Point(X3, Y3, Z3, T3);
  }
  subtract(other) {
    return this.add(apoint(other).negate());
  }
  /**
   * Point-by-scalar multiplication. Safe mode requires `1 <= n < CURVE.n`.
   * Unsafe mode additionally permits `n = 0` and returns the identity point for that case.
   * Uses {@link wNAF} for base point.
   * Uses fake point to mitigate side-channel leakage.
   * @param n - scalar by which point is multiplied
   * @param safe - safe mode guards against timing attacks; unsafe mode is faster
   */
  multiply(n, safe = true) {
    if (!safe && n === 0n)
      return I;
    arange(n, 1n, N);
    if (!safe && this.is0())
      return I;
    if (n === 1n)
      return this;
    if (this.equals(G))
      return wNAF(n).p;
    let p = I;
    let f = G;
    let d = this;
    for (let i = 0; safe ? i < 256 : n > 0n; i++) {
      if (n & 1n)
        p = p.add(d);
      else if (safe)
        f = f.add(d);
      d = d.double();
      n >>= 1n;
    }
    return p;
  }
  multiplyUnsafe(scalar) {
    return this.multiply(scalar, false);
  }
  /** Convert point to 2d xy affine point. (X, Y, Z) ∋ (x=X/Z, y=Y/Z) */
  toAffine() {
    const { X, Y, Z } = this;
    if (this.equals(I))
      return { x: 0n, y: 1n };
    const iz = invert(Z, P);
    if (modP(Z * iz) !== 1n)
      throw new Error("invalid inverse");
    return { x: modP(X * iz), y: modP(Y * iz) };
  }
  toBytes() {
    const { x, y } = this.toAffine();
    const b = numTo32bLE(y);
    b[31] |= x & 1n ? 128 : 0;
    return b;
  }
  toHex() {
    return bytesToHex(this.toBytes());
  }
  clearCofactor() {
    return this.multiply(8n, false);
  }
  isSmallOrder() {
    return this.clearCofactor().is0();
  }
  isTorsionFree() {
    return this.multiply(N / 2n, false).double().add(this).is0();
  }
};
var G = new Point(Gx, Gy, 1n, mod(Gx * Gy));
var I = new Point(0n, 1n, 1n, 0n);
Point.BASE = G;
Point.ZERO = I;
var numTo32bLE = (num) => hexToBytes(padh(arange(num, 0n, B256), 64)).reverse();
var bytesToNumberLE = (b) => BigInt("0x" + bytesToHex(Uint8Array.from(abytes2(b)).reverse()));
var pow2 = (x, power) => {
  let r = x;
  while (power-- > 0) {
    r = modP(r * r);
  }
  return r;
};
var pow_2_252_3 = (x) => {
  const x2 = modP(x * x);
  const b2 = modP(x2 * x);
  const b4 = modP(pow2(b2, 2) * b2);
  const b5 = modP(pow2(b4, 1) * x);
  const b10 = modP(pow2(b5, 5) * b5);
  const b20 = modP(pow2(b10, 10) * b10);
  const b40 = modP(pow2(b20, 20) * b20);
  const b80 = modP(pow2(b40, 40) * b40);
  const b160 = modP(pow2(b80, 80) * b80);
  const b240 = modP(pow2(b160, 80) * b80);
  const b250 = modP(pow2(b240, 10) * b10);
  return modP(pow2(b250, 2) * x);
};
var RM1 = 0x2b8324804fc1df0b2b4d00993dfbd7a72f431806ad2fe478c4ee1b274a0ea0b0n;
var uvRatio = (u, v) => {
  const v3 = modP(v * modP(v * v));
  const v7 = modP(modP(v3 * v3) * v);
  const pow = pow_2_252_3(modP(u * v7));
  let x = modP(u * modP(v3 * pow));
  const vx2 = modP(v * modP(x * x));
  const root1 = x;
  const root2 = modP(x * RM1);
  const useRoot1 = vx2 === u;
  const useRoot2 = vx2 === mod(-u);
  const noRoot = vx2 === mod(-u * RM1);
  if (useRoot1)
    x = root1;
  if (useRoot2 || noRoot)
    x = root2;
  if ((mod(x) & 1n) === 1n)
    x = mod(-x);
  return { isValid: useRoot1 || useRoot2, value: x };
};
var modL_LE = (hash) => modN(bytesToNumberLE(hash));
var hashedToExtK = (hashed) => {
  const copy = snapshotBytes(hashed);
  const head = copy.slice(0, 32);
  head[0] &= 248;
  head[31] &= 127;
  head[31] |= 64;
  const prefix = copy.slice(32);
  const scalar = modL_LE(head);
  const point = G.multiply(scalar);
  const pointBytes = point.toBytes();
  return { head, prefix, scalar, point, pointBytes };
};
var getExtendedPublicKey = (secretKey) => hashedToExtK(callHash("sha512", abytes2(secretKey, LEN, "secretKey")));
var getPublicKey = (secretKey) => getExtendedPublicKey(secretKey).pointBytes;
var hashFinishSync = (res) => res[1](callHash("sha512", res[0]));
var _sign = (e, rBytes, msg) => {
  const { pointBytes: A, scalar: s } = e;
  const r = modL_LE(rBytes);
  const R = G.multiply(r).toBytes();
  const hashable = concatBytes(R, A, msg);
  const finish = (hashed) => {
    const S = modN(r + modL_LE(hashed) * s);
    return abytes2(concatBytes(R, numTo32bLE(S)), 64);
  };
  return [hashable, finish];
};
var sign = (message, secretKey) => {
  const m = snapshotBytes(message, "message");
  const e = getExtendedPublicKey(secretKey);
  return hashFinishSync(_sign(e, callHash("sha512", e.prefix, m), m));
};
var getZip215 = (options2) => {
  if (options2 === null || typeof options2 !== "object")
    throw new TypeError("expected valid options object");
  return options2.zip215 ?? true;
};
var _verify = (sig, msg, publicKey, options2) => {
  sig = abytes2(sig, 64, "signature");
  msg = abytes2(msg, void 0, "message");
  publicKey = abytes2(publicKey, LEN, "publicKey");
  const zip215 = getZip215(options2);
  const r = sig.subarray(0, LEN);
  const s = bytesToNumberLE(sig.subarray(LEN, 64));
  let A, R, SB;
  let hashable = Uint8Array.of();
  let finished = false;
  try {
    A = Point.fromBytes(publicKey, zip215);
    R = Point.fromBytes(r, zip215);
    SB = G.multiply(s, false);
    hashable = concatBytes(r, publicKey, msg);
    finished = true;
  } catch (error) {
  }
  const finish = (hashed) => {
    if (!finished)
      return false;
    if (!zip215 && A.isSmallOrder())
      return false;
    const k = modL_LE(hashed);
    const RkA = R.add(A.multiply(k, false));
    return RkA.subtract(SB).clearCofactor().is0();
  };
  return [hashable, finish];
};
var verify = (signature2, message, publicKey, opts = {}) => hashFinishSync(_verify(signature2, message, publicKey, opts));
var hashes = {
  sha512Async: async (message) => {
    const s = globalThis?.crypto?.subtle;
    if (!s)
      throw new Error("crypto.subtle must be defined, consider polyfill");
    return new Uint8Array(await s.digest("SHA-512", concatBytes(message)));
  },
  sha512: void 0
};
var precompute = () => {
  const points = [];
  let p = G;
  let b;
  for (let w = 0; w < 33; w++) {
    b = p;
    points.push(b);
    for (let i = 1; i < 128; i++) {
      b = b.add(p);
      points.push(b);
    }
    p = b.double();
  }
  return points;
};
var Gpows = void 0;
var ctneg = (cnd, p) => {
  const n = p.negate();
  return cnd ? n : p;
};
var wNAF = (n) => {
  const comp = Gpows || (Gpows = precompute());
  let p = I;
  let f = G;
  for (let w = 0; w < 33; w++) {
    let wbits = Number(n & 255n);
    n >>= 8n;
    if (wbits > 128) {
      wbits -= 256;
      n += 1n;
    }
    const off = w * 128;
    const offP = off + Math.abs(wbits) - 1;
    const isOddW = w % 2 !== 0;
    const isNeg = wbits < 0;
    if (wbits === 0) {
      f = f.add(ctneg(isOddW, comp[off]));
    } else {
      p = p.add(ctneg(isNeg, comp[offP]));
    }
  }
  if (n !== 0n)
    throw new Error("invalid wnaf");
  return { p, f };
};

// action/src/core/ed25519.ts
if (hashes.sha512 === void 0) hashes.sha512 = sha512;
var SEED_LENGTH = 32;
var PUBLIC_KEY_LENGTH = 32;
var SIGNATURE_LENGTH = 64;
var VERIFY_OPTS = { zip215: false };
function requireSeed(seed) {
  if (!(seed instanceof Uint8Array) || seed.length !== SEED_LENGTH) {
    throw new WpcError("E_BAD_KEY", `signing key must be a ${SEED_LENGTH}-byte Ed25519 seed`);
  }
}
function publicKeyFromSeed(seed) {
  requireSeed(seed);
  return getPublicKey(seed);
}
function sign2(seed, msg) {
  requireSeed(seed);
  return sign(msg, seed);
}
function verify2(pub, msg, sig) {
  if (!(pub instanceof Uint8Array) || pub.length !== PUBLIC_KEY_LENGTH) return false;
  if (!(sig instanceof Uint8Array) || sig.length !== SIGNATURE_LENGTH) return false;
  if (!(msg instanceof Uint8Array)) return false;
  const memo = VALID.size ? tripleKey(pub, msg, sig) : void 0;
  if (memo !== void 0 && VALID.has(memo)) return true;
  if (fastVerify(pub, msg, sig)) return true;
  try {
    return verify(sig, msg, pub, VERIFY_OPTS);
  } catch {
    return false;
  }
}
function fastVerify(pub, msg, sig) {
  if (pub.length !== PUBLIC_KEY_LENGTH || sig.length !== SIGNATURE_LENGTH) return false;
  return keyIsSound(pub) && sBelowL(sig) && ed25519VerifyNode(pub, msg, sig);
}
var VALID = /* @__PURE__ */ new Set();
var SOUND_KEYS = /* @__PURE__ */ new Map();
function tripleKey(pub, msg, sig) {
  return `${Buffer.from(pub).toString("base64")}|${Buffer.from(sig).toString("base64")}|${Buffer.from(msg).toString("base64")}`;
}
function rememberValid(pub, msg, sig) {
  if (VALID.size > 2e6) VALID.clear();
  VALID.add(tripleKey(pub, msg, sig));
}
function keyIsSound(pub) {
  const id = Buffer.from(pub).toString("base64");
  let ok = SOUND_KEYS.get(id);
  if (ok === void 0) {
    try {
      checkPublicKey(pub);
      ok = true;
    } catch {
      ok = false;
    }
    if (SOUND_KEYS.size > 4096) SOUND_KEYS.clear();
    SOUND_KEYS.set(id, ok);
  }
  return ok;
}
var L_BYTES = Uint8Array.from(Buffer.from("edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010", "hex"));
function sBelowL(sig) {
  for (let i = 31; i >= 0; i--) {
    const s = sig[32 + i];
    const l = L_BYTES[i];
    if (s !== l) return s < l;
  }
  return false;
}
function checkPublicKey(pub) {
  if (!(pub instanceof Uint8Array) || pub.length !== PUBLIC_KEY_LENGTH) {
    throw new WpcError("E_BAD_KEY", `public key must be ${PUBLIC_KEY_LENGTH} bytes`);
  }
  let point;
  try {
    point = Point.fromBytes(pub, false);
  } catch {
    throw new WpcError("E_BAD_KEY", "public key is not a canonical encoding of an Ed25519 point");
  }
  if (point.isSmallOrder()) {
    throw new WpcError("E_BAD_KEY", "public key is a small-order point");
  }
}
var SEED_TEXT_RE = /^(?:[A-Za-z0-9+/]{43}=?|[A-Za-z0-9_-]{43}=?)$/;
function loadSeed(text) {
  const t = typeof text === "string" ? text.trim() : "";
  const bytes = SEED_TEXT_RE.test(t) ? b64AnyDecode(t) : void 0;
  if (bytes === void 0 || bytes.length !== SEED_LENGTH) {
    throw new WpcError(
      "E_BAD_KEY",
      `signing key must be base64 or base64url of exactly ${SEED_LENGTH} bytes (an Ed25519 seed)`
    );
  }
  return bytes;
}

// action/src/core/did.ts
var DID_KEY_PREFIX = "did:key:z";
var MULTICODEC_ED25519_PUB = [237, 1];
var DECODED_LENGTH = MULTICODEC_ED25519_PUB.length + PUBLIC_KEY_LENGTH;
var MAX_MULTIBASE_CHARS = 48;
function didKeyFromPublicKey(pub) {
  checkPublicKey(pub);
  const bytes = new Uint8Array(DECODED_LENGTH);
  bytes.set(MULTICODEC_ED25519_PUB, 0);
  bytes.set(pub, MULTICODEC_ED25519_PUB.length);
  return DID_KEY_PREFIX + base58.encode(bytes);
}
var VALID_KEYS = /* @__PURE__ */ new Map();
var MAX_CACHED_KEYS = 4096;
function publicKeyFromDidKey(did) {
  const cached = typeof did === "string" ? VALID_KEYS.get(did) : void 0;
  if (cached) return cached.slice();
  const pub = decodeDidKey(did);
  if (VALID_KEYS.size >= MAX_CACHED_KEYS) VALID_KEYS.clear();
  VALID_KEYS.set(did, pub.slice());
  return pub;
}
function decodeDidKey(did) {
  if (typeof did !== "string" || !did.startsWith(DID_KEY_PREFIX)) {
    throw new WpcError("E_BAD_KEY", `a did:key must start with "${DID_KEY_PREFIX}"`);
  }
  const text = did.slice(DID_KEY_PREFIX.length);
  if (text.length === 0 || text.length > MAX_MULTIBASE_CHARS) {
    throw new WpcError("E_BAD_KEY", "did:key has the wrong length for an Ed25519 key");
  }
  let bytes;
  try {
    bytes = base58.decode(text);
  } catch {
    throw new WpcError("E_BAD_KEY", "did:key is not base58btc");
  }
  if (bytes.length !== DECODED_LENGTH) {
    throw new WpcError("E_BAD_KEY", `did:key must decode to ${DECODED_LENGTH} bytes, got ${bytes.length}`);
  }
  if (bytes[0] !== MULTICODEC_ED25519_PUB[0] || bytes[1] !== MULTICODEC_ED25519_PUB[1]) {
    throw new WpcError("E_BAD_KEY", "did:key is not an Ed25519 key (multicodec prefix is not ed01)");
  }
  const pub = bytes.slice(MULTICODEC_ED25519_PUB.length);
  checkPublicKey(pub);
  return pub;
}
function keyId(pub) {
  if (!(pub instanceof Uint8Array) || pub.length !== PUBLIC_KEY_LENGTH) {
    throw new WpcError("E_BAD_KEY", `public key must be ${PUBLIC_KEY_LENGTH} bytes`);
  }
  return sha256Hex(pub).slice(0, 16);
}

// action/src/core/own.ts
function own(obj, key) {
  return obj !== void 0 && Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : void 0;
}

// action/src/core/hash-memo.ts
var MEMO = /* @__PURE__ */ new WeakMap();
function stringifyHashB64u(value) {
  const hit = MEMO.get(value);
  if (hit !== void 0) return hit;
  const text = JSON.stringify(value);
  if (text === void 0) return void 0;
  const h = sha256B64u(text);
  MEMO.set(value, h);
  return h;
}

// action/src/core/envelope.ts
var OWN_ENVELOPE_TYPES = ["wpc_contract", "wpc_registry_entry", "wpc_registry_checkpoint"];
var CLAW_ENVELOPE_TYPES = ["gateway_receipt", "proof_bundle", "tool_receipt", "human_approval_receipt"];
var ENVELOPE_KEYS = [
  "envelope_version",
  "envelope_type",
  "payload",
  "payload_hash_b64u",
  "hash_algorithm",
  "signature_b64u",
  "algorithm",
  "signer_did",
  "issued_at",
  "expires_at"
];
var OPTIONAL_KEYS = /* @__PURE__ */ new Set(["expires_at"]);
var KNOWN_KEYS = new Set(ENVELOPE_KEYS);
function isOwnEnvelopeType(t) {
  return OWN_ENVELOPE_TYPES.includes(t);
}
function isEnvelopeType(t) {
  return isOwnEnvelopeType(t) || CLAW_ENVELOPE_TYPES.includes(t);
}
function hashRuleFor(type) {
  return isOwnEnvelopeType(type) ? "jcs" : "stringify";
}
function payloadHashB64u(payload, rule) {
  if (rule === "jcs") return sha256B64u(canonicalize(payload));
  return stringifyHashB64u(payload) ?? sha256B64u(JSON.stringify(payload));
}
var RFC3339_RE = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;
function isRfc3339DateTime(s) {
  if (typeof s !== "string") return false;
  const m = RFC3339_RE.exec(s);
  if (!m) return false;
  const [y, mo, d, h, mi, se, oh, om] = m.slice(1).map((x) => x === void 0 ? 0 : Number(x));
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || se > 59 || oh > 23 || om > 59) return false;
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= daysInMonth && !Number.isNaN(Date.parse(s));
}
function badInput(message) {
  return new WpcError("E_BAD_INPUT", message);
}
var SIGNER_DIDS = /* @__PURE__ */ new WeakMap();
function signerDid(seed) {
  let did = SIGNER_DIDS.get(seed);
  if (did === void 0) {
    did = didKeyFromPublicKey(publicKeyFromSeed(seed));
    SIGNER_DIDS.set(seed, did);
  }
  return did;
}
function signEnvelope(args) {
  const { type, payload, seed, issuedAt, expiresAt } = args;
  if (!isEnvelopeType(type)) throw badInput(`unknown envelope type ${JSON.stringify(type)}`);
  const rule = hashRuleFor(type);
  if (args.hashRule !== void 0 && args.hashRule !== rule) {
    throw badInput(`envelope type ${type} is hashed with "${rule}", not "${args.hashRule}"`);
  }
  if (!isPlainObject(payload)) throw badInput("envelope payload must be a JSON object");
  if (!isRfc3339DateTime(issuedAt)) throw badInput("issued_at must be an RFC 3339 date-time with offset");
  if (expiresAt !== void 0 && !isRfc3339DateTime(expiresAt)) {
    throw badInput("expires_at must be an RFC 3339 date-time with offset");
  }
  let jcs;
  try {
    jcs = canonicalize(payload);
  } catch (e) {
    throw badInput(`envelope payload is not JSON: ${e.message}`);
  }
  let body;
  if (rule === "jcs") {
    if (type !== "wpc_contract" && payload["issued_at"] !== issuedAt) {
      throw badInput("payload.issued_at must equal the envelope issued_at");
    }
    body = JSON.parse(jcs);
    if (JSON.stringify(body) !== jcs) throw badInput("payload has integer-like keys that cannot be kept in JCS order");
  } else {
    body = JSON.parse(JSON.stringify(payload));
  }
  const hash = rule === "jcs" ? sha256B64u(jcs) : payloadHashB64u(body, rule);
  const signature2 = sign2(seed, new TextEncoder().encode(hash));
  const env = {
    envelope_version: "1",
    envelope_type: type,
    payload: body,
    payload_hash_b64u: hash,
    hash_algorithm: "SHA-256",
    signature_b64u: b64uEncode(signature2),
    algorithm: "Ed25519",
    signer_did: signerDid(seed),
    issued_at: issuedAt
  };
  if (expiresAt !== void 0) env.expires_at = expiresAt;
  return env;
}
var fail = (code, detail) => ({ ok: false, code, detail });
function isPlainObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function verifyEnvelope(env, opts) {
  const shape = checkShape(env);
  if (shape) return shape;
  const e = env;
  const rule = hashRuleFor(opts.expectedType);
  const failure = checkHeader(e, opts.expectedType) ?? checkFields(e, opts.at) ?? (rule === "jcs" ? checkOwnType(e) : void 0) ?? checkCrypto(e, rule);
  if (failure) return failure;
  if (!signerAllowed(e.signer_did, opts.allowedSigners)) {
    return fail("SIGNER_NOT_ALLOWED", `signer ${e.signer_did} is not allowed`);
  }
  return { ok: true, signer: e.signer_did, payloadHash: e.payload_hash_b64u, envelope: env };
}
function checkShape(env) {
  if (!isPlainObject(env)) return fail("MALFORMED_ENVELOPE", "envelope must be a JSON object");
  const missing = ENVELOPE_KEYS.filter((k) => !OPTIONAL_KEYS.has(k) && !Object.hasOwn(env, k));
  if (missing.length) return fail("MALFORMED_ENVELOPE", `missing envelope field(s): ${missing.join(", ")}`);
  for (const k of ENVELOPE_KEYS) {
    if (k === "payload" || !Object.hasOwn(env, k)) continue;
    if (typeof env[k] !== "string") return fail("MALFORMED_ENVELOPE", `envelope field ${k} must be a string`);
  }
  if (!isPlainObject(env["payload"])) return fail("MALFORMED_ENVELOPE", "envelope payload must be a JSON object");
  return void 0;
}
function checkHeader(e, expected) {
  if (e.envelope_version !== "1") return fail("UNKNOWN_ENVELOPE_VERSION", `envelope_version ${JSON.stringify(e.envelope_version)} is not "1"`);
  if (e.envelope_type !== expected) {
    return fail("UNKNOWN_ENVELOPE_TYPE", `envelope_type ${JSON.stringify(e.envelope_type)} where ${expected} is expected`);
  }
  if (e.algorithm !== "Ed25519") return fail("UNKNOWN_ALGORITHM", `algorithm ${JSON.stringify(e.algorithm)} is not Ed25519`);
  if (e.hash_algorithm !== "SHA-256") {
    return fail("UNKNOWN_HASH_ALGORITHM", `hash_algorithm ${JSON.stringify(e.hash_algorithm)} is not SHA-256`);
  }
  const unknown = Object.keys(e).filter((k) => !KNOWN_KEYS.has(k));
  if (unknown.length) return fail("SCHEMA_VALIDATION_FAILED", `unknown envelope field(s): ${unknown.map((k) => JSON.stringify(k)).join(", ")}`);
  return void 0;
}
var DID_KEY_SHAPE_RE = /^did:key:z[A-Za-z0-9]+$/;
var B64U_TEXT_RE = /^[A-Za-z0-9_-]+$/;
function checkFields(e, at2) {
  if (!DID_KEY_SHAPE_RE.test(e.signer_did)) return fail("INVALID_DID_FORMAT", "signer_did is not shaped like a did:key");
  if (!isRfc3339DateTime(e.issued_at)) return fail("MALFORMED_ENVELOPE", "issued_at is not an RFC 3339 date-time");
  if (e.expires_at !== void 0 && !isRfc3339DateTime(e.expires_at)) {
    return fail("MALFORMED_ENVELOPE", "expires_at is not an RFC 3339 date-time");
  }
  if (at2 !== void 0 && e.expires_at !== void 0 && at2 > Date.parse(e.expires_at)) {
    return fail("EXPIRED_TTL", `envelope expired at ${e.expires_at}`);
  }
  if (!B64U_TEXT_RE.test(e.payload_hash_b64u)) return fail("MALFORMED_ENVELOPE", "payload_hash_b64u is not base64url");
  if (!B64U_TEXT_RE.test(e.signature_b64u)) return fail("MALFORMED_ENVELOPE", "signature_b64u is not base64url");
  return void 0;
}
function checkOwnType(e) {
  if (e.envelope_type !== "wpc_contract" && e.payload["issued_at"] !== e.issued_at) {
    return fail("ISSUED_AT_MISMATCH", "payload.issued_at is missing or differs from the envelope issued_at");
  }
  let jcs;
  try {
    jcs = canonicalize(e.payload);
  } catch (err2) {
    return fail("MALFORMED_ENVELOPE", `payload is not JSON: ${err2.message}`);
  }
  if (JSON.stringify(e.payload) !== jcs) return fail("JCS_ORDER_MISMATCH", "payload keys are not in JCS order");
  return void 0;
}
function checkCrypto(e, rule) {
  let hash;
  try {
    hash = payloadHashB64u(e.payload, rule);
  } catch (err2) {
    return fail("MALFORMED_ENVELOPE", `payload is not JSON: ${err2.message}`);
  }
  if (hash !== e.payload_hash_b64u) return fail("HASH_MISMATCH", "payload hash does not match payload_hash_b64u");
  let pub;
  try {
    pub = publicKeyFromDidKey(e.signer_did);
  } catch (err2) {
    return fail("INVALID_DID_FORMAT", `signer_did: ${err2.message}`);
  }
  const sig = b64uDecode(e.signature_b64u);
  if (sig === void 0 || sig.length !== SIGNATURE_LENGTH) {
    return fail("SIGNATURE_INVALID", "signature_b64u is not a canonical base64url 64-byte signature");
  }
  if (!verify2(pub, new TextEncoder().encode(e.payload_hash_b64u), sig)) {
    return fail("SIGNATURE_INVALID", "signature does not verify under signer_did");
  }
  return void 0;
}
function signerAllowed(did, allowed) {
  if (allowed === void 0) return true;
  return typeof allowed === "function" ? allowed(did) === true : allowed.includes(did);
}

// action/src/core/registry-types.ts
var LOG_DIR = "log";
var CONTRACT_DIR = "wpc";
var HEAD_FILE = "HEAD.json";
var SEQ_DIGITS = 12;
function logPath(seq) {
  return `${LOG_DIR}/${String(seq).padStart(SEQ_DIGITS, "0")}.json`;
}
function contractPath(hash) {
  return `${CONTRACT_DIR}/${hash}.json`;
}
var TOKEN_HASH_RE = /^[0-9a-f]{64}$/;
var MAX_REASON_CHARS = 256;
var DEFAULT_CHECKPOINT_DAYS = 90;
function emptyState() {
  return { policies: {}, revoked_policies: [], revoked_tokens: { hashes: [], jtis: [] } };
}

// action/src/core/registry-state.ts
function applyEntry(state, e, hasContract) {
  const v = (code, message) => ({ code, message });
  if (e.reason !== void 0 && (typeof e.reason !== "string" || [...e.reason].length > MAX_REASON_CHARS))
    return v("E_BAD_INPUT", `reason longer than ${MAX_REASON_CHARS} characters`);
  switch (e.kind) {
    case "publish":
    case "rollback": {
      const id = e.policy_id;
      const hash = e.policy_hash_b64u;
      if (typeof id !== "string" || !POLICY_ID_RE.test(id)) return v("E_BAD_INPUT", `invalid policy id ${JSON.stringify(id)}`);
      if (typeof hash !== "string" || !HASH_B64U_RE.test(hash)) return v("E_BAD_INPUT", `invalid policy hash ${JSON.stringify(hash)}`);
      if (state.revoked_policies.includes(hash)) return v("E_POLICY_REVOKED", `policy hash ${hash} is revoked`);
      const p = own(state.policies, id);
      if (e.kind === "publish") {
        if (!hasContract(hash)) return v("E_BAD_INPUT", `no signed contract for ${hash}`);
        if (p?.current === hash) return v("E_BAD_INPUT", `${id} is already at ${hash}`);
        const next = p ?? { current: null, history: [] };
        next.current = hash;
        if (!next.history.includes(hash)) next.history.push(hash);
        state.policies[id] = next;
        return void 0;
      }
      if (!p) return v("E_POLICY_UNKNOWN", `unknown policy id "${id}"`);
      if (!p.history.includes(hash)) return v("E_ROLLBACK_TARGET", `${hash} was never published for "${id}"`);
      if (p.current === hash) return v("E_ROLLBACK_TARGET", `"${id}" is already at ${hash}`);
      p.current = hash;
      return void 0;
    }
    case "revoke_policy": {
      const hash = e.policy_hash_b64u;
      if (typeof hash !== "string" || !HASH_B64U_RE.test(hash)) return v("E_BAD_INPUT", `invalid policy hash ${JSON.stringify(hash)}`);
      const holders = Object.values(state.policies).filter((p) => p.history.includes(hash));
      if (holders.length === 0) return v("E_POLICY_UNKNOWN", `policy hash ${hash} was never published`);
      if (state.revoked_policies.includes(hash)) return v("E_POLICY_REVOKED", `policy hash ${hash} is already revoked`);
      if (e.policy_id !== void 0 && !own(state.policies, e.policy_id)?.history.includes(hash))
        return v("E_POLICY_UNKNOWN", `${hash} is not a version of "${e.policy_id}"`);
      insertSorted(state.revoked_policies, hash);
      for (const p of holders) if (p.current === hash) p.current = null;
      return void 0;
    }
    case "revoke_token": {
      const h = e.token_hash;
      const j = e.token_jti;
      if (h === void 0 && j === void 0) return v("E_BAD_INPUT", "a token revocation names a token hash or a jti");
      if (h !== void 0 && (typeof h !== "string" || !TOKEN_HASH_RE.test(h))) return v("E_BAD_INPUT", "token hash must be 64 lowercase hex characters");
      if (j !== void 0 && (typeof j !== "string" || j.length === 0 || j.length > 256)) return v("E_BAD_INPUT", "jti must be 1–256 characters");
      const newHash = h !== void 0 && !state.revoked_tokens.hashes.includes(h);
      const newJti = j !== void 0 && !state.revoked_tokens.jtis.includes(j);
      if (!newHash && !newJti) return v("E_BAD_INPUT", "token is already revoked");
      if (newHash) insertSorted(state.revoked_tokens.hashes, h);
      if (newJti) insertSorted(state.revoked_tokens.jtis, j);
      return void 0;
    }
    default:
      return v("E_BAD_INPUT", `unknown entry kind ${JSON.stringify(e.kind)}`);
  }
}
function insertSorted(list, x) {
  let i = list.length;
  while (i > 0 && list[i - 1] > x) i--;
  list.splice(i, 0, x);
}
function cloneState(s) {
  return structuredClone(s);
}
function applyOrThrow(state, e, hasContract) {
  const bad2 = applyEntry(state, e, hasContract);
  if (bad2) throw new WpcError(bad2.code, bad2.message);
}
function stateForHash(s) {
  const policies = {};
  for (const id of Object.keys(s.policies).sort()) policies[id] = { current: s.policies[id].current, history: [...s.policies[id].history] };
  return { policies, revoked_policies: [...s.revoked_policies], revoked_tokens: { hashes: [...s.revoked_tokens.hashes], jtis: [...s.revoked_tokens.jtis] } };
}

// action/src/core/registry.ts
var LOG_RE = new RegExp(`^${LOG_DIR}/(\\d{${SEQ_DIGITS}})\\.json$`);
var CONTRACT_RE = new RegExp(`^${CONTRACT_DIR}/([A-Za-z0-9_-]{43})\\.json$`);
function registrySigner(trust, seq) {
  return (did) => hasRole(trust, "registry", did) && !retiredAt(trust, did, seq);
}
function retiredAt(trust, did, seq) {
  const r = own(trust.retired, did);
  return r !== void 0 && seq > r.after_seq;
}
function parseFile(bytes, file) {
  return parseIJson(decodeUtf8(bytes, file), { file }).value;
}
function verifyRegistry(files, opts) {
  const problems = [];
  const add = (code, seq, file, message) => problems.push({ code, seq, file, message });
  const logs = /* @__PURE__ */ new Map();
  const contractFiles = /* @__PURE__ */ new Map();
  for (const path of [...files.keys()].sort()) {
    const lm = LOG_RE.exec(path);
    const cm = CONTRACT_RE.exec(path);
    if (lm) logs.set(Number(lm[1]), path);
    else if (cm) contractFiles.set(cm[1], path);
    else if (path !== HEAD_FILE) add("E_REG_UNKNOWN_FILE", null, path, `unexpected file ${path} on the registry`);
  }
  const contracts = /* @__PURE__ */ new Map();
  const badContracts = /* @__PURE__ */ new Set();
  const contractAt = (hash, seq, file) => {
    if (contracts.has(hash)) return true;
    if (badContracts.has(hash)) return false;
    const path = contractFiles.get(hash);
    if (!path) {
      add("E_REG_CHAIN", seq, file, `entry ${seq} publishes ${hash} but ${contractPath(hash)} is missing`);
      badContracts.add(hash);
      return false;
    }
    let env;
    try {
      env = parseFile(files.get(path), path);
    } catch (e) {
      add("E_REG_SIG", seq, path, `contract ${hash}: ${e.message}`);
      badContracts.add(hash);
      return false;
    }
    const v = verifyEnvelope(env, { expectedType: "wpc_contract", allowedSigners: (d) => hasRole(opts.trust, "registry", d) });
    if (!v.ok || v.payloadHash !== hash) {
      const retired2 = !v.ok && v.code === "SIGNER_NOT_ALLOWED";
      add(retired2 ? "E_REG_SIG" : "E_REG_SIG", seq, path, `contract ${hash}: ${v.ok ? "payload hash does not match its file name" : `${v.code}: ${v.detail}`}`);
      badContracts.add(hash);
      return false;
    }
    if (retiredAt(opts.trust, v.signer, seq)) {
      add("E_REG_RETIRED_KEY", seq, path, `contract ${hash} is signed by ${v.signer}, retired before seq ${seq}`);
      badContracts.add(hash);
      return false;
    }
    if (env.expires_at !== void 0) {
      add("E_REG_SIG", seq, path, `contract ${hash} carries an envelope expires_at`);
      badContracts.add(hash);
      return false;
    }
    contracts.set(hash, v.envelope.payload);
    return true;
  };
  const seqs = [...logs.keys()].sort((a, b) => a - b);
  const state = emptyState();
  const entries = [];
  let prev = null;
  let expected = 1;
  for (const seq of seqs) {
    const file = logs.get(seq);
    if (seq !== expected) {
      add("E_REG_SEQ_GAP", expected, file, seq < expected ? `duplicate seq ${seq}` : `entries ${expected}…${seq - 1} are missing`);
      expected = seq;
    }
    expected++;
    let env;
    try {
      env = parseFile(files.get(file), file);
    } catch (e) {
      add("E_REG_SIG", seq, file, e.message);
      prev = null;
      continue;
    }
    const v = verifyEnvelope(env, { expectedType: "wpc_registry_entry", allowedSigners: (d) => hasRole(opts.trust, "registry", d) });
    if (!v.ok) {
      add("E_REG_SIG", seq, file, `entry ${seq}: ${v.code}: ${v.detail}`);
      prev = env?.payload_hash_b64u ?? null;
      continue;
    }
    if (env.expires_at !== void 0)
      add("E_REG_SIG", seq, file, `entry ${seq} carries an unsigned envelope expires_at`);
    if (retiredAt(opts.trust, v.signer, seq)) {
      add("E_REG_RETIRED_KEY", seq, file, `entry ${seq} is signed by ${v.signer}, retired after seq ${opts.trust.retired[v.signer].after_seq}`);
    }
    const p = v.envelope.payload;
    if (p.seq !== seq) add("E_REG_SEQ_GAP", seq, file, `file ${file} holds entry seq ${String(p.seq)}`);
    if (p.entry_version !== "1") add("E_REG_CHAIN", seq, file, `unknown entry_version ${JSON.stringify(p.entry_version)}`);
    if (p.prev_entry_hash_b64u !== (seq === 1 ? null : prev))
      add("E_REG_CHAIN", seq, file, `entry ${seq} does not chain to entry ${seq - 1} (prev_entry_hash_b64u mismatch)`);
    if (p.kind === "publish" && typeof p.policy_hash_b64u === "string" && HASH_B64U_RE.test(p.policy_hash_b64u)) contractAt(p.policy_hash_b64u, seq, file);
    const bad2 = applyEntry(state, p, (h) => contracts.has(h));
    if (bad2 && !(p.kind === "publish" && badContracts.has(p.policy_hash_b64u ?? ""))) add("E_REG_CHAIN", seq, file, `entry ${seq} (${p.kind}) breaks a registry rule: ${bad2.message}`);
    entries.push({ seq, entry_hash_b64u: v.payloadHash, signer: v.signer, payload: p });
    prev = v.payloadHash;
  }
  const lastSeq = seqs.length ? seqs[seqs.length - 1] : 0;
  for (const [hash, path] of contractFiles) if (!contracts.has(hash) && !badContracts.has(hash)) add("E_REG_UNKNOWN_FILE", null, path, `contract ${hash} is not published by any entry`);
  let checkpoint = null;
  const head = files.get(HEAD_FILE);
  if (!head) {
    if (lastSeq > 0) add("E_REG_CHECKPOINT", lastSeq, HEAD_FILE, "HEAD.json is missing");
  } else {
    try {
      const env = parseFile(head, HEAD_FILE);
      const cseq = env?.payload?.seq;
      const signSeq = typeof cseq === "number" ? cseq : lastSeq;
      const v = verifyEnvelope(env, { expectedType: "wpc_registry_checkpoint", allowedSigners: registrySigner(opts.trust, signSeq) });
      if (!v.ok) add(v.code === "SIGNER_NOT_ALLOWED" && hasRole(opts.trust, "registry", env.signer_did) ? "E_REG_RETIRED_KEY" : "E_REG_CHECKPOINT", lastSeq, HEAD_FILE, `checkpoint: ${v.code}: ${v.detail}`);
      else {
        checkpoint = v.envelope.payload;
        const c = checkpoint;
        if (env.expires_at !== c.expires_at)
          add("E_REG_CHECKPOINT", lastSeq, HEAD_FILE, "the envelope expires_at differs from the signed payload's expires_at");
        if (c.seq !== lastSeq) add("E_REG_CHECKPOINT", lastSeq, HEAD_FILE, `checkpoint seq ${c.seq} but the log ends at ${lastSeq}`);
        if (c.entry_hash_b64u !== prev) add("E_REG_CHECKPOINT", lastSeq, HEAD_FILE, "checkpoint entry_hash_b64u is not the last entry's hash");
        if (c.state_hash_b64u !== jcsHashB64u(stateForHash(state))) add("E_REG_CHECKPOINT", lastSeq, HEAD_FILE, "checkpoint state_hash_b64u does not match the replayed state");
        const exp = Date.parse(c.expires_at);
        if (!(exp > opts.at)) add("E_REG_EXPIRED", lastSeq, HEAD_FILE, `checkpoint expired at ${c.expires_at}`);
      }
    } catch (e) {
      add("E_REG_CHECKPOINT", lastSeq, HEAD_FILE, e.message);
    }
  }
  if (opts.minSeq !== void 0 && lastSeq < opts.minSeq)
    add("E_REG_CHECKPOINT", lastSeq, HEAD_FILE, `registry is at seq ${lastSeq}, older than the seq ${opts.minSeq} already seen`);
  problems.sort((a, b) => (a.seq ?? Number.MAX_SAFE_INTEGER) - (b.seq ?? Number.MAX_SAFE_INTEGER) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { ok: problems.length === 0, problems, seq: lastSeq, headEntryHash: prev, state, entries, contracts, checkpoint };
}
function isoSeconds(ms) {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}
var enc = new TextEncoder();
function envelopeBytes(env) {
  return enc.encode(JSON.stringify(env, null, 2) + "\n");
}
function appendEntries(reg, drafts, signer, opts) {
  if (!reg.ok) throw new WpcError(reg.problems[0].code, `registry does not verify: ${reg.problems[0].message}`);
  const state = cloneState(reg.state);
  const files = /* @__PURE__ */ new Map();
  const entries = [];
  const issuedAt = isoSeconds(opts.now);
  const known = new Set(reg.contracts.keys());
  let prev = reg.headEntryHash;
  let seq = reg.seq;
  for (const d of drafts) {
    seq++;
    if (d.kind === "publish") {
      if (!d.contract || !d.policy_hash_b64u) throw new WpcError("E_BAD_INPUT", "a publish draft carries its contract");
      if (!known.has(d.policy_hash_b64u)) {
        const env2 = signEnvelope({ type: "wpc_contract", payload: d.contract, seed: signer.seed, issuedAt });
        if (env2.payload_hash_b64u !== d.policy_hash_b64u) throw new WpcError("E_BAD_INPUT", "contract hash differs from the policy hash");
        files.set(contractPath(d.policy_hash_b64u), envelopeBytes(env2));
        known.add(d.policy_hash_b64u);
      }
    }
    const payload = {
      entry_version: "1",
      seq,
      prev_entry_hash_b64u: prev,
      kind: d.kind,
      ...d.policy_id !== void 0 ? { policy_id: d.policy_id } : {},
      ...d.policy_hash_b64u !== void 0 ? { policy_hash_b64u: d.policy_hash_b64u } : {},
      ...d.token_hash !== void 0 ? { token_hash: d.token_hash } : {},
      ...d.token_jti !== void 0 ? { token_jti: d.token_jti } : {},
      ...d.reason !== void 0 ? { reason: d.reason } : {},
      issued_at: issuedAt,
      source: opts.source
    };
    applyOrThrow(state, payload, (h) => known.has(h));
    const env = signEnvelope({ type: "wpc_registry_entry", payload, seed: signer.seed, issuedAt });
    files.set(logPath(seq), envelopeBytes(env));
    entries.push({ seq, entry_hash_b64u: env.payload_hash_b64u, signer: signer.did, payload: env.payload });
    prev = env.payload_hash_b64u;
  }
  files.set(HEAD_FILE, checkpointBytes(seq, prev, state, signer, opts.now, opts.checkpointDays));
  return { files, entries, seq, state };
}
function checkpointBytes(seq, entryHash, state, signer, now, days) {
  if (entryHash === null) throw new WpcError("E_BAD_INPUT", "an empty registry has no checkpoint");
  const issuedAt = isoSeconds(now);
  const payload = {
    checkpoint_version: "1",
    seq,
    entry_hash_b64u: entryHash,
    state_hash_b64u: jcsHashB64u(stateForHash(state)),
    issued_at: issuedAt,
    expires_at: isoSeconds(now + days * 864e5)
  };
  return envelopeBytes(signEnvelope({ type: "wpc_registry_checkpoint", payload, seed: signer.seed, issuedAt, expiresAt: payload.expires_at }));
}

// action/src/io/keys.ts
import { closeSync as closeSync2, fstatSync as fstatSync2, mkdirSync, openSync as openSync2, readFileSync as readFileSync3, writeSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { join as join4 } from "node:path";

// action/src/core/signer.ts
function signerFromSeed(seed) {
  const publicKey = publicKeyFromSeed(seed);
  const did = didKeyFromPublicKey(publicKey);
  const s = { seed, publicKey, did };
  Object.defineProperty(s, "seed", { value: seed, enumerable: false });
  Object.defineProperty(s, "toJSON", { value: () => ({ did }), enumerable: false });
  return s;
}

// action/src/io/keys.ts
var KEY_ENV = "WPC_SIGNING_KEY";
var KEY_FILE_NAME = "wpc-signing.key";
function loadSigner(keyFile, env = process.env) {
  if (keyFile) {
    let fd;
    try {
      fd = openSync2(keyFile, "r");
    } catch (e) {
      throw new WpcError("E_IO", `${keyFile}: ${ioReason(e)}`, keyFile);
    }
    try {
      const st = fstatSync2(fd);
      if (!st.isFile()) throw new WpcError("E_BAD_KEY", `${keyFile}: not a key file`, keyFile);
      if ((st.mode & 63) !== 0)
        throw new WpcError("E_BAD_KEY", `${keyFile}: key file is readable by others (mode ${(st.mode & 511).toString(8)}); chmod 600 it`, keyFile);
      if (st.size > 256) throw new WpcError("E_BAD_KEY", `${keyFile}: not a wpc signing key`, keyFile);
      return signerFromSeed(loadSeed(readFileSync3(fd, "utf8")));
    } catch (e) {
      if (e instanceof WpcError) throw new WpcError(e.code, e.message.startsWith(keyFile) ? e.message : `${keyFile}: ${e.message}`, keyFile);
      throw new WpcError("E_IO", `${keyFile}: ${ioReason(e)}`, keyFile);
    } finally {
      closeSync2(fd);
    }
  }
  const text = env[KEY_ENV];
  if (text === void 0 || text.trim() === "") throw new WpcError("E_BAD_KEY", `no signing key: set ${KEY_ENV} or pass --key FILE`);
  try {
    return signerFromSeed(loadSeed(text));
  } catch (e) {
    if (e instanceof WpcError) throw new WpcError(e.code, `${KEY_ENV}: ${e.message}`);
    throw new WpcError("E_BAD_KEY", `${KEY_ENV}: not a signing key`);
  }
}
function keygen(dir) {
  mkdirSync(dir, { recursive: true, mode: 448 });
  const path = join4(dir, KEY_FILE_NAME);
  const seed = new Uint8Array(randomBytes(32));
  let fd;
  try {
    fd = openSync2(path, "wx", 384);
  } catch (e) {
    if (e.code === "EEXIST") throw new WpcError("E_IO", `${path}: already exists (refusing to overwrite a key)`, path);
    throw new WpcError("E_IO", `${path}: ${ioReason(e)}`, path);
  }
  try {
    writeSync(fd, `${b64uEncode(seed)}
`);
  } finally {
    closeSync2(fd);
  }
  return { path, signer: signerFromSeed(seed) };
}

// action/src/io/registry-store.ts
import { closeSync as closeSync3, existsSync, mkdirSync as mkdirSync2, openSync as openSync3, readFileSync as readFileSync4, readdirSync as readdirSync3, renameSync, rmSync, statSync as statSync2, writeFileSync, writeSync as writeSync2 } from "node:fs";
import { createHash as createHash3 } from "node:crypto";
import { dirname as dirname2, join as join5, resolve as resolve4 } from "node:path";

// action/src/io/git-commit.ts
import { randomBytes as randomBytes2 } from "node:crypto";
function buildCommit(cwd, parent, changes, message) {
  const tmpRef = `refs/wpc-tmp/${process.pid}-${randomBytes2(6).toString("hex")}`;
  const when = Math.floor(Date.now() / 1e3);
  const parts = [];
  const msg = Buffer.from(message, "utf8");
  parts.push(Buffer.from(`commit ${tmpRef}
committer wpc <wpc@localhost> ${when} +0000
data ${msg.length}
`), msg, Buffer.from("\n"));
  if (parent) parts.push(Buffer.from(`from ${parent}
`));
  for (const path of [...changes.keys()].sort()) {
    const data = changes.get(path);
    parts.push(Buffer.from(`M 100644 inline ${path}
data ${data.byteLength}
`), Buffer.from(data), Buffer.from("\n"));
  }
  parts.push(Buffer.from("\n"));
  const r = git(["fast-import", "--quiet", "--done", "--force"], cwd, Buffer.concat([...parts, Buffer.from("done\n")]));
  if (r.status !== 0) throw new WpcError("E_IO", `git fast-import: ${firstLine(r.stderr)}`);
  const rev = git(["rev-parse", "--verify", tmpRef], cwd);
  git(["update-ref", "-d", tmpRef], cwd);
  if (rev.status !== 0) throw new WpcError("E_IO", "git fast-import did not produce a commit");
  return rev.stdout.toString("utf8").trim();
}

// action/src/io/registry-git.ts
var BRANCH_RE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,200}$/;
function parseGitRegistrySpec(spec, cwd) {
  const ref = spec.slice(4);
  if (!BRANCH_RE.test(ref) || ref.includes("..")) throw new WpcError("E_USAGE", `invalid registry ref "${ref}"`);
  const top = git(["rev-parse", "--show-toplevel"], cwd);
  if (top.status !== 0) throw new WpcError("E_IO", `--registry ${spec}: ${cwd} is not inside a git repository`);
  const root = top.stdout.toString("utf8").trim();
  const remotes = git(["remote"], root).stdout.toString("utf8").split("\n").filter(Boolean);
  const slash = ref.indexOf("/");
  if (slash > 0 && remotes.includes(ref.slice(0, slash))) return { cwd: root, remote: ref.slice(0, slash), branch: ref.slice(slash + 1), readOnlyRef: null };
  const isBranch = git(["check-ref-format", "--branch", ref], root).status === 0;
  if (!isBranch) return { cwd: root, remote: null, branch: ref, readOnlyRef: ref };
  return { cwd: root, remote: remotes.includes("origin") ? "origin" : null, branch: ref, readOnlyRef: null };
}
var GitRegistryStore = class {
  constructor(spec) {
    this.spec = spec;
    this.describe = spec.readOnlyRef ? `git ref ${spec.readOnlyRef}` : spec.remote ? `git branch ${spec.remote}/${spec.branch}` : `git branch ${spec.branch}`;
  }
  spec;
  describe;
  trackingRef() {
    return this.spec.remote ? `refs/remotes/${this.spec.remote}/${this.spec.branch}` : `refs/heads/${this.spec.branch}`;
  }
  /** Fetch the branch from the remote (absent remotely: the registry is empty). */
  fetch() {
    const { remote, branch, cwd } = this.spec;
    if (!remote) return;
    const ls = git(["ls-remote", "--exit-code", remote, `refs/heads/${branch}`], cwd);
    if (ls.status === 2) {
      git(["update-ref", "-d", this.trackingRef()], cwd);
      return;
    }
    if (ls.status !== 0) throw new WpcError("E_IO", `git ls-remote ${remote}: ${firstLine(ls.stderr)}`);
    const r = git(["fetch", "--quiet", "--no-tags", remote, `+refs/heads/${branch}:${this.trackingRef()}`], cwd);
    if (r.status !== 0) throw new WpcError("E_IO", `git fetch ${remote} ${branch}: ${firstLine(r.stderr)}`);
  }
  read() {
    this.fetch();
    const ref = this.spec.readOnlyRef ?? this.trackingRef();
    const rev = git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], this.spec.cwd);
    if (rev.status !== 0) {
      if (this.spec.readOnlyRef) throw new WpcError("E_IO", `registry ref "${ref}" does not exist`);
      return { files: /* @__PURE__ */ new Map(), version: null };
    }
    const commit = rev.stdout.toString("utf8").trim();
    return { files: readTree(commit, this.spec.cwd), version: commit };
  }
  write(base, changes, message) {
    if (this.spec.readOnlyRef) throw new WpcError("E_USAGE", `registry ref "${this.spec.readOnlyRef}" is read-only; use a branch`);
    const { cwd, remote, branch } = this.spec;
    const commit = buildCommit(cwd, base.version, changes, message);
    if (remote) {
      const lease = `--force-with-lease=refs/heads/${branch}:${base.version ?? ""}`;
      const r2 = git(["push", "--quiet", "--porcelain", lease, remote, `${commit}:refs/heads/${branch}`], cwd);
      if (r2.status !== 0) {
        const now = git(["ls-remote", remote, `refs/heads/${branch}`], cwd);
        const at2 = now.status === 0 ? now.stdout.toString("utf8").split(/\s/)[0] ?? "" : void 0;
        if (at2 !== void 0 && at2 !== (base.version ?? "")) return "conflict";
        throw new WpcError("E_IO", `git push ${remote} ${branch} was refused (the branch did not move): check branch protection and push rights`);
      }
      git(["update-ref", this.trackingRef(), commit], cwd);
      git(["update-ref", `refs/heads/${branch}`, commit], cwd);
      return "ok";
    }
    const r = git(["update-ref", `refs/heads/${branch}`, commit, base.version ?? "0".repeat(40)], cwd);
    return r.status === 0 ? "ok" : "conflict";
  }
};
function readTree(commit, cwd) {
  const files = /* @__PURE__ */ new Map();
  const ls = git(["ls-tree", "-r", "-z", "--full-tree", commit], cwd);
  if (ls.status !== 0) throw new WpcError("E_IO", `git ls-tree ${commit}: ${firstLine(ls.stderr)}`);
  const items = [];
  for (const rec of ls.stdout.toString("utf8").split("\0")) {
    if (!rec) continue;
    const tab = rec.indexOf("	");
    const [, type, sha] = rec.slice(0, tab).split(" ");
    if (type === "blob") items.push({ sha, path: rec.slice(tab + 1) });
    else files.set(rec.slice(tab + 1), new Uint8Array());
  }
  if (items.length === 0) return files;
  const cat = git(["cat-file", "--batch"], cwd, items.map((i) => i.sha).join("\n") + "\n");
  if (cat.status !== 0) throw new WpcError("E_IO", `git cat-file: ${firstLine(cat.stderr)}`);
  const buf = cat.stdout;
  let off = 0;
  for (const item of items) {
    const nl = buf.indexOf(10, off);
    const header = buf.subarray(off, nl).toString("utf8").split(" ");
    const size = Number(header[2]);
    files.set(item.path, new Uint8Array(buf.subarray(nl + 1, nl + 1 + size)));
    off = nl + 1 + size + 1;
  }
  return files;
}

// action/src/io/registry-store.ts
function openRegistry(spec, cwd) {
  if (spec.startsWith("git:")) return new GitRegistryStore(parseGitRegistrySpec(spec, cwd));
  return new DirRegistryStore(resolve4(cwd, spec));
}
var LOCK = ".wpc-lock";
function readExisting(store) {
  const snap = store.read();
  if (snap.version === null && snap.files.size === 0) throw new WpcError("E_IO", `registry ${store.describe} is missing or empty`);
  return snap;
}
var DirRegistryStore = class {
  constructor(dir) {
    this.dir = dir;
    this.describe = `directory ${dir}`;
  }
  dir;
  describe;
  read() {
    const files = /* @__PURE__ */ new Map();
    if (!existsSync(this.dir)) return { files, version: null };
    if (!statSync2(this.dir).isDirectory()) throw new WpcError("E_IO", `${this.dir}: not a directory`);
    const walk2 = (rel) => {
      for (const ent of readdirSync3(join5(this.dir, rel), { withFileTypes: true })) {
        if (rel === "" && (ent.name === LOCK || /^\.HEAD\.\d+\.tmp$/.test(ent.name))) continue;
        const p = rel ? `${rel}/${ent.name}` : ent.name;
        if (ent.isDirectory()) walk2(p);
        else files.set(p, new Uint8Array(readFileSync4(join5(this.dir, p))));
      }
    };
    walk2("");
    const head = files.get(HEAD_FILE);
    return { files, version: head ? digest(head) : files.size ? "headless" : null };
  }
  write(base, changes) {
    mkdirSync2(this.dir, { recursive: true });
    const lock = join5(this.dir, LOCK);
    let fd;
    try {
      fd = openSync3(lock, "wx");
    } catch (e) {
      if (e.code === "EEXIST") {
        try {
          if (Date.now() - statSync2(lock).mtimeMs > 12e4) rmSync(lock, { force: true });
        } catch {
        }
        return "conflict";
      }
      throw new WpcError("E_IO", `${lock}: cannot lock the registry`);
    }
    try {
      writeSync2(fd, `${process.pid}
`);
      const headPath = join5(this.dir, HEAD_FILE);
      const current = existsSync(headPath) ? digest(new Uint8Array(readFileSync4(headPath))) : null;
      if (current !== (base.version === "headless" ? null : base.version)) return "conflict";
      for (const [path, bytes] of changes) {
        if (path === HEAD_FILE) continue;
        const full = join5(this.dir, path);
        mkdirSync2(dirname2(full), { recursive: true });
        if (existsSync(full)) {
          if (Buffer.compare(readFileSync4(full), bytes) === 0) continue;
          return "conflict";
        }
        writeFileSync(full, bytes, { flag: "wx" });
      }
      const head = changes.get(HEAD_FILE);
      if (head) {
        const tmp = join5(this.dir, `.HEAD.${process.pid}.tmp`);
        writeFileSync(tmp, head);
        renameSync(tmp, headPath);
      }
      return "ok";
    } finally {
      closeSync3(fd);
      rmSync(lock, { force: true });
    }
  }
};
function digest(b) {
  return createHash3("sha256").update(b).digest("hex");
}

// action/src/io/publish.ts
import { relative as relative2, resolve as resolve5 } from "node:path";

// action/src/io/registry-writer.ts
function verifyForWrite(store, trust, at2) {
  const snap = store.read();
  const reg = verifyRegistry(snap.files, { trust, at: at2 });
  const fatal = reg.problems.filter((p) => p.code !== "E_REG_EXPIRED");
  if (fatal.length) {
    const p = fatal[0];
    throw new WpcError(p.code, `registry (${store.describe}) does not verify${p.seq !== null ? ` at seq ${p.seq}` : ""}: ${p.message}`);
  }
  return { snap, reg };
}
function requireWriter(o, nextSeq) {
  const did = o.signer.did;
  if (!hasRole(o.trust, "registry", did)) throw new WpcError("E_BAD_KEY", `the signing key ${did} is not a registry key in trust.json`);
  const r = own(o.trust.retired, did);
  if (r && nextSeq > r.after_seq) throw new WpcError("E_BAD_KEY", `the signing key ${did} is retired after seq ${r.after_seq}`);
}
function sleepMs(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
function appendWithRetry(o, plan, message) {
  const max = o.maxAttempts ?? 12;
  for (let attempt = 1; attempt <= max; attempt++) {
    const now = o.now();
    const { snap, reg } = verifyForWrite(o.store, o.trust, now);
    requireWriter(o, reg.seq + 1);
    const drafts = plan(reg);
    if (drafts.length === 0) return { entries: [], seq: reg.seq, attempts: attempt, before: reg };
    const app = appendEntries({ ...reg, ok: true, problems: [] }, drafts, o.signer, {
      now,
      source: o.source,
      checkpointDays: o.checkpointDays ?? DEFAULT_CHECKPOINT_DAYS
    });
    if (o.store.write(snap, app.files, message(drafts)) === "ok") return { entries: app.entries, seq: app.seq, attempts: attempt, before: reg };
    sleepMs(Math.min(2e3, 40 * 2 ** attempt) * (0.5 + Math.random()));
  }
  throw new WpcError("E_REG_CONFLICT", `the registry kept moving: gave up after ${max} compare-and-swap attempts`);
}
function refreshCheckpoint(o) {
  const max = o.maxAttempts ?? 12;
  for (let attempt = 1; attempt <= max; attempt++) {
    const now = o.now();
    const { snap, reg } = verifyForWrite(o.store, o.trust, now);
    if (reg.seq === 0) throw new WpcError("E_BAD_INPUT", "the registry is empty: nothing to refresh");
    requireWriter(o, reg.seq);
    const days = o.checkpointDays ?? DEFAULT_CHECKPOINT_DAYS;
    const bytes = checkpointBytes(reg.seq, reg.headEntryHash, reg.state, o.signer, now, days);
    if (o.store.write(snap, /* @__PURE__ */ new Map([[HEAD_FILE, bytes]]), `wpc registry refresh: checkpoint at seq ${reg.seq}`) === "ok") {
      const exp = JSON.parse(new TextDecoder().decode(bytes)).payload.expires_at;
      return { seq: reg.seq, expires_at: exp, attempts: attempt };
    }
    sleepMs(Math.min(2e3, 40 * 2 ** attempt) * (0.5 + Math.random()));
  }
  throw new WpcError("E_REG_CONFLICT", `the registry kept moving: gave up after ${max} compare-and-swap attempts`);
}

// action/src/io/publish.ts
function loadHeadPolicies(root, dir, commit, trust) {
  const blobs = committedFiles(root, dir, commit, POLICY_FILE_SUFFIX);
  const names = [...blobs.keys()].sort();
  const out = [];
  const problems = [];
  for (const path of names) {
    const id = policyIdFromFileName(path.slice(path.lastIndexOf("/") + 1));
    if (!id) {
      problems.push(`${path}: file name is not <policy id>.wpc.json`);
      continue;
    }
    try {
      const parsed = parsePolicyBytes(blobs.get(path) ?? new Uint8Array(), path);
      const r = checkPolicy(parsed, path, { routes: routeNames(trust) });
      const errs = r.findings.filter((f) => f.level === "error");
      if (errs.length) problems.push(...errs.map((f) => `${path}:${f.line}:${f.column}: ${f.rule}: ${f.message}`));
      else out.push({ id, file: path, hash: r.policy_hash_b64u, value: parsed.value });
    } catch (e) {
      problems.push(e instanceof Error ? e.message : String(e));
    }
  }
  if (problems.length)
    throw new WpcError("E_BAD_INPUT", `refusing to publish: ${problems.length} invalid polic${problems.length === 1 ? "y" : "ies"}: ${problems.slice(0, 3).join("; ")}${problems.length > 3 ? "; …" : ""}`);
  return out;
}
function replacedByRollback(reg) {
  const current = /* @__PURE__ */ new Map();
  const replaced = /* @__PURE__ */ new Map();
  for (const e of reg.entries) {
    const p = e.payload;
    if (p.kind === "publish" || p.kind === "rollback") {
      const before = current.get(p.policy_id) ?? null;
      if (p.kind === "rollback" && before) {
        const s = replaced.get(p.policy_id) ?? /* @__PURE__ */ new Set();
        s.add(before);
        replaced.set(p.policy_id, s);
      }
      current.set(p.policy_id, p.policy_hash_b64u);
    }
  }
  return replaced;
}
function lastPublishCommit(reg) {
  for (let i = reg.entries.length - 1; i >= 0; i--) {
    const e = reg.entries[i];
    if (e.payload.kind === "publish" && e.payload.source.commit) return e.payload.source.commit;
  }
  return null;
}
function changedSince(root, dir, since, head) {
  if (!since) return null;
  let c = resolveCommit(since, root);
  if (!c && /^[0-9a-f]{40}$/.test(since)) {
    git(["fetch", "--quiet", "--no-tags", "origin", since], root);
    c = resolveCommit(since, root);
  }
  if (!c) return "unknown";
  if (git(["merge-base", "--is-ancestor", head, c], root).status === 0) return /* @__PURE__ */ new Set();
  const mb = mergeBase(c, head, root) ?? c;
  const out = gitOk(["diff", "--name-only", "--no-renames", "-z", mb, head, "--", `${dir}/`], root);
  return new Set(out.split("\0").filter(Boolean));
}
function sourceFromEnv(env, commit, root) {
  const branch = git(["symbolic-ref", "-q", "HEAD"], root).stdout.toString("utf8").trim();
  return {
    repository: env.GITHUB_REPOSITORY || null,
    ref: env.GITHUB_REF || branch || null,
    commit,
    run_id: env.GITHUB_RUN_ID || null,
    actor: env.GITHUB_ACTOR || null
  };
}
function publish(o) {
  const root = repoRoot(o.cwd);
  const dir = relative2(root, resolve5(o.cwd, o.policiesDir)).split("\\").join("/") || ".";
  const head = resolveCommit("HEAD", root);
  if (!head) throw new WpcError("E_IO", `${root}: no commit to publish`);
  const trust = loadTrustFile(resolve5(o.cwd, o.trustFile));
  if (!hasRole(trust, "registry", o.signer.did))
    throw new WpcError("E_BAD_KEY", `the signing key ${o.signer.did} is not a registry key in ${o.trustFile}`);
  const policies = loadHeadPolicies(root, dir, head, trust);
  const store = openRegistry(o.registry, o.cwd);
  let considered = [];
  const writer2 = { store, trust, signer: o.signer, now: o.now, source: sourceFromEnv(o.env, head, root) };
  if (o.maxAttempts !== void 0) writer2.maxAttempts = o.maxAttempts;
  if (o.checkpointDays !== void 0) writer2.checkpointDays = o.checkpointDays;
  const out = appendWithRetry(
    writer2,
    (reg) => {
      const found = o.all ? null : changedSince(root, dir, o.since ?? lastPublishCommit(reg), head);
      const range = found === "unknown" ? null : found;
      const replaced = replacedByRollback(reg);
      considered = policies.filter((p) => range === null || range.has(p.file));
      const drafts = [];
      for (const p of considered) {
        if (own(reg.state.policies, p.id)?.current === p.hash) continue;
        if (reg.state.revoked_policies.includes(p.hash))
          throw new WpcError("E_POLICY_REVOKED", `${p.file}: policy hash ${p.hash} is revoked and cannot be published`, p.file);
        if (range === null && replaced.get(p.id)?.has(p.hash)) continue;
        if (found === "unknown" && own(reg.state.policies, p.id)?.history.includes(p.hash)) continue;
        drafts.push({ kind: "publish", policy_id: p.id, policy_hash_b64u: p.hash, contract: p.value });
      }
      return drafts;
    },
    (d) => `wpc publish: ${d.map((x) => x.policy_id).join(", ")}

source commit ${head}`
  );
  const files = new Map(policies.map((p) => [p.id, p.file]));
  return {
    published: out.entries.map((e) => ({ policy_id: e.payload.policy_id, policy_hash_b64u: e.payload.policy_hash_b64u, seq: e.seq, file: files.get(e.payload.policy_id) })),
    seq: out.seq,
    registry: store.describe,
    commit: head,
    attempts: out.attempts,
    considered: considered.map((p) => p.file)
  };
}

// action/src/cli/cmd-incident.ts
import { resolve as resolve7 } from "node:path";

// action/src/core/cst.ts
var utf8 = new TextDecoder("utf-8", { fatal: true });
function decodeSegment(seg) {
  const bytes = b64uDecode(seg);
  if (!bytes) return void 0;
  try {
    const v = JSON.parse(utf8.decode(bytes));
    return v && typeof v === "object" && !Array.isArray(v) ? v : void 0;
  } catch {
    return void 0;
  }
}
function parseCst(token) {
  if (typeof token !== "string" || token.length > 16384) return { ok: false, code: "TOKEN_MALFORMED", detail: "token is not a compact JWS string" };
  const parts = token.split(".");
  if (parts.length !== 3) return { ok: false, code: "TOKEN_MALFORMED", detail: "token does not have 3 parts" };
  const header = decodeSegment(parts[0]);
  const claims = decodeSegment(parts[1]);
  const signature2 = b64uDecode(parts[2]);
  if (!header || !claims || !signature2) return { ok: false, code: "TOKEN_MALFORMED", detail: "token segments are not base64url JSON" };
  if (header.alg !== "EdDSA") return { ok: false, code: "TOKEN_UNSUPPORTED_ALG", detail: `alg ${JSON.stringify(header.alg)} is not EdDSA` };
  return { ok: true, cst: { header, claims, signingInput: `${parts[0]}.${parts[1]}`, signature: signature2 } };
}
function cstIssuerCandidates(cst, issuers) {
  const out = [];
  for (const did of issuers) {
    let pub;
    try {
      pub = publicKeyFromDidKey(did);
    } catch {
      continue;
    }
    if (cst.header.kid === void 0 || cst.header.kid === keyId(pub)) out.push({ did, pub });
  }
  return out;
}
function tokenScopeHash(claims) {
  const list = (v) => {
    const arr2 = Array.isArray(v) ? v : typeof v === "string" ? [v] : [];
    return [...new Set(arr2.filter((x) => typeof x === "string").map((x) => x.trim()).filter((x) => x !== ""))].sort();
  };
  const o = {
    token_version: "1",
    sub: typeof claims.sub === "string" ? claims.sub.trim() : "",
    aud: list(claims.aud),
    scope: list(claims.scope)
  };
  for (const k of [
    "owner_ref",
    "owner_did",
    "controller_did",
    "agent_did",
    "policy_hash_b64u",
    "control_plane_policy_hash_b64u",
    "payment_account_did",
    "mission_id",
    "delegation_id",
    "delegator_did",
    "delegate_did",
    "delegation_policy_hash_b64u"
  ]) {
    const v = claims[k];
    if (typeof v === "string" && v.trim() !== "") o[k] = v.trim();
  }
  if (typeof claims.spend_cap === "number" && Number.isFinite(claims.spend_cap) && claims.spend_cap >= 0) o.spend_cap = claims.spend_cap;
  if (typeof claims.delegation_spend_cap_minor === "string" && /^\d+$/.test(claims.delegation_spend_cap_minor)) o.delegation_spend_cap_minor = claims.delegation_spend_cap_minor;
  if (typeof claims.delegation_expires_at === "number" && claims.delegation_expires_at > 0) o.delegation_expires_at = Math.floor(claims.delegation_expires_at);
  return sha256B64u(canonicalize(o));
}
function tokenHash(token) {
  return sha256Hex(token);
}

// action/src/core/incident.ts
function checkReason(reason) {
  if (reason === void 0 || reason.trim() === "") throw new WpcError("E_BAD_INPUT", "a reason is required");
  const r = reason.trim();
  if ([...r].length > MAX_REASON_CHARS) throw new WpcError("E_BAD_INPUT", `the reason is longer than ${MAX_REASON_CHARS} characters`);
  if (/[\u0000-\u001f\u007f]/.test(r)) throw new WpcError("E_BAD_INPUT", "the reason contains control characters");
  return r;
}
function checkPolicyHash(h, what = "policy hash") {
  if (!h || !HASH_B64U_RE.test(h)) throw new WpcError("E_BAD_INPUT", `${what} must be a 43-character base64url policy_hash_b64u`);
  return h;
}
function checkPolicyId(id) {
  if (!id || !POLICY_ID_RE.test(id)) throw new WpcError("E_BAD_INPUT", `invalid policy id ${JSON.stringify(id ?? "")}`);
  return id;
}
function tokenRevocation(ref, reason) {
  const given = [ref.token, ref.tokenHash, ref.jti].filter((x) => x !== void 0 && x !== "").length;
  if (given !== 1) throw new WpcError("E_BAD_INPUT", "name the token by exactly one of --token, --token-hash or --jti");
  if (ref.tokenHash !== void 0 && ref.tokenHash !== "") {
    if (!TOKEN_HASH_RE.test(ref.tokenHash)) throw new WpcError("E_BAD_INPUT", "token hash must be 64 lowercase hex characters (SHA-256 of the compact token)");
    return { kind: "revoke_token", token_hash: ref.tokenHash, reason };
  }
  if (ref.jti !== void 0 && ref.jti !== "") {
    if (ref.jti.length > 256 || /[\u0000-\u001f\u007f]/.test(ref.jti)) throw new WpcError("E_BAD_INPUT", "jti must be 1–256 printable characters");
    return { kind: "revoke_token", token_jti: ref.jti, reason };
  }
  const t = ref.token.trim();
  if (!/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(t)) throw new WpcError("E_BAD_INPUT", "--token is not a compact JWS");
  return { kind: "revoke_token", token_hash: tokenHash(t), reason };
}
function alreadyRevokedToken(reg, d) {
  const r = reg.state.revoked_tokens;
  return d.token_hash !== void 0 && r.hashes.includes(d.token_hash) || d.token_jti !== void 0 && r.jtis.includes(d.token_jti);
}
function policyRevocation(reg, hash, reason) {
  checkPolicyHash(hash);
  const holders = Object.entries(reg.state.policies).filter(([, p]) => p.history.includes(hash));
  if (holders.length === 0) throw new WpcError("E_POLICY_UNKNOWN", `policy hash ${hash} was never published`);
  if (reg.state.revoked_policies.includes(hash)) throw new WpcError("E_POLICY_REVOKED", `policy hash ${hash} is already revoked`);
  return { kind: "revoke_policy", policy_id: holders[0][0], policy_hash_b64u: hash, reason };
}
function rollbackDraft(reg, id, to, reason) {
  checkPolicyId(id);
  checkPolicyHash(to, "--to");
  const p = own(reg.state.policies, id);
  if (!p) throw new WpcError("E_POLICY_UNKNOWN", `unknown policy id "${id}"`);
  if (!p.history.includes(to)) throw new WpcError("E_ROLLBACK_TARGET", `${to} was never published for "${id}"`);
  if (reg.state.revoked_policies.includes(to)) throw new WpcError("E_POLICY_REVOKED", `${to} is revoked: not a rollback target`);
  if (p.current === to) throw new WpcError("E_ROLLBACK_TARGET", `"${id}" is already at ${to}`);
  return { kind: "rollback", policy_id: id, policy_hash_b64u: to, reason };
}
function importedRevocations(doc) {
  const events2 = doc?.events;
  if (!Array.isArray(events2)) throw new WpcError("E_BAD_INPUT", "not a clawscope revocation events document (no events array)");
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  events2.forEach((e, i) => {
    const rec = e?.record;
    const h = rec?.token_hash;
    if (typeof h !== "string" || !TOKEN_HASH_RE.test(h)) throw new WpcError("E_BAD_INPUT", `event ${i}: record.token_hash is not 64 lowercase hex characters`);
    if (seen.has(h)) return;
    seen.add(h);
    const when = typeof rec.revoked_at_iso === "string" ? ` at ${rec.revoked_at_iso}` : "";
    const why = typeof rec.reason === "string" && rec.reason.trim() ? rec.reason : "revoked in clawscope";
    out.push({ kind: "revoke_token", token_hash: h, reason: checkReason(`clawscope${when}: ${why}`.slice(0, MAX_REASON_CHARS)) });
  });
  return out;
}
function policyHistory(reg, id) {
  const p = own(reg.state.policies, id);
  if (!p) throw new WpcError("E_POLICY_UNKNOWN", `unknown policy id "${id}"`);
  const rows = [];
  for (const e of reg.entries) {
    const x = e.payload;
    const mine = x.policy_id === id || x.kind === "revoke_policy" && x.policy_hash_b64u !== void 0 && p.history.includes(x.policy_hash_b64u);
    if (!mine || x.policy_hash_b64u === void 0) continue;
    const h = x.policy_hash_b64u;
    rows.push({
      seq: e.seq,
      kind: x.kind,
      policy_hash_b64u: h,
      issued_at: x.issued_at,
      commit: x.source.commit,
      actor: x.source.actor,
      reason: x.reason ?? null,
      status: reg.state.revoked_policies.includes(h) ? "revoked" : p.current === h ? "current" : "superseded"
    });
  }
  return rows;
}

// action/src/io/bundle.ts
import { existsSync as existsSync2 } from "node:fs";
var MAX_BUNDLE_BYTES = 256 * 1024 * 1024;
function readJsonFile(path, limit, what) {
  const bytes = readFileLimited(path, limit, what);
  return parseIJson(decodeUtf8(bytes, path), { file: path }).value;
}
function readBundle(path) {
  const v = readJsonFile(path, MAX_BUNDLE_BYTES, "proof bundle");
  const t = typeof v === "object" && v !== null && !Array.isArray(v) ? v.envelope_type : void 0;
  if (t !== "proof_bundle")
    throw new WpcError("E_BAD_INPUT", `${path}: not a proof_bundle envelope (envelope_type ${JSON.stringify(t ?? null)})`, path);
  return v;
}
function readUrm(bundlePath, bundle, explicit) {
  if (explicit) return readJsonFile(explicit, MAX_BUNDLE_BYTES, "URM document");
  const payload = bundle.payload;
  if (!payload || payload.urm === void 0) return void 0;
  const sibling = bundlePath.replace(/-bundle\.json$/, "-urm.json");
  if (sibling !== bundlePath && existsSync2(sibling)) return readJsonFile(sibling, MAX_BUNDLE_BYTES, "URM document");
  return void 0;
}

// action/src/io/incident.ts
import { resolve as resolve6 } from "node:path";
function writer(o) {
  const store = openRegistry(o.registry, o.cwd);
  readExisting(store);
  const trust = loadTrustFile(resolve6(o.cwd, o.trustFile));
  let root;
  try {
    root = repoRoot(o.cwd);
  } catch {
    root = void 0;
  }
  const source = root ? sourceFromEnv(o.env, resolveCommit("HEAD", root) ?? "", root) : { repository: o.env.GITHUB_REPOSITORY || null, ref: o.env.GITHUB_REF || null, commit: o.env.GITHUB_SHA || null, run_id: o.env.GITHUB_RUN_ID || null, actor: o.env.GITHUB_ACTOR || null };
  if (source.commit === "") source.commit = null;
  return { store, trust, signer: o.signer, now: o.now, source };
}
function done(w, out) {
  return { entries: out.entries, seq: out.seq, registry: w.store.describe, unchanged: out.entries.length === 0 };
}
function revokeToken(o, ref, reason) {
  const draft = tokenRevocation(ref, reason);
  const w = writer(o);
  return done(w, appendWithRetry(w, (reg) => alreadyRevokedToken(reg, draft) ? [] : [draft], () => `wpc revoke token: ${draft.token_hash ?? `jti ${draft.token_jti}`}`));
}
function revokePolicy(o, hash, reason) {
  const w = writer(o);
  policyRevocation(verifyForWrite(w.store, w.trust, o.now()).reg, hash, reason);
  return done(w, appendWithRetry(w, (reg) => [policyRevocation(reg, hash, reason)], () => `wpc revoke policy: ${hash}`));
}
function rollback(o, id, to, reason) {
  const w = writer(o);
  rollbackDraft(verifyForWrite(w.store, w.trust, o.now()).reg, id, to, reason);
  return done(w, appendWithRetry(w, (reg) => [rollbackDraft(reg, id, to, reason)], () => `wpc rollback: ${id} → ${to}`));
}
function importRevocations(o, doc) {
  const drafts = importedRevocations(doc);
  if (drafts.length === 0) throw new WpcError("E_BAD_INPUT", "the events document lists no revocations");
  const w = writer(o);
  return done(w, appendWithRetry(w, (reg) => drafts.filter((d) => !alreadyRevokedToken(reg, d)), (d) => `wpc revoke import: ${d.length} token(s)`));
}

// action/src/cli/common.ts
function str2(c, name) {
  const v = c.values[name];
  return typeof v === "string" ? v : void 0;
}
function flag(c, name) {
  return c.values[name] === true;
}
function nowFn(c) {
  const at2 = str2(c, "at") ?? c.env.WPC_NOW;
  if (at2 === void 0) return () => Date.now();
  const ms = /^\d+$/.test(at2) ? Number(at2) * 1e3 : Date.parse(at2);
  if (!Number.isFinite(ms)) throw new WpcError("E_USAGE", `--at must be an RFC 3339 time or epoch seconds (got "${at2}")`);
  return () => ms;
}
function intFlag(c, name) {
  const v = str2(c, name);
  if (v === void 0) return void 0;
  if (!/^\d{1,15}$/.test(v)) throw new WpcError("E_USAGE", `--${name} must be a non-negative integer`);
  return Number(v);
}
var DEFAULTS = {
  trust: "policies/trust.json",
  policies: "policies",
  registry: "git:wpc-registry"
};

// action/src/cli/cmd-incident.ts
var REVOKE_USAGE = "wpc revoke token (--token JWT | --token-hash HEX | --jti ID) --reason TEXT | wpc revoke policy HASH --reason TEXT | wpc revoke import FILE  [--registry R] [--key FILE] [--trust FILE]";
var ROLLBACK_USAGE = "wpc rollback POLICY_ID --to HASH --reason TEXT [--registry R] [--key FILE] [--trust FILE]";
function options(c) {
  return {
    cwd: c.cwd,
    registry: str2(c, "registry") ?? DEFAULTS.registry,
    trustFile: str2(c, "trust") ?? DEFAULTS.trust,
    signer: loadSigner(str2(c, "key"), c.env),
    now: nowFn(c),
    env: c.env
  };
}
function report(c, what, r) {
  if (flag(c, "json")) printJson(c.io, { entries: r.entries.map((e) => ({ entry_hash_b64u: e.entry_hash_b64u, ...e.payload })), seq: r.seq, registry: r.registry, unchanged: r.unchanged });
  else if (r.unchanged) c.io.out(`${what}: already in effect, nothing appended (registry ${r.registry} at seq ${r.seq})`);
  else for (const e of r.entries) c.io.out(`${what}: ${e.payload.kind} seq ${e.seq} ${e.payload.policy_hash_b64u ?? e.payload.token_hash ?? e.payload.token_jti ?? ""} (registry ${r.registry})`);
  return 0;
}
function cmdRevoke(c) {
  const [sub, arg, ...extra] = c.positionals;
  if (extra.length) throw new WpcError("E_USAGE", `usage: ${REVOKE_USAGE}`);
  if (sub === "import") {
    if (!arg) throw new WpcError("E_USAGE", `usage: ${REVOKE_USAGE}`);
    const doc = readJsonFile(resolve7(c.cwd, arg), 64 * 1024 * 1024, "revocation events");
    return report(c, "revoke import", importRevocations(options(c), doc));
  }
  const reason = checkReason(str2(c, "reason"));
  if (sub === "token") {
    if (arg) throw new WpcError("E_USAGE", `usage: ${REVOKE_USAGE}`);
    const ref = { ...str2(c, "token") !== void 0 ? { token: str2(c, "token") } : {}, ...str2(c, "token-hash") !== void 0 ? { tokenHash: str2(c, "token-hash") } : {}, ...str2(c, "jti") !== void 0 ? { jti: str2(c, "jti") } : {} };
    return report(c, "revoke token", revokeToken(options(c), ref, reason));
  }
  if (sub === "policy") {
    if (!arg) throw new WpcError("E_USAGE", `usage: ${REVOKE_USAGE}`);
    return report(c, "revoke policy", revokePolicy(options(c), arg, reason));
  }
  throw new WpcError("E_USAGE", `usage: ${REVOKE_USAGE}`);
}
function cmdRollback(c) {
  const [id, ...extra] = c.positionals;
  const to = str2(c, "to");
  if (!id || extra.length || !to) throw new WpcError("E_USAGE", `usage: ${ROLLBACK_USAGE}`);
  const reason = checkReason(str2(c, "reason"));
  return report(c, "rollback", rollback(options(c), id, to, reason));
}
function cmdHistory(c, id) {
  if (!id) throw new WpcError("E_USAGE", "usage: wpc registry history POLICY_ID [--registry R] [--trust FILE]");
  const trust = loadTrustFile(resolve7(c.cwd, str2(c, "trust") ?? DEFAULTS.trust));
  const store = openRegistry(str2(c, "registry") ?? DEFAULTS.registry, c.cwd);
  const reg = verifyRegistry(readExisting(store).files, { trust, at: nowFn(c)() });
  const rows = policyHistory(reg, id);
  if (flag(c, "json")) printJson(c.io, { ok: reg.ok, policy_id: id, current: own(reg.state.policies, id)?.current ?? null, versions: rows });
  else {
    c.io.out(`${id}: current ${own(reg.state.policies, id)?.current ?? "(none: fails closed)"}${reg.ok ? "" : " — registry does NOT verify"}`);
    for (const r of rows) c.io.out(`${String(r.seq).padStart(6)} ${r.issued_at} ${r.kind.padEnd(13)} ${r.policy_hash_b64u} ${r.status.padEnd(10)} ${r.actor ?? "?"} @ ${(r.commit ?? "").slice(0, 12)}${r.reason ? ` — ${r.reason}` : ""}`);
  }
  return reg.ok ? 0 : 1;
}

// action/src/cli/cmd-registry.ts
function cmdKeygen(c) {
  const out = str2(c, "out");
  if (!out || c.positionals.length) throw new WpcError("E_USAGE", "usage: wpc keygen --out DIR");
  const { path, signer } = keygen(resolve8(c.cwd, out));
  if (flag(c, "json")) printJson(c.io, { did: signer.did, key_file: path });
  else c.io.out(signer.did);
  c.io.err(`wrote ${path} (mode 0600); keep it secret, store it as the WPC_SIGNING_KEY environment secret`);
  return 0;
}
function cmdTrustAddKey(c) {
  const [sub, did, ...extra] = c.positionals;
  const role = str2(c, "role");
  if (sub !== "add-key" || !did || extra.length || !role)
    throw new WpcError("E_USAGE", `usage: wpc trust add-key --role ${ROLES.join("|")} DID [--trust FILE]`);
  if (!ROLES.includes(role)) throw new WpcError("E_USAGE", `--role must be one of ${ROLES.join(", ")}`);
  publicKeyFromDidKey(did);
  const file = resolve8(c.cwd, str2(c, "trust") ?? DEFAULTS.trust);
  const trust = loadTrustFile(file);
  const r = trust.roles[role] ??= { keys: [] };
  if (r.keys.includes(did)) {
    c.io.out(`${did} already has role ${role}`);
    return 0;
  }
  r.keys.push(did);
  const text = JSON.stringify(trust, null, 2) + "\n";
  parseTrust(new TextEncoder().encode(text), file);
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync2(tmp, text);
  renameSync2(tmp, file);
  c.io.out(`added ${did} to role ${role} in ${str2(c, "trust") ?? DEFAULTS.trust}`);
  return 0;
}
function trustOf(c) {
  return loadTrustFile(resolve8(c.cwd, str2(c, "trust") ?? DEFAULTS.trust));
}
function cmdPublish(c) {
  if (c.positionals.length) throw new WpcError("E_USAGE", "usage: wpc publish [--policies DIR] [--registry R] [--key FILE] [--since REV | --all]");
  if (str2(c, "since") && flag(c, "all")) throw new WpcError("E_USAGE", "--since and --all exclude each other");
  const signer = loadSigner(str2(c, "key"), c.env);
  const opts = {
    cwd: c.cwd,
    policiesDir: str2(c, "policies") ?? DEFAULTS.policies,
    registry: str2(c, "registry") ?? DEFAULTS.registry,
    trustFile: str2(c, "trust") ?? DEFAULTS.trust,
    signer,
    all: flag(c, "all"),
    now: nowFn(c),
    env: c.env
  };
  const since = str2(c, "since");
  if (since) opts.since = since;
  const r = publish(opts);
  if (flag(c, "json")) printJson(c.io, { published: r.published, seq: r.seq, registry: r.registry, commit: r.commit });
  else {
    for (const p of r.published) c.io.out(`published ${p.policy_id} ${p.policy_hash_b64u} seq ${p.seq}`);
    c.io.out(r.published.length ? `registry ${r.registry} at seq ${r.seq}` : `nothing to publish (registry ${r.registry} at seq ${r.seq})`);
  }
  return 0;
}
function cmdRegistry(c) {
  const [sub, ...rest] = c.positionals;
  const store = openRegistry(str2(c, "registry") ?? DEFAULTS.registry, c.cwd);
  const trust = trustOf(c);
  const at2 = nowFn(c)();
  if (sub === "refresh") {
    const signer = loadSigner(str2(c, "key"), c.env);
    const root = repoRootOr(c.cwd);
    const head = root ? resolveCommit("HEAD", root) ?? null : null;
    const r = refreshCheckpoint({ store, trust, signer, now: () => at2, source: root ? sourceFromEnv(c.env, head ?? "", root) : { repository: null, ref: null, commit: null, run_id: null, actor: null } });
    if (flag(c, "json")) printJson(c.io, r);
    else c.io.out(`checkpoint at seq ${r.seq} renewed until ${r.expires_at}`);
    return 0;
  }
  if (sub === "history") {
    if (rest.length !== 1) throw new WpcError("E_USAGE", "usage: wpc registry history POLICY_ID [--registry R] [--trust FILE]");
    return cmdHistory(c, rest[0]);
  }
  const minSeq = intFlag(c, "min-seq");
  const reg = verifyRegistry(readExisting(store).files, { trust, at: at2, ...minSeq !== void 0 ? { minSeq } : {} });
  const json = flag(c, "json");
  switch (sub) {
    case "verify": {
      if (rest.length) throw new WpcError("E_USAGE", "usage: wpc registry verify [--registry R] [--trust FILE] [--min-seq N] [--at TIME]");
      if (json) printJson(c.io, { ok: reg.ok, seq: reg.seq, entry_hash_b64u: reg.headEntryHash, expires_at: reg.checkpoint?.expires_at ?? null, problems: reg.problems });
      else {
        for (const p of reg.problems) c.io.out(`${p.code} seq ${p.seq ?? "-"} ${p.file}: ${p.message}`);
        c.io.out(reg.ok ? `registry ${store.describe} verifies: seq ${reg.seq}, ${reg.entries.length} entries, checkpoint until ${reg.checkpoint?.expires_at ?? "-"}` : `registry ${store.describe} does NOT verify: ${reg.problems.length} problem(s)`);
      }
      if (!reg.ok) c.io.err(`wpc: ${reg.problems[0].code}: seq ${reg.problems[0].seq ?? "-"}: ${reg.problems[0].message}`);
      return reg.ok ? 0 : 1;
    }
    case "show": {
      const body = { ok: reg.ok, seq: reg.seq, expires_at: reg.checkpoint?.expires_at ?? null, policies: Object.fromEntries(Object.entries(reg.state.policies).sort(([a], [b]) => a < b ? -1 : 1).map(([id, p]) => [id, p.current])), revoked_policies: reg.state.revoked_policies, revoked_tokens: reg.state.revoked_tokens };
      if (json) printJson(c.io, body);
      else {
        c.io.out(`registry ${store.describe}: seq ${reg.seq}${reg.ok ? "" : " (does NOT verify)"}`);
        for (const [id, h] of Object.entries(body.policies)) c.io.out(`  ${id.padEnd(28)} ${h ?? "(no current version)"}`);
        c.io.out(`  revoked policy hashes: ${body.revoked_policies.length}; revoked tokens: ${body.revoked_tokens.hashes.length} hash(es), ${body.revoked_tokens.jtis.length} jti(s)`);
      }
      return reg.ok ? 0 : 1;
    }
    case "log": {
      const rows = reg.entries.map((e) => ({ entry_hash_b64u: e.entry_hash_b64u, signer: e.signer, ...e.payload }));
      if (json) printJson(c.io, { ok: reg.ok, entries: rows });
      else
        for (const e of reg.entries) {
          const p = e.payload;
          const what = p.kind === "revoke_token" ? `token ${p.token_hash ?? ""}${p.token_jti ? ` jti ${p.token_jti}` : ""}` : `${p.policy_id ?? ""} ${p.policy_hash_b64u ?? ""}`;
          c.io.out(`${String(e.seq).padStart(6)} ${p.issued_at} ${p.kind.padEnd(13)} ${what}${p.reason ? ` — ${p.reason}` : ""}  (${p.source.actor ?? "?"} @ ${(p.source.commit ?? "").slice(0, 12)})`);
        }
      return reg.ok ? 0 : 1;
    }
    default:
      throw new WpcError("E_USAGE", "usage: wpc registry verify|show|log|history|refresh [--registry R] [--trust FILE]");
  }
}
function repoRootOr(cwd) {
  try {
    return repoRoot(cwd);
  } catch {
    return void 0;
  }
}

// action/src/cli/cmd-verify.ts
import { writeFileSync as writeFileSync3 } from "node:fs";
import { resolve as resolve9 } from "node:path";

// action/src/core/verify-render.ts
var RANK = { fail: 0, warn: 1, pass: 2, skip: 3 };
var ICON = { fail: "❌ fail", warn: "⚠️ warn", pass: "✅ pass", skip: "➖ skip" };
function md(s) {
  return s.replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function orderedChecks(r) {
  return r.checks.map((c, i) => ({ c, i })).sort((a, b) => RANK[a.c.status] - RANK[b.c.status] || a.i - b.i).map((x) => x.c);
}
function reportMarkdown(r) {
  const out = [
    `## wpc verify: ${r.verdict === "pass" ? "✅ PASS" : "❌ FAIL"}`,
    "",
    `Policy \`${md(r.policy.id)}\` at \`${r.policy.hash ?? "?"}\`${r.subject ? ` · subject \`${md(r.subject)}\`` : ""} · ${r.counts.fail} failed, ${r.counts.warn} warning(s), ${r.counts.pass} passed, ${r.counts.skip} skipped · ${r.counts.events} events, ${r.counts.receipts} gateway receipts, ${r.counts.tool_receipts} tool receipts, ${r.counts.approvals} approvals`,
    "",
    "| check | status | detail |",
    "|---|---|---|",
    ...orderedChecks(r).map((c) => `| \`${c.id}\` | ${ICON[c.status]} | ${md(c.detail)} |`)
  ];
  return out.join("\n") + "\n";
}
function reportText(r) {
  const lines = [`verdict: ${r.verdict.toUpperCase()}  policy ${r.policy.id} ${r.policy.hash ?? "?"}${r.subject ? `  subject ${r.subject}` : ""}`];
  for (const c of orderedChecks(r)) lines.push(`  ${c.status.padEnd(4)} ${c.id.padEnd(19)} ${c.detail}`);
  lines.push(`${r.counts.fail} failed, ${r.counts.warn} warning(s), ${r.counts.pass} passed, ${r.counts.skip} skipped`);
  return lines.join("\n");
}

// action/src/core/claw-common.ts
var problem = (code, path, detail) => ({ code, path, detail });
var CLAW_ENVELOPE_VERSIONS = ["1"];
var CLAW_ENVELOPE_TYPES2 = [
  "artifact_signature",
  "message_signature",
  "gateway_receipt",
  "web_receipt",
  "proof_bundle",
  "event_chain",
  "owner_attestation",
  "commit_proof",
  "execution_attestation",
  "derivation_attestation",
  "audit_result_attestation",
  "export_bundle",
  "aggregate_bundle",
  "compiled_evidence_report",
  "scoped_token",
  "policy_bundle"
];
var CLAW_ALGORITHMS = ["Ed25519"];
var CLAW_HASH_ALGORITHMS = ["SHA-256", "BLAKE3"];
var CLAW_ENVELOPE_REQUIRED = [
  "envelope_version",
  "envelope_type",
  "payload",
  "payload_hash_b64u",
  "hash_algorithm",
  "signature_b64u",
  "algorithm",
  "signer_did",
  "issued_at"
];
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function hasKeys(v, keys) {
  return keys.every((k) => Object.hasOwn(v, k));
}
function isClawDidFormat(v) {
  return typeof v === "string" && /^did:(key|web):[a-zA-Z0-9._%-]+$/.test(v);
}
function isClawDate(v) {
  return typeof v === "string" && !Number.isNaN(Date.parse(v));
}
function isClawB64u(v) {
  return typeof v === "string" && /^[A-Za-z0-9_-]+$/.test(v);
}
function jsonByteSize(value) {
  try {
    return Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
function clawPayloadHash(value, algorithm) {
  if (algorithm !== "SHA-256") return void 0;
  try {
    if (typeof value === "object" && value !== null) return stringifyHashB64u(value);
    const text = JSON.stringify(value);
    return text === void 0 ? void 0 : sha256B64u(text);
  } catch {
    return void 0;
  }
}
function didKeyOrUndefined(did) {
  if (typeof did !== "string") return void 0;
  try {
    return publicKeyFromDidKey(did);
  } catch {
    return void 0;
  }
}
function verifyByDid(did, algorithm, signatureB64u, message) {
  if (algorithm !== "Ed25519" || typeof signatureB64u !== "string") return false;
  const pub = didKeyOrUndefined(did);
  if (!pub) return false;
  const sig = b64uDecode(signatureB64u);
  if (!sig || sig.length !== SIGNATURE_LENGTH) return false;
  return verify2(pub, new TextEncoder().encode(message), sig);
}
function pointerToPath(pointer) {
  let out = "";
  for (const raw of pointer.split("/").slice(1)) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (/^\d+$/.test(seg)) out += `[${seg}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

// action/src/core/claw-events.ts
function eventHeaderHash(e) {
  const header = {
    event_id: e["event_id"],
    run_id: e["run_id"],
    event_type: e["event_type"],
    timestamp: e["timestamp"],
    payload_hash_b64u: e["payload_hash_b64u"],
    prev_hash_b64u: e["prev_hash_b64u"] ?? null
  };
  return sha256B64u(JSON.stringify(header));
}
var isHashText = (v) => isClawB64u(v) && v.length >= 8;
function fieldProblem(e) {
  for (const k of ["event_id", "run_id", "event_type"]) {
    const v = e[k];
    if (typeof v !== "string" || v.length < 1) return `missing or empty ${k}`;
  }
  if (!isClawDate(e["timestamp"])) return "invalid timestamp";
  if (!isHashText(e["payload_hash_b64u"])) return "invalid payload_hash_b64u (must be base64url, minLength 8)";
  if (!isHashText(e["event_hash_b64u"])) return "invalid event_hash_b64u (must be base64url, minLength 8)";
  return void 0;
}
function checkEventChain(chain) {
  const out = { ok: false, runId: null, hashes: /* @__PURE__ */ new Set(), ids: /* @__PURE__ */ new Set(), problems: [] };
  if (!Array.isArray(chain) || chain.length === 0) {
    out.problems.push({
      code: "SCHEMA_VALIDATION_FAILED",
      kind: "chain",
      index: -1,
      detail: Array.isArray(chain) ? "event_chain is empty" : "event_chain is not an array"
    });
    return out;
  }
  const dup = [];
  const structure = [];
  const hashes2 = [];
  const malformed = (kind, index, detail) => ({
    code: "MALFORMED_ENVELOPE",
    kind,
    index,
    detail: `event ${index}: ${detail}`
  });
  let prevHash = null;
  chain.forEach((raw, i) => {
    if (!isRecord(raw)) {
      structure.push(malformed("field", i, "not an object"));
      prevHash = void 0;
      return;
    }
    const id = raw["event_id"];
    if (typeof id === "string") {
      if (out.ids.has(id)) dup.push(malformed("duplicate_id", i, `duplicate event_id ${JSON.stringify(id)}`));
      out.ids.add(id);
    }
    const runId = raw["run_id"];
    if (i === 0 && typeof runId === "string") out.runId = runId;
    const bad2 = fieldProblem(raw);
    if (bad2) structure.push(malformed("field", i, bad2));
    else if (i > 0 && runId !== out.runId) {
      structure.push(malformed("run_id", i, `inconsistent run_id (expected ${JSON.stringify(out.runId)})`));
    }
    const prev = raw["prev_hash_b64u"];
    if (i === 0) {
      if (prev !== null && prev !== "") structure.push(malformed("link", i, "first event must have a null prev_hash_b64u"));
    } else if (!isHashText(prev)) {
      structure.push(malformed("link", i, "invalid prev_hash_b64u (must be base64url, minLength 8)"));
    } else if (prev !== prevHash) {
      structure.push(malformed("link", i, "hash chain break (prev_hash_b64u is not the previous event_hash_b64u)"));
    }
    const claimed = raw["event_hash_b64u"];
    if (typeof claimed === "string") out.hashes.add(claimed);
    if (eventHeaderHash(raw) !== claimed) {
      hashes2.push({ code: "HASH_MISMATCH", kind: "hash", index: i, detail: `event ${i}: event_hash_b64u mismatch` });
    }
    prevHash = claimed;
  });
  out.problems = [...dup, ...structure, ...hashes2];
  out.ok = out.problems.length === 0;
  return out;
}

// action/src/core/claw-schemas.ts
var import_ajv = __toESM(require_ajv(), 1);
var import__3 = __toESM(require__(), 1);
var import_ajv_formats = __toESM(require_dist(), 1);

// action/src/core/claw-schema/auth/scoped_token_claims.v1.json
var scoped_token_claims_v1_default = {
  $id: "https://schemas.clawbureau.org/claw.auth.scoped_token_claims.v1.json",
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "Scoped Token Claims v1",
  type: "object",
  additionalProperties: false,
  required: [
    "token_version",
    "sub",
    "aud",
    "scope",
    "iat",
    "exp"
  ],
  properties: {
    token_version: { const: "1" },
    sub: { type: "string", description: "Agent DID" },
    owner_ref: { type: "string", description: "Optional owner attestation hash" },
    owner_did: {
      type: "string",
      pattern: "^did:[a-z0-9]+:[a-zA-Z0-9._%-]+$",
      description: "Optional owner DID claim for canonical control-plane lane."
    },
    controller_did: {
      type: "string",
      pattern: "^did:[a-z0-9]+:[a-zA-Z0-9._%-]+$",
      description: "Optional controller DID claim for canonical control-plane lane."
    },
    agent_did: {
      type: "string",
      pattern: "^did:[a-z0-9]+:[a-zA-Z0-9._%-]+$",
      description: "Optional explicit agent DID claim for canonical control-plane lane."
    },
    aud: { type: ["string", "array"], items: { type: "string" } },
    scope: { type: "array", items: { type: "string" }, minItems: 1 },
    policy_hash_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]{43}$",
      description: "Optional pinned Work Policy Contract hash (policy_hash_b64u = sha256(JCS(wpc_payload)) base64url)."
    },
    control_plane_policy_hash_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]{43}$",
      description: "Optional control-plane sensitive policy hash bound to canonical owner/controller/agent lane."
    },
    token_scope_hash_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]{43}$",
      description: "Deterministic scope hash derived from token authorization-relevant claims: token_scope_hash_b64u = sha256(JCS({token_version, sub, aud[], scope[], owner_ref?, owner_did?, controller_did?, agent_did?, policy_hash_b64u?, control_plane_policy_hash_b64u?, payment_account_did?, spend_cap?, mission_id?, delegation_id?, delegator_did?, delegate_did?, delegation_policy_hash_b64u?, delegation_spend_cap_minor?, delegation_expires_at?})) base64url. Excludes iat/exp/jti/nonce to remain stable across re-issuance."
    },
    payment_account_did: {
      type: "string",
      pattern: "^did:[a-z0-9]+:[a-zA-Z0-9._%-]+$",
      description: "Optional payment account DID bound to token authorization context for platform-paid routing."
    },
    spend_cap: { type: "number", minimum: 0 },
    mission_id: { type: "string" },
    delegation_id: {
      type: "string",
      description: "Optional delegation contract identifier when this CST was minted via clawdelegate."
    },
    delegator_did: {
      type: "string",
      pattern: "^did:[a-z0-9]+:[a-zA-Z0-9._%-]+$",
      description: "Delegator DID bound to delegation-backed CST."
    },
    delegate_did: {
      type: "string",
      pattern: "^did:[a-z0-9]+:[a-zA-Z0-9._%-]+$",
      description: "Delegate DID bound to delegation-backed CST (must match token subject)."
    },
    delegation_policy_hash_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]{43}$",
      description: "Optional pinned policy hash inherited from delegation contract."
    },
    delegation_spend_cap_minor: {
      type: "string",
      pattern: "^[0-9]+$",
      description: "Delegation spend cap in minor units as an integer string."
    },
    delegation_expires_at: {
      type: "integer",
      description: "Delegation expiry timestamp (epoch seconds) embedded for fail-closed enforcement."
    },
    token_lane: {
      type: "string",
      enum: ["legacy", "canonical"],
      description: "Issuance lane used for this CST. canonical requires owner/controller/agent control-plane binding."
    },
    jti: { type: "string" },
    iat: { type: "integer", description: "Issued-at (epoch seconds)" },
    exp: { type: "integer", description: "Expiry (epoch seconds)" },
    nonce: { type: "string" }
  }
};

// action/src/core/claw-schema/poh/binary_semantic_evidence.v1.json
var binary_semantic_evidence_v1_default = {
  $id: "https://schemas.clawbureau.org/claw.poh.binary_semantic_evidence.v1.json",
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "Binary Semantic Evidence v1",
  description: "Deterministic static binary semantic evidence payload for capability and causality claims.",
  type: "object",
  additionalProperties: false,
  required: [
    "evidence_version",
    "binary_hash_b64u",
    "binary_profile",
    "extracted_claims",
    "causality_metrics",
    "forensic_metrics"
  ],
  properties: {
    evidence_version: {
      const: "1"
    },
    binary_hash_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+$",
      minLength: 8
    },
    binary_profile: {
      type: "object",
      additionalProperties: false,
      required: [
        "target_architecture",
        "linkage",
        "symbols",
        "is_sip_protected"
      ],
      properties: {
        target_architecture: {
          type: "string",
          enum: [
            "x86_64",
            "arm64",
            "x86",
            "arm",
            "riscv64",
            "unknown"
          ]
        },
        linkage: {
          type: "string",
          enum: [
            "STATIC",
            "DYNAMIC",
            "UNKNOWN"
          ]
        },
        symbols: {
          type: "string",
          enum: [
            "STRIPPED",
            "INTACT",
            "UNKNOWN"
          ]
        },
        is_sip_protected: {
          type: "boolean"
        }
      }
    },
    extracted_claims: {
      type: "object",
      additionalProperties: false,
      required: [
        "network_egress",
        "dynamic_code_generation"
      ],
      properties: {
        network_egress: {
          type: "string",
          enum: [
            "PRESENT",
            "ABSENT",
            "UNKNOWN"
          ]
        },
        dynamic_code_generation: {
          type: "string",
          enum: [
            "PRESENT",
            "ABSENT",
            "UNKNOWN"
          ]
        }
      }
    },
    causality_metrics: {
      type: "object",
      additionalProperties: false,
      required: [
        "merkle_chain_intact",
        "unattested_children_spawned"
      ],
      properties: {
        merkle_chain_intact: {
          type: "boolean"
        },
        unattested_children_spawned: {
          type: "boolean"
        }
      }
    },
    forensic_metrics: {
      type: "object",
      additionalProperties: false,
      required: [
        "static_analysis_budget_exhausted",
        "parser_timeout",
        "normalized_regions_scanned"
      ],
      properties: {
        static_analysis_budget_exhausted: {
          type: "boolean"
        },
        parser_timeout: {
          type: "boolean"
        },
        normalized_regions_scanned: {
          type: "integer",
          minimum: 0
        }
      }
    },
    metadata: {
      type: "object"
    }
  }
};

// action/src/core/claw-schema/poh/binary_semantic_evidence_envelope.v1.json
var binary_semantic_evidence_envelope_v1_default = {
  $id: "https://schemas.clawbureau.org/claw.poh.binary_semantic_evidence_envelope.v1.json",
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "Binary Semantic Evidence Envelope v1",
  type: "object",
  additionalProperties: false,
  required: [
    "envelope_version",
    "envelope_type",
    "payload",
    "payload_hash_b64u",
    "hash_algorithm",
    "signature_b64u",
    "algorithm",
    "signer_did",
    "issued_at"
  ],
  properties: {
    envelope_version: {
      const: "1"
    },
    envelope_type: {
      const: "binary_semantic_evidence"
    },
    payload: {
      $ref: "https://schemas.clawbureau.org/claw.poh.binary_semantic_evidence.v1.json"
    },
    payload_hash_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+$",
      minLength: 8
    },
    hash_algorithm: {
      type: "string",
      enum: [
        "SHA-256",
        "BLAKE3"
      ]
    },
    signature_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+$",
      minLength: 8
    },
    algorithm: {
      type: "string",
      enum: [
        "Ed25519"
      ]
    },
    signer_did: {
      type: "string",
      pattern: "^did:"
    },
    issued_at: {
      type: "string",
      format: "date-time"
    }
  }
};

// action/src/core/claw-schema/poh/co_signature.v1.json
var co_signature_v1_default = {
  $id: "https://schemas.clawbureau.org/claw.poh.co_signature.v1.json",
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "Co-Signature v1",
  type: "object",
  additionalProperties: false,
  required: [
    "signature_b64u",
    "algorithm",
    "signer_did",
    "issued_at",
    "role"
  ],
  properties: {
    signature_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+$",
      minLength: 8
    },
    algorithm: {
      type: "string",
      enum: ["Ed25519"]
    },
    signer_did: {
      type: "string",
      pattern: "^did:"
    },
    issued_at: {
      type: "string",
      format: "date-time"
    },
    role: {
      type: "string",
      enum: ["proxy", "approver", "auditor", "supervisor"]
    }
  }
};

// action/src/core/claw-schema/poh/coverage_attestation.v1.json
var coverage_attestation_v1_default = {
  $id: "https://schemas.clawbureau.org/claw.poh.coverage_attestation.v1.json",
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "Coverage Attestation v1",
  description: "Attestation of monitoring completeness and absence-of-bypass.",
  type: "object",
  additionalProperties: false,
  required: [
    "attestation_version",
    "attestation_id",
    "run_id",
    "agent_did",
    "sentinel_did",
    "issued_at",
    "binding",
    "metrics"
  ],
  properties: {
    attestation_version: { const: "1" },
    attestation_id: { type: "string", minLength: 1 },
    run_id: { type: "string", minLength: 1 },
    agent_did: { type: "string", pattern: "^did:" },
    sentinel_did: { type: "string", pattern: "^did:" },
    issued_at: { type: "string", format: "date-time" },
    binding: {
      type: "object",
      additionalProperties: false,
      required: ["event_chain_root_hash_b64u"],
      properties: {
        event_chain_root_hash_b64u: {
          type: "string",
          pattern: "^[A-Za-z0-9_-]+$",
          minLength: 8
        }
      }
    },
    metrics: {
      type: "object",
      additionalProperties: false,
      required: ["lineage", "egress", "liveness"],
      properties: {
        lineage: {
          type: "object",
          additionalProperties: false,
          required: ["root_pid", "processes_tracked", "unmonitored_spawns", "escapes_suspected"],
          properties: {
            root_pid: { type: "integer", minimum: 1 },
            processes_tracked: { type: "integer", minimum: 0 },
            unmonitored_spawns: { type: "integer", minimum: 0 },
            escapes_suspected: { type: "boolean" }
          }
        },
        egress: {
          type: "object",
          additionalProperties: false,
          required: ["connections_total", "unmediated_connections"],
          properties: {
            connections_total: { type: "integer", minimum: 0 },
            unmediated_connections: { type: "integer", minimum: 0 }
          }
        },
        liveness: {
          type: "object",
          additionalProperties: false,
          required: ["status", "uptime_ms", "heartbeat_interval_ms", "max_gap_ms"],
          properties: {
            status: { type: "string", enum: ["continuous", "interrupted"] },
            uptime_ms: { type: "integer", minimum: 0 },
            heartbeat_interval_ms: { type: "integer", minimum: 1 },
            max_gap_ms: { type: "integer", minimum: 0 }
          }
        }
      }
    },
    metadata: { type: "object" }
  }
};

// action/src/core/claw-schema/poh/coverage_attestation_envelope.v1.json
var coverage_attestation_envelope_v1_default = {
  $id: "https://schemas.clawbureau.org/claw.poh.coverage_attestation_envelope.v1.json",
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "Coverage Attestation Envelope v1",
  type: "object",
  additionalProperties: false,
  required: [
    "envelope_version",
    "envelope_type",
    "payload",
    "payload_hash_b64u",
    "hash_algorithm",
    "signature_b64u",
    "algorithm",
    "signer_did",
    "issued_at"
  ],
  properties: {
    envelope_version: { const: "1" },
    envelope_type: { const: "coverage_attestation" },
    payload: { $ref: "https://schemas.clawbureau.org/claw.poh.coverage_attestation.v1.json" },
    payload_hash_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+$",
      minLength: 8
    },
    hash_algorithm: { type: "string", enum: ["SHA-256", "BLAKE3"] },
    signature_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+$",
      minLength: 8
    },
    algorithm: { type: "string", enum: ["Ed25519"] },
    signer_did: { type: "string", pattern: "^did:" },
    issued_at: { type: "string", format: "date-time" },
    expires_at: { type: "string", format: "date-time" }
  }
};

// action/src/core/claw-schema/poh/event_chain.v1.json
var event_chain_v1_default = {
  $id: "https://schemas.clawbureau.org/claw.poh.event_chain.v1.json",
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "Event Chain v1",
  type: "object",
  additionalProperties: false,
  required: ["chain_version", "chain_id", "run_id", "events"],
  properties: {
    chain_version: { const: "1" },
    chain_id: { type: "string", minLength: 1 },
    run_id: { type: "string", minLength: 1 },
    events: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "event_id",
          "run_id",
          "event_type",
          "timestamp",
          "payload_hash_b64u",
          "prev_hash_b64u",
          "event_hash_b64u"
        ],
        properties: {
          event_id: { type: "string", minLength: 1 },
          run_id: { type: "string", minLength: 1 },
          event_type: { type: "string", minLength: 1 },
          timestamp: { type: "string", format: "date-time" },
          payload_hash_b64u: {
            type: "string",
            pattern: "^[A-Za-z0-9_-]+$",
            minLength: 8,
            description: "Hash of the event payload bytes, base64url (no padding)."
          },
          prev_hash_b64u: {
            type: ["string", "null"],
            pattern: "^[A-Za-z0-9_-]+$",
            minLength: 8,
            description: "Previous event hash (base64url) or null for the first event."
          },
          event_hash_b64u: {
            type: "string",
            pattern: "^[A-Za-z0-9_-]+$",
            minLength: 8,
            description: "Hash of this event header (canonical JSON), base64url (no padding)."
          }
        }
      }
    },
    metadata: { type: "object" }
  }
};

// action/src/core/claw-schema/poh/gateway_receipt.v1.json
var gateway_receipt_v1_default = {
  $id: "https://schemas.clawbureau.org/claw.poh.gateway_receipt.v1.json",
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "Gateway Receipt v1",
  description: "Gateway receipt payload (proof-of-harness). Signed as part of a SignedEnvelope<GatewayReceiptPayload>.",
  type: "object",
  additionalProperties: false,
  required: [
    "receipt_version",
    "receipt_id",
    "gateway_id",
    "provider",
    "model",
    "request_hash_b64u",
    "response_hash_b64u",
    "tokens_input",
    "tokens_output",
    "latency_ms",
    "timestamp"
  ],
  properties: {
    receipt_version: { const: "1" },
    receipt_id: { type: "string", minLength: 1 },
    gateway_id: { type: "string", minLength: 1 },
    provider: { type: "string", minLength: 1 },
    model: { type: "string", minLength: 1 },
    request_hash_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+$",
      minLength: 8,
      description: "SHA-256 hash of request bytes, base64url (no padding)."
    },
    response_hash_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+$",
      minLength: 8,
      description: "SHA-256 hash of response bytes, base64url (no padding)."
    },
    tokens_input: { type: "number", minimum: 0 },
    tokens_output: { type: "number", minimum: 0 },
    latency_ms: { type: "number", minimum: 0 },
    timestamp: { type: "string", format: "date-time" },
    binding: { $ref: "https://schemas.clawbureau.org/claw.poh.receipt_binding.v1.json" },
    metadata: {
      type: "object",
      description: "Optional receipt metadata. These fields are signed as part of the receipt payload but must not be interpreted as stronger guarantees than their tier semantics.",
      properties: {
        model_identity: {
          $ref: "https://schemas.clawbureau.org/claw.poh.model_identity.v1.json"
        },
        model_identity_hash_b64u: {
          type: "string",
          pattern: "^[A-Za-z0-9_-]+$",
          minLength: 8,
          description: "sha256_b64u(JCS(model_identity)) for stable deduping."
        },
        audit_result_refs: {
          type: "array",
          description: "Optional references to audit_result_attestation artifacts that cover this output.",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["resource_hash_b64u"],
            properties: {
              resource_type: { type: "string" },
              resource_hash_b64u: {
                type: "string",
                pattern: "^[A-Za-z0-9_-]+$",
                minLength: 8
              },
              uri: { type: "string" }
            }
          }
        },
        x402_payment_ref: {
          type: "string",
          minLength: 1,
          description: "x402 payment transaction hash or facilitator reference. Present when request was paid via x402."
        },
        x402_amount_minor: {
          type: "integer",
          minimum: 0,
          description: "Amount settled in minor units (e.g., 1 USDC = 1000000 minor units). Present when request was paid via x402."
        },
        x402_currency: {
          type: "string",
          minLength: 1,
          description: "Payment currency (e.g., USDC). Present when request was paid via x402."
        },
        x402_network: {
          type: "string",
          minLength: 1,
          description: "Payment network (e.g., base-sepolia, base). Present when request was paid via x402."
        },
        x402_payment_auth_hash_b64u: {
          type: "string",
          pattern: "^[A-Za-z0-9_-]+$",
          minLength: 8,
          description: "sha256_b64u of payment authorization payload, binding payment auth to gateway execution evidence. Present when request was paid via x402."
        },
        log_inclusion_proof: {
          $ref: "https://schemas.clawbureau.org/claw.poh.log_inclusion_proof.v1.json",
          description: "Receipt Transparency (RT) inclusion proof. Present when the receipt hash has been submitted to the clawlogs append-only Merkle tree. A receipt without this field has not been transparency-logged and should be treated with lower trust by verifiers."
        },
        kinematic_fingerprint: {
          $ref: "https://schemas.clawbureau.org/claw.poh.kinematic_fingerprint.v1.json",
          description: "Kinematic Proof of Model (KPOM) fingerprint. Hardware-level timing fingerprint derived from streaming token delivery patterns. Present for streaming responses proxied through the gateway."
        },
        sentinel_anomaly_report: {
          $ref: "https://schemas.clawbureau.org/claw.poh.sentinel_anomaly_report.v1.json",
          description: "Sentinel trajectory anomaly report. Present when the Sentinel analysis engine has assessed the execution trajectory for behavioral anomalies."
        }
      },
      additionalProperties: true
    }
  }
};

// action/src/core/claw-schema/poh/gateway_receipt_envelope.v1.json
var gateway_receipt_envelope_v1_default = {
  $id: "https://schemas.clawbureau.org/claw.poh.gateway_receipt_envelope.v1.json",
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "Gateway Receipt Envelope v1",
  description: "SignedEnvelope wrapper for gateway receipts (envelope_type = gateway_receipt).",
  type: "object",
  additionalProperties: false,
  required: [
    "envelope_version",
    "envelope_type",
    "payload",
    "payload_hash_b64u",
    "hash_algorithm",
    "signature_b64u",
    "algorithm",
    "signer_did",
    "issued_at"
  ],
  properties: {
    envelope_version: { const: "1" },
    envelope_type: { const: "gateway_receipt" },
    payload: { $ref: "https://schemas.clawbureau.org/claw.poh.gateway_receipt.v1.json" },
    payload_hash_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+$",
      minLength: 8
    },
    hash_algorithm: {
      type: "string",
      enum: ["SHA-256", "BLAKE3"]
    },
    signature_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+$",
      minLength: 8
    },
    algorithm: {
      type: "string",
      enum: ["Ed25519"]
    },
    signer_did: {
      type: "string",
      pattern: "^did:",
      description: "Receipt signer DID. Must start with 'did:'."
    },
    issued_at: { type: "string", format: "date-time" },
    expires_at: { type: "string", format: "date-time" }
  }
};

// action/src/core/claw-schema/poh/human_approval_receipt.v1.json
var human_approval_receipt_v1_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://schemas.clawbureau.com/poh/human_approval_receipt.v1.json",
  title: "Human Approval Receipt v1",
  description: "A receipt emitted when a human operator approves a capability request. The approval mints a new CST bound to an explicit scope and optionally pinned to a WPC hash. This is the core 'governance feels like autocomplete' primitive.",
  type: "object",
  required: [
    "receipt_version",
    "receipt_id",
    "approval_type",
    "approver_subject",
    "agent_did",
    "scope_hash_b64u",
    "hash_algorithm",
    "timestamp"
  ],
  properties: {
    receipt_version: {
      type: "string",
      const: "1"
    },
    receipt_id: {
      type: "string",
      minLength: 1,
      description: "Unique receipt ID."
    },
    approval_type: {
      type: "string",
      enum: ["explicit_approve", "explicit_deny", "auto_approve", "timeout_deny"],
      description: "Type of approval decision."
    },
    approver_subject: {
      type: "string",
      minLength: 1,
      description: "Identity of the approver. May be a DID, OIDC subject, email, or service account ID. Protocol-agnostic."
    },
    approver_method: {
      type: "string",
      enum: ["ui_click", "cli_confirm", "api_call", "policy_auto", "timeout"],
      description: "How the approval was given."
    },
    agent_did: {
      type: "string",
      minLength: 1,
      description: "DID of the agent that requested the capability."
    },
    scope_hash_b64u: {
      type: "string",
      minLength: 1,
      description: "Base64url-encoded hash of the approved scope (JCS-canonicalized scope claims)."
    },
    scope_summary: {
      type: "string",
      maxLength: 1024,
      description: "Human-readable summary of what was approved (e.g. 'deploy to staging', 'write to /etc/config')."
    },
    policy_hash_b64u: {
      type: "string",
      description: "Optional WPC hash pin — if present, the minted capability is bound to this specific policy."
    },
    minted_capability_id: {
      type: "string",
      description: "ID of the CST minted as a result of this approval. Absent if approval_type is a deny."
    },
    minted_capability_ttl_seconds: {
      type: "number",
      minimum: 0,
      description: "TTL of the minted capability in seconds."
    },
    plan_hash_b64u: {
      type: "string",
      description: "Optional hash of the plan/diff that was reviewed before approval. Links the approval to a specific proposed action set."
    },
    evidence_required: {
      type: "array",
      items: { type: "string" },
      description: "Evidence types required to exercise the minted capability (e.g. ['proof_bundle', 'tool_receipts'])."
    },
    hash_algorithm: {
      type: "string",
      enum: ["SHA-256"]
    },
    timestamp: {
      type: "string",
      format: "date-time"
    },
    binding: {
      type: "object",
      properties: {
        run_id: { type: "string" },
        event_hash_b64u: { type: "string" },
        nonce: { type: "string" },
        policy_hash: { type: "string" },
        token_scope_hash_b64u: { type: "string" }
      }
    }
  },
  additionalProperties: false
};

// action/src/core/claw-schema/poh/kinematic_fingerprint.v1.json
var kinematic_fingerprint_v1_default = {
  $id: "https://schemas.clawbureau.org/claw.poh.kinematic_fingerprint.v1.json",
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "Kinematic Fingerprint v1",
  description: "Hardware-level timing fingerprint derived from streaming token delivery patterns. Proves which datacenter/hardware topology generated the response without provider cooperation.",
  type: "object",
  required: ["ttft_ms", "itl_p50_ms", "itl_p95_ms", "itl_stddev_ms", "chunk_count", "burst_signature_b64u"],
  properties: {
    ttft_ms: { type: "number", description: "Time to first token in milliseconds" },
    itl_p50_ms: { type: "number", description: "Median inter-token latency in ms" },
    itl_p95_ms: { type: "number", description: "95th percentile inter-token latency in ms" },
    itl_stddev_ms: { type: "number", description: "Standard deviation of inter-token latencies" },
    chunk_count: { type: "integer", description: "Total number of SSE chunks received" },
    burst_signature_b64u: { type: "string", description: "SHA-256 hash of the quantized chunk-size distribution array" },
    hardware_inferred: { type: "string", description: "Inferred hardware topology (e.g., 'cloud_optimized_cluster', 'cloud_standard', 'local_consumer_gpu')" },
    confidence_score: { type: "number", minimum: 0, maximum: 1, description: "Confidence in hardware inference (0=unknown, 1=certain)" },
    total_tokens: { type: "integer", description: "Total tokens in the streamed response" },
    total_duration_ms: { type: "number", description: "Total streaming duration" }
  },
  additionalProperties: false
};

// action/src/core/claw-schema/poh/log_inclusion_proof.v1.json
var log_inclusion_proof_v1_default = {
  $id: "https://schemas.clawbureau.org/claw.poh.log_inclusion_proof.v1.json",
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "Log Inclusion Proof v1",
  type: "object",
  description: "Portable Merkle inclusion proof for clawlogs entries. Used to prove a leaf hash is included in a signed log root.",
  additionalProperties: false,
  required: [
    "proof_version",
    "log_id",
    "tree_size",
    "leaf_hash_b64u",
    "root_hash_b64u",
    "audit_path",
    "root_published_at",
    "root_signature"
  ],
  properties: {
    proof_version: { const: "1" },
    log_id: { type: "string", minLength: 1 },
    tree_size: { type: "number", minimum: 0 },
    leaf_hash_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+$",
      minLength: 8
    },
    root_hash_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+$",
      minLength: 8
    },
    audit_path: {
      type: "array",
      items: {
        type: "string",
        pattern: "^[A-Za-z0-9_-]+$",
        minLength: 8
      }
    },
    root_published_at: { type: "string", format: "date-time" },
    root_signature: {
      type: "object",
      additionalProperties: false,
      required: ["signer_did", "sig_b64u"],
      properties: {
        signer_did: { type: "string", pattern: "^did:" },
        sig_b64u: {
          type: "string",
          pattern: "^[A-Za-z0-9_-]+$",
          minLength: 8
        }
      }
    },
    metadata: { type: "object" }
  }
};

// action/src/core/claw-schema/poh/model_identity.v1.json
var model_identity_v1_default = {
  $id: "https://schemas.clawbureau.org/claw.poh.model_identity.v1.json",
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "Model Identity v1",
  type: "object",
  description: "Tiered model identity object for PoH. Explicitly encodes what can and cannot be claimed about the underlying model (especially for closed-provider APIs).",
  additionalProperties: false,
  required: ["model_identity_version", "tier", "model"],
  properties: {
    model_identity_version: { const: "1" },
    tier: {
      type: "string",
      enum: ["closed_opaque", "closed_provider_manifest", "openweights_hashable", "tee_measured"],
      description: "Strength of the model identity claim. closed_opaque is the default for closed-provider APIs."
    },
    model: {
      type: "object",
      additionalProperties: false,
      required: ["provider", "name"],
      properties: {
        provider: {
          type: "string",
          minLength: 1,
          description: "Provider identifier (e.g., openai, anthropic, google, self_hosted)."
        },
        name: {
          type: "string",
          minLength: 1,
          description: "Provider model name / deployment label (opaque string for closed providers)."
        },
        family: { type: "string" },
        endpoint: { type: "string" },
        region: { type: "string" },
        deployment_id: { type: "string" },
        revision: { type: "string" }
      }
    },
    gateway_observed: {
      type: "object",
      description: "Optional gateway-observed correlation fields (for closed providers). These fields are not weight proofs; they are observations signed as part of the receipt/bundle.",
      additionalProperties: false,
      required: ["gateway_id", "observed_at"],
      properties: {
        gateway_id: {
          type: "string",
          pattern: "^did:",
          description: "Gateway DID (e.g., did:web:clawproxy.com or did:key:...)."
        },
        observed_at: { type: "string", format: "date-time" },
        request_id: { type: "string" },
        provider_response_fingerprint: { type: "string" },
        transport: {
          type: "object",
          additionalProperties: false,
          properties: {
            provider_api: { type: "string" },
            http_status: { type: "number", minimum: 0 },
            latency_ms: { type: "number", minimum: 0 }
          }
        }
      }
    },
    artifacts: {
      type: "object",
      description: "Optional artifact commitments (provider manifests, openweights hashes, TEE evidence references).",
      additionalProperties: false,
      properties: {
        provider_manifest: {
          type: "object",
          additionalProperties: false,
          required: ["manifest_type", "hash_b64u"],
          properties: {
            manifest_type: { type: "string", const: "provider_build_manifest" },
            uri: { type: "string" },
            hash_b64u: { type: "string", pattern: "^[A-Za-z0-9_-]+$", minLength: 8 },
            content_type: { type: "string" },
            signature: {
              type: "object",
              additionalProperties: false,
              required: ["signer_did", "signature_envelope_ref"],
              properties: {
                signer_did: { type: "string", pattern: "^did:" },
                signature_envelope_ref: {
                  type: "object",
                  additionalProperties: false,
                  required: ["resource_type", "resource_hash_b64u"],
                  properties: {
                    resource_type: { type: "string", minLength: 1 },
                    resource_hash_b64u: { type: "string", pattern: "^[A-Za-z0-9_-]+$", minLength: 8 },
                    uri: { type: "string" }
                  }
                }
              }
            }
          }
        },
        openweights: {
          type: "object",
          additionalProperties: false,
          properties: {
            weights_format: { type: "string" },
            weights: {
              type: "array",
              items: {
                type: "object",
                additionalProperties: false,
                required: ["hash_b64u"],
                properties: {
                  file_name: { type: "string" },
                  hash_b64u: { type: "string", pattern: "^[A-Za-z0-9_-]+$", minLength: 8 },
                  size_bytes: { type: "number", minimum: 0 }
                }
              }
            },
            tokenizer: { type: "object", additionalProperties: true },
            config: { type: "object", additionalProperties: true },
            serving_code: { type: "object", additionalProperties: true }
          }
        },
        tee_measurement: {
          type: "object",
          additionalProperties: false,
          properties: {
            attestation_type: { type: "string" },
            attestation_report_ref: {
              type: "object",
              additionalProperties: false,
              required: ["resource_type", "resource_hash_b64u"],
              properties: {
                resource_type: { type: "string", minLength: 1 },
                resource_hash_b64u: { type: "string", pattern: "^[A-Za-z0-9_-]+$", minLength: 8 },
                uri: { type: "string" }
              }
            },
            measurement: { type: "object", additionalProperties: true },
            tcb: { type: "object", additionalProperties: true }
          }
        }
      }
    },
    metadata: {
      type: "object",
      description: "Freeform extra metadata (must not be treated as stronger proof)."
    }
  }
};

// action/src/core/claw-schema/poh/proof_bundle.v1.json
var proof_bundle_v1_default = {
  $id: "https://schemas.clawbureau.org/claw.poh.proof_bundle.v1.json",
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "Proof Bundle v1",
  type: "object",
  additionalProperties: false,
  required: ["bundle_version", "bundle_id", "agent_did"],
  properties: {
    bundle_version: {
      const: "1",
      description: "Proof bundle payload version."
    },
    bundle_id: {
      type: "string",
      minLength: 1,
      description: "Unique identifier for this proof bundle payload."
    },
    agent_did: {
      type: "string",
      pattern: "^did:",
      description: "Agent DID. Must start with 'did:'."
    },
    eip8004_agent_id: {
      type: "string",
      pattern: "^[0-9]+$",
      description: "ERC-721 tokenId from EIP-8004 Identity Registry (uint256 as decimal string). Optional — only present for EIP-8004-registered agents."
    },
    eip8004_registry: {
      type: "string",
      pattern: "^eip155:[0-9]+:0x[0-9a-fA-F]{40}$",
      description: "CAIP-10 address of the EIP-8004 Identity Registry contract (e.g. eip155:1:0x1234...abcd). Optional — SHOULD be present when eip8004_agent_id is set."
    },
    urm: {
      type: "object",
      description: "Universal Resource Manifest (URM) reference. The URM document itself is content-addressed and can be fetched separately.",
      additionalProperties: false,
      required: ["urm_version", "urm_id", "resource_type", "resource_hash_b64u"],
      properties: {
        urm_version: { const: "1" },
        urm_id: { type: "string", minLength: 1 },
        resource_type: { type: "string", minLength: 1 },
        resource_hash_b64u: {
          type: "string",
          pattern: "^[A-Za-z0-9_-]+$",
          minLength: 8,
          description: "SHA-256 hash of the URM bytes, base64url (no padding)."
        },
        metadata: { type: "object", description: "Optional URM reference metadata." }
      }
    },
    event_chain: {
      type: "array",
      minItems: 1,
      description: "Hash-chained event log entries for this run (tamper-evident).",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "event_id",
          "run_id",
          "event_type",
          "timestamp",
          "payload_hash_b64u",
          "prev_hash_b64u",
          "event_hash_b64u"
        ],
        properties: {
          event_id: { type: "string", minLength: 1 },
          run_id: { type: "string", minLength: 1 },
          event_type: { type: "string", minLength: 1 },
          timestamp: { type: "string", format: "date-time" },
          payload_hash_b64u: {
            type: "string",
            pattern: "^[A-Za-z0-9_-]+$",
            minLength: 8,
            description: "Hash of the event payload bytes, base64url (no padding)."
          },
          prev_hash_b64u: {
            type: ["string", "null"],
            pattern: "^[A-Za-z0-9_-]+$",
            minLength: 8,
            description: "Previous event hash (base64url) or null for the first event."
          },
          event_hash_b64u: {
            type: "string",
            pattern: "^[A-Za-z0-9_-]+$",
            minLength: 8,
            description: "Hash of the canonical event header, base64url (no padding)."
          }
        }
      }
    },
    vir_receipts: {
      type: "array",
      minItems: 1,
      description: "Verifiable Inference Receipts (VIR) synthesized from multi-layer evidence. Supports v1/v2 payload and signed-envelope forms.",
      items: {
        oneOf: [
          {
            $ref: "https://schemas.clawbureau.org/claw.poh.vir.v1.json"
          },
          {
            $ref: "https://schemas.clawbureau.org/claw.poh.vir.v2.json"
          },
          {
            $ref: "https://schemas.clawbureau.org/claw.poh.vir_envelope.v1.json"
          },
          {
            $ref: "https://schemas.clawbureau.org/claw.poh.vir_envelope.v2.json"
          }
        ]
      }
    },
    receipts: {
      type: "array",
      minItems: 1,
      description: "Gateway receipt envelopes (proof-of-harness). Expected to be SignedEnvelope<GatewayReceiptPayload>.",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "envelope_version",
          "envelope_type",
          "payload",
          "payload_hash_b64u",
          "hash_algorithm",
          "signature_b64u",
          "algorithm",
          "signer_did",
          "issued_at"
        ],
        properties: {
          envelope_version: { const: "1" },
          envelope_type: { const: "gateway_receipt" },
          payload: {
            type: "object",
            additionalProperties: false,
            required: [
              "receipt_version",
              "receipt_id",
              "gateway_id",
              "provider",
              "model",
              "request_hash_b64u",
              "response_hash_b64u",
              "tokens_input",
              "tokens_output",
              "latency_ms",
              "timestamp"
            ],
            properties: {
              receipt_version: { const: "1" },
              receipt_id: { type: "string", minLength: 1 },
              gateway_id: { type: "string", minLength: 1 },
              provider: { type: "string", minLength: 1 },
              model: { type: "string", minLength: 1 },
              request_hash_b64u: {
                type: "string",
                pattern: "^[A-Za-z0-9_-]+$",
                minLength: 8,
                description: "SHA-256 hash of request bytes, base64url (no padding)."
              },
              response_hash_b64u: {
                type: "string",
                pattern: "^[A-Za-z0-9_-]+$",
                minLength: 8,
                description: "SHA-256 hash of response bytes, base64url (no padding)."
              },
              tokens_input: { type: "number", minimum: 0 },
              tokens_output: { type: "number", minimum: 0 },
              latency_ms: { type: "number", minimum: 0 },
              timestamp: { type: "string", format: "date-time" },
              binding: { $ref: "https://schemas.clawbureau.org/claw.poh.receipt_binding.v1.json" },
              metadata: {
                type: "object",
                description: "Optional receipt metadata. These fields are signed as part of the receipt payload but must not be interpreted as stronger guarantees than their tier semantics.",
                properties: {
                  model_identity: {
                    $ref: "https://schemas.clawbureau.org/claw.poh.model_identity.v1.json"
                  },
                  model_identity_hash_b64u: {
                    type: "string",
                    pattern: "^[A-Za-z0-9_-]+$",
                    minLength: 8,
                    description: "sha256_b64u(JCS(model_identity)) for stable deduping."
                  },
                  audit_result_refs: {
                    type: "array",
                    description: "Optional references to audit_result_attestation artifacts that cover this output.",
                    items: {
                      type: "object",
                      additionalProperties: false,
                      required: ["resource_hash_b64u"],
                      properties: {
                        resource_type: { type: "string" },
                        resource_hash_b64u: {
                          type: "string",
                          pattern: "^[A-Za-z0-9_-]+$",
                          minLength: 8
                        },
                        uri: { type: "string" }
                      }
                    }
                  }
                },
                additionalProperties: true
              }
            }
          },
          payload_hash_b64u: {
            type: "string",
            pattern: "^[A-Za-z0-9_-]+$",
            minLength: 8
          },
          hash_algorithm: {
            type: "string",
            enum: ["SHA-256", "BLAKE3"]
          },
          signature_b64u: {
            type: "string",
            pattern: "^[A-Za-z0-9_-]+$",
            minLength: 8
          },
          algorithm: {
            type: "string",
            enum: ["Ed25519"]
          },
          signer_did: {
            type: "string",
            pattern: "^did:",
            description: "Receipt signer DID. Must start with 'did:'."
          },
          issued_at: { type: "string", format: "date-time" },
          expires_at: { type: "string", format: "date-time" }
        }
      }
    },
    web_receipts: {
      type: "array",
      minItems: 1,
      description: "Witnessed web interaction envelopes (witnessed_web tier). Strictly distinct from API gateway receipts.",
      items: {
        $ref: "https://schemas.clawbureau.org/claw.poh.web_receipt_envelope.v1.json"
      }
    },
    coverage_attestations: {
      type: "array",
      description: "Optional coverage attestations proving monitoring completeness and absence of bypass.",
      items: {
        $ref: "https://schemas.clawbureau.org/claw.poh.coverage_attestation_envelope.v1.json"
      }
    },
    binary_semantic_evidence_attestations: {
      type: "array",
      description: "Optional signed binary semantic evidence envelopes for deterministic static-vs-dynamic capability analysis.",
      items: {
        $ref: "https://schemas.clawbureau.org/claw.poh.binary_semantic_evidence_envelope.v1.json"
      }
    },
    tool_receipts: {
      type: "array",
      maxItems: 1e3,
      description: "Tool receipt payloads/envelopes (Coverage MT). Supports legacy v1 IDs and additive v2 schema forms.",
      items: {
        oneOf: [
          {
            $ref: "https://schemas.clawbureau.com/poh/tool_receipt.v1.json"
          },
          {
            $ref: "https://schemas.clawbureau.com/poh/tool_receipt_envelope.v1.json"
          },
          {
            $ref: "https://schemas.clawbureau.org/claw.poh.tool_receipt.v2.json"
          },
          {
            $ref: "https://schemas.clawbureau.org/claw.poh.tool_receipt_envelope.v2.json"
          }
        ]
      }
    },
    side_effect_receipts: {
      type: "array",
      maxItems: 1e3,
      description: "Side-effect receipt payloads (Coverage MTS). Raw SideEffectReceiptPayload objects.",
      items: {
        type: "object",
        required: ["receipt_version", "receipt_id", "effect_class", "hash_algorithm", "agent_did", "timestamp"],
        properties: {
          receipt_version: { const: "1" },
          receipt_id: { type: "string", minLength: 1 },
          effect_class: { type: "string", enum: ["network_egress", "filesystem_write", "external_api_write"] },
          target_digest: { type: "string" },
          request_digest: { type: "string" },
          response_digest: { type: "string" },
          hash_algorithm: { type: "string", enum: ["SHA-256", "BLAKE3"] },
          vendor_id: { type: "string" },
          bytes_written: { type: "number", minimum: 0 },
          agent_did: { type: "string", pattern: "^did:" },
          timestamp: { type: "string", format: "date-time" },
          binding: { type: "object" }
        }
      }
    },
    human_approval_receipts: {
      type: "array",
      maxItems: 1e3,
      description: "Human approval receipt payloads (Coverage MTS). Raw HumanApprovalReceiptPayload objects.",
      items: {
        type: "object",
        required: ["receipt_version", "receipt_id", "approval_type", "agent_did", "timestamp"],
        properties: {
          receipt_version: { const: "1" },
          receipt_id: { type: "string", minLength: 1 },
          approval_type: { type: "string", enum: ["explicit_approve", "explicit_deny", "auto_approve", "timeout_deny"] },
          scope_hash_b64u: { type: "string" },
          plan_hash_b64u: { type: "string" },
          approver_subject: { type: "string" },
          capability_minted: { type: "boolean" },
          policy_hash_b64u: { type: "string" },
          agent_did: { type: "string", pattern: "^did:" },
          timestamp: { type: "string", format: "date-time" },
          binding: { type: "object" }
        }
      }
    },
    delegation_receipts: {
      type: "array",
      maxItems: 1e3,
      description: "Delegation receipt payloads for multi-agent orchestration (Merkle DAG). Each receipt links to a delegate agent's proof bundle by hash, enabling strict liability cascade verification.",
      items: {
        type: "object",
        required: ["receipt_version", "receipt_id", "delegator_did", "delegate_did", "task_description_hash_b64u", "delegate_bundle_hash_b64u", "hash_algorithm", "delegated_at"],
        properties: {
          receipt_version: { const: "1" },
          receipt_id: { type: "string", minLength: 1 },
          delegator_did: { type: "string", pattern: "^did:" },
          delegate_did: { type: "string", pattern: "^did:" },
          task_description_hash_b64u: { type: "string", pattern: "^[A-Za-z0-9_-]+$", minLength: 8 },
          delegate_bundle_hash_b64u: { type: "string", pattern: "^[A-Za-z0-9_-]+$", minLength: 8, description: "SHA-256 hash of the delegate agent's proof_bundle -- creates the Merkle DAG link." },
          delegation_policy: { type: "string", description: "Policy constraints passed to delegate (hash of WPC subset)." },
          hash_algorithm: { type: "string", enum: ["SHA-256", "BLAKE3"] },
          delegated_at: { type: "string", format: "date-time" },
          completed_at: { type: "string", format: "date-time" },
          binding: { type: "object" }
        }
      }
    },
    rate_limit_claims: {
      type: "array",
      maxItems: 256,
      description: "Optional deterministic offline rate-limit claims (CPL-V2-001).",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "claim_version",
          "scope",
          "scope_key",
          "window_start",
          "window_end",
          "max_requests",
          "observed_requests"
        ],
        properties: {
          claim_version: { const: "1" },
          scope: { type: "string", enum: ["agent", "model", "tool"] },
          scope_key: { type: "string", minLength: 1 },
          window_start: { type: "string", format: "date-time" },
          window_end: { type: "string", format: "date-time" },
          max_requests: { type: "number", minimum: 0 },
          observed_requests: { type: "number", minimum: 0 },
          max_tokens_input: { type: "number", minimum: 0 },
          observed_tokens_input: { type: "number", minimum: 0 },
          max_tokens_output: { type: "number", minimum: 0 },
          observed_tokens_output: { type: "number", minimum: 0 },
          run_id: { type: "string", minLength: 1 }
        }
      }
    },
    attestations: {
      type: "array",
      minItems: 1,
      description: "Attestation references used for trust tier computation.",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "attestation_id",
          "attestation_type",
          "attester_did",
          "subject_did",
          "signature_b64u"
        ],
        properties: {
          attestation_id: { type: "string", minLength: 1 },
          attestation_type: { type: "string", enum: ["owner", "third_party"] },
          attester_did: { type: "string", pattern: "^did:" },
          subject_did: { type: "string", pattern: "^did:" },
          expires_at: { type: "string", format: "date-time" },
          signature_b64u: {
            type: "string",
            pattern: "^[A-Za-z0-9_-]+$",
            minLength: 8
          }
        }
      }
    },
    metadata: {
      type: "object",
      description: "Optional bundle metadata. SHOULD include harness info for auditability.",
      properties: {
        harness: {
          type: "object",
          description: "Harness metadata identifying the runtime that produced this bundle.",
          required: ["id", "version"],
          properties: {
            id: {
              type: "string",
              minLength: 1,
              description: "Harness identifier (e.g. openclaw, pi, claude-code, codex, opencode, factory-droid, script)."
            },
            version: {
              type: "string",
              minLength: 1,
              description: "Harness version string."
            },
            runtime: {
              type: "string",
              description: "Execution environment (host, docker, clawea, tee)."
            },
            config_hash_b64u: {
              type: "string",
              pattern: "^[A-Za-z0-9_-]+$",
              minLength: 8,
              description: "Hash of the harness config inputs, base64url (no padding)."
            }
          }
        },
        sentinels: {
          type: "object",
          description: "Deterministic coverage telemetry from local sentinels.",
          required: ["interpose_active"],
          additionalProperties: false,
          properties: {
            interpose_active: {
              type: "boolean",
              description: "True if Layer 6 syscall interposition was injected."
            },
            shell_events: { type: "number", minimum: 0 },
            fs_events: { type: "number", minimum: 0 },
            net_events: { type: "number", minimum: 0 },
            net_suspicious: { type: "number", minimum: 0 },
            interpose_events: { type: "number", minimum: 0 },
            interpose_gateway: { type: "number", minimum: 0 },
            interpose_transcript: { type: "number", minimum: 0 },
            interpose_tool_calls: { type: "number", minimum: 0 },
            interpose_anomalies: { type: "number", minimum: 0 },
            preload_llm_events: { type: "number", minimum: 0 },
            tls_sni_events: { type: "number", minimum: 0 },
            tls_sni_receipts: { type: "number", minimum: 0 },
            tls_decrypt_receipts: { type: "number", minimum: 0 },
            vir_receipts: { type: "number", minimum: 0 },
            runtime_profile: { type: "object" },
            runtime_hygiene: { type: "object" },
            egress_policy_receipt: {
              type: "object",
              description: "Signed canonical egress-policy evidence for proofed privacy runs.",
              additionalProperties: false,
              required: [
                "envelope_version",
                "envelope_type",
                "payload",
                "payload_hash_b64u",
                "hash_algorithm",
                "signature_b64u",
                "algorithm",
                "signer_did",
                "issued_at"
              ],
              properties: {
                envelope_version: { const: "1" },
                envelope_type: { const: "egress_policy_receipt" },
                payload: {
                  type: "object",
                  additionalProperties: false,
                  required: [
                    "receipt_version",
                    "receipt_id",
                    "policy_version",
                    "policy_hash_b64u",
                    "proofed_mode",
                    "clawproxy_url",
                    "allowed_proxy_destinations",
                    "allowed_child_destinations",
                    "direct_provider_access_blocked",
                    "blocked_attempt_count",
                    "blocked_attempts_observed",
                    "hash_algorithm",
                    "agent_did",
                    "timestamp",
                    "binding"
                  ],
                  properties: {
                    receipt_version: { const: "1" },
                    receipt_id: { type: "string", minLength: 1 },
                    policy_version: { const: "1" },
                    policy_hash_b64u: {
                      type: "string",
                      pattern: "^[A-Za-z0-9_-]+$",
                      minLength: 8
                    },
                    effective_policy_hash_b64u: {
                      type: "string",
                      pattern: "^[A-Za-z0-9_-]+$",
                      minLength: 8
                    },
                    proofed_mode: { const: true },
                    clawproxy_url: {
                      type: "string",
                      format: "uri",
                      minLength: 1
                    },
                    allowed_proxy_destinations: {
                      type: "array",
                      minItems: 1,
                      items: {
                        type: "string",
                        pattern: "^[a-z0-9.*:-]+$",
                        minLength: 1
                      }
                    },
                    allowed_child_destinations: {
                      type: "array",
                      minItems: 1,
                      items: {
                        type: "string",
                        pattern: "^[a-z0-9.*:-]+$",
                        minLength: 1
                      }
                    },
                    direct_provider_access_blocked: { const: true },
                    blocked_attempt_count: {
                      type: "integer",
                      minimum: 0
                    },
                    blocked_attempts_observed: { type: "boolean" },
                    hash_algorithm: { const: "SHA-256" },
                    agent_did: {
                      type: "string",
                      pattern: "^did:"
                    },
                    timestamp: {
                      type: "string",
                      format: "date-time"
                    },
                    binding: {
                      type: "object",
                      additionalProperties: false,
                      required: ["run_id", "event_hash_b64u"],
                      properties: {
                        run_id: {
                          type: "string",
                          minLength: 1
                        },
                        event_hash_b64u: {
                          type: "string",
                          pattern: "^[A-Za-z0-9_-]+$",
                          minLength: 8
                        }
                      }
                    },
                    transparency: {
                      type: "object",
                      additionalProperties: false,
                      required: ["inclusion_proof"],
                      properties: {
                        inclusion_proof: {
                          $ref: "https://schemas.clawbureau.org/claw.poh.log_inclusion_proof.v1.json"
                        },
                        consistency_proof: {
                          type: "object",
                          additionalProperties: false,
                          required: [
                            "proof_version",
                            "log_id",
                            "from_tree_size",
                            "to_tree_size",
                            "from_root_hash_b64u",
                            "to_root_hash_b64u",
                            "consistency_path"
                          ],
                          properties: {
                            proof_version: { const: "1" },
                            log_id: { type: "string", minLength: 1 },
                            from_tree_size: { type: "integer", minimum: 1 },
                            to_tree_size: { type: "integer", minimum: 1 },
                            from_root_hash_b64u: {
                              type: "string",
                              pattern: "^[A-Za-z0-9_-]+$",
                              minLength: 8
                            },
                            to_root_hash_b64u: {
                              type: "string",
                              pattern: "^[A-Za-z0-9_-]+$",
                              minLength: 8
                            },
                            consistency_path: {
                              type: "array",
                              items: {
                                type: "string",
                                pattern: "^[A-Za-z0-9_-]+$",
                                minLength: 8
                              }
                            },
                            metadata: { type: "object" }
                          }
                        },
                        anchor_id: { type: "string", minLength: 1 },
                        anchor_uri: {
                          type: "string",
                          format: "uri",
                          minLength: 1
                        }
                      }
                    }
                  }
                },
                payload_hash_b64u: {
                  type: "string",
                  pattern: "^[A-Za-z0-9_-]+$",
                  minLength: 8
                },
                hash_algorithm: {
                  type: "string",
                  enum: ["SHA-256"]
                },
                signature_b64u: {
                  type: "string",
                  pattern: "^[A-Za-z0-9_-]+$",
                  minLength: 8
                },
                algorithm: {
                  type: "string",
                  enum: ["Ed25519"]
                },
                signer_did: {
                  type: "string",
                  pattern: "^did:"
                },
                issued_at: {
                  type: "string",
                  format: "date-time"
                }
              }
            },
            interpose_state: { type: "object" }
          }
        }
      }
    }
  },
  anyOf: [
    { required: ["urm"] },
    { required: ["event_chain"] },
    { required: ["receipts"] },
    { required: ["vir_receipts"] },
    { required: ["web_receipts"] },
    { required: ["binary_semantic_evidence_attestations"] },
    { required: ["tool_receipts"] },
    { required: ["side_effect_receipts"] },
    { required: ["human_approval_receipts"] },
    { required: ["delegation_receipts"] },
    { required: ["attestations"] }
  ]
};

// action/src/core/claw-schema/poh/proof_bundle_envelope.v1.json
var proof_bundle_envelope_v1_default = {
  $id: "https://schemas.clawbureau.org/claw.poh.proof_bundle_envelope.v1.json",
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "Proof Bundle Envelope v1",
  description: "SignedEnvelope wrapper for proof bundles (envelope_type = proof_bundle).",
  type: "object",
  additionalProperties: false,
  required: [
    "envelope_version",
    "envelope_type",
    "payload",
    "payload_hash_b64u",
    "hash_algorithm",
    "signature_b64u",
    "algorithm",
    "signer_did",
    "issued_at"
  ],
  properties: {
    envelope_version: { const: "1" },
    envelope_type: { const: "proof_bundle" },
    payload: { $ref: "https://schemas.clawbureau.org/claw.poh.proof_bundle.v1.json" },
    payload_hash_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+$",
      minLength: 8
    },
    hash_algorithm: {
      type: "string",
      enum: ["SHA-256", "BLAKE3"]
    },
    signature_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+$",
      minLength: 8
    },
    algorithm: {
      type: "string",
      enum: ["Ed25519"]
    },
    signer_did: {
      type: "string",
      pattern: "^did:",
      description: "Bundle signer DID. Must start with 'did:'."
    },
    issued_at: { type: "string", format: "date-time" },
    expires_at: { type: "string", format: "date-time" }
  }
};

// action/src/core/claw-schema/poh/receipt_binding.v1.json
var receipt_binding_v1_default = {
  $id: "https://schemas.clawbureau.org/claw.poh.receipt_binding.v1.json",
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "Receipt Binding v1",
  description: "Standard binding fields that tie a gateway receipt to a specific run, event, and idempotency scope. Harnesses attach these via HTTP headers (X-Run-Id, X-Event-Hash, X-Idempotency-Key) when routing LLM calls through clawproxy.",
  type: "object",
  additionalProperties: false,
  properties: {
    run_id: {
      type: "string",
      minLength: 1,
      description: "Run identifier correlating this receipt to a specific agent run. Sent via X-Run-Id header."
    },
    event_hash_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+$",
      minLength: 8,
      description: "Hash of the event in the chain that triggered this LLM call (base64url). Sent via X-Event-Hash header."
    },
    nonce: {
      type: "string",
      minLength: 1,
      description: "Idempotency nonce to prevent duplicate receipt issuance. Sent via X-Idempotency-Key header."
    },
    policy_hash: {
      type: "string",
      minLength: 1,
      description: "Work Policy Contract hash, injected by the proxy when a policy is enforced."
    },
    token_scope_hash_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+$",
      minLength: 8,
      description: "Hash of the scoped token (CST) claims, injected by the proxy when a CST is validated."
    },
    span_id: {
      type: "string",
      minLength: 1,
      description: "Optional causal span identifier for this receipt node. Canonical key (preferred over spanId when both are present)."
    },
    spanId: {
      type: "string",
      minLength: 1,
      description: "Legacy/compat alias for span_id. Verifier normalizes with snake_case precedence."
    },
    parent_span_id: {
      type: "string",
      minLength: 1,
      description: "Optional parent span identifier referencing another receipt binding span in the same bundle. Canonical key (preferred over parentSpanId when both are present)."
    },
    parentSpanId: {
      type: "string",
      minLength: 1,
      description: "Legacy/compat alias for parent_span_id. Verifier normalizes with snake_case precedence."
    },
    tool_span_id: {
      type: "string",
      minLength: 1,
      description: "Optional tool-root span identifier for side-effect and derived receipt linkage in the same bundle. Canonical key (preferred over toolSpanId when both are present)."
    },
    toolSpanId: {
      type: "string",
      minLength: 1,
      description: "Legacy/compat alias for tool_span_id. Verifier normalizes with snake_case precedence."
    },
    phase: {
      type: "string",
      enum: [
        "setup",
        "planning",
        "reasoning",
        "execution",
        "observation",
        "reflection",
        "teardown"
      ],
      description: "Optional deterministic lifecycle phase marker for the span."
    },
    attribution_confidence: {
      type: "number",
      description: "Optional deterministic causal attribution confidence. Canonical key (preferred over attributionConfidence when both are present). Verifier enforces inclusive [0.0, 1.0] bounds when present."
    },
    attributionConfidence: {
      type: "number",
      description: "Legacy/compat alias for attribution_confidence. Verifier normalizes with snake_case precedence."
    }
  }
};

// action/src/core/claw-schema/poh/selective_disclosure.v1.json
var selective_disclosure_v1_default = {
  $id: "https://schemas.clawbureau.org/claw.poh.selective_disclosure.v1.json",
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "Selective Disclosure v1",
  type: "object",
  additionalProperties: false,
  required: [
    "disclosure_algorithm",
    "merkle_root_b64u",
    "redacted_leaf_hashes_b64u",
    "disclosed_leaves"
  ],
  properties: {
    disclosure_algorithm: {
      type: "string",
      const: "vir_v2_typed_lexicographical"
    },
    merkle_root_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+$",
      minLength: 8
    },
    redacted_leaf_hashes_b64u: {
      type: "array",
      items: {
        type: "string",
        pattern: "^[A-Za-z0-9_-]+$",
        minLength: 8
      }
    },
    disclosed_leaves: {
      type: "object",
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["type", "value", "salt_b64u"],
        properties: {
          type: {
            type: "string",
            enum: ["string", "number", "boolean", "null", "array", "object"]
          },
          value: {},
          salt_b64u: {
            type: "string",
            pattern: "^[A-Za-z0-9_-]+$",
            minLength: 8
          }
        }
      }
    }
  }
};

// action/src/core/claw-schema/poh/sentinel_anomaly_report.v1.json
var sentinel_anomaly_report_v1_default = {
  $id: "https://schemas.clawbureau.org/claw.poh.sentinel_anomaly_report.v1.json",
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "Sentinel Anomaly Report v1",
  description: "Behavioral anomaly assessment from the Sentinel trajectory analysis engine.",
  type: "object",
  required: ["threat_score", "anomaly_type"],
  properties: {
    threat_score: { type: "number", minimum: 0, maximum: 100, description: "0=benign, 100=certain attack" },
    anomaly_type: { type: "string", enum: ["benign", "prompt_injection_suspected", "data_exfiltration_topology", "alien_trajectory", "model_impersonation"], description: "Classification of the detected anomaly" },
    global_prevalence: { type: "integer", description: "Count of similar trajectories in the global RT log" },
    nearest_neighbors: { type: "array", items: { type: "string" }, description: "Run IDs of the most similar historical executions" },
    confidence: { type: "number", minimum: 0, maximum: 1 }
  },
  additionalProperties: false
};

// action/src/core/claw-schema/poh/tool_receipt.v1.json
var tool_receipt_v1_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://schemas.clawbureau.com/poh/tool_receipt.v1.json",
  title: "Tool Receipt v1",
  description: "A receipt emitted at a tool dispatcher boundary. Hash-only by default: captures tool identity, argument digest, result digest, timing, and agent DID — without leaking raw arguments or results.",
  type: "object",
  required: [
    "receipt_version",
    "receipt_id",
    "tool_name",
    "args_hash_b64u",
    "result_hash_b64u",
    "hash_algorithm",
    "agent_did",
    "timestamp",
    "latency_ms"
  ],
  properties: {
    receipt_version: {
      type: "string",
      const: "1",
      description: "Schema version. Always '1' for this schema."
    },
    receipt_id: {
      type: "string",
      minLength: 1,
      description: "Unique receipt ID (UUID or similar)."
    },
    tool_name: {
      type: "string",
      minLength: 1,
      description: "Canonical tool name (e.g. 'bash', 'read_file', 'web_search')."
    },
    tool_version: {
      type: "string",
      description: "Optional tool version string."
    },
    args_hash_b64u: {
      type: "string",
      minLength: 1,
      description: "Base64url-encoded hash of JCS-canonicalized tool arguments."
    },
    result_hash_b64u: {
      type: "string",
      minLength: 1,
      description: "Base64url-encoded hash of JCS-canonicalized tool result."
    },
    result_status: {
      type: "string",
      enum: ["success", "error", "timeout"],
      description: "High-level outcome of the tool call."
    },
    hash_algorithm: {
      type: "string",
      enum: ["SHA-256"],
      description: "Hash algorithm used for args_hash and result_hash."
    },
    agent_did: {
      type: "string",
      minLength: 1,
      description: "DID of the agent that invoked the tool."
    },
    timestamp: {
      type: "string",
      format: "date-time",
      description: "ISO 8601 timestamp of tool invocation."
    },
    latency_ms: {
      type: "number",
      minimum: 0,
      description: "Tool execution latency in milliseconds."
    },
    binding: {
      type: "object",
      properties: {
        run_id: { type: "string" },
        event_hash_b64u: { type: "string" },
        nonce: { type: "string" },
        policy_hash: { type: "string" },
        token_scope_hash_b64u: { type: "string" }
      },
      description: "Optional binding to a proof bundle run and event chain."
    }
  },
  additionalProperties: false
};

// action/src/core/claw-schema/poh/tool_receipt.v2.json
var tool_receipt_v2_default = {
  $id: "https://schemas.clawbureau.org/claw.poh.tool_receipt.v2.json",
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "Tool Receipt v2",
  description: "Tool receipt with deterministic selective-disclosure support and anti-rainbow salting.",
  type: "object",
  additionalProperties: false,
  required: [
    "receipt_version",
    "receipt_id",
    "tool_name",
    "args_hash_b64u",
    "result_hash_b64u",
    "hash_algorithm",
    "agent_did",
    "timestamp",
    "latency_ms",
    "args_salt_b64u",
    "result_salt_b64u"
  ],
  properties: {
    receipt_version: {
      type: "string",
      const: "2"
    },
    receipt_id: {
      type: "string",
      minLength: 1
    },
    tool_name: {
      type: "string",
      minLength: 1
    },
    tool_version: {
      type: "string"
    },
    args_hash_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+$",
      minLength: 8
    },
    result_hash_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+$",
      minLength: 8
    },
    result_status: {
      type: "string",
      enum: ["success", "error", "timeout"]
    },
    hash_algorithm: {
      type: "string",
      enum: ["SHA-256", "BLAKE3"]
    },
    agent_did: {
      type: "string",
      pattern: "^did:"
    },
    timestamp: {
      type: "string",
      format: "date-time"
    },
    latency_ms: {
      type: "number",
      minimum: 0
    },
    binding: {
      $ref: "https://schemas.clawbureau.org/claw.poh.receipt_binding.v1.json"
    },
    args_salt_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+$",
      minLength: 8
    },
    result_salt_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+$",
      minLength: 8
    },
    args_disclosure: {
      $ref: "https://schemas.clawbureau.org/claw.poh.selective_disclosure.v1.json"
    },
    result_disclosure: {
      $ref: "https://schemas.clawbureau.org/claw.poh.selective_disclosure.v1.json"
    }
  }
};

// action/src/core/claw-schema/poh/tool_receipt_envelope.v1.json
var tool_receipt_envelope_v1_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://schemas.clawbureau.com/poh/tool_receipt_envelope.v1.json",
  title: "Tool Receipt Envelope v1",
  description: "A signed envelope wrapping a tool receipt. Uses the same signed envelope pattern as gateway receipts.",
  type: "object",
  required: [
    "envelope_version",
    "envelope_type",
    "payload",
    "payload_hash_b64u",
    "hash_algorithm",
    "signature_b64u",
    "algorithm",
    "signer_did",
    "issued_at"
  ],
  properties: {
    envelope_version: {
      type: "string",
      const: "1"
    },
    envelope_type: {
      type: "string",
      const: "tool_receipt"
    },
    payload: {
      $ref: "tool_receipt.v1.json"
    },
    payload_hash_b64u: {
      type: "string",
      minLength: 1,
      description: "Base64url-encoded SHA-256 hash of JCS-canonicalized payload."
    },
    hash_algorithm: {
      type: "string",
      enum: ["SHA-256"]
    },
    signature_b64u: {
      type: "string",
      minLength: 1,
      description: "Base64url-encoded Ed25519 signature over JCS-canonicalized envelope (with signature_b64u set to empty string)."
    },
    algorithm: {
      type: "string",
      enum: ["Ed25519"]
    },
    signer_did: {
      type: "string",
      minLength: 1,
      description: "DID of the envelope signer."
    },
    issued_at: {
      type: "string",
      format: "date-time"
    },
    expires_at: {
      type: "string",
      format: "date-time"
    }
  },
  additionalProperties: false
};

// action/src/core/claw-schema/poh/tool_receipt_envelope.v2.json
var tool_receipt_envelope_v2_default = {
  $id: "https://schemas.clawbureau.org/claw.poh.tool_receipt_envelope.v2.json",
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "Tool Receipt Envelope v2",
  description: "Signed envelope for tool receipt v2 including additive co-signatures and optional expiry.",
  type: "object",
  additionalProperties: false,
  required: [
    "envelope_version",
    "envelope_type",
    "payload",
    "payload_hash_b64u",
    "hash_algorithm",
    "signature_b64u",
    "algorithm",
    "signer_did",
    "issued_at"
  ],
  properties: {
    envelope_version: {
      type: "string",
      const: "2"
    },
    envelope_type: {
      type: "string",
      const: "tool_receipt"
    },
    payload: {
      $ref: "https://schemas.clawbureau.org/claw.poh.tool_receipt.v2.json"
    },
    payload_hash_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+$",
      minLength: 8
    },
    hash_algorithm: {
      type: "string",
      enum: ["SHA-256", "BLAKE3"]
    },
    signature_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+$",
      minLength: 8
    },
    algorithm: {
      type: "string",
      enum: ["Ed25519"]
    },
    signer_did: {
      type: "string",
      pattern: "^did:"
    },
    issued_at: {
      type: "string",
      format: "date-time"
    },
    expires_at: {
      type: "string",
      format: "date-time"
    },
    co_signatures: {
      type: "array",
      maxItems: 16,
      items: {
        $ref: "https://schemas.clawbureau.org/claw.poh.co_signature.v1.json"
      }
    }
  }
};

// action/src/core/claw-schema/poh/vir.v1.json
var vir_v1_default = {
  $id: "https://schemas.clawbureau.org/claw.poh.vir.v1.json",
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "Verifiable Inference Receipt v1",
  description: "Evidence-fused Verifiable Inference Receipt synthesized from transport, process, and semantic observations.",
  type: "object",
  additionalProperties: true,
  required: [
    "receipt_version",
    "receipt_id",
    "source",
    "provider",
    "model",
    "request_hash_b64u",
    "response_hash_b64u",
    "tokens_input",
    "tokens_output",
    "latency_ms",
    "agent_did",
    "timestamp"
  ],
  properties: {
    receipt_version: { const: "1" },
    receipt_id: { type: "string", minLength: 1 },
    source: {
      type: "string",
      enum: ["tls_decrypt", "gateway", "interpose", "preload", "sni"]
    },
    provider: { type: "string", minLength: 1 },
    model: { type: "string", minLength: 1 },
    model_claimed: { type: "string" },
    model_observed: { type: "string" },
    request_hash_b64u: { type: "string" },
    response_hash_b64u: { type: "string" },
    tokens_input: { type: "number", minimum: 0 },
    tokens_output: { type: "number", minimum: 0 },
    latency_ms: { type: "number", minimum: 0 },
    agent_did: { type: "string", pattern: "^did:" },
    timestamp: { type: "string", format: "date-time" },
    binding: {
      type: "object",
      additionalProperties: true,
      properties: {
        run_id: { type: "string", minLength: 1 },
        event_hash_b64u: { type: "string", minLength: 8 },
        nonce: { type: "string", minLength: 1 }
      }
    },
    transport_attestation: {
      type: "object",
      additionalProperties: false,
      properties: {
        source: {
          type: "string",
          enum: ["tls_decrypt", "gateway", "interpose", "preload", "sni"]
        },
        keylog_present: { type: "boolean" },
        cipher_spool_present: { type: "boolean" },
        decrypted_match: { type: ["boolean", "null"] }
      }
    },
    process_attestation: {
      type: "object",
      additionalProperties: false,
      properties: {
        harness_attestation_hash: { type: ["string", "null"] },
        harness_recheck_match: { type: "boolean" },
        interpose_active: { type: "boolean" }
      }
    },
    semantic_attestation: {
      type: "object",
      additionalProperties: false,
      properties: {
        tool_calls_count: { type: "number", minimum: 0 },
        side_effect_receipts_count: { type: "number", minimum: 0 },
        event_chain_len: { type: "number", minimum: 0 }
      }
    },
    selective_disclosure: {
      type: "object",
      additionalProperties: true,
      properties: {
        merkle_root_b64u: {
          type: "string",
          pattern: "^[A-Za-z0-9_-]+$",
          minLength: 8
        },
        leaf_hashes_b64u: {
          type: "array",
          items: { type: "string", minLength: 8 }
        },
        disclosed_leaves: {
          type: "object",
          additionalProperties: { type: "string", minLength: 8 }
        },
        redacted_fields: {
          type: "array",
          items: { type: "string", minLength: 1 }
        }
      }
    },
    merkle_disclosure: {
      type: "object",
      additionalProperties: false,
      properties: {
        chain_hash: { type: "string", minLength: 1 },
        event_count: { type: "number", minimum: 0 }
      }
    },
    metadata: { type: "object" }
  }
};

// action/src/core/claw-schema/poh/vir.v2.json
var vir_v2_default = {
  $id: "https://schemas.clawbureau.org/claw.poh.vir.v2.json",
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "Verifiable Inference Receipt v2",
  description: "VIR v2 with legal binding and deterministic selective-disclosure commitments.",
  type: "object",
  additionalProperties: true,
  required: [
    "receipt_version",
    "receipt_id",
    "source",
    "provider",
    "model_claimed",
    "model_observed",
    "agent_did",
    "timestamp",
    "legal_binding",
    "selective_disclosure"
  ],
  properties: {
    receipt_version: { const: "2" },
    receipt_id: { type: "string", minLength: 1 },
    source: {
      type: "string",
      enum: ["tls_decrypt", "gateway", "interpose", "preload", "sni"]
    },
    provider: { type: "string", minLength: 1 },
    model: { type: "string", minLength: 1 },
    model_claimed: { type: "string" },
    model_observed: { type: "string" },
    request_hash_b64u: { type: "string", minLength: 8 },
    response_hash_b64u: { type: "string", minLength: 8 },
    tokens_input: { type: "number", minimum: 0 },
    tokens_output: { type: "number", minimum: 0 },
    latency_ms: { type: "number", minimum: 0 },
    agent_did: { type: "string", pattern: "^did:" },
    timestamp: { type: "string", format: "date-time" },
    binding: {
      type: "object",
      additionalProperties: true,
      properties: {
        run_id: { type: "string", minLength: 1 },
        event_hash_b64u: { type: "string", minLength: 8 },
        nonce: { type: "string", minLength: 1 },
        subject: { type: "string", pattern: "^did:" },
        subject_did: { type: "string", pattern: "^did:" },
        scope: { type: "string", minLength: 1 },
        scope_hash_b64u: { type: "string", minLength: 8 }
      }
    },
    legal_binding: {
      type: "object",
      additionalProperties: false,
      required: ["nonce", "subject_did", "scope_hash_b64u"],
      properties: {
        nonce: { type: "string", minLength: 8 },
        subject_did: { type: "string", pattern: "^did:" },
        scope_hash_b64u: { type: "string", minLength: 8 },
        job_id: { type: "string" },
        contract_id: { type: "string" },
        policy_hash_b64u: { type: "string", minLength: 8 },
        jurisdiction: { type: "string" }
      }
    },
    evidence_conflicts: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "field",
          "authoritative_source",
          "divergent_source",
          "authoritative_value",
          "divergent_value"
        ],
        properties: {
          field: { type: "string", minLength: 1 },
          authoritative_source: {
            type: "string",
            enum: ["tls_decrypt", "gateway", "interpose", "preload", "sni"]
          },
          divergent_source: {
            type: "string",
            enum: ["tls_decrypt", "gateway", "interpose", "preload", "sni"]
          },
          authoritative_value: {},
          divergent_value: {}
        }
      }
    },
    selective_disclosure: {
      type: "object",
      additionalProperties: false,
      required: [
        "disclosure_algorithm",
        "merkle_root_b64u",
        "redacted_leaf_hashes_b64u",
        "disclosed_leaves"
      ],
      properties: {
        disclosure_algorithm: {
          type: "string",
          enum: ["vir_v2_typed_lexicographical"]
        },
        merkle_root_b64u: {
          type: "string",
          pattern: "^[A-Za-z0-9_-]+$",
          minLength: 8
        },
        redacted_leaf_hashes_b64u: {
          type: "array",
          items: {
            type: "string",
            pattern: "^[A-Za-z0-9_-]+$",
            minLength: 8
          }
        },
        disclosed_leaves: {
          type: "object",
          additionalProperties: {
            type: "object",
            additionalProperties: false,
            required: ["type", "value", "salt_b64u"],
            properties: {
              type: { type: "string", enum: ["string", "number", "boolean", "null"] },
              value: {},
              salt_b64u: {
                type: "string",
                pattern: "^[A-Za-z0-9_-]+$",
                minLength: 8
              }
            }
          }
        }
      }
    },
    metadata: { type: "object" }
  }
};

// action/src/core/claw-schema/poh/vir_envelope.v1.json
var vir_envelope_v1_default = {
  $id: "https://schemas.clawbureau.org/claw.poh.vir_envelope.v1.json",
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "VIR Envelope v1",
  description: "Signed envelope wrapper for vir.v1 payloads.",
  type: "object",
  additionalProperties: false,
  required: [
    "envelope_version",
    "envelope_type",
    "payload",
    "payload_hash_b64u",
    "hash_algorithm",
    "signature_b64u",
    "algorithm",
    "signer_did",
    "issued_at"
  ],
  properties: {
    envelope_version: { const: "1" },
    envelope_type: { const: "vir_receipt" },
    payload: {
      $ref: "https://schemas.clawbureau.org/claw.poh.vir.v1.json"
    },
    payload_hash_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+$",
      minLength: 8
    },
    hash_algorithm: {
      type: "string",
      enum: ["SHA-256", "BLAKE3"]
    },
    signature_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+$",
      minLength: 8
    },
    algorithm: {
      type: "string",
      enum: ["Ed25519"]
    },
    signer_did: {
      type: "string",
      pattern: "^did:"
    },
    issued_at: {
      type: "string",
      format: "date-time"
    }
  }
};

// action/src/core/claw-schema/poh/vir_envelope.v2.json
var vir_envelope_v2_default = {
  $id: "https://schemas.clawbureau.org/claw.poh.vir_envelope.v2.json",
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "VIR Envelope v2",
  description: "Signed envelope wrapper for vir.v2 payloads.",
  type: "object",
  additionalProperties: false,
  required: [
    "envelope_version",
    "envelope_type",
    "payload",
    "payload_hash_b64u",
    "hash_algorithm",
    "signature_b64u",
    "algorithm",
    "signer_did",
    "issued_at"
  ],
  properties: {
    envelope_version: { const: "1" },
    envelope_type: { const: "vir_receipt" },
    payload: {
      $ref: "https://schemas.clawbureau.org/claw.poh.vir.v2.json"
    },
    payload_hash_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+$",
      minLength: 8
    },
    hash_algorithm: {
      type: "string",
      enum: ["SHA-256", "BLAKE3"]
    },
    signature_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+$",
      minLength: 8
    },
    algorithm: {
      type: "string",
      enum: ["Ed25519"]
    },
    signer_did: {
      type: "string",
      pattern: "^did:"
    },
    issued_at: {
      type: "string",
      format: "date-time"
    }
  }
};

// action/src/core/claw-schema/poh/web_receipt.v1.json
var web_receipt_v1_default = {
  $id: "https://schemas.clawbureau.org/claw.poh.web_receipt.v1.json",
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "Web Receipt v1",
  description: "Witness-signed receipt for web/subscription model interactions (e.g. hosted chat UIs). Distinct from gateway API receipts.",
  type: "object",
  additionalProperties: false,
  required: [
    "receipt_version",
    "receipt_id",
    "witness_id",
    "source",
    "request_hash_b64u",
    "response_hash_b64u",
    "timestamp"
  ],
  properties: {
    receipt_version: { const: "1" },
    receipt_id: { type: "string", minLength: 1 },
    witness_id: {
      type: "string",
      minLength: 1,
      description: "Identifier of the witnessing service/runtime."
    },
    source: {
      type: "string",
      enum: ["chatgpt_web", "claude_web", "gemini_web", "other"],
      description: "Web interaction surface the witness observed."
    },
    request_hash_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+$",
      minLength: 8,
      description: "SHA-256 hash of the witnessed request bytes (base64url)."
    },
    response_hash_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+$",
      minLength: 8,
      description: "SHA-256 hash of the witnessed response bytes (base64url)."
    },
    session_hash_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+$",
      minLength: 8,
      description: "Optional hash pointer to witnessed browser/session state."
    },
    timestamp: { type: "string", format: "date-time" },
    binding: {
      $ref: "https://schemas.clawbureau.org/claw.poh.receipt_binding.v1.json"
    },
    transparency: {
      type: "object",
      description: "Optional transparency anchoring metadata for witnessed-web receipts.",
      additionalProperties: false,
      properties: {
        inclusion_proof: {
          $ref: "https://schemas.clawbureau.org/claw.poh.log_inclusion_proof.v1.json"
        },
        anchor_id: { type: "string", minLength: 1 },
        anchor_uri: { type: "string", minLength: 1 }
      }
    },
    metadata: {
      type: "object",
      description: "Optional metadata for non-sensitive witness context.",
      additionalProperties: true
    }
  }
};

// action/src/core/claw-schema/poh/web_receipt_envelope.v1.json
var web_receipt_envelope_v1_default = {
  $id: "https://schemas.clawbureau.org/claw.poh.web_receipt_envelope.v1.json",
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "Web Receipt Envelope v1",
  description: "SignedEnvelope wrapper for witnessed web receipts (envelope_type = web_receipt).",
  type: "object",
  additionalProperties: false,
  required: [
    "envelope_version",
    "envelope_type",
    "payload",
    "payload_hash_b64u",
    "hash_algorithm",
    "signature_b64u",
    "algorithm",
    "signer_did",
    "issued_at"
  ],
  properties: {
    envelope_version: { const: "1" },
    envelope_type: { const: "web_receipt" },
    payload: {
      $ref: "https://schemas.clawbureau.org/claw.poh.web_receipt.v1.json"
    },
    payload_hash_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+$",
      minLength: 8
    },
    hash_algorithm: {
      type: "string",
      enum: ["SHA-256", "BLAKE3"]
    },
    signature_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+$",
      minLength: 8
    },
    algorithm: {
      type: "string",
      enum: ["Ed25519"]
    },
    signer_did: {
      type: "string",
      pattern: "^did:",
      description: "Witness signer DID. Must start with 'did:'."
    },
    issued_at: { type: "string", format: "date-time" },
    expires_at: { type: "string", format: "date-time" }
  }
};

// action/src/core/claw-schema/policy/work_policy_contract.v1.json
var work_policy_contract_v1_default = {
  $id: "https://schemas.clawbureau.org/claw.policy.work_policy_contract.v1.json",
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "Work Policy Contract (WPC) v1",
  description: "A Work Policy Contract (WPC) defines enforceable constraints for confidential work runs (provider/model allowlists, redaction rules, receipt privacy mode, and egress allowlist).\n\nCanonical policy_hash_b64u (v1): SHA-256 base64url of the RFC8785 JCS canonical JSON string of the WPC payload (sha256(JCS(payload))).",
  type: "object",
  additionalProperties: false,
  required: ["policy_version", "policy_id", "issuer_did"],
  properties: {
    policy_version: {
      const: "1",
      description: "Policy schema version (v1)."
    },
    policy_id: {
      type: "string",
      minLength: 1,
      maxLength: 128,
      description: "Human/stable identifier for the policy (hash-bound)."
    },
    issuer_did: {
      type: "string",
      pattern: "^did:",
      minLength: 4,
      maxLength: 256,
      description: "DID of the enterprise/buyer issuing the policy."
    },
    allowed_providers: {
      type: "array",
      description: "Optional provider allowlist. If omitted/empty, the gateway MAY allow all supported providers.",
      maxItems: 16,
      items: {
        type: "string",
        enum: ["openai", "anthropic", "google"]
      }
    },
    allowed_models: {
      type: "array",
      description: "Optional model allowlist patterns (glob-style, '*' supported).",
      maxItems: 256,
      items: {
        type: "string",
        minLength: 1,
        maxLength: 256
      }
    },
    minimum_model_identity_tier: {
      type: "string",
      description: "Optional minimum required model identity tier (orthogonal to PoH tiers). Gateways MUST fail closed when only a weaker tier is available.",
      enum: ["closed_opaque", "closed_provider_manifest", "openweights_hashable", "tee_measured"]
    },
    required_audit_packs: {
      type: "array",
      description: "Optional required audit packs by deterministic audit_pack_hash_b64u (see ADR 0001). Used for policy gating (verify-under-policy / procurement requirements).",
      maxItems: 64,
      items: {
        type: "string",
        pattern: "^[A-Za-z0-9_-]+$",
        minLength: 8,
        maxLength: 128
      }
    },
    redaction_rules: {
      type: "array",
      description: "Optional redaction rules applied by the gateway before upstream requests are made and before hashing/receipting.",
      maxItems: 256,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["path", "action"],
        properties: {
          path: {
            type: "string",
            minLength: 1,
            maxLength: 512,
            description: "Simplified JSONPath-like pattern (e.g. $.messages[*].content)."
          },
          action: {
            type: "string",
            enum: ["remove", "hash", "mask"],
            description: "Redaction action to apply."
          }
        }
      }
    },
    receipt_privacy_mode: {
      type: "string",
      enum: ["hash_only", "encrypted"],
      description: "Receipt privacy mode policy. In confidential mode, gateways may force hash_only."
    },
    egress_allowlist: {
      type: "array",
      description: "Optional egress allowlist (hostnames / patterns) for future mediated egress receipts.",
      maxItems: 256,
      items: {
        type: "string",
        minLength: 1,
        maxLength: 256
      }
    },
    metadata: {
      type: "object",
      description: "Optional free-form metadata (hash-bound).",
      additionalProperties: true
    }
  }
};

// action/src/core/claw-schema/policy/work_policy_contract_envelope.v1.json
var work_policy_contract_envelope_v1_default = {
  $id: "https://schemas.clawbureau.org/claw.policy.work_policy_contract_envelope.v1.json",
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "Work Policy Contract Envelope v1",
  description: "A signed envelope for a Work Policy Contract (WPC). The payload_hash_b64u MUST equal policy_hash_b64u = sha256(JCS(payload)) (base64url, no padding).",
  type: "object",
  additionalProperties: false,
  required: [
    "envelope_version",
    "envelope_type",
    "payload",
    "payload_hash_b64u",
    "hash_algorithm",
    "signature_b64u",
    "algorithm",
    "signer_did",
    "issued_at"
  ],
  properties: {
    envelope_version: {
      const: "1"
    },
    envelope_type: {
      const: "work_policy_contract"
    },
    payload: {
      $ref: "https://schemas.clawbureau.org/claw.policy.work_policy_contract.v1.json"
    },
    payload_hash_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+$",
      minLength: 8
    },
    hash_algorithm: {
      const: "SHA-256"
    },
    signature_b64u: {
      type: "string",
      pattern: "^[A-Za-z0-9_-]+$",
      minLength: 8
    },
    algorithm: {
      const: "Ed25519"
    },
    signer_did: {
      type: "string",
      pattern: "^did:",
      minLength: 4
    },
    issued_at: {
      type: "string",
      format: "date-time"
    }
  }
};

// action/src/core/claw-schemas.ts
var addFormats = import_ajv_formats.default.default;
var B64U = { type: "string", pattern: "^[A-Za-z0-9_-]+$", minLength: 8 };
var URM_ITEM = {
  type: "object",
  additionalProperties: false,
  required: ["type", "hash_b64u"],
  properties: {
    type: { type: "string", minLength: 1 },
    hash_b64u: B64U,
    content_type: { type: "string" },
    uri: { type: "string", format: "uri" },
    path: { type: "string" },
    size_bytes: { type: "integer", minimum: 0 },
    metadata: { type: "object" }
  }
};
var URM_V1_SCHEMA = {
  $id: "https://schemas.clawbureau.org/claw.poh.urm.v1.json",
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "Universal Run Manifest v1",
  type: "object",
  additionalProperties: false,
  required: ["urm_version", "urm_id", "run_id", "agent_did", "issued_at", "harness", "inputs", "outputs"],
  properties: {
    urm_version: { const: "1" },
    urm_id: { type: "string", minLength: 1 },
    run_id: { type: "string", minLength: 1 },
    agent_did: { type: "string", pattern: "^did:" },
    issued_at: { type: "string", format: "date-time" },
    harness: {
      type: "object",
      additionalProperties: false,
      required: ["id", "version"],
      properties: {
        id: { type: "string", minLength: 1 },
        version: { type: "string", minLength: 1 },
        runtime: { type: "string" },
        config_hash_b64u: B64U,
        metadata: { type: "object" }
      }
    },
    inputs: { type: "array", items: URM_ITEM },
    outputs: { type: "array", items: URM_ITEM },
    event_chain_root_hash_b64u: B64U,
    receipts_root_hash_b64u: B64U,
    proof_bundle_hash_b64u: B64U,
    metadata: { type: "object" }
  }
};
var SCHEMAS = {
  proof_bundle_envelope: proof_bundle_envelope_v1_default,
  proof_bundle: proof_bundle_v1_default,
  gateway_receipt_envelope: gateway_receipt_envelope_v1_default,
  gateway_receipt: gateway_receipt_v1_default,
  receipt_binding: receipt_binding_v1_default,
  tool_receipt_v1: tool_receipt_v1_default,
  tool_receipt_v2: tool_receipt_v2_default,
  tool_receipt_envelope_v1: tool_receipt_envelope_v1_default,
  tool_receipt_envelope_v2: tool_receipt_envelope_v2_default,
  co_signature: co_signature_v1_default,
  selective_disclosure: selective_disclosure_v1_default,
  event_chain: event_chain_v1_default,
  human_approval_receipt: human_approval_receipt_v1_default,
  scoped_token_claims: scoped_token_claims_v1_default,
  urm: URM_V1_SCHEMA,
  work_policy_contract: work_policy_contract_v1_default,
  work_policy_contract_envelope: work_policy_contract_envelope_v1_default,
  model_identity: model_identity_v1_default,
  log_inclusion_proof: log_inclusion_proof_v1_default,
  kinematic_fingerprint: kinematic_fingerprint_v1_default,
  sentinel_anomaly_report: sentinel_anomaly_report_v1_default,
  web_receipt: web_receipt_v1_default,
  web_receipt_envelope: web_receipt_envelope_v1_default,
  vir_v1: vir_v1_default,
  vir_v2: vir_v2_default,
  vir_envelope_v1: vir_envelope_v1_default,
  vir_envelope_v2: vir_envelope_v2_default,
  coverage_attestation: coverage_attestation_v1_default,
  coverage_attestation_envelope: coverage_attestation_envelope_v1_default,
  binary_semantic_evidence: binary_semantic_evidence_v1_default,
  binary_semantic_evidence_envelope: binary_semantic_evidence_envelope_v1_default
};
var CLAW_SCHEMA_NAMES = Object.keys(SCHEMAS);
var DRAFT07 = /* @__PURE__ */ new Set(["human_approval_receipt"]);
var instances;
var compiled = /* @__PURE__ */ new Map();
function schemaId(name) {
  return SCHEMAS[name].$id;
}
function getInstances() {
  if (instances) return instances;
  const options2 = { strict: false, allErrors: true };
  const ajv2020 = new import__3.Ajv2020(options2);
  const ajv07 = new import_ajv.Ajv(options2);
  addFormats(ajv2020);
  addFormats(ajv07);
  for (const name of CLAW_SCHEMA_NAMES) {
    (DRAFT07.has(name) ? ajv07 : ajv2020).addSchema(SCHEMAS[name]);
  }
  instances = { ajv2020, ajv07 };
  return instances;
}
function clawValidator(name) {
  const hit = compiled.get(name);
  if (hit) return hit;
  const { ajv2020, ajv07 } = getInstances();
  const fn = (DRAFT07.has(name) ? ajv07 : ajv2020).getSchema(schemaId(name));
  if (!fn) throw new Error(`Claw schema ${name} is not registered`);
  compiled.set(name, fn);
  return fn;
}
function validateClaw(name, value) {
  const fn = clawValidator(name);
  if (fn(value)) return { valid: true, errors: [] };
  return { valid: false, errors: [...fn.errors ?? []] };
}
function ajvErrorPointer(e) {
  const p = e.params;
  const prop = e.keyword === "required" ? p["missingProperty"] : e.keyword === "additionalProperties" ? p["additionalProperty"] : void 0;
  return typeof prop === "string" ? `${e.instancePath}/${prop.replace(/~/g, "~0").replace(/\//g, "~1")}` : e.instancePath;
}
function ajvErrorText(e) {
  const p = e.params;
  let msg = e.message ?? "is invalid";
  if (e.keyword === "enum") msg += ` ${JSON.stringify(p["allowedValues"])}`;
  if (e.keyword === "const") msg += ` ${JSON.stringify(p["allowedValue"])}`;
  if (e.keyword === "additionalProperties") msg = "unknown property";
  return `${ajvErrorPointer(e) || "/"}: [${e.keyword}] ${msg}`;
}
function clawSchemaErrors(errors, max = 20) {
  const list = errors ?? [];
  const out = list.slice(0, max).map(ajvErrorText);
  if (list.length > max) out.push(`… ${list.length - max} more`);
  return out;
}

// action/src/core/claw-bundle-envelope.ts
var MAX_ATTESTATIONS = 100;
var MAX_METADATA_BYTES = 16 * 1024;
function isLegacyReceipt(r) {
  return isRecord(r) && !Object.hasOwn(r, "envelope_type") && Object.hasOwn(r, "receipt_type");
}
function dropLegacyReceipts(payload) {
  if (!isRecord(payload) || !Array.isArray(payload["receipts"])) return payload;
  const all = payload["receipts"];
  const kept = all.filter((r) => !isLegacyReceipt(r));
  if (kept.length === all.length) return payload;
  const out = { ...payload };
  if (kept.length) out["receipts"] = kept;
  else delete out["receipts"];
  return out;
}
function schemaCode(path) {
  if (/(^|\.)binding\.phase(\.|$|\[)/.test(path)) return "CAUSAL_PHASE_INVALID";
  if (/(^|\.)binding\.(attribution_confidence|attributionConfidence)(\.|$|\[)/.test(path)) return "CAUSAL_CONFIDENCE_OUT_OF_RANGE";
  if (/(^|\.)binding\.(span_id|spanId|parent_span_id|parentSpanId|tool_span_id|toolSpanId)(\.|$|\[)/.test(path)) {
    return "CAUSAL_BINDING_NORMALIZATION_FAILED";
  }
  return "SCHEMA_VALIDATION_FAILED";
}
var isItemCap = (e) => e.keyword === "maxItems" && e.params.limit === 1e3 && /^\/payload\/[a-z_]+$/.test(e.instancePath);
function schemaProblems(env, payload) {
  const r = validateClaw("proof_bundle_envelope", payload === env["payload"] ? env : { ...env, payload });
  return r.errors.filter((e) => !isItemCap(e)).map((e) => {
    const path = pointerToPath(ajvErrorPointer(e));
    return problem(schemaCode(path), path, `proof_bundle_envelope.v1 ${ajvErrorText(e)}`);
  });
}
function headerProblem(env, at2) {
  if (!hasKeys(env, CLAW_ENVELOPE_REQUIRED)) {
    const missing = CLAW_ENVELOPE_REQUIRED.filter((k) => !Object.hasOwn(env, k));
    return problem("MALFORMED_ENVELOPE", "", `envelope is missing ${missing.join(", ")}`);
  }
  const str4 = (k) => String(env[k]);
  if (!CLAW_ENVELOPE_VERSIONS.includes(env["envelope_version"])) {
    return problem("UNKNOWN_ENVELOPE_VERSION", "envelope_version", `envelope_version ${str4("envelope_version")} is not allowlisted`);
  }
  if (!CLAW_ENVELOPE_TYPES2.includes(env["envelope_type"]) || env["envelope_type"] !== "proof_bundle") {
    return problem("UNKNOWN_ENVELOPE_TYPE", "envelope_type", `envelope_type ${str4("envelope_type")} is not proof_bundle`);
  }
  if (!CLAW_ALGORITHMS.includes(env["algorithm"])) return problem("UNKNOWN_ALGORITHM", "algorithm", "algorithm is not Ed25519");
  if (!CLAW_HASH_ALGORITHMS.includes(env["hash_algorithm"])) {
    return problem("UNKNOWN_HASH_ALGORITHM", "hash_algorithm", `hash_algorithm ${str4("hash_algorithm")} is not allowlisted`);
  }
  if (!isClawDidFormat(env["signer_did"])) return problem("INVALID_DID_FORMAT", "signer_did", "signer_did is not a did:key/did:web");
  if (!isClawDate(env["issued_at"])) return problem("MALFORMED_ENVELOPE", "issued_at", "issued_at is not a date");
  const exp = env["expires_at"];
  if (exp !== void 0) {
    if (!isClawDate(exp)) return problem("MALFORMED_ENVELOPE", "expires_at", "expires_at is not a date");
    if (at2 > Date.parse(exp)) return problem("EXPIRED_TTL", "expires_at", `proof bundle envelope expired at ${exp}`);
  }
  if (!isClawB64u(env["payload_hash_b64u"])) return problem("MALFORMED_ENVELOPE", "payload_hash_b64u", "payload_hash_b64u is not base64url");
  if (!isClawB64u(env["signature_b64u"])) return problem("MALFORMED_ENVELOPE", "signature_b64u", "signature_b64u is not base64url");
  return void 0;
}
function payloadProblems(p, signer) {
  if (!isRecord(p)) return [problem("MALFORMED_ENVELOPE", "payload", "payload must be an object")];
  const nonEmpty = (k) => Array.isArray(p[k]) && p[k].length > 0;
  if (p["bundle_version"] !== "1") return [problem("MALFORMED_ENVELOPE", "payload.bundle_version", 'bundle_version must be "1"')];
  if (typeof p["bundle_id"] !== "string" || p["bundle_id"].length === 0) return [problem("MALFORMED_ENVELOPE", "payload.bundle_id", "bundle_id is required")];
  const agent = p["agent_did"];
  if (typeof agent !== "string" || !agent.startsWith("did:")) return [problem("MALFORMED_ENVELOPE", "payload.agent_did", "agent_did must start with did:")];
  if (p["urm"] === void 0 && !nonEmpty("event_chain") && !nonEmpty("receipts") && !nonEmpty("attestations")) {
    return [problem("MALFORMED_ENVELOPE", "payload", "at least one of urm, event_chain, receipts or attestations is required")];
  }
  const out = [];
  if (Array.isArray(p["attestations"]) && p["attestations"].length > MAX_ATTESTATIONS) {
    out.push(problem("MALFORMED_ENVELOPE", "payload.attestations", `more than ${MAX_ATTESTATIONS} attestations`));
  }
  const tooBig = (v) => v !== void 0 && jsonByteSize(v) > MAX_METADATA_BYTES;
  if (tooBig(p["metadata"])) out.push(problem("MALFORMED_ENVELOPE", "payload.metadata", "payload.metadata exceeds 16 KiB"));
  if (isRecord(p["urm"]) && tooBig(p["urm"]["metadata"])) out.push(problem("MALFORMED_ENVELOPE", "payload.urm.metadata", "payload.urm.metadata exceeds 16 KiB"));
  if (Array.isArray(p["receipts"])) {
    p["receipts"].forEach((r, i) => {
      const md2 = isRecord(r) && isRecord(r["payload"]) ? r["payload"]["metadata"] : void 0;
      if (tooBig(md2)) out.push(problem("MALFORMED_ENVELOPE", `payload.receipts[${i}].payload.metadata`, "receipt metadata exceeds 16 KiB"));
    });
  }
  if (Array.isArray(p["event_chain"])) {
    const seen = /* @__PURE__ */ new Set();
    p["event_chain"].forEach((e, i) => {
      const id = isRecord(e) ? e["event_id"] : void 0;
      if (seen.has(id)) out.push(problem("MALFORMED_ENVELOPE", `payload.event_chain[${i}].event_id`, "event_id must be unique within event_chain"));
      seen.add(id);
    });
  }
  if (!isClawDidFormat(agent)) out.push(problem("INVALID_DID_FORMAT", "payload.agent_did", "agent_did is not a did:key/did:web"));
  else if (signer !== agent) out.push(problem("INVALID_DID_FORMAT", "signer_did", "signer_did must equal payload.agent_did"));
  return out;
}
function checkBundleEnvelope(env, opts = {}) {
  const at2 = opts.at ?? Date.now();
  if (!isRecord(env) || !Object.hasOwn(env, "envelope_version") || !Object.hasOwn(env, "payload") || !Object.hasOwn(env, "signature_b64u")) {
    return { ok: false, problems: [problem("MALFORMED_ENVELOPE", "", "a proof bundle must be a signed envelope (a bare payload is not accepted)")] };
  }
  const header = headerProblem(env, at2);
  if (header) return { ok: false, problems: [header] };
  const payload = dropLegacyReceipts(env["payload"]);
  const problems = [...schemaProblems(env, payload), ...payloadProblems(payload, env["signer_did"])];
  const hashText = env["payload_hash_b64u"];
  const hash = clawPayloadHash(env["payload"], env["hash_algorithm"]);
  if (hash === void 0) problems.push(problem("HASH_MISMATCH", "hash_algorithm", `hash_algorithm ${String(env["hash_algorithm"])} is not implemented`));
  else if (hash !== hashText) problems.push(problem("HASH_MISMATCH", "payload_hash_b64u", "payload hash does not match payload_hash_b64u"));
  if (!didKeyOrUndefined(env["signer_did"])) problems.push(problem("INVALID_DID_FORMAT", "signer_did", "signer_did is not an Ed25519 did:key"));
  else if (!verifyByDid(env["signer_did"], env["algorithm"], env["signature_b64u"], hashText)) {
    problems.push(problem("SIGNATURE_INVALID", "signature_b64u", "bundle signature does not verify under signer_did"));
  }
  return { ok: problems.length === 0, problems, ...isRecord(payload) ? { payload } : {} };
}

// action/src/core/claw-receipts.ts
var MAX_TOKENS = 1e7;
var MAX_LATENCY_MS = 36e5;
var intIn = (v, max) => typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= max;
function payloadRuleProblem(p) {
  if (p["receipt_version"] !== "1") return 'receipt_version must be "1"';
  for (const k of ["receipt_id", "gateway_id", "provider", "model"]) {
    const v = p[k];
    if (typeof v !== "string" || v.length === 0) return `${k} must be a non-empty string`;
  }
  if (!isClawB64u(p["request_hash_b64u"]) || !isClawB64u(p["response_hash_b64u"])) return "request/response hash must be base64url";
  if (!intIn(p["tokens_input"], MAX_TOKENS) || !intIn(p["tokens_output"], MAX_TOKENS)) return "tokens must be integers in 0…10,000,000";
  if (!intIn(p["latency_ms"], MAX_LATENCY_MS)) return "latency_ms must be an integer in 0…3,600,000";
  if (!isClawDate(p["timestamp"])) return "timestamp is not a date";
  return void 0;
}
function gatewayBindingProblem(payload, runId, eventHashes) {
  if (runId === null || eventHashes === null) return "the bundle has no valid event_chain to bind to";
  const binding = isRecord(payload) ? payload["binding"] : void 0;
  if (!isRecord(binding)) return "receipt has no binding (run_id + event_hash_b64u expected)";
  const rid = binding["run_id"];
  if (typeof rid !== "string" || rid.trim().length === 0) return "binding.run_id is missing or empty";
  if (rid !== runId) return "binding.run_id is not the bundle's run_id";
  const eh = binding["event_hash_b64u"];
  if (typeof eh !== "string" || eh.length < 8 || !isClawB64u(eh)) return "binding.event_hash_b64u is missing or invalid";
  if (!eventHashes.has(eh)) return "binding.event_hash_b64u is not an event of the bundle's event_chain";
  return void 0;
}
function checkGatewayReceipt(env, allowlist, runId, eventHashes) {
  const payload = isRecord(env) ? env["payload"] : void 0;
  const rid = isRecord(payload) ? payload["receipt_id"] : void 0;
  const signerAllowed2 = isRecord(env) && typeof env["signer_did"] === "string" && allowlist.includes(env["signer_did"]);
  const unbound = gatewayBindingProblem(payload, runId, eventHashes);
  const out = {
    ...typeof rid === "string" ? { receipt_id: rid } : {},
    signature_valid: false,
    signer_allowed: signerAllowed2,
    bound: unbound === void 0,
    verified: false,
    problems: []
  };
  const blocking = verifyReceiptSteps(env, allowlist, out);
  if (!blocking && out.problems.length === 0) out.verified = true;
  if (unbound !== void 0) out.problems.push(problem("RECEIPT_BINDING_MISMATCH", "payload.binding", unbound));
  if (out.problems[0]) out.code = out.problems[0].code;
  return out;
}
function verifyReceiptSteps(env, allowlist, out) {
  const stop2 = (code, path, detail) => {
    out.problems.push(problem(code, path, detail));
    return true;
  };
  if (!isRecord(env) || !hasKeys(env, CLAW_ENVELOPE_REQUIRED)) return stop2("MALFORMED_ENVELOPE", "", "envelope is missing required fields");
  if (!CLAW_ENVELOPE_VERSIONS.includes(env["envelope_version"])) {
    return stop2("UNKNOWN_ENVELOPE_VERSION", "envelope_version", "envelope_version is not allowlisted");
  }
  if (!CLAW_ENVELOPE_TYPES2.includes(env["envelope_type"]) || env["envelope_type"] !== "gateway_receipt") {
    return stop2("UNKNOWN_ENVELOPE_TYPE", "envelope_type", "envelope_type is not gateway_receipt");
  }
  if (!CLAW_ALGORITHMS.includes(env["algorithm"])) return stop2("UNKNOWN_ALGORITHM", "algorithm", "algorithm is not allowlisted");
  if (!CLAW_HASH_ALGORITHMS.includes(env["hash_algorithm"])) {
    return stop2("UNKNOWN_HASH_ALGORITHM", "hash_algorithm", "hash_algorithm is not allowlisted");
  }
  const schema = validateClaw("gateway_receipt_envelope", env);
  if (!schema.valid) {
    return stop2("SCHEMA_VALIDATION_FAILED", "", `gateway_receipt_envelope.v1: ${clawSchemaErrors(schema.errors, 3).join("; ")}`);
  }
  if (!isClawDidFormat(env["signer_did"])) return stop2("INVALID_DID_FORMAT", "signer_did", "signer_did is not a did:key/did:web");
  if (allowlist.length === 0) {
    out.problems.push(problem("DEPENDENCY_NOT_CONFIGURED", "signer_did", "gateway receipt signer allowlist is not configured"));
  } else if (!out.signer_allowed) {
    out.problems.push(problem("CLAIM_NOT_FOUND", "signer_did", "receipt signer is not in the gateway allowlist"));
  }
  if (!isClawDate(env["issued_at"])) return stop2("MALFORMED_ENVELOPE", "issued_at", "issued_at is not a date");
  if (!isClawB64u(env["payload_hash_b64u"]) || !isClawB64u(env["signature_b64u"])) {
    return stop2("MALFORMED_ENVELOPE", "", "payload_hash_b64u/signature_b64u are not base64url");
  }
  const bad2 = payloadRuleProblem(env["payload"]);
  if (bad2) return stop2("MALFORMED_ENVELOPE", "payload", bad2);
  if (clawPayloadHash(env["payload"], env["hash_algorithm"]) !== env["payload_hash_b64u"]) {
    return stop2("HASH_MISMATCH", "payload_hash_b64u", "payload hash does not match payload_hash_b64u");
  }
  if (!didKeyOrUndefined(env["signer_did"])) return stop2("INVALID_DID_FORMAT", "signer_did", "signer_did is not an Ed25519 did:key");
  if (!verifyByDid(env["signer_did"], env["algorithm"], env["signature_b64u"], env["payload_hash_b64u"])) {
    return stop2("SIGNATURE_INVALID", "signature_b64u", "receipt signature does not verify");
  }
  out.signature_valid = true;
  return false;
}
var EFFECT_CLASSES = ["network_egress", "filesystem_write", "external_api_write"];
var APPROVAL_TYPES = ["explicit_approve", "explicit_deny", "auto_approve", "timeout_deny"];
function checkSupportReceipts(kind, items, agentDid) {
  const field = kind === "side_effect" ? "side_effect_receipts" : "human_approval_receipts";
  if (items === void 0) return [];
  if (!Array.isArray(items)) return [problem("SCHEMA_VALIDATION_FAILED", `payload.${field}`, `${field} must be an array`)];
  const [enumKey, allowed] = kind === "side_effect" ? ["effect_class", EFFECT_CLASSES] : ["approval_type", APPROVAL_TYPES];
  const out = [];
  items.forEach((r, i) => {
    const at2 = `payload.${field}[${i}]`;
    if (!isRecord(r)) out.push(problem("SCHEMA_VALIDATION_FAILED", at2, "must be an object"));
    else if (r["receipt_version"] !== void 0 && r["receipt_version"] !== "1") {
      out.push(problem("UNKNOWN_VERSION", `${at2}.receipt_version`, 'receipt_version must be "1"'));
    } else if (r["hash_algorithm"] !== void 0 && r["hash_algorithm"] !== "SHA-256") {
      out.push(problem("UNKNOWN_HASH_ALGORITHM", `${at2}.hash_algorithm`, "hash_algorithm must be SHA-256"));
    } else if (r[enumKey] !== void 0 && !allowed.includes(r[enumKey])) {
      out.push(problem("SCHEMA_VALIDATION_FAILED", `${at2}.${enumKey}`, `${enumKey} must be one of ${allowed.join(", ")}`));
    } else if (r["agent_did"] !== void 0 && r["agent_did"] !== agentDid) {
      out.push(problem("PROOF_BUNDLE_AGENT_MISMATCH", `${at2}.agent_did`, "agent_did is not the bundle's agent_did"));
    }
  });
  return out;
}
var ATTESTATION_KEYS = /* @__PURE__ */ new Set([
  "attestation_id",
  "attestation_type",
  "attester_did",
  "subject_did",
  "expires_at",
  "signature_b64u"
]);
function attestationVerified(a, agentDid, attesters, at2) {
  if (!isRecord(a) || Object.keys(a).some((k) => !ATTESTATION_KEYS.has(k))) return false;
  if (typeof a["attestation_id"] !== "string" || a["attestation_id"].length < 1) return false;
  if (a["attestation_type"] !== "owner" && a["attestation_type"] !== "third_party") return false;
  if (!isClawDidFormat(a["attester_did"]) || !isClawDidFormat(a["subject_did"])) return false;
  const sig = a["signature_b64u"];
  if (!isClawB64u(sig) || sig.length < 8) return false;
  if (a["expires_at"] !== void 0 && (!isClawDate(a["expires_at"]) || Date.parse(a["expires_at"]) < at2)) return false;
  if (!attesters.includes(a["attester_did"]) || a["subject_did"] !== agentDid) return false;
  let message;
  try {
    message = canonicalize({ ...a, signature_b64u: "" });
  } catch {
    return false;
  }
  return verifyByDid(a["attester_did"], "Ed25519", sig, message);
}

// action/src/core/claw-tool-receipts.ts
var FORMS = [
  ["envelope-v2", "tool_receipt_envelope_v2"],
  ["envelope-v1", "tool_receipt_envelope_v1"],
  ["payload-v2", "tool_receipt_v2"],
  ["payload-v1", "tool_receipt_v1"]
];
function parseToolReceipt(item) {
  const failures = [];
  for (const [form, schema] of FORMS) {
    const r = validateClaw(schema, item);
    if (r.valid) {
      const rec = item;
      const isEnvelope = form.startsWith("envelope");
      return { ok: true, form, payload: isEnvelope ? rec["payload"] : rec, envelope: isEnvelope ? rec : null };
    }
    failures.push(`${schema}: ${clawSchemaErrors(r.errors, 2).join("; ")}`);
  }
  if (isRecord(item) && item["receipt_version"] !== void 0) {
    return { ok: false, code: "UNKNOWN_VERSION", detail: "tool_receipt receipt_version is not supported" };
  }
  return { ok: false, code: "SCHEMA_VALIDATION_FAILED", detail: failures.reverse().join(" | ") };
}
function checkToolReceipt(item, ctx) {
  const parsed = parseToolReceipt(item);
  if (!parsed.ok) return [problem(parsed.code, "", parsed.detail)];
  const { payload, envelope } = parsed;
  const out = [];
  if (payload["agent_did"] !== ctx.agentDid) {
    out.push(problem("PROOF_BUNDLE_AGENT_MISMATCH", "agent_did", "tool receipt agent_did is not the bundle's agent_did"));
  }
  const binding = bindingProblem(payload, ctx);
  if (binding) out.push(binding);
  const sig = envelope ? envelopeProblem(envelope, ctx.at) : void 0;
  if (sig) out.push(sig);
  if (payload["receipt_version"] === "2") {
    for (const side of ["args", "result"]) {
      const disclosure = payload[`${side}_disclosure`];
      if (disclosure === void 0) continue;
      const p = disclosureProblem(disclosure, payload[`${side}_hash_b64u`]);
      if (p) out.push({ ...p, path: `${side}_disclosure${p.path ? `.${p.path}` : ""}` });
    }
  }
  return out;
}
function bindingProblem(payload, ctx) {
  const binding = payload["binding"];
  if (!isRecord(binding) || ctx.runId === null || ctx.eventHashes === null) return void 0;
  const runId = binding["run_id"];
  if (typeof runId === "string" && runId.length > 0 && runId !== ctx.runId) {
    return problem("RECEIPT_BINDING_MISMATCH", "binding.run_id", "tool receipt binding.run_id is not the bundle's run_id");
  }
  const eh = binding["event_hash_b64u"];
  if (eh === void 0) return void 0;
  if (!isClawB64u(eh)) return problem("SCHEMA_VALIDATION_FAILED", "binding.event_hash_b64u", "binding.event_hash_b64u must be base64url");
  if (!ctx.eventHashes.has(eh)) {
    return problem("RECEIPT_BINDING_MISMATCH", "binding.event_hash_b64u", "tool receipt binding.event_hash_b64u is not an event of the chain");
  }
  return void 0;
}
function envelopeProblem(env, at2) {
  const expires = env["expires_at"];
  if (typeof expires === "string" && expires !== "") {
    if (!isClawDate(expires)) return problem("SCHEMA_VALIDATION_FAILED", "expires_at", "expires_at must be a date-time");
    if (at2 > Date.parse(expires)) return problem("EXPIRED_TTL", "expires_at", "tool receipt envelope has expired");
  }
  const hash = clawPayloadHash(env["payload"], env["hash_algorithm"]);
  if (hash === void 0) return problem("UNKNOWN_HASH_ALGORITHM", "hash_algorithm", `hash_algorithm ${String(env["hash_algorithm"])} is not supported`);
  const text = env["payload_hash_b64u"];
  if (hash !== text) return problem("HASH_MISMATCH", "payload_hash_b64u", "tool receipt envelope payload hash mismatch");
  if (!verifyByDid(env["signer_did"], env["algorithm"], env["signature_b64u"], text)) {
    return problem("SIGNATURE_INVALID", "signature_b64u", "tool receipt envelope signature does not verify");
  }
  const cosigs = env["co_signatures"];
  if (env["envelope_version"] !== "2" || !Array.isArray(cosigs)) return void 0;
  for (const [i, co] of cosigs.entries()) {
    const schema = validateClaw("co_signature", co);
    if (!schema.valid) return problem("SCHEMA_VALIDATION_FAILED", `co_signatures[${i}]`, clawSchemaErrors(schema.errors, 3).join("; "));
    const c = co;
    if (!verifyByDid(c["signer_did"], c["algorithm"], c["signature_b64u"], text)) {
      return problem("CO_SIGNATURE_INVALID", `co_signatures[${i}].signature_b64u`, "co-signature does not verify over the payload hash");
    }
  }
  return void 0;
}
function runtimeJsonType(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  const t = typeof v;
  return t === "number" || t === "boolean" || t === "object" ? t : "string";
}
function disclosureProblem(disclosure, committedHash) {
  const schema = validateClaw("selective_disclosure", disclosure);
  if (!schema.valid) return problem("SCHEMA_VALIDATION_FAILED", "", clawSchemaErrors(schema.errors, 3).join("; "));
  const d = disclosure;
  if (d["disclosure_algorithm"] !== "vir_v2_typed_lexicographical") {
    return problem("DISCLOSURE_ALGORITHM_UNKNOWN", "disclosure_algorithm", "selective disclosure algorithm is not allowlisted");
  }
  if (d["merkle_root_b64u"] !== committedHash) {
    return problem("DISCLOSURE_ROOT_MISMATCH", "merkle_root_b64u", "disclosure root is not the committed hash");
  }
  const leaves = [...d["redacted_leaf_hashes_b64u"]];
  for (const [path, raw] of Object.entries(d["disclosed_leaves"])) {
    if (runtimeJsonType(raw["value"]) !== raw["type"]) {
      return problem("DISCLOSURE_TYPE_MISMATCH", `disclosed_leaves.${path}`, `leaf ${path}: value is not of its declared type`);
    }
    try {
      leaves.push(sha256B64u(`${path}:${canonicalize({ type: raw["type"], value: raw["value"], salt_b64u: raw["salt_b64u"] })}`));
    } catch (e) {
      return problem("SCHEMA_VALIDATION_FAILED", `disclosed_leaves.${path}`, `leaf is not JSON: ${e.message}`);
    }
  }
  leaves.sort();
  if (sha256B64u(canonicalize(leaves)) !== d["merkle_root_b64u"]) {
    return problem("DISCLOSURE_ROOT_MISMATCH", "merkle_root_b64u", "selective disclosure Merkle root mismatch");
  }
  return void 0;
}

// action/src/core/claw-causal.ts
var PHASES = /* @__PURE__ */ new Set(["setup", "planning", "reasoning", "execution", "observation", "reflection", "teardown"]);
var NEXT_PHASES = {
  setup: ["setup", "planning"],
  planning: ["planning", "reasoning", "execution"],
  reasoning: ["reasoning", "execution", "observation"],
  execution: ["execution", "observation", "reflection", "teardown"],
  observation: ["observation", "reflection", "teardown"],
  reflection: ["reflection", "teardown"],
  teardown: ["teardown"]
};
var ID_FIELDS = [
  ["span_id", "spanId"],
  ["parent_span_id", "parentSpanId"],
  ["tool_span_id", "toolSpanId"]
];
var CAUSAL_KEYS = [...ID_FIELDS.flat(), "phase", "attribution_confidence", "attributionConfidence"];
var Stop = class extends Error {
  constructor(problem2) {
    super(problem2.detail);
    this.problem = problem2;
  }
  problem;
};
function stop(code, path, detail) {
  throw new Stop(problem(code, path, detail));
}
function normalize(b, base, snake, camel, parse) {
  const read = (key) => {
    if (!Object.hasOwn(b, key)) return void 0;
    const v = parse(b[key]);
    if (v === void 0) stop("CAUSAL_BINDING_NORMALIZATION_FAILED", `${base}.${key}`, `${key} is not a valid value`);
    return v;
  };
  const s = read(snake);
  const c = read(camel);
  if (s !== void 0 && c !== void 0 && !Object.is(s, c)) {
    stop("CAUSAL_BINDING_FIELD_CONFLICT", `${base}.${snake}`, `${snake} and ${camel} conflict`);
  }
  if (s !== void 0) return { value: s, path: `${base}.${snake}` };
  return c !== void 0 ? { value: c, path: `${base}.${camel}` } : { path: `${base}.${snake}` };
}
var asId = (v) => typeof v === "string" && v.trim().length > 0 ? v.trim() : void 0;
var asNumber = (v) => typeof v === "number" && Number.isFinite(v) ? v : void 0;
function spanRefs(b, base) {
  const [span, parent, tool] = ID_FIELDS.map(([s, c]) => normalize(b, base, s, c, asId));
  return { span, parent, tool };
}
function collectEntries(receipts2) {
  const out = [];
  receipts2.forEach((env, i) => {
    const payload = isRecord(env) ? env["payload"] : void 0;
    const b = isRecord(payload) ? payload["binding"] : void 0;
    if (!isRecord(b) || !CAUSAL_KEYS.some((k) => Object.hasOwn(b, k))) return;
    const base = `payload.receipts[${i}].payload.binding`;
    const refs = spanRefs(b, base);
    const confidence = normalize(b, base, "attribution_confidence", "attributionConfidence", asNumber);
    out.push({
      ...refs,
      phase: b["phase"],
      phasePath: `${base}.phase`,
      confidence,
      timestamp: payload["timestamp"],
      timestampPath: `payload.receipts[${i}].payload.timestamp`,
      issuedAt: env["issued_at"],
      issuedAtPath: `payload.receipts[${i}].issued_at`
    });
  });
  return out;
}
function checkReplay(receipts2) {
  const idOf = (env) => {
    const payload = isRecord(env) ? env["payload"] : void 0;
    const id = isRecord(payload) ? payload["receipt_id"] : void 0;
    return typeof id === "string" && id.length > 0 ? id : void 0;
  };
  const count = /* @__PURE__ */ new Map();
  for (const env of receipts2) {
    const id = idOf(env);
    if (id !== void 0) count.set(id, (count.get(id) ?? 0) + 1);
  }
  const seen = /* @__PURE__ */ new Map();
  receipts2.forEach((env, i) => {
    const id = idOf(env);
    if (id === void 0 || count.get(id) < 2) return;
    const payload = env["payload"];
    let fp;
    try {
      fp = canonicalize(payload);
    } catch {
      fp = JSON.stringify(payload);
    }
    const prev = seen.get(id);
    if (prev === void 0) seen.set(id, fp);
    else if (prev !== fp) stop("CAUSAL_RECEIPT_REPLAY_DETECTED", `payload.receipts[${i}].payload.receipt_id`, `receipt_id ${id} replayed with a different payload`);
  });
}
function checkGraph(entries) {
  const known = /* @__PURE__ */ new Set();
  for (const e of entries) if (e.span.value) known.add(e.span.value);
  for (const e of entries) {
    if (e.timestamp !== void 0 && !isClawDate(e.timestamp)) stop("CAUSAL_CLOCK_CONTRADICTION", e.timestampPath, "timestamp is not a date-time");
    if (e.issuedAt !== void 0 && !isClawDate(e.issuedAt)) stop("CAUSAL_CLOCK_CONTRADICTION", e.issuedAtPath, "issued_at is not a date-time");
    if (isClawDate(e.timestamp) && isClawDate(e.issuedAt) && Date.parse(e.timestamp) > Date.parse(e.issuedAt)) {
      stop("CAUSAL_CLOCK_CONTRADICTION", e.timestampPath, "payload.timestamp is after envelope issued_at");
    }
    if (e.phase !== void 0 && (typeof e.phase !== "string" || !PHASES.has(e.phase))) stop("CAUSAL_PHASE_INVALID", e.phasePath, "unknown phase");
    const c = e.confidence.value;
    if (c !== void 0 && (c < 0 || c > 1)) stop("CAUSAL_CONFIDENCE_OUT_OF_RANGE", e.confidence.path, "attribution_confidence is outside [0, 1]");
    for (const ref of [e.parent, e.tool]) {
      if (ref.value && !known.has(ref.value)) stop("CAUSAL_REFERENCE_DANGLING", ref.path, `references unknown span_id ${ref.value}`);
    }
  }
  const spans = /* @__PURE__ */ new Map();
  for (const e of entries) {
    const id = e.span.value;
    if (!id) continue;
    const ts = typeof e.timestamp === "string" ? Date.parse(e.timestamp) : void 0;
    const ms = ts ?? (typeof e.issuedAt === "string" ? Date.parse(e.issuedAt) : void 0);
    const cur = {
      ...e.parent.value !== void 0 ? { parent: e.parent.value } : {},
      ...e.tool.value !== void 0 ? { tool: e.tool.value } : {},
      ...typeof e.phase === "string" ? { phase: e.phase } : {},
      ...e.confidence.value !== void 0 ? { confidence: e.confidence.value } : {},
      ...ms !== void 0 ? { ms } : {},
      phasePath: e.phasePath,
      spanPath: e.span.path,
      msPath: ts !== void 0 ? e.timestampPath : e.issuedAtPath
    };
    const prev = spans.get(id);
    if (!prev) {
      spans.set(id, cur);
      continue;
    }
    const differs = (a, b) => a !== void 0 && b !== void 0 && !Object.is(a, b);
    const conflicts = ["parent", "tool", "phase", "confidence"].filter((k) => differs(prev[k], cur[k]));
    if (differs(prev.ms, cur.ms)) stop("CAUSAL_CLOCK_CONTRADICTION", cur.msPath, `span_id ${id} has inconsistent causal timestamps`);
    if (conflicts.length) stop("CAUSAL_SPAN_REUSE_CONFLICT", e.span.path, `span_id ${id} reused with different ${conflicts.join(", ")}`);
  }
  for (const [id, s] of spans) {
    for (const rel of [s.parent, s.tool]) {
      const p = rel === void 0 ? void 0 : spans.get(rel);
      if (!p) continue;
      if (s.ms !== void 0 && p.ms !== void 0 && s.ms < p.ms) stop("CAUSAL_CLOCK_CONTRADICTION", s.msPath, `span_id ${id} occurs before ${rel}`);
      if (s.phase !== void 0 && p.phase !== void 0 && !(NEXT_PHASES[p.phase] ?? []).includes(s.phase)) {
        stop("CAUSAL_PHASE_TRANSITION_INVALID", s.phasePath, `invalid phase transition ${p.phase} -> ${s.phase}`);
      }
    }
  }
  checkCycles(entries);
  checkConfidenceEvidence(entries);
  if (known.size > 0) checkConnectivity(entries);
  return known;
}
function checkCycles(entries) {
  const parentOf = /* @__PURE__ */ new Map();
  for (const e of entries) {
    if (e.span.value && e.parent.value && !parentOf.has(e.span.value)) parentOf.set(e.span.value, { parent: e.parent.value, path: e.parent.path });
  }
  const done2 = /* @__PURE__ */ new Set();
  for (const start of parentOf.keys()) {
    const onPath = /* @__PURE__ */ new Set();
    let cur = start;
    while (cur !== void 0 && !done2.has(cur)) {
      if (onPath.has(cur)) stop("CAUSAL_CYCLE_DETECTED", parentOf.get(cur)?.path ?? "payload", `parent_span_id cycle at span_id ${cur}`);
      onPath.add(cur);
      cur = parentOf.get(cur)?.parent;
    }
    for (const s of onPath) done2.add(s);
  }
}
function checkConfidenceEvidence(entries) {
  const inbound = /* @__PURE__ */ new Map();
  for (const e of entries) {
    for (const ref of [e.parent.value, e.tool.value]) if (ref) inbound.set(ref, (inbound.get(ref) ?? 0) + 1);
  }
  for (const e of entries) {
    const c = e.confidence.value;
    if (c === void 0) continue;
    const direct = e.parent.value !== void 0 || e.tool.value !== void 0 || e.span.value !== void 0 && (inbound.get(e.span.value) ?? 0) > 0;
    const max = direct ? 1 : e.span.value !== void 0 ? 0.5 : 0;
    if (c > max) stop("CAUSAL_CONFIDENCE_EVIDENCE_INCONSISTENT", e.confidence.path, `attribution_confidence ${c} exceeds ${max} for its evidence`);
  }
}
function checkConnectivity(entries) {
  const spans = /* @__PURE__ */ new Map();
  for (const e of entries) {
    if (!e.span.value || spans.has(e.span.value)) continue;
    spans.set(e.span.value, {
      ...e.parent.value ? { parent: e.parent.value } : {},
      ...e.tool.value ? { tool: e.tool.value } : {},
      path: e.span.path
    });
  }
  const roots = new Set([...spans].filter(([, s]) => s.parent === void 0 && s.tool === void 0).map(([id]) => id));
  const first = spans.values().next().value;
  if (roots.size === 0) stop("CAUSAL_GRAPH_DISCONNECTED", first?.path ?? "payload", "causal graph has no root span");
  const memo = /* @__PURE__ */ new Map();
  const onPath = /* @__PURE__ */ new Set();
  const reaches = (start2) => {
    const stack2 = [start2];
    while (stack2.length) {
      const id = stack2[stack2.length - 1];
      if (memo.has(id)) {
        stack2.pop();
        continue;
      }
      const s = spans.get(id);
      if (roots.has(id) || !s) {
        memo.set(id, roots.has(id));
        stack2.pop();
        continue;
      }
      if (!onPath.has(id)) {
        onPath.add(id);
        for (const n of [s.parent, s.tool]) if (n !== void 0 && !memo.has(n) && !onPath.has(n)) stack2.push(n);
        continue;
      }
      memo.set(id, [s.parent, s.tool].some((n) => n !== void 0 && memo.get(n) === true));
      onPath.delete(id);
      stack2.pop();
    }
    return memo.get(start2) === true;
  };
  for (const [id, s] of spans) if (!reaches(id)) stop("CAUSAL_GRAPH_DISCONNECTED", s.path, `span_id ${id} does not reach a root span`);
  const adj = new Map([...spans.keys()].map((id) => [id, /* @__PURE__ */ new Set()]));
  for (const [id, s] of spans) {
    for (const n of [s.parent, s.tool]) {
      if (n === void 0 || !spans.has(n)) continue;
      adj.get(id)?.add(n);
      adj.get(n)?.add(id);
    }
  }
  const start = spans.keys().next().value;
  const seen = /* @__PURE__ */ new Set();
  const stack = [start];
  while (stack.length) {
    const cur = stack.pop();
    if (seen.has(cur)) continue;
    seen.add(cur);
    for (const n of adj.get(cur) ?? []) if (!seen.has(n)) stack.push(n);
  }
  const lost = [...spans.keys()].find((id) => !seen.has(id));
  if (lost !== void 0) stop("CAUSAL_GRAPH_DISCONNECTED", spans.get(lost)?.path ?? "payload", "causal graph has disconnected components");
}
function checkAnchoring(items, known, field, code) {
  if (!Array.isArray(items)) return;
  items.forEach((r, i) => {
    const at2 = `payload.${field}[${i}]`;
    if (!isRecord(r)) stop(code, at2, "malformed receipt cannot be causally anchored");
    const b = r["binding"];
    if (!isRecord(b)) stop(code, `${at2}.binding`, "no binding object for causal anchoring");
    const refs = spanRefs(b, `${at2}.binding`);
    const ref = refs.tool.value !== void 0 ? refs.tool : refs.parent.value !== void 0 ? refs.parent : refs.span;
    if (!ref.value || !known.has(ref.value)) stop(code, ref.path, "not anchored to a span declared by a gateway receipt");
  });
}
function causalProblem(payload) {
  const receipts2 = Array.isArray(payload["receipts"]) ? payload["receipts"] : [];
  try {
    const entries = collectEntries(receipts2);
    checkReplay(receipts2);
    const known = entries.length ? checkGraph(entries) : /* @__PURE__ */ new Set();
    checkAnchoring(payload["side_effect_receipts"], known, "side_effect_receipts", "CAUSAL_SIDE_EFFECT_ORPHANED");
    checkAnchoring(payload["human_approval_receipts"], known, "human_approval_receipts", "CAUSAL_HUMAN_APPROVAL_ORPHANED");
    return void 0;
  } catch (e) {
    if (e instanceof Stop) return e.problem;
    return problem("MALFORMED_ENVELOPE", "payload", `causal check failed: ${e.message}`);
  }
}

// action/src/core/claw-bundle.ts
function urmProblem(payload, urm, runId, rootHash) {
  const ref = payload["urm"];
  if (!isRecord(ref)) return void 0;
  if (urm === void 0) return problem("URM_MISSING", "urm", "payload.urm is present but the URM document was not provided");
  const schema = validateClaw("urm", urm);
  if (!schema.valid) return problem("SCHEMA_VALIDATION_FAILED", "urm", `urm.v1: ${clawSchemaErrors(schema.errors, 3).join("; ")}`);
  const u = urm;
  const trimmed = (k) => typeof u[k] === "string" ? u[k].trim() : null;
  if (!trimmed("urm_id") || trimmed("urm_id") !== ref["urm_id"]) return problem("URM_MISMATCH", "urm.urm_id", "urm.urm_id is not payload.urm.urm_id");
  if (!trimmed("agent_did") || trimmed("agent_did") !== payload["agent_did"]) {
    return problem("URM_MISMATCH", "urm.agent_did", "urm.agent_did is not payload.agent_did");
  }
  if (runId !== null) {
    if (!trimmed("run_id") || trimmed("run_id") !== runId) return problem("URM_MISMATCH", "urm.run_id", "urm.run_id is not the event chain's run_id");
    const claimed = trimmed("event_chain_root_hash_b64u");
    if (rootHash && claimed && claimed !== rootHash) {
      return problem("URM_MISMATCH", "urm.event_chain_root_hash_b64u", "urm.event_chain_root_hash_b64u is not the first event hash");
    }
  }
  if (clawPayloadHash(urm, "SHA-256") !== ref["resource_hash_b64u"]) {
    return problem("HASH_MISMATCH", "payload.urm.resource_hash_b64u", "SHA-256(JSON.stringify(urm)) is not payload.urm.resource_hash_b64u");
  }
  return void 0;
}
var finiteNonNeg = (v) => typeof v === "number" && Number.isFinite(v) && v >= 0;
function rateLimitProblem(claims, runId) {
  if (!Array.isArray(claims)) return void 0;
  for (const [i, c] of claims.entries()) {
    const at2 = `payload.rate_limit_claims[${i}]`;
    const r = isRecord(c) ? c : {};
    const start = Date.parse(String(r["window_start"]));
    const end = Date.parse(String(r["window_end"]));
    if (!Number.isFinite(start) || !Number.isFinite(end)) return problem("RATE_LIMIT_CLAIM_INCONSISTENT", at2, "window_start/window_end must be dates");
    if (start > end) return problem("RATE_LIMIT_WINDOW_INVALID", `${at2}.window_start`, "window_start is after window_end");
    const pairs = [["max_requests", "observed_requests"], ["max_tokens_input", "observed_tokens_input"], ["max_tokens_output", "observed_tokens_output"]];
    for (const [j, [maxKey, obsKey]] of pairs.entries()) {
      const max = r[maxKey];
      const obs = r[obsKey];
      if (j > 0 && max === void 0 !== (obs === void 0)) return problem("RATE_LIMIT_CLAIM_INCONSISTENT", at2, `${maxKey} and ${obsKey} go together`);
      if (j > 0 && max === void 0) continue;
      if (!finiteNonNeg(max) || !finiteNonNeg(obs)) return problem("RATE_LIMIT_CLAIM_INCONSISTENT", at2, `${maxKey}/${obsKey} must be finite non-negative numbers`);
      if (obs > max) return problem("RATE_LIMIT_EXCEEDED", `${at2}.${obsKey}`, `${obsKey} exceeds ${maxKey}`);
    }
    if (runId !== null && r["run_id"] !== void 0 && r["run_id"] !== runId) {
      return problem("RATE_LIMIT_CLAIM_INCONSISTENT", `${at2}.run_id`, "run_id is not the bundle's run_id");
    }
  }
  return void 0;
}
function strictReceiptProblem(results, receipts2, allowlist) {
  const named = results.filter((r) => {
    const p = isRecord(receipts2[r.index]) ? receipts2[r.index]["payload"] : void 0;
    const b = isRecord(p) ? p["binding"] : void 0;
    return isRecord(b) && typeof b["event_hash_b64u"] === "string" && b["event_hash_b64u"].trim().length > 0;
  });
  if (named.length === 0) return void 0;
  if (allowlist.length === 0) return problem("DEPENDENCY_NOT_CONFIGURED", "payload.receipts", "gateway receipt signer allowlist not configured (required to verify receipts)");
  if (named.every((r) => r.code === void 0)) return void 0;
  const verified = (r) => r.code === void 0 || r.code === "RECEIPT_BINDING_MISMATCH";
  const first = named.find((r) => r.code !== void 0);
  return named.every(verified) ? problem("RECEIPT_BINDING_MISMATCH", `payload.receipts[${first.index}]`, "a receipt is not bound to the bundle's event chain") : problem("RECEIPT_VERIFICATION_FAILED", `payload.receipts[${first.index}]`, `a receipt failed verification (${first.code})`);
}
function verifyClawBundle(envelope, opts) {
  const at2 = opts.at ?? Date.now();
  const verdict = { valid: false, reason_code: "", detail: "", run_id: null, event_hashes: [], proof_tier: "self", receipts: [] };
  const fail2 = (p2) => ({ ...verdict, reason_code: p2.code, detail: p2.path ? `${p2.path}: ${p2.detail}` : p2.detail });
  const env = checkBundleEnvelope(envelope, { at: at2 });
  if (!env.ok || !env.payload) return fail2(env.problems[0] ?? problem("MALFORMED_ENVELOPE", "", "envelope check failed"));
  const p = env.payload;
  const agentDid = p["agent_did"];
  let runId = null;
  let hashes2 = null;
  let rootHash = null;
  if (Array.isArray(p["event_chain"]) && p["event_chain"].length > 0) {
    const chain = checkEventChain(p["event_chain"]);
    const bad2 = chain.problems[0];
    if (bad2) return fail2(problem(bad2.code, bad2.index >= 0 ? `payload.event_chain[${bad2.index}]` : "payload.event_chain", bad2.detail));
    runId = chain.runId;
    hashes2 = chain.hashes;
    rootHash = p["event_chain"][0]["event_hash_b64u"];
    verdict.run_id = runId;
    verdict.event_hashes = p["event_chain"].map((e) => e["event_hash_b64u"]);
  }
  const early = rateLimitProblem(p["rate_limit_claims"], runId) ?? urmProblem(p, opts.urm, runId, rootHash);
  if (early) return fail2(early);
  const original = envelope.payload["receipts"];
  const receipts2 = Array.isArray(original) ? original : [];
  verdict.receipts = receipts2.flatMap((r, index) => {
    if (isLegacyReceipt(r)) return [];
    const c = checkGatewayReceipt(r, opts.gatewaySigners, runId, hashes2);
    const result2 = {
      index,
      ...c.receipt_id !== void 0 ? { receipt_id: c.receipt_id } : {},
      signature_valid: c.signature_valid,
      signer_allowed: c.signer_allowed,
      bound: c.bound,
      ...c.code !== void 0 ? { code: c.code } : {}
    };
    return [result2];
  });
  const tools2 = p["tool_receipts"];
  if (tools2 !== void 0 && !Array.isArray(tools2)) return fail2(problem("SCHEMA_VALIDATION_FAILED", "payload.tool_receipts", "tool_receipts must be an array"));
  for (const [i, item] of (Array.isArray(tools2) ? tools2 : []).entries()) {
    const bad2 = checkToolReceipt(item, { agentDid, runId, eventHashes: hashes2, at: at2 })[0];
    if (bad2) return fail2({ ...bad2, path: `payload.tool_receipts[${i}]${bad2.path ? `.${bad2.path}` : ""}` });
  }
  const support = checkSupportReceipts("side_effect", p["side_effect_receipts"], agentDid)[0] ?? checkSupportReceipts("human_approval", p["human_approval_receipts"], agentDid)[0] ?? causalProblem(p);
  if (support) return fail2(support);
  const attesters = opts.attesterSigners ?? [];
  const attested = Array.isArray(p["attestations"]) && p["attestations"].some((a) => attestationVerified(a, agentDid, attesters, at2));
  const strict = strictReceiptProblem(verdict.receipts, receipts2, opts.gatewaySigners);
  if (strict) return fail2(strict);
  const gateway = verdict.receipts.some((r) => r.code === void 0);
  return {
    ...verdict,
    valid: true,
    reason_code: "OK",
    detail: "proof bundle verified",
    proof_tier: attested ? "sandbox" : gateway ? "gateway" : "self"
  };
}

// action/src/core/verify-types.ts
var CHECK_IDS = [
  "REGISTRY_VALID",
  "POLICY_CURRENT",
  "POLICY_NOT_REVOKED",
  "BUNDLE_SIGNATURE",
  "EVENT_CHAIN",
  "CLAW_PROTOCOL",
  "TOKEN_SIGNATURE",
  "TOKEN_TTL",
  "TOKEN_WINDOW",
  "TOKEN_SCOPE_HASH",
  "TOKEN_POLICY_PIN",
  "TOKEN_NOT_REVOKED",
  "TOKEN_RETIRED",
  "TOKEN_SUBJECT",
  "RECEIPTS_SIGNED",
  "RECEIPTS_BOUND",
  "RECEIPTS_COMPLETE",
  "MODEL_ROUTE",
  "TOOLS_ALLOWED",
  "SANDBOX",
  "APPROVALS",
  "DATA_BOUNDARIES",
  "SUBJECT"
];

// action/src/core/verify-context.ts
function isObj2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function arr(v) {
  return Array.isArray(v) ? v : [];
}
function str3(v) {
  return typeof v === "string" ? v : void 0;
}
function result(id, status, detail) {
  return { id, status, detail };
}
function verdictOf(id, problems, passDetail) {
  if (problems.length === 0) return result(id, "pass", passDetail);
  const shown2 = problems.slice(0, 3).join("; ");
  return result(id, "fail", problems.length > 3 ? `${shown2}; and ${problems.length - 3} more` : shown2);
}
function timeMs(s) {
  if (typeof s !== "string") return void 0;
  const t = Date.parse(s);
  return Number.isFinite(t) ? t : void 0;
}
function needWpc(id, ctx) {
  return ctx.wpc ? void 0 : result(id, "fail", "no published contract for the bundle's policy hash: cannot evaluate (fail closed)");
}

// action/src/core/verify-token.ts
var SKEW_MS = 6e4;
var enc2 = new TextEncoder();
function tokenChecks(ctx) {
  const meta = isObj2(ctx.payload.metadata) ? ctx.payload.metadata : {};
  const token = isObj2(meta.cst) ? meta.cst.token : void 0;
  const p = parseCst(token);
  if (!p.ok) {
    const why = token === void 0 ? "metadata.cst.token is missing" : `${p.code}: ${p.detail}`;
    return ["TOKEN_SIGNATURE", "TOKEN_TTL", "TOKEN_WINDOW", "TOKEN_SCOPE_HASH", "TOKEN_POLICY_PIN", "TOKEN_NOT_REVOKED", "TOKEN_RETIRED", "TOKEN_SUBJECT"].map(
      (id) => result(id, id === "TOKEN_RETIRED" ? "skip" : "fail", why)
    );
  }
  const cst = p.cst;
  const c = cst.claims;
  return [signature(cst, ctx), ttl(cst, ctx), windowCheck(cst, ctx), scopeHash(cst, ctx), policyPin(cst, ctx), notRevoked(token, cst, ctx), retired(cst, ctx), subject(c, ctx)];
}
function signature(cst, ctx) {
  const issuers = roleKeys(ctx.trust, "token_issuer");
  const candidates = cstIssuerCandidates(cst, issuers);
  if (candidates.length === 0)
    return result("TOKEN_SIGNATURE", "fail", `kid ${JSON.stringify(cst.header.kid)} is not a token_issuer key in trust.json`);
  const msg = enc2.encode(cst.signingInput);
  const ok = candidates.find((k) => verify2(k.pub, msg, cst.signature));
  return ok ? result("TOKEN_SIGNATURE", "pass", `signed by token issuer ${ok.did}`) : result("TOKEN_SIGNATURE", "fail", "CST signature does not verify with the issuer key");
}
function ttl(cst, ctx) {
  const w = needWpc("TOKEN_TTL", ctx);
  if (w) return w;
  const { iat, exp } = cst.claims;
  if (typeof iat !== "number" || typeof exp !== "number") return result("TOKEN_TTL", "fail", "CST lacks numeric iat/exp");
  const max = ctx.wpc.token_requirements.cst_ttl_seconds_max;
  return exp - iat <= max && exp > iat ? result("TOKEN_TTL", "pass", `TTL ${exp - iat} s ≤ ${max} s`) : result("TOKEN_TTL", "fail", `TTL ${exp - iat} s exceeds the contract's ${max} s`);
}
function windowCheck(cst, ctx) {
  const { iat, exp } = cst.claims;
  if (typeof iat !== "number" || typeof exp !== "number") return result("TOKEN_WINDOW", "fail", "CST lacks numeric iat/exp");
  const lo = iat * 1e3 - SKEW_MS;
  const hi = exp * 1e3 + SKEW_MS;
  const problems = [];
  const inside = (what, ts) => {
    const t = timeMs(ts);
    if (t === void 0) problems.push(`${what} has no valid timestamp`);
    else if (t < lo || t > hi) problems.push(`${what} at ${String(ts)} is outside the token window`);
  };
  for (const e of ctx.events) inside(`event ${e.event_id}`, e.timestamp);
  arr(ctx.payload.receipts).forEach((r, i) => inside(`receipt ${receiptName(r, i)}`, isObj2(r) && isObj2(r.payload) ? r.payload.timestamp : void 0));
  arr(ctx.payload.tool_receipts).forEach((t, i) => {
    const p = isObj2(t) && (t.envelope_type !== void 0 || t.envelope_version !== void 0) ? t.payload : t;
    inside(`tool receipt ${isObj2(p) && str3(p.receipt_id) || `#${i}`}`, isObj2(p) ? p.timestamp : void 0);
  });
  arr(ctx.payload.side_effect_receipts).forEach((s, i) => inside(`side-effect receipt ${isObj2(s) && str3(s.receipt_id) || `#${i}`}`, isObj2(s) ? s.timestamp : void 0));
  const meta = isObj2(ctx.payload.metadata) ? ctx.payload.metadata : {};
  arr(meta.approvals).forEach((a, i) => inside(`approval ${i}`, isObj2(a) && isObj2(a.payload) ? a.payload.timestamp : void 0));
  return verdictOf("TOKEN_WINDOW", problems, `every event, receipt and approval time inside [iat, exp] ± 60 s`);
}
function receiptName(r, i) {
  const id = isObj2(r) && isObj2(r.payload) ? str3(r.payload.receipt_id) : void 0;
  return id ? `${id} (#${i})` : `#${i}`;
}
function scopeHash(cst, ctx) {
  const claim = cst.claims.token_scope_hash_b64u;
  const required = ctx.wpc?.token_requirements.require_scope_hash ?? true;
  if (claim === void 0)
    return required ? result("TOKEN_SCOPE_HASH", "fail", "token_scope_hash_b64u claim is missing (required by the contract)") : result("TOKEN_SCOPE_HASH", "skip", "no scope hash claim (not required)");
  const expect = tokenScopeHash(cst.claims);
  return claim === expect ? result("TOKEN_SCOPE_HASH", "pass", `token_scope_hash_b64u ${claim} recomputed`) : result("TOKEN_SCOPE_HASH", "fail", `token_scope_hash_b64u ${String(claim)} ≠ recomputed ${expect}`);
}
function policyPin(cst, ctx) {
  const claim = cst.claims.policy_hash_b64u;
  const pinning = ctx.wpc?.token_requirements.policy_hash_pinning ?? "required";
  if (claim === void 0)
    return pinning === "required" ? result("TOKEN_POLICY_PIN", "fail", "CST has no policy_hash_b64u claim (pinning required)") : result("TOKEN_POLICY_PIN", "skip", `no policy pin (pinning ${pinning})`);
  return claim === ctx.wpcHash ? result("TOKEN_POLICY_PIN", "pass", `CST pinned to ${claim}`) : result("TOKEN_POLICY_PIN", "fail", `CST pins ${String(claim)}, the job ran under ${ctx.wpcHash ?? "?"}`);
}
function notRevoked(token, cst, ctx) {
  const h = tokenHash(token);
  const revoked = ctx.registry.state.revoked_tokens;
  if (revoked.hashes.includes(h)) return result("TOKEN_NOT_REVOKED", "fail", `token ${h} is revoked`);
  const jti = cst.claims.jti;
  if (typeof jti === "string" && revoked.jtis.includes(jti)) return result("TOKEN_NOT_REVOKED", "fail", `token jti ${jti} is revoked`);
  return result("TOKEN_NOT_REVOKED", "pass", `token ${h.slice(0, 16)}… not revoked (registry seq ${ctx.registry.seq})`);
}
function retired(cst, ctx) {
  const exp = cst.claims.exp;
  if (typeof exp !== "number") return result("TOKEN_RETIRED", "skip", "no exp claim");
  return exp * 1e3 > ctx.at ? result("TOKEN_RETIRED", "warn", `token still live until ${new Date(exp * 1e3).toISOString()}: revoke it if the job is over`) : result("TOKEN_RETIRED", "pass", "token expired");
}
function subject(c, ctx) {
  const problems = [];
  if (!ctx.agentDid) problems.push("bundle has no agent_did");
  if (c.sub !== ctx.agentDid) problems.push(`sub ${JSON.stringify(c.sub)} ≠ bundle agent_did`);
  if (c.agent_did !== ctx.agentDid) problems.push(`agent_did claim ${JSON.stringify(c.agent_did)} ≠ bundle agent_did`);
  const audience = ctx.trust.token_audience ?? DEFAULT_TOKEN_AUDIENCE;
  const aud = Array.isArray(c.aud) ? c.aud : [c.aud];
  if (!aud.includes(audience)) problems.push(`aud does not include ${audience}`);
  return verdictOf("TOKEN_SUBJECT", problems, `issued to ${ctx.agentDid ?? "?"} for ${audience}`);
}

// action/src/core/verify-receipts.ts
function receipts(ctx) {
  const gateways = roleKeys(ctx.trust, "gateway");
  return arr(ctx.payload.receipts).map((r, index) => {
    const name = receiptName(r, index);
    const v = verifyEnvelope(r, { expectedType: "gateway_receipt", allowedSigners: gateways });
    const payload = isObj2(r) && isObj2(r.payload) ? r.payload : void 0;
    const binding = payload && isObj2(payload.binding) ? payload.binding : void 0;
    return { index, name, payload, binding, signer: isObj2(r) ? str3(r.signer_did) : void 0, problem: v.ok ? void 0 : `receipt ${name}: ${v.code}: ${v.detail}` };
  });
}
function receiptChecks(ctx) {
  const rs = receipts(ctx);
  return [signed(rs), bound(rs, ctx), complete(rs, ctx), route(rs, ctx)];
}
function signed(rs) {
  const problems = rs.filter((r) => r.problem).map((r) => r.problem);
  return verdictOf("RECEIPTS_SIGNED", problems, `${rs.length} gateway receipt(s) signed by gateway keys`);
}
function cstClaims(ctx) {
  const meta = isObj2(ctx.payload.metadata) ? ctx.payload.metadata : {};
  const p = parseCst(isObj2(meta.cst) ? meta.cst.token : void 0);
  return p.ok ? p.cst.claims : void 0;
}
function bound(rs, ctx) {
  const problems = [];
  const claims = cstClaims(ctx);
  const scope = claims ? str3(claims.token_scope_hash_b64u) : void 0;
  const requireScope = ctx.wpc?.token_requirements.require_scope_hash ?? true;
  const requirePin = (ctx.wpc?.token_requirements.policy_hash_pinning ?? "required") === "required";
  for (const r of rs) {
    const b = r.binding;
    if (!b) {
      problems.push(`receipt ${r.name} has no binding`);
      continue;
    }
    if (ctx.runId === null || b.run_id !== ctx.runId) problems.push(`receipt ${r.name} is bound to run ${JSON.stringify(b.run_id)}, not ${ctx.runId}`);
    const eh = str3(b.event_hash_b64u);
    if (!eh || !ctx.eventByHash.has(eh)) problems.push(`receipt ${r.name} is bound to an event not in the chain`);
    if (b.token_scope_hash_b64u !== void 0 || requireScope) {
      if (b.token_scope_hash_b64u === void 0) problems.push(`receipt ${r.name} carries no token_scope_hash_b64u`);
      else if (b.token_scope_hash_b64u !== scope) problems.push(`receipt ${r.name} is bound to token scope ${String(b.token_scope_hash_b64u)}, not the job's CST`);
    }
    if (b.policy_hash !== void 0 || requirePin) {
      if (b.policy_hash === void 0) problems.push(`receipt ${r.name} carries no policy_hash`);
      else if (b.policy_hash !== ctx.wpcHash) problems.push(`receipt ${r.name} is bound to policy ${String(b.policy_hash)}, not ${ctx.wpcHash ?? "?"}`);
    }
  }
  return verdictOf("RECEIPTS_BOUND", problems, `${rs.length} receipt(s) bound to run ${ctx.runId ?? "?"}, chain events, the CST scope and the policy`);
}
function complete(rs, ctx) {
  const problems = [];
  const perEvent = /* @__PURE__ */ new Map();
  const ids = /* @__PURE__ */ new Set();
  const nonces = /* @__PURE__ */ new Set();
  for (const r of rs) {
    const id = r.payload ? str3(r.payload.receipt_id) : void 0;
    if (id !== void 0) {
      if (ids.has(id)) problems.push(`duplicate receipt id ${id}`);
      ids.add(id);
    }
    const nonce = r.binding ? str3(r.binding.nonce) : void 0;
    if (nonce !== void 0) {
      if (nonces.has(nonce)) problems.push(`duplicate nonce ${nonce} (receipt ${r.name})`);
      nonces.add(nonce);
    }
    const eh = r.binding ? str3(r.binding.event_hash_b64u) : void 0;
    if (eh === void 0) continue;
    const ev = ctx.eventByHash.get(eh);
    if (!ev) continue;
    if (ev.event_type !== "llm_call") problems.push(`receipt ${r.name} is bound to ${ev.event_type} event ${ev.event_id}, not an llm_call`);
    perEvent.set(eh, (perEvent.get(eh) ?? 0) + 1);
  }
  const llm = ctx.events.filter((e) => e.event_type === "llm_call");
  const strict = ctx.wpc ? ctx.wpc.audit.require_gateway_receipts || ctx.wpc.model_route.require_clawproxy : true;
  const missing = [];
  for (const e of llm) {
    const n = perEvent.get(e.event_hash_b64u) ?? 0;
    if (n === 0) missing.push(`llm_call ${e.event_id} has no gateway receipt`);
    if (n > 1) problems.push(`llm_call ${e.event_id} has ${n} receipts`);
  }
  if ((ctx.wpc?.audit.require_gateway_receipts ?? true) && rs.length === 0) problems.unshift("no gateway receipts: the contract requires gateway receipts (an unreceipted production run)");
  if (strict) problems.push(...missing);
  const res = verdictOf("RECEIPTS_COMPLETE", problems, `${llm.length} llm_call event(s), ${rs.length} receipt(s), one to one`);
  if (res.status === "pass" && missing.length) return result("RECEIPTS_COMPLETE", "warn", `${missing.length} unreceipted llm_call(s) (contract does not require receipts)`);
  return res;
}
function route(rs, ctx) {
  if (!ctx.wpc) return result("MODEL_ROUTE", "fail", "no published contract: cannot evaluate routes (fail closed)");
  const routes = ctx.wpc.model_route.allowed.map((n) => ({ name: n, r: own(ctx.trust.routes, n) })).filter((x) => x.r);
  const problems = [];
  for (const rc of rs) {
    const provider = rc.payload ? str3(rc.payload.provider) : void 0;
    const model = rc.payload ? str3(rc.payload.model) : void 0;
    const ok = routes.find(
      ({ r }) => rc.signer !== void 0 && r.gateways.includes(rc.signer) && provider !== void 0 && r.providers.some((p) => p.toLowerCase() === provider.toLowerCase()) && model !== void 0 && r.models.some((m) => globMatch(m, model))
    );
    if (!ok) problems.push(`receipt ${rc.name} (${provider ?? "?"}/${model ?? "?"} via ${rc.signer ?? "?"}) matches no allowed route (${ctx.wpc.model_route.allowed.join(", ") || "none"})`);
  }
  return verdictOf("MODEL_ROUTE", problems, `every receipt on an allowed route (${ctx.wpc.model_route.allowed.join(", ")})`);
}

// action/src/core/verify-actions.ts
function toolPayload(item) {
  if (!isObj2(item)) return void 0;
  if (typeof item.envelope_type === "string" || typeof item.envelope_version === "string") return isObj2(item.payload) ? item.payload : void 0;
  return item;
}
function actionChecks(ctx) {
  const drift = ctx.wpc ? openclawDrift(ctx) : [];
  return [tools(ctx, drift), sandbox(ctx, drift), approvals(ctx), dataBoundaries(ctx)];
}
var SANDBOX_RULES = /* @__PURE__ */ new Set(["OC003", "OC004", "OC006", "OC007", "OC009"]);
function openclawDrift(ctx) {
  const meta = isObj2(ctx.payload.metadata) ? ctx.payload.metadata : {};
  return driftFromMetadata(ctx.wpc, meta.openclaw).filter((f) => f.level === "error");
}
function isSandboxFinding(f) {
  return SANDBOX_RULES.has(f.rule) || f.rule === "OC012" && f.path.startsWith("/sandbox");
}
function driftLine(f) {
  return `metadata.openclaw${f.path === "" ? "" : f.path.replace(/\//g, ".")}: ${f.rule} ${f.message}`;
}
function tools(ctx, drift) {
  const w = needWpc("TOOLS_ALLOWED", ctx);
  if (w) return w;
  const { allow, deny } = ctx.wpc.tool_policy;
  const problems = [];
  const used = /* @__PURE__ */ new Set();
  const receipted = /* @__PURE__ */ new Set();
  arr(ctx.payload.tool_receipts).forEach((t, i) => {
    const p = toolPayload(t);
    const name = p ? str3(p.tool_name) : void 0;
    const eh = p && isObj2(p.binding) ? str3(p.binding.event_hash_b64u) : void 0;
    if (eh) receipted.add(eh);
    if (!name) {
      problems.push(`tool receipt #${i} has no tool_name`);
      return;
    }
    used.add(normalizeToolName(name));
    if (!toolAllowed(name, allow, deny)) {
      const denied = toolAllowed(name, ["*"], deny) ? "not allowed" : "denied";
      problems.push(`tool receipt ${str3(p.receipt_id) ?? `#${i}`}: ${name} is ${denied} by the contract`);
    }
  });
  for (const f of drift) if (!isSandboxFinding(f)) problems.push(driftLine(f));
  for (const e of ctx.events) if (e.event_type === "tool_call" && !receipted.has(e.event_hash_b64u)) problems.push(`tool_call event ${e.event_id} has no tool receipt bound to it`);
  return verdictOf("TOOLS_ALLOWED", problems, used.size ? `tools used: ${[...used].sort().join(", ")}` : "no tool receipts");
}
function sandbox(ctx, drift) {
  const w = needWpc("SANDBOX", ctx);
  if (w) return w;
  const driftProblems = drift.filter(isSandboxFinding).map(driftLine);
  const exp = ctx.wpc.sandbox_expectations;
  const meta = isObj2(ctx.payload.metadata) ? ctx.payload.metadata : {};
  const oc = isObj2(meta.openclaw) ? meta.openclaw : void 0;
  const sb = oc && isObj2(oc.sandbox) ? oc.sandbox : void 0;
  if (!sb) return result("SANDBOX", "fail", "metadata.openclaw.sandbox is missing: no sandbox evidence");
  const problems = [];
  const mode = str3(sb.mode);
  if (exp.tools_run_in_sandbox && mode !== "all") problems.push(`sandbox mode is ${JSON.stringify(sb.mode ?? null)}, the contract requires "all"`);
  const ws = str3(sb.workspaceAccess);
  const rank2 = ws !== void 0 ? own(WORKSPACE_ORDER, ws) : void 0;
  if (rank2 === void 0) problems.push(`workspaceAccess ${JSON.stringify(sb.workspaceAccess ?? null)} is missing or unknown`);
  else if (rank2 > WORKSPACE_ORDER[exp.workspace_access]) problems.push(`workspaceAccess "${ws}" is wider than the contract's "${exp.workspace_access}"`);
  for (const d of driftProblems) if (!problems.length || !/OC00[34]/.test(d)) problems.push(d);
  return verdictOf("SANDBOX", problems, `sandbox mode ${mode ?? "?"}, workspace ${ws ?? "?"} (contract: ${exp.tools_run_in_sandbox ? "sandboxed" : "sandbox optional"}, ≤ ${exp.workspace_access})`);
}
var EXTERNAL_SEND_EFFECTS = /* @__PURE__ */ new Set(["network_egress", "external_api_write"]);
var EXTERNAL_SEND_TOOLS = /* @__PURE__ */ new Set(["message", "sessions_send"]);
function highRisk(ctx) {
  const required = new Set(ctx.wpc.approvals.required_for);
  const out = /* @__PURE__ */ new Map();
  for (const e of ctx.events) if (required.has(e.event_type)) out.set(e.event_hash_b64u, { event: e, why: e.event_type });
  if (!required.has("external_send")) return out;
  const bindTo = (b, why, name) => {
    const eh = isObj2(b) ? str3(b.event_hash_b64u) : void 0;
    const ev = eh ? ctx.eventByHash.get(eh) : void 0;
    if (ev) {
      if (!out.has(ev.event_hash_b64u)) out.set(ev.event_hash_b64u, { event: ev, why });
    } else out.set(`unbound:${name}`, { event: { index: -1, event_id: name, run_id: "", event_type: why, timestamp: "", event_hash_b64u: "" }, why });
  };
  arr(ctx.payload.side_effect_receipts).forEach((s, i) => {
    if (isObj2(s) && EXTERNAL_SEND_EFFECTS.has(String(s.effect_class))) bindTo(s.binding, `external_send (${String(s.effect_class)})`, `side effect ${str3(s.receipt_id) ?? `#${i}`}`);
  });
  arr(ctx.payload.tool_receipts).forEach((t, i) => {
    const p = toolPayload(t);
    const name = p ? normalizeToolName(str3(p.tool_name) ?? "") : "";
    if (p && EXTERNAL_SEND_TOOLS.has(name)) bindTo(p.binding, `external_send (${name})`, `tool receipt ${str3(p.receipt_id) ?? `#${i}`}`);
  });
  return out;
}
function approvals(ctx) {
  const w = needWpc("APPROVALS", ctx);
  if (w) return w;
  const risky = highRisk(ctx);
  const meta = isObj2(ctx.payload.metadata) ? ctx.payload.metadata : {};
  const approvers = roleKeys(ctx.trust, "approver");
  const valid = [];
  const problems = [];
  arr(meta.approvals).forEach((a, i) => {
    const v = verifyEnvelope(a, { expectedType: "human_approval_receipt", allowedSigners: approvers });
    if (!v.ok) problems.push(`approval #${i}: ${v.code}: ${v.detail}`);
    else valid.push(v.envelope.payload);
  });
  for (const { event, why } of risky.values()) {
    if (event.index < 0) {
      problems.push(`${event.event_id} (${why}) is not bound to an event of the chain, so no approval can cover it`);
      continue;
    }
    const t = timeMs(event.timestamp);
    const ok = valid.find((p) => {
      const b = isObj2(p.binding) ? p.binding : {};
      const at2 = timeMs(p.timestamp);
      return p.approval_type === "explicit_approve" && p.agent_did === ctx.agentDid && b.run_id === ctx.runId && b.event_hash_b64u === event.event_hash_b64u && at2 !== void 0 && t !== void 0 && at2 <= t;
    });
    if (!ok) problems.push(`${why} event ${event.event_id} has no explicit approval by an approver key, bound to it and timed before it`);
  }
  return verdictOf("APPROVALS", problems, risky.size ? `${risky.size} high-risk action(s), each approved in advance` : "no high-risk actions");
}
function dataBoundaries(ctx) {
  const db = ctx.wpc?.data_boundaries;
  if (!db || !db.egress_allowlist && !db.microsoft_graph_scopes) return result("DATA_BOUNDARIES", "skip", "the contract sets no data boundaries");
  return result("DATA_BOUNDARIES", "skip", "egress allowlist / Graph scopes are linted, not verified: proof bundles carry no evidence for them");
}

// action/src/core/verify.ts
function events(payload) {
  return arr(payload.event_chain).map((e, index) => {
    const o = isObj2(e) ? e : {};
    return {
      index,
      event_id: str3(o.event_id) ?? `#${index}`,
      run_id: str3(o.run_id) ?? "",
      event_type: str3(o.event_type) ?? "",
      timestamp: str3(o.timestamp) ?? "",
      event_hash_b64u: str3(o.event_hash_b64u) ?? ""
    };
  });
}
function verifyBundle(input) {
  const { registry, trust } = input;
  const env = isObj2(input.bundle) ? input.bundle : {};
  const payload = isObj2(env.payload) ? env.payload : {};
  const meta = isObj2(payload.metadata) ? payload.metadata : {};
  const claimed = isObj2(meta.wpc) ? meta.wpc : {};
  const wpcHash = str3(claimed.policy_hash_b64u);
  const contract = wpcHash ? registry.contracts.get(wpcHash) : void 0;
  const chain = checkEventChain(arr(payload.event_chain));
  const evs = events(payload);
  const ctx = {
    payload,
    agentDid: str3(payload.agent_did),
    events: evs,
    runId: chain.runId,
    eventByHash: new Map(chain.ok ? evs.map((e) => [e.event_hash_b64u, e]) : evs.filter((e) => chain.hashes.has(e.event_hash_b64u)).map((e) => [e.event_hash_b64u, e])),
    wpc: contract,
    wpcHash,
    trust,
    registry,
    at: input.at
  };
  const checks = [];
  checks.push(registry.ok ? result("REGISTRY_VALID", "pass", `registry verifies at seq ${registry.seq}`) : result("REGISTRY_VALID", "fail", `${registry.problems[0].code} at seq ${registry.problems[0].seq ?? "-"}: ${registry.problems[0].message}`));
  const current = own(registry.state.policies, input.policyId)?.current ?? null;
  {
    const problems = [];
    if (claimed.policy_id !== input.policyId) problems.push(`bundle ran under policy ${JSON.stringify(claimed.policy_id ?? null)}, not "${input.policyId}"`);
    if (!wpcHash) problems.push("metadata.wpc.policy_hash_b64u is missing");
    if (!own(registry.state.policies, input.policyId)) problems.push(`policy "${input.policyId}" was never published`);
    else if (current === null) problems.push(`policy "${input.policyId}" has no current version (revoked)`);
    else if (wpcHash && wpcHash !== current) problems.push(`bundle ran under ${wpcHash}, the current version is ${current}`);
    if (input.expectHash && input.expectHash !== wpcHash) problems.push(`expected hash ${input.expectHash}, bundle ran under ${wpcHash ?? "?"}`);
    if (wpcHash && !contract && problems.length === 0) problems.push(`no published contract for ${wpcHash}`);
    checks.push(verdictOf("POLICY_CURRENT", problems, `${input.policyId} at ${wpcHash} is current`));
  }
  checks.push(
    wpcHash && registry.state.revoked_policies.includes(wpcHash) ? result("POLICY_NOT_REVOKED", "fail", `policy hash ${wpcHash} is revoked`) : result("POLICY_NOT_REVOKED", wpcHash ? "pass" : "fail", wpcHash ? `${wpcHash} not revoked` : "no policy hash to check")
  );
  {
    const v = verifyEnvelope(input.bundle, { expectedType: "proof_bundle" });
    const problems = [];
    if (!v.ok) problems.push(`${v.code}: ${v.detail}`);
    else {
      if (v.signer !== ctx.agentDid) problems.push(`signer ${v.signer} ≠ agent_did ${ctx.agentDid ?? "?"}`);
      if (!hasRole(trust, "agent", v.signer)) problems.push(`agent ${v.signer} is not an agent key in trust.json`);
    }
    checks.push(verdictOf("BUNDLE_SIGNATURE", problems, `signed by agent ${ctx.agentDid ?? "?"}`));
  }
  checks.push(verdictOf("EVENT_CHAIN", chain.problems.map((p) => `${p.code} at event ${p.index}: ${p.detail}`).concat(evs.length === 0 ? ["event chain is empty"] : []), `${evs.length} event(s), one run ${chain.runId ?? "?"}, hashes and links intact`));
  {
    const claw = verifyClawBundle(input.bundle, { gatewaySigners: trustGateways(trust), at: input.at, ...input.urm !== void 0 ? { urm: input.urm } : {} });
    checks.push(claw.valid ? result("CLAW_PROTOCOL", "pass", `Clawsig v1 verdict VALID (proof tier ${claw.proof_tier})`) : result("CLAW_PROTOCOL", "fail", `Clawsig v1 verdict INVALID: ${claw.reason_code}: ${claw.detail}`));
  }
  checks.push(...tokenChecks(ctx), ...receiptChecks(ctx), ...actionChecks(ctx));
  if (input.subject === void 0) checks.push(result("SUBJECT", "skip", "no subject to promote given"));
  else {
    const s = isObj2(meta.subject) ? meta.subject : {};
    const named = s.commit === input.subject || s.artifact_digest === input.subject;
    checks.push(named ? result("SUBJECT", "pass", `bundle names ${input.subject}`) : result("SUBJECT", "fail", `bundle's subject (${String(s.commit ?? s.artifact_digest ?? "none")}) is not ${input.subject}`));
  }
  const order = new Map(CHECK_IDS.map((id, i) => [id, i]));
  checks.sort((a, b) => order.get(a.id) - order.get(b.id));
  const counts = { pass: 0, fail: 0, warn: 0, skip: 0, events: evs.length, receipts: arr(payload.receipts).length, tool_receipts: arr(payload.tool_receipts).length, approvals: arr(meta.approvals).length };
  for (const c of checks) counts[c.status]++;
  return {
    verdict: counts.fail === 0 ? "pass" : "fail",
    policy: { id: input.policyId, hash: wpcHash ?? null },
    subject: input.subject ?? null,
    checks,
    counts
  };
}
function trustGateways(trust) {
  return trust.roles.gateway?.keys ?? [];
}

// action/src/core/verify-prefetch.ts
var enc3 = new TextEncoder();
function envelopeTriple(env, out) {
  if (!isObj2(env)) return;
  const did = str3(env.signer_did);
  const hash = str3(env.payload_hash_b64u);
  const sig = str3(env.signature_b64u) !== void 0 ? b64uDecode(env.signature_b64u) : void 0;
  if (did && hash && sig && sig.length === 64) out.push({ did, msg: enc3.encode(hash), sig });
  for (const co of arr(env.co_signatures)) {
    if (!isObj2(co)) continue;
    const cdid = str3(co.signer_did);
    const csig = str3(co.signature_b64u) !== void 0 ? b64uDecode(co.signature_b64u) : void 0;
    if (cdid && hash && csig && csig.length === 64) out.push({ did: cdid, msg: enc3.encode(hash), sig: csig });
  }
}
function signatureTriples(bundle, issuers) {
  const out = [];
  envelopeTriple(bundle, out);
  const payload = isObj2(bundle) && isObj2(bundle.payload) ? bundle.payload : {};
  for (const r of arr(payload.receipts)) envelopeTriple(r, out);
  for (const t of arr(payload.tool_receipts)) if (isObj2(t) && t.envelope_type !== void 0) envelopeTriple(t, out);
  const meta = isObj2(payload.metadata) ? payload.metadata : {};
  for (const a of arr(meta.approvals)) envelopeTriple(a, out);
  const p = parseCst(isObj2(meta.cst) ? meta.cst.token : void 0);
  if (p.ok) return { triples: out, cst: { msg: enc3.encode(p.cst.signingInput), sig: p.cst.signature, issuers } };
  return { triples: out };
}

// action/src/io/sig-pool.ts
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
var WORKER_SRC = `
const { parentPort } = require("node:worker_threads");
const { createPublicKey, verify } = require("node:crypto");
const PREFIX = Buffer.from("302a300506032b6570032100", "hex");
parentPort.on("message", ({ keys, keyIdx, msgs, msgOff, sigs }) => {
  const objs = keys.map((k) => createPublicKey({ key: Buffer.concat([PREFIX, Buffer.from(k)]), format: "der", type: "spki" }));
  const n = keyIdx.length;
  const ok = new Uint8Array(n);
  const m = Buffer.from(msgs.buffer, msgs.byteOffset, msgs.byteLength);
  const s = Buffer.from(sigs.buffer, sigs.byteOffset, sigs.byteLength);
  for (let i = 0; i < n; i++) {
    try {
      ok[i] = verify(null, m.subarray(msgOff[i], msgOff[i + 1]), objs[keyIdx[i]], s.subarray(i * 64, i * 64 + 64)) ? 1 : 0;
    } catch { ok[i] = 0; }
  }
  parentPort.postMessage(ok, [ok.buffer]);
});
`;
var MIN_PARALLEL = 64;
function pack(job) {
  const n = job.items.length;
  const keyIdx = new Uint32Array(n);
  const msgOff = new Uint32Array(n + 1);
  let total = 0;
  job.items.forEach((it, i) => {
    keyIdx[i] = it.key;
    msgOff[i] = total;
    total += it.msg.length;
  });
  msgOff[n] = total;
  const msgs = new Uint8Array(total);
  const sigs = new Uint8Array(n * 64);
  job.items.forEach((it, i) => {
    msgs.set(it.msg, msgOff[i]);
    sigs.set(it.sig, i * 64);
  });
  return { keys: job.pubs, keyIdx, msgs, msgOff, sigs };
}
function prefetchSignatures(triples, cst) {
  const keyIndex = /* @__PURE__ */ new Map();
  const pubs = [];
  const items = [];
  const add = (did, msg, sig) => {
    let k = keyIndex.get(did);
    if (k === void 0) {
      let pub;
      try {
        pub = publicKeyFromDidKey(did);
      } catch {
        return;
      }
      if (!keyIsSound(pub)) return;
      k = pubs.length;
      pubs.push(pub);
      keyIndex.set(did, k);
    }
    if (sBelowL(sig)) items.push({ key: k, msg, sig });
  };
  for (const t of triples) add(t.did, t.msg, t.sig);
  if (cst) for (const did of cst.issuers) add(did, cst.msg, cst.sig);
  const threads = Math.max(1, Math.min(availableParallelism(), 4));
  if (items.length < MIN_PARALLEL) return { done: Promise.resolve({ checked: 0, valid: 0, threads: 0 }) };
  const per = Math.ceil(items.length / threads);
  const parts = [];
  for (let t = 0; t < threads; t++) {
    const slice = items.slice(t * per, (t + 1) * per);
    if (slice.length === 0) continue;
    const w = new Worker(WORKER_SRC, { eval: true });
    const msg = pack({ pubs, items: slice });
    parts.push(
      new Promise((resolve11) => {
        w.once("message", (ok) => {
          let valid = 0;
          for (let i = 0; i < slice.length; i++)
            if (ok[i]) {
              const it = slice[i];
              rememberValid(pubs[it.key], it.msg, it.sig);
              valid++;
            }
          void w.terminate();
          resolve11(valid);
        });
        w.once("error", () => resolve11(0));
        w.postMessage(msg, [msg.msgs.buffer, msg.sigs.buffer, msg.keyIdx.buffer, msg.msgOff.buffer]);
      })
    );
  }
  return { done: Promise.all(parts).then((v) => ({ checked: items.length, valid: v.reduce((a, b) => a + b, 0), threads: parts.length })) };
}

// action/src/io/verify-run.ts
function warm(bundle) {
  const p = bundle.payload;
  if (!p || typeof p !== "object") return;
  for (const key of ["receipts", "tool_receipts"]) {
    const list = p[key];
    if (!Array.isArray(list)) continue;
    for (const r of list) {
      const payload = r?.payload;
      if (payload && typeof payload === "object") stringifyHashB64u(payload);
    }
  }
  stringifyHashB64u(p);
}
async function runVerify(o) {
  const bundle = readBundle(o.bundlePath);
  const { triples, cst } = signatureTriples(bundle, roleKeys(o.trust, "token_issuer"));
  const pre = prefetchSignatures(triples, cst);
  warm(bundle);
  const urm = readUrm(o.bundlePath, bundle, o.urmPath);
  await pre.done;
  return verifyBundle({
    bundle,
    policyId: o.policyId,
    registry: o.registry,
    trust: o.trust,
    at: o.at,
    ...urm !== void 0 ? { urm } : {},
    ...o.expectHash ? { expectHash: o.expectHash } : {},
    ...o.subject ? { subject: o.subject } : {}
  });
}

// action/src/cli/cmd-verify.ts
var VERIFY_USAGE = "wpc verify BUNDLE --policy ID [--expect-hash H] [--subject SHA] [--registry DIR|git:REF] [--trust FILE] [--urm FILE] [--at TIME] [--min-seq N] [--json] [--report-md FILE]";
async function cmdVerify(c) {
  const [file, ...extra] = c.positionals;
  const policyId = str2(c, "policy");
  if (!file || extra.length || !policyId) throw new WpcError("E_USAGE", `usage: ${VERIFY_USAGE}`);
  const expect = str2(c, "expect-hash");
  if (expect !== void 0 && !HASH_B64U_RE.test(expect)) throw new WpcError("E_USAGE", "--expect-hash must be a 43-character base64url policy hash");
  const at2 = nowFn(c)();
  const trust = loadTrustFile(resolve9(c.cwd, str2(c, "trust") ?? DEFAULTS.trust));
  const store = openRegistry(str2(c, "registry") ?? DEFAULTS.registry, c.cwd);
  const snap = readExisting(store);
  const minSeq = intFlag(c, "min-seq");
  const registry = verifyRegistry(snap.files, { trust, at: at2, ...minSeq !== void 0 ? { minSeq } : {} });
  const subject2 = str2(c, "subject");
  const urmFile = str2(c, "urm");
  const report2 = await runVerify({
    bundlePath: resolve9(c.cwd, file),
    policyId,
    registry,
    trust,
    at: at2,
    ...urmFile ? { urmPath: resolve9(c.cwd, urmFile) } : {},
    ...expect ? { expectHash: expect } : {},
    ...subject2 ? { subject: subject2 } : {}
  });
  const mdFile = str2(c, "report-md");
  if (mdFile) writeFileSync3(resolve9(c.cwd, mdFile), reportMarkdown(report2));
  if (flag(c, "json")) printJson(c.io, report2);
  else c.io.out(reportText(report2));
  return report2.verdict === "pass" ? 0 : 1;
}

// action/src/cli/cmd-openclaw.ts
import { resolve as resolve10 } from "node:path";
var OPENCLAW_USAGE = "wpc openclaw config POLICY | wpc openclaw check POLICY CONFIG [--explain FILE] [--audit FILE] [--json]";
var MAX_CONFIG_BYTES = 16 * 1024 * 1024;
function readPolicy(c, file) {
  const r = checkPolicyBytes(readFileLimited(resolve10(c.cwd, file), MAX_POLICY_BYTES, "policy file"), file);
  if (!r.wpc) {
    const first = r.findings.find((f) => f.level === "error");
    throw new WpcError("E_BAD_INPUT", `${file}: not a valid WPC${first ? ` (${first.rule} at ${first.path || "/"}: ${first.message})` : ""}`, file);
  }
  return r.wpc;
}
function readJson5(c, file, what) {
  return parseJson5Object(decodeUtf8(readFileLimited(resolve10(c.cwd, file), MAX_CONFIG_BYTES, what), file), file, what);
}
function withFile(file, fn) {
  try {
    return fn();
  } catch (e) {
    if (e instanceof WpcError && !e.file) throw new WpcError(e.code, `${file}: ${e.message}`, file);
    throw e;
  }
}
function cmdOpenclaw(c) {
  const [sub, policy, config, ...extra] = c.positionals;
  if (sub === "config") {
    if (!policy || config !== void 0) throw new WpcError("E_USAGE", `usage: ${OPENCLAW_USAGE}`);
    printJson(c.io, openclawConfigFor(readPolicy(c, policy)));
    return 0;
  }
  if (sub !== "check" || !policy || !config || extra.length) throw new WpcError("E_USAGE", `usage: ${OPENCLAW_USAGE}`);
  const wpc = readPolicy(c, policy);
  const cfg = readJson5(c, config, "OpenClaw config");
  const explainFile = str2(c, "explain");
  const auditFile = str2(c, "audit");
  const explain = explainFile ? readJson5(c, explainFile, "sandbox explain output") : void 0;
  const audit = auditFile ? readJson5(c, auditFile, "security audit output") : void 0;
  if (explainFile) withFile(explainFile, () => parseExplain(explain));
  if (auditFile) withFile(auditFile, () => parseAudit(audit));
  const report2 = driftCheck(wpc, cfg, { ...explainFile ? { explain } : {}, ...auditFile ? { audit } : {} });
  if (flag(c, "json")) printJson(c.io, { policy, config, ...explainFile ? { explain: explainFile } : {}, ...auditFile ? { audit: auditFile } : {}, drift: report2.drift, contexts: report2.contexts });
  else {
    const files = { config, explain: explainFile ?? "", audit: auditFile ?? "", metadata: "" };
    for (const d of report2.drift)
      c.io.out(`${files[d.source]}: ${d.rule} ${d.level} ${d.path || "/"}${d.agents && d.agents.some((a) => a !== "defaults") ? ` [${d.agents.join(", ")}]` : ""}: ${d.message}`);
    for (const x of report2.contexts) c.io.out(`agent ${x.agent}: sandbox ${x.sandboxMode}, workspace ${x.workspaceAccess}, tools ${x.tools.join(", ") || "(none)"}`);
    c.io.out(report2.drift.length ? `${report2.drift.length} drift finding(s): ${config} does not match ${policy}` : `no drift: ${config} matches ${policy}`);
  }
  return report2.drift.length ? 1 : 0;
}

// action/src/cli/main.ts
var OPTIONS = {
  json: { type: "boolean" },
  format: { type: "string" },
  base: { type: "string" },
  policies: { type: "string" },
  trust: { type: "string" },
  help: { type: "boolean", short: "h" },
  out: { type: "string" },
  role: { type: "string" },
  key: { type: "string" },
  registry: { type: "string" },
  since: { type: "string" },
  all: { type: "boolean" },
  at: { type: "string" },
  "min-seq": { type: "string" },
  policy: { type: "string" },
  "expect-hash": { type: "string" },
  subject: { type: "string" },
  urm: { type: "string" },
  "report-md": { type: "string" },
  token: { type: "string" },
  "token-hash": { type: "string" },
  jti: { type: "string" },
  reason: { type: "string" },
  to: { type: "string" },
  explain: { type: "string" },
  audit: { type: "string" }
};
var COMMANDS = {
  validate: { run: cmdValidate, usage: "wpc validate [PATH…] [--trust FILE] [--json | --format github]" },
  hash: { run: cmdHash, usage: "wpc hash FILE|git:REF:PATH [--json]" },
  diff: { run: cmdDiff, usage: "wpc diff BASE HEAD [--json | --format github]" },
  check: { run: cmdCheck, usage: "wpc check --base REF [--policies DIR] [--trust FILE] [--json | --format github]" },
  schema: { run: cmdSchema, usage: "wpc schema   (print the WPC JSON Schema)" },
  keygen: { run: cmdKeygen, usage: "wpc keygen --out DIR   (writes DIR/wpc-signing.key, prints the did:key)" },
  trust: { run: cmdTrustAddKey, usage: "wpc trust add-key --role ROLE DID [--trust FILE]" },
  publish: { run: cmdPublish, usage: "wpc publish [--policies DIR] [--registry R] [--key FILE] [--since REV | --all] [--json]" },
  verify: { run: cmdVerify, usage: VERIFY_USAGE },
  revoke: { run: cmdRevoke, usage: REVOKE_USAGE },
  rollback: { run: cmdRollback, usage: ROLLBACK_USAGE },
  registry: { run: cmdRegistry, usage: "wpc registry verify|show|log|history ID|refresh [--registry R] [--trust FILE] [--min-seq N] [--at TIME] [--json]" },
  openclaw: { run: cmdOpenclaw, usage: OPENCLAW_USAGE }
};
var USAGE = ["usage:", ...Object.values(COMMANDS).map((c) => `  ${c.usage}`)].join("\n");
async function main(argv, io = stdio, cwd = process.cwd(), env = process.env) {
  let format = argv.includes("--json") ? "json" : "text";
  try {
    const [name, ...rest] = argv;
    if (name === "--help" || name === "-h" || name === "help") {
      io.out(USAGE);
      return 0;
    }
    if (!name) {
      io.out(USAGE);
      throw new WpcError("E_USAGE", "no command given (wpc --help lists the commands)");
    }
    const cmd = COMMANDS[name];
    if (!cmd) throw new WpcError("E_USAGE", `unknown command "${name}" (wpc --help lists the commands)`);
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true });
    } catch (e) {
      throw new WpcError("E_USAGE", `${e instanceof Error ? e.message : String(e)} (${cmd.usage})`);
    }
    if (parsed.values.help) {
      io.out(cmd.usage);
      return 0;
    }
    format = formatOf(parsed.values);
    return await cmd.run({ io, cwd, env, values: parsed.values, positionals: parsed.positionals });
  } catch (e) {
    return reportError(io, e, format);
  }
}

// action/src/cli/bin.ts
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`wpc: internal error: ${e instanceof Error ? e.message : String(e)}
`);
    process.exitCode = 2;
  }
);
