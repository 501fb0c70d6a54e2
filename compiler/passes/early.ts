/**
 * early.ts — JavaScript's early errors, found before pycoro compiles anything.
 *
 * TypeScript's parser accepts many programs that JavaScript rejects before running a line of them
 * (ECMA-262 "early errors": `break` outside a loop, a duplicate `let`, `await` in a plain
 * function...); tsc reports them from its checker, which `ts.transpileModule` never runs. Native
 * code with such an error fails to load with a SyntaxError; compiled by pycoro it could *run*,
 * differently (a `break;` outside any loop in a lowered body became a jump to the loop's top: an
 * endless loop). So every file pycoro compiles is checked here, and each early error becomes a
 * located diagnostic (PYC0002) with V8's wording and what to write instead.
 *
 * The rules are those of strict-mode module code (pycoro's output is a module), limited to what
 * V8 reports at parse time; each one is a test in test/compiler/early-errors.test.ts:
 *
 *   jumps      break/continue outside a loop or switch, undefined or duplicate labels, continue
 *              to a label that is not a loop's, return outside a function
 *   bindings   redeclared let/const/class/function (block, switch, for head, catch, parameters),
 *              var clashing with a lexical name it hoists through, duplicate parameters,
 *              eval/arguments/strict-reserved words as names, missing const/pattern initializers,
 *              lexical declarations in single-statement positions
 *   operators  delete of a name, invalid assignment / update / for-in-of targets, `with`,
 *              yield/await/for-await outside generators/async functions or in parameters,
 *              super and new.target outside methods and functions
 *   literals   invalid regular expressions (checked by the engine itself), duplicate __proto__,
 *              getters with parameters, setters without exactly one, misplaced rest elements
 *   classes    two constructors, constructors that are accessors/generators/async, fields named
 *              constructor, static prototype, undeclared or duplicate private names, `arguments`
 *              in a field initializer or static block
 *   modules    `export { x }` of a name the module does not declare
 */
import ts from "typescript";
import { skipOuterExpressions } from "./analyze.js";

export type EarlyReport = (node: ts.Node, message: string) => void;

/** Strict mode reserved words (ES2024 12.7.2), plus `await` in module code. */
const STRICT_RESERVED = new Set(["implements", "interface", "let", "package", "private", "protected", "public", "static", "yield", "await"]);

interface Ctx {
  /** Kind of the innermost non-arrow function-like (what `return`, `super`, `new.target` see). */
  readonly fn: "module" | "function" | "method" | "constructor" | "derived-constructor" | "initializer";
  readonly isAsync: boolean;
  readonly isGenerator: boolean;
  readonly inParams: boolean;
  /** Inside a function body (arrows included), where `return` is allowed. */
  readonly returnOk: boolean;
  readonly labels: readonly { name: string; loop: boolean }[];
  readonly loop: boolean;
  readonly breakable: boolean;
  /** Private names declared by the enclosing class bodies. */
  readonly privates: readonly Set<string>[];
}

const MODULE: Ctx = { fn: "module", isAsync: true, isGenerator: false, inParams: false, returnOk: false, labels: [], loop: false, breakable: false, privates: [] };

export function checkEarlyErrors(sf: ts.SourceFile, report: EarlyReport): void {
  new Checker(sf, report).run();
}

class Checker {
  private readonly scopes: ScopeChecker;
  constructor(private readonly sf: ts.SourceFile, private readonly report: EarlyReport) { this.scopes = new ScopeChecker(report); }

  run(): void {
    this.scopes.module(this.sf);
    this.checkExports();
    for (const st of this.sf.statements) this.visit(st, MODULE);
  }

  private visit(node: ts.Node, ctx: Ctx): void {
    if (isTypeOnly(node)) return;
    switch (node.kind) {
      case ts.SyntaxKind.FunctionDeclaration: case ts.SyntaxKind.FunctionExpression: case ts.SyntaxKind.ArrowFunction:
      case ts.SyntaxKind.MethodDeclaration: case ts.SyntaxKind.GetAccessor: case ts.SyntaxKind.SetAccessor: case ts.SyntaxKind.Constructor:
        return this.functionLike(node as ts.FunctionLikeDeclaration, ctx);
      case ts.SyntaxKind.ClassDeclaration: case ts.SyntaxKind.ClassExpression:
        return this.classLike(node as ts.ClassLikeDeclaration, ctx);
      case ts.SyntaxKind.BreakStatement: case ts.SyntaxKind.ContinueStatement:
        this.jump(node as ts.BreakOrContinueStatement, ctx); break;
      case ts.SyntaxKind.ReturnStatement:
        if (!ctx.returnOk) this.report(node, "SyntaxError: Illegal return statement; `return` only works inside a function body");
        break;
      case ts.SyntaxKind.LabeledStatement: return this.labeled(node as ts.LabeledStatement, ctx);
      case ts.SyntaxKind.WithStatement:
        this.report(node, "SyntaxError: Strict mode code may not include a with statement; use an explicit object reference");
        break;
      case ts.SyntaxKind.ForStatement: case ts.SyntaxKind.ForInStatement: case ts.SyntaxKind.ForOfStatement:
      case ts.SyntaxKind.WhileStatement: case ts.SyntaxKind.DoStatement:
        return this.loop(node as ts.IterationStatement, ctx);
      case ts.SyntaxKind.SwitchStatement: {
        const sw = node as ts.SwitchStatement;
        this.visit(sw.expression, ctx);
        this.scopes.block(sw.caseBlock, sw.caseBlock.clauses.flatMap((c) => [...c.statements]));
        const defaults = sw.caseBlock.clauses.filter(ts.isDefaultClause);
        if (defaults.length > 1) this.report(defaults[1], "SyntaxError: More than one default clause in switch statement");
        const inner = { ...ctx, breakable: true };
        for (const c of sw.caseBlock.clauses) {
          if (ts.isCaseClause(c)) this.visit(c.expression, inner);
          for (const st of c.statements) this.visit(st, inner);
        }
        return;
      }
      case ts.SyntaxKind.IfStatement: {
        const s = node as ts.IfStatement;
        this.singleStatement(s.thenStatement, "an if statement's branch");
        if (s.elseStatement) this.singleStatement(s.elseStatement, "an else branch");
        break;
      }
      case ts.SyntaxKind.Block:
        this.scopes.block(node, (node as ts.Block).statements);
        break;
      case ts.SyntaxKind.CatchClause: {
        const c = node as ts.CatchClause;
        this.scopes.catchClause(c);
        if (c.variableDeclaration) this.bindingNames(c.variableDeclaration.name);
        break;
      }
      case ts.SyntaxKind.VariableDeclarationList: this.declarationList(node as ts.VariableDeclarationList); break;
      case ts.SyntaxKind.YieldExpression:
        if (!ctx.isGenerator) this.report(node, "SyntaxError: `yield` is only valid directly inside a generator function (`function*`), not in a nested function or arrow");
        else if (ctx.inParams) this.report(node, "SyntaxError: Yield expression not allowed in formal parameter");
        break;
      case ts.SyntaxKind.AwaitExpression:
        this.awaitAllowed(node, ctx, "`await`");
        break;
      case ts.SyntaxKind.DeleteExpression: {
        const operand = skipOuterExpressions((node as ts.DeleteExpression).expression);
        if (ts.isIdentifier(operand)) this.report(node, "SyntaxError: Delete of an unqualified identifier in strict mode; delete a property (`delete obj.key`) or assign `undefined`");
        else if (ts.isPropertyAccessExpression(operand) && ts.isPrivateIdentifier(operand.name)) this.report(node, "SyntaxError: Private fields can not be deleted");
        break;
      }
      case ts.SyntaxKind.BinaryExpression: {
        const b = node as ts.BinaryExpression;
        const op = b.operatorToken.kind;
        if (op >= ts.SyntaxKind.FirstAssignment && op <= ts.SyntaxKind.LastAssignment) this.assignmentTarget(b.left, op === ts.SyntaxKind.EqualsToken, "assignment");
        break;
      }
      case ts.SyntaxKind.PrefixUnaryExpression: case ts.SyntaxKind.PostfixUnaryExpression: {
        const u = node as ts.PrefixUnaryExpression | ts.PostfixUnaryExpression;
        if (u.operator === ts.SyntaxKind.PlusPlusToken || u.operator === ts.SyntaxKind.MinusMinusToken) {
          this.assignmentTarget(u.operand, false, ts.isPrefixUnaryExpression(u) ? "prefix operation" : "postfix operation");
        }
        break;
      }
      case ts.SyntaxKind.SuperKeyword: this.superUse(node, ctx); break;
      case ts.SyntaxKind.MetaProperty: {
        const m = node as ts.MetaProperty;
        if (m.keywordToken === ts.SyntaxKind.NewKeyword && ctx.fn === "module") this.report(node, "SyntaxError: new.target expression is not allowed here (only inside a function)");
        break;
      }
      case ts.SyntaxKind.Identifier:
        this.identifier(node as ts.Identifier);
        if ((node as ts.Identifier).text === "arguments" && ctx.fn === "initializer" && isValueName(node as ts.Identifier)) {
          this.report(node, "SyntaxError: 'arguments' is not allowed in class field initializer or static initialization block");
        }
        return;
      case ts.SyntaxKind.PrivateIdentifier: this.privateName(node as ts.PrivateIdentifier, ctx); return;
      case ts.SyntaxKind.RegularExpressionLiteral: this.regex(node as ts.RegularExpressionLiteral); return;
      case ts.SyntaxKind.ObjectLiteralExpression: this.objectLiteral(node as ts.ObjectLiteralExpression); break;
      case ts.SyntaxKind.ClassStaticBlockDeclaration: {
        const inner: Ctx = { ...ctx, fn: "initializer", isAsync: false, isGenerator: false, labels: [], loop: false, breakable: false, inParams: false, returnOk: false };
        this.scopes.functionScope(node, [], (node as ts.ClassStaticBlockDeclaration).body.statements, "static-block");
        for (const st of (node as ts.ClassStaticBlockDeclaration).body.statements) this.visit(st, inner);
        return;
      }
    }
    ts.forEachChild(node, (c) => this.visit(c, ctx));
  }

  // ---------------------------------------------------------------- functions and classes

  private functionLike(fn: ts.FunctionLikeDeclaration, ctx: Ctx): void {
    if (!fn.body) return; // an overload signature or an abstract/ambient member: erased
    // A method's decorators are evaluated where the class is, not inside the method (`@(yield x)`).
    for (const d of ts.getDecorators(fn as ts.HasDecorators) ?? []) this.visit(d.expression, ctx);
    if (fn.name && ts.isComputedPropertyName(fn.name)) this.visit(fn.name, ctx);
    if (fn.name && ts.isIdentifier(fn.name) && (ts.isFunctionDeclaration(fn) || ts.isFunctionExpression(fn))) this.bindingName(fn.name);
    const isArrow = ts.isArrowFunction(fn);
    const isAsync = !!fn.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword);
    const kind: Ctx["fn"] = isArrow ? ctx.fn
      : ts.isConstructorDeclaration(fn) ? (fn.parent.heritageClauses?.some((h) => h.token === ts.SyntaxKind.ExtendsKeyword) ? "derived-constructor" : "constructor")
      : ts.isMethodDeclaration(fn) || ts.isAccessor(fn) ? "method" : "function";
    const inner: Ctx = {
      fn: kind, isAsync, isGenerator: !!fn.asteriskToken, inParams: true, returnOk: true, labels: [], loop: false, breakable: false, privates: ctx.privates,
    };
    if (ts.isGetAccessor(fn) && fn.parameters.length > 0) this.report(fn.parameters[0], "SyntaxError: Getter must not have any formal parameters");
    if (ts.isSetAccessor(fn) && (fn.parameters.filter((p) => !isThisParam(p)).length !== 1 || fn.parameters.some((p) => p.dotDotDotToken))) {
      this.report(fn.name ?? fn, "SyntaxError: Setter must have exactly one formal parameter (not a rest parameter)");
    }
    const params = fn.parameters.filter((p) => !isThisParam(p));
    params.forEach((p, i) => {
      if (p.dotDotDotToken && i !== params.length - 1) this.report(p, "SyntaxError: Rest parameter must be last formal parameter");
      if (p.dotDotDotToken && p.initializer) this.report(p, "SyntaxError: Rest parameter may not have a default initializer");
      this.bindingNames(p.name);
    });
    const body = fn.body;
    this.scopes.functionScope(fn, params, ts.isBlock(body) ? body.statements : [], "function");
    for (const p of params) this.visit(p, inner);
    const bodyCtx = { ...inner, inParams: false };
    if (ts.isBlock(body)) for (const st of body.statements) this.visit(st, bodyCtx);
    else this.visit(body, bodyCtx);
  }

  private classLike(cls: ts.ClassLikeDeclaration, ctx: Ctx): void {
    if (cls.name) this.bindingName(cls.name);
    // TypeScript parses `class extends E {}` as a statement and reports it only from the checker.
    else if (ts.isClassDeclaration(cls) && !cls.modifiers?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) {
      this.report(cls, "SyntaxError: A class declaration needs a name (only `export default class` may omit it)");
    }
    for (const d of ts.getDecorators(cls) ?? []) this.visit(d.expression, ctx);
    const privates = new Set<string>();
    const seen = new Map<string, string>();
    let ctor: ts.ConstructorDeclaration | undefined;
    for (const m of cls.members) {
      if (ts.isConstructorDeclaration(m) && m.body) {
        if (ctor) this.report(m, "SyntaxError: A class may only have one constructor");
        ctor = m;
      }
      const name = m.name && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name)) ? m.name.text : undefined;
      const isStatic = !!ts.getModifiers(m as ts.HasModifiers)?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword);
      if (name === "constructor" && !isStatic) {
        if (ts.isGetAccessor(m) || ts.isSetAccessor(m)) this.report(m.name!, "SyntaxError: Class constructor may not be an accessor");
        else if (ts.isMethodDeclaration(m) && m.asteriskToken) this.report(m.name!, "SyntaxError: Class constructor may not be a generator");
        else if (ts.isMethodDeclaration(m) && m.modifiers?.some((x) => x.kind === ts.SyntaxKind.AsyncKeyword)) this.report(m.name!, "SyntaxError: Class constructor may not be an async method");
      }
      if (ts.isPropertyDeclaration(m) && name === "constructor") this.report(m.name, "SyntaxError: Classes may not have a field named 'constructor'");
      if (isStatic && name === "prototype" && (ts.isPropertyDeclaration(m) || ts.isMethodDeclaration(m) || ts.isAccessor(m))) this.report(m.name!, "SyntaxError: Classes may not have a static property named 'prototype'");
      if (m.name && ts.isPrivateIdentifier(m.name)) {
        const p = m.name.text;
        if (p === "#constructor") this.report(m.name, "SyntaxError: Classes may not have a private field named '#constructor'");
        const kind = ts.isGetAccessor(m) ? "get" : ts.isSetAccessor(m) ? "set" : "other";
        const prev = seen.get(p);
        if (prev && !((prev === "get" && kind === "set") || (prev === "set" && kind === "get"))) this.report(m.name, `SyntaxError: Identifier '${p}' has already been declared`);
        seen.set(p, prev ? "other" : kind);
        privates.add(p);
      }
    }
    for (const h of cls.heritageClauses ?? []) if (h.token === ts.SyntaxKind.ExtendsKeyword) for (const t of h.types) this.visit(t.expression, ctx);
    const inner: Ctx = { ...ctx, privates: [...ctx.privates, privates] };
    for (const m of cls.members) {
      if (ts.isPropertyDeclaration(m)) {
        if (m.name && ts.isComputedPropertyName(m.name)) this.visit(m.name, inner);
        if (m.initializer) this.visit(m.initializer, { ...inner, fn: "initializer", isAsync: false, isGenerator: false, labels: [], loop: false, breakable: false, inParams: false, returnOk: false });
        continue;
      }
      this.visit(m, inner);
    }
  }

  // ---------------------------------------------------------------- statements

  private jump(node: ts.BreakOrContinueStatement, ctx: Ctx): void {
    const isBreak = ts.isBreakStatement(node);
    if (node.label) {
      const l = ctx.labels.find((x) => x.name === node.label!.text);
      if (!l) this.report(node, `SyntaxError: Undefined label '${node.label.text}' (a label is visible only inside the statement it labels, and not inside nested functions)`);
      else if (!isBreak && !l.loop) this.report(node, `SyntaxError: Illegal continue statement: '${node.label.text}' does not denote an iteration statement; use \`break ${node.label.text}\` or label the loop`);
    } else if (isBreak ? !(ctx.loop || ctx.breakable) : !ctx.loop) {
      this.report(node, isBreak ? "SyntaxError: Illegal break statement: no surrounding loop or switch; use `return` to leave the function"
        : "SyntaxError: Illegal continue statement: no surrounding iteration statement");
    }
  }

  private labeled(node: ts.LabeledStatement, ctx: Ctx): void {
    const name = node.label.text;
    if (ctx.labels.some((l) => l.name === name)) this.report(node.label, `SyntaxError: Label '${name}' has already been declared; rename the inner label`);
    this.identifier(node.label);
    let body: ts.Statement = node.statement;
    while (ts.isLabeledStatement(body)) body = body.statement;
    if (ts.isFunctionDeclaration(node.statement)) this.report(node.statement, "SyntaxError: In strict mode code, functions can only be declared at top level or inside a block");
    else this.singleStatement(node.statement, "a labelled statement");
    this.visit(node.statement, { ...ctx, labels: [...ctx.labels, { name, loop: isIteration(body) }] });
  }

  private loop(node: ts.IterationStatement, ctx: Ctx): void {
    const labelsHere = ctx.labels; // labels of this very statement stay valid for `continue`
    this.singleStatement(node.statement, "a loop body");
    if (ts.isForInStatement(node) || ts.isForOfStatement(node)) {
      const what = ts.isForInStatement(node) ? "for-in" : "for-of";
      if (ts.isForOfStatement(node) && node.awaitModifier) this.awaitAllowed(node.awaitModifier, ctx, "`for await`");
      const init = node.initializer;
      if (ts.isVariableDeclarationList(init)) {
        if (init.declarations.length !== 1) this.report(init, `SyntaxError: Invalid left-hand side in ${what} loop: Must have a single binding`);
        else if (init.declarations[0].initializer) this.report(init.declarations[0], `SyntaxError: ${what} loop variable declaration may not have an initializer`);
        if ((init.flags & ts.NodeFlags.Using) && ts.isForInStatement(node)) this.report(init, "SyntaxError: The left-hand side of a for-in loop may not be a using declaration");
        this.scopes.forHead(node, init);
        for (const d of init.declarations) { this.bindingNames(d.name); this.visit(d.name, ctx); }
      } else {
        this.assignmentTarget(init, true, `${what} loop`);
        this.visit(init, ctx);
      }
      this.visit(node.expression, ctx);
    } else if (ts.isForStatement(node)) {
      if (node.initializer && ts.isVariableDeclarationList(node.initializer)) this.scopes.forHead(node, node.initializer);
      if (node.initializer) this.visit(node.initializer, ctx);
      if (node.condition) this.visit(node.condition, ctx);
      if (node.incrementor) this.visit(node.incrementor, ctx);
    } else {
      this.visit((node as ts.WhileStatement | ts.DoStatement).expression, ctx);
    }
    this.visit(node.statement, { ...ctx, labels: labelsHere, loop: true, breakable: true });
  }

  /** Declarations that may not stand alone as the body of if/while/for/labels. */
  private singleStatement(st: ts.Statement, where: string): void {
    if (ts.isVariableStatement(st) && (st.declarationList.flags & ts.NodeFlags.BlockScoped)) {
      this.report(st, `SyntaxError: Lexical declaration cannot appear in a single-statement context (${where}); wrap it in a block \`{ ... }\``);
    } else if (ts.isClassDeclaration(st)) {
      this.report(st, `SyntaxError: Unexpected token 'class' (${where} cannot be a class declaration); wrap it in a block`);
    } else if (ts.isFunctionDeclaration(st) && where !== "a labelled statement") {
      this.report(st, `SyntaxError: In strict mode code, functions can only be declared at top level or inside a block; wrap it in a block`);
    }
  }

  private declarationList(list: ts.VariableDeclarationList): void {
    const parent = list.parent;
    const inForInOf = (ts.isForInStatement(parent) || ts.isForOfStatement(parent)) && parent.initializer === list;
    const ambient = ts.isVariableStatement(parent) && parent.modifiers?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword);
    if (ambient || inForInOf) return;
    const isConst = (list.flags & ts.NodeFlags.BlockScoped) === ts.NodeFlags.Const;
    const isUsing = (list.flags & ts.NodeFlags.Using) !== 0;
    if (list.declarations.length === 0) this.report(list, "SyntaxError: a variable declaration needs at least one name");
    for (const d of list.declarations) {
      this.bindingNames(d.name);
      if (d.initializer || (d.exclamationToken && !isConst)) continue;
      if (isUsing) this.report(d, `SyntaxError: Missing initializer in ${(list.flags & ts.NodeFlags.AwaitUsing) === ts.NodeFlags.AwaitUsing ? "await using" : "using"} declaration; write \`${(list.flags & ts.NodeFlags.AwaitUsing) === ts.NodeFlags.AwaitUsing ? "await using" : "using"} ${d.name.getText(this.sf)} = <resource>\``);
      else if (isConst) this.report(d, "SyntaxError: Missing initializer in const declaration; write `const x = value` (or use `let`)");
      else if (!ts.isIdentifier(d.name)) this.report(d, "SyntaxError: Missing initializer in destructuring declaration");
    }
    if (isUsing) for (const d of list.declarations) if (!ts.isIdentifier(d.name)) this.report(d.name, "SyntaxError: a using declaration binds a single name, not a pattern");
  }

  // ---------------------------------------------------------------- expressions

  private awaitAllowed(node: ts.Node, ctx: Ctx, what: string): void {
    if (ctx.inParams && ctx.fn !== "module") this.report(node, `SyntaxError: ${what} is not allowed in formal parameters`);
    else if (!ctx.isAsync || ctx.fn === "initializer") this.report(node, `SyntaxError: ${what} is only valid in async functions and the top level of modules; mark the function \`async\``);
  }

  private superUse(node: ts.Node, ctx: Ctx): void {
    const p = node.parent;
    if (ts.isCallExpression(p) && p.expression === node) {
      if (ctx.fn !== "derived-constructor") this.report(p, "SyntaxError: 'super' keyword unexpected here: `super()` is only valid in the constructor of a class that extends another");
    } else if (ctx.fn === "module" || ctx.fn === "function") {
      this.report(node, "SyntaxError: 'super' keyword unexpected here: `super.x` is only valid in methods, accessors, constructors and class field initializers");
    }
  }

  /** Is `e` something `=` (with `pattern`) or `op=`/`++` may assign to? */
  private assignmentTarget(e: ts.Expression, pattern: boolean, what: string, inPattern = false): void {
    const bad = () => this.report(e, `SyntaxError: Invalid left-hand side in ${what}; assign to a variable or a property`);
    const inner = skipOuterExpressions(e);
    if (ts.isIdentifier(inner)) {
      if (inner.text === "eval" || inner.text === "arguments") this.report(inner, `SyntaxError: Unexpected eval or arguments in strict mode (cannot assign to \`${inner.text}\`)`);
      return;
    }
    if (ts.isPropertyAccessExpression(inner) || ts.isElementAccessExpression(inner)) {
      if (inner.flags & ts.NodeFlags.OptionalChain) bad();
      return;
    }
    if (ts.isCallExpression(inner) && !(inner.flags & ts.NodeFlags.OptionalChain) && !inPattern) return; // V8: a ReferenceError at run time
    if (pattern && inner === e && (ts.isObjectLiteralExpression(e) || ts.isArrayLiteralExpression(e))) return this.pattern(e);
    bad();
  }

  private pattern(e: ts.ObjectLiteralExpression | ts.ArrayLiteralExpression): void {
    const target = (x: ts.Expression) => {
      const [t] = ts.isBinaryExpression(x) && x.operatorToken.kind === ts.SyntaxKind.EqualsToken ? [x.left] : [x];
      this.assignmentTarget(t, true, "destructuring assignment", true);
    };
    if (ts.isArrayLiteralExpression(e)) {
      e.elements.forEach((el, i) => {
        if (ts.isOmittedExpression(el)) return;
        if (ts.isSpreadElement(el)) {
          if (i !== e.elements.length - 1) this.report(el, "SyntaxError: Rest element must be last element");
          this.assignmentTarget(el.expression, true, "destructuring assignment", true);
        } else target(el);
      });
      return;
    }
    e.properties.forEach((p, i) => {
      if (ts.isPropertyAssignment(p)) target(p.initializer);
      else if (ts.isShorthandPropertyAssignment(p)) this.assignmentTarget(p.name, false, "destructuring assignment", true);
      else if (ts.isSpreadAssignment(p)) {
        if (i !== e.properties.length - 1) this.report(p, "SyntaxError: Rest element must be last element");
        this.assignmentTarget(p.expression, false, "destructuring assignment", true);
      } else this.report(p, "SyntaxError: Invalid destructuring assignment target");
    });
  }

  private objectLiteral(o: ts.ObjectLiteralExpression): void {
    // A pattern's shorthand `{a = 1}` is checked as a target; here only literals.
    let proto = 0;
    for (const p of o.properties) {
      if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === "__proto__" && ++proto === 2) {
        this.report(p.name, "SyntaxError: Duplicate __proto__ fields are not allowed in object literals");
      }
    }
  }

  private regex(node: ts.RegularExpressionLiteral): void {
    const text = node.text;
    const slash = text.lastIndexOf("/");
    try {
      new RegExp(text.slice(1, slash), text.slice(slash + 1));
    } catch (e) {
      this.report(node, `SyntaxError: ${(e as Error).message}`);
    }
  }

  private privateName(id: ts.PrivateIdentifier, ctx: Ctx): void {
    const p = id.parent;
    if (ts.isClassElement(p) && p.name === id) return; // a declaration
    if (!ctx.privates.some((s) => s.has(id.text))) this.report(id, `SyntaxError: Private field '${id.text}' must be declared in an enclosing class`);
  }

  /** A reference or binding spelled as a strict-mode reserved word. */
  private identifier(id: ts.Identifier): void {
    if (!isValueName(id)) return;
    const kw = ts.identifierToKeywordKind(id);
    if (kw !== undefined && STRICT_RESERVED.has(ts.tokenToString(kw) ?? "")) {
      this.report(id, `SyntaxError: Unexpected strict mode reserved word '${id.text}'; pick another name`);
    }
  }

  // ---------------------------------------------------------------- binding names

  private bindingNames(name: ts.BindingName): void {
    if (ts.isIdentifier(name)) return this.bindingName(name);
    for (const el of name.elements) if (!ts.isOmittedExpression(el)) this.bindingNames(el.name);
    if (ts.isArrayBindingPattern(name)) {
      name.elements.forEach((el, i) => {
        if (!ts.isOmittedExpression(el) && el.dotDotDotToken && i !== name.elements.length - 1) this.report(el, "SyntaxError: Rest element must be last element");
      });
    }
  }

  private bindingName(id: ts.Identifier): void {
    if (id.text === "eval" || id.text === "arguments") this.report(id, `SyntaxError: Unexpected eval or arguments in strict mode (\`${id.text}\` cannot be declared)`);
    if (id.text === "let" && ts.isVariableDeclaration(id.parent) && (id.parent.parent.flags & ts.NodeFlags.BlockScoped)) this.report(id, "SyntaxError: let is disallowed as a lexically bound name");
  }

  // ---------------------------------------------------------------- modules

  private checkExports(): void {
    const declared = new Set<string>();
    for (const st of this.sf.statements) {
      if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations) collectBound(d.name, declared);
      else if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st) || ts.isEnumDeclaration(st) || ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st)) && st.name) declared.add(st.name.text);
      else if (ts.isModuleDeclaration(st) && ts.isIdentifier(st.name)) declared.add(st.name.text);
      else if (ts.isImportEqualsDeclaration(st)) declared.add(st.name.text);
      else if (ts.isImportDeclaration(st) && st.importClause) {
        const c = st.importClause;
        if (c.name) declared.add(c.name.text);
        const b = c.namedBindings;
        if (b && ts.isNamespaceImport(b)) declared.add(b.name.text);
        else if (b) for (const el of b.elements) declared.add(el.name.text);
      }
    }
    for (const st of this.sf.statements) {
      if (!ts.isExportDeclaration(st) || st.moduleSpecifier || st.isTypeOnly || !st.exportClause || !ts.isNamedExports(st.exportClause)) continue;
      for (const el of st.exportClause.elements) {
        const local = el.propertyName ?? el.name;
        if (ts.isIdentifier(local) && !el.isTypeOnly && !declared.has(local.text)) this.report(local, `SyntaxError: Export '${local.text}' is not defined in module`);
      }
    }
  }
}

/**
 * Declarations per scope: lexical names (let/const/class/using, and function declarations in
 * blocks and at module level) may be declared once per scope, and not also as a `var` that hoists
 * through the scope, a parameter, or a catch parameter.
 */
class ScopeChecker {
  /** Lexical names of each scope node, filled when the walk enters it (before its contents). */
  private readonly lexical = new Map<ts.Node, Map<string, ts.Node>>();
  constructor(private readonly report: EarlyReport) {}

  module(sf: ts.SourceFile): void { this.declare(sf, sf.statements, true, new Set()); }
  block(node: ts.Node, statements: readonly ts.Statement[]): void { this.declare(node, statements, true, new Set()); }

  functionScope(fn: ts.Node, params: readonly ts.ParameterDeclaration[], statements: readonly ts.Statement[], _kind: string): void {
    const paramNames = new Set<string>();
    for (const p of params) collectBoundIds(p.name, (id) => {
      if (paramNames.has(id.text)) this.report(id, `SyntaxError: Duplicate parameter name not allowed in this context ('${id.text}')`);
      paramNames.add(id.text);
    });
    this.declare(fn, statements, false, paramNames);
  }

  catchClause(c: ts.CatchClause): void {
    const names = new Set<string>();
    if (c.variableDeclaration) collectBoundIds(c.variableDeclaration.name, (id) => {
      if (names.has(id.text)) this.report(id, `SyntaxError: Identifier '${id.text}' has already been declared`);
      names.add(id.text);
    });
    // The block is entered after the clause: check its declarations against the parameter now.
    const own = lexicalDeclarations(c.block.statements, true);
    for (const [name, node] of own) if (names.has(name)) this.report(node, `SyntaxError: Identifier '${name}' has already been declared (it is the catch parameter)`);
    if (c.variableDeclaration && !ts.isIdentifier(c.variableDeclaration.name)) {
      forEachVar(c.block, (id) => { if (names.has(id.text)) this.report(id, `SyntaxError: Identifier '${id.text}' has already been declared (it is the catch parameter)`); });
    }
  }

  forHead(node: ts.Node, list: ts.VariableDeclarationList): void {
    if (!(list.flags & ts.NodeFlags.BlockScoped)) return;
    const names = new Map<string, ts.Node>();
    for (const d of list.declarations) collectBoundIds(d.name, (id) => {
      if (names.has(id.text)) this.report(id, `SyntaxError: Identifier '${id.text}' has already been declared`);
      names.set(id.text, id);
    });
    this.lexical.set(node, names);
    const body = (node as ts.IterationStatement).statement;
    forEachVar(body, (id) => { if (names.has(id.text)) this.report(id, `SyntaxError: Identifier '${id.text}' has already been declared (by the loop head)`); });
  }

  /** Lexical names of one statement list; each `var` below it (not in nested functions) must not reuse one. */
  private declare(node: ts.Node, statements: readonly ts.Statement[], functionsAreLexical: boolean, params: Set<string>): void {
    const names = new Map<string, ts.Node>();
    const topFunctions = new Map<string, ts.Node>();
    for (const st of statements) {
      for (const [name, decl] of declaredBy(st, functionsAreLexical)) {
        if (decl.kind === "function-var") { topFunctions.set(name, decl.node); continue; }
        if (names.has(name) || params.has(name)) this.report(decl.node, `SyntaxError: Identifier '${name}' has already been declared${params.has(name) ? " (it is a parameter)" : ""}; rename one, or assign instead of declaring again`);
        names.set(name, decl.node);
      }
    }
    for (const [name, n] of topFunctions) if (names.has(name)) this.report(n, `SyntaxError: Identifier '${name}' has already been declared`);
    this.lexical.set(node, names);
    if (names.size === 0) return;
    for (const st of statements) forEachVar(st, (id) => {
      if (names.has(id.text)) this.report(id, `SyntaxError: Identifier '${id.text}' has already been declared (a \`var\` cannot reuse a lexical name of an enclosing block)`);
    });
  }
}

function lexicalDeclarations(statements: readonly ts.Statement[], functionsAreLexical: boolean): Map<string, ts.Node> {
  const out = new Map<string, ts.Node>();
  for (const st of statements) for (const [name, d] of declaredBy(st, functionsAreLexical)) if (d.kind === "lexical") out.set(name, d.node);
  return out;
}

function declaredBy(st: ts.Statement, functionsAreLexical: boolean): [string, { kind: "lexical" | "function-var"; node: ts.Node }][] {
  const out: [string, { kind: "lexical" | "function-var"; node: ts.Node }][] = [];
  if (ts.isVariableStatement(st) && (st.declarationList.flags & ts.NodeFlags.BlockScoped) && !st.modifiers?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword)) {
    for (const d of st.declarationList.declarations) collectBoundIds(d.name, (id) => out.push([id.text, { kind: "lexical", node: id }]));
  } else if (ts.isClassDeclaration(st) && st.name && !st.modifiers?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword)) {
    out.push([st.name.text, { kind: "lexical", node: st.name }]);
  } else if (ts.isFunctionDeclaration(st) && st.name && st.body) {
    out.push([st.name.text, { kind: functionsAreLexical ? "lexical" : "function-var", node: st.name }]);
  }
  // Function declarations sharing a name with each other (overload bodies are TypeScript's
  // concern) are reported as lexical duplicates only where functions are lexical.
  return out;
}

/** Every `var`-declared name below `node`, not crossing function boundaries. */
function forEachVar(node: ts.Node, f: (id: ts.Identifier) => void): void {
  const visit = (n: ts.Node): void => {
    if (ts.isFunctionLike(n) || ts.isClassLike(n) || ts.isClassStaticBlockDeclaration(n) || isTypeOnly(n)) return;
    if (ts.isVariableDeclarationList(n) && !(n.flags & ts.NodeFlags.BlockScoped)) {
      for (const d of n.declarations) collectBoundIds(d.name, f);
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
}

function collectBoundIds(name: ts.BindingName, f: (id: ts.Identifier) => void): void {
  if (ts.isIdentifier(name)) return f(name);
  for (const el of name.elements) if (!ts.isOmittedExpression(el)) collectBoundIds(el.name, f);
}
function collectBound(name: ts.BindingName, out: Set<string>): void { collectBoundIds(name, (id) => out.add(id.text)); }

function isThisParam(p: ts.ParameterDeclaration): boolean { return ts.isIdentifier(p.name) && p.name.text === "this"; }

function isIteration(n: ts.Node): boolean {
  return ts.isForStatement(n) || ts.isForInStatement(n) || ts.isForOfStatement(n) || ts.isWhileStatement(n) || ts.isDoStatement(n);
}

/** Nodes that exist only for the type checker (erased from the JavaScript). */
function isTypeOnly(node: ts.Node): boolean {
  if (ts.isExpressionWithTypeArguments(node) && ts.isHeritageClause(node.parent) && node.parent.token === ts.SyntaxKind.ExtendsKeyword) return false;
  return ts.isTypeNode(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node) || ts.isTypeParameterDeclaration(node) ||
    ts.isIndexSignatureDeclaration(node) || (ts.isHeritageClause(node) && node.token === ts.SyntaxKind.ImplementsKeyword) ||
    ts.isModuleDeclaration(node) && !!node.modifiers?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword) ||
    ((ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isVariableStatement(node) || ts.isEnumDeclaration(node)) &&
      !!node.modifiers?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword)) ||
    ts.isPropertyDeclaration(node) && !!node.modifiers?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword || m.kind === ts.SyntaxKind.AbstractKeyword);
}

/** Is this identifier a variable's name (a reference, binding or label), not a property name? */
function isValueName(id: ts.Identifier): boolean {
  const p = id.parent;
  if (!p) return false;
  if (ts.isPropertyAccessExpression(p) && p.name === id || ts.isQualifiedName(p) && p.right === id) return false;
  if ((ts.isPropertyAssignment(p) || ts.isMethodDeclaration(p) || ts.isPropertyDeclaration(p) || ts.isGetAccessorDeclaration(p) ||
    ts.isSetAccessorDeclaration(p) || ts.isPropertySignature(p) || ts.isMethodSignature(p) || ts.isEnumMember(p)) && p.name === id) return false;
  if (ts.isBindingElement(p) && p.propertyName === id) return false;
  if ((ts.isBreakStatement(p) || ts.isContinueStatement(p)) && p.label === id) return false;
  if (ts.isMetaProperty(p) || ts.isJsxAttribute(p) || ts.isImportSpecifier(p) && p.propertyName === id || ts.isExportSpecifier(p) || ts.isImportAttribute(p)) return false;
  if (ts.isNamespaceExport(p)) return false;
  return true;
}
