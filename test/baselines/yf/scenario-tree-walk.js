import * as __pycoro from "pycoro/internal";
// Scenario (test_generators.py's tree traversals): recursive yield* over a binary tree, in-order,
// pre-order and post-order; each walk returns the number of nodes it visited (the value of yield*);
// a throw() from the consumer lands in the deepest frame; close() mid-walk unwinds every level.
// (Recursive generators use anonymous function expressions so that the recursive call goes through
// the const holding the marked function, never through a function expression's own name.)
import { StopIteration } from "pycoro";
import { attempt, list, print } from "../../_lib/py.js";
class Node {
    label;
    left;
    right;
    constructor(label, left = null, right = null) {
        this.label = label;
        this.left = left;
        this.right = right;
    }
}
function tree(s) {
    // build a balanced tree from a string: middle char is the root
    if (!s)
        return null;
    const i = Math.floor(s.length / 2);
    return new Node(s[i], tree(s.slice(0, i)), tree(s.slice(i + 1)));
}
const inorder = __pycoro.defineGenerator(class inorder$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.t = p0;
        this.l = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let r_;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0:
                        if (!$f.t) {
                            $f.t = $f.l = void 0;
                            return 0;
                        }
                        return __pycoro.yieldFrom($f, inorder($f.t.left), 1);
                    case 1:
                        $f.l = $v;
                        $v = $f.t.label;
                        $f.$s = 2;
                        return $v;
                    case 2: return __pycoro.yieldFrom($f, inorder($f.t.right), 3);
                    case 3:
                        r_ = $v;
                        {
                            $v = $f.l + 1 + r_;
                            $f.t = $f.l = void 0;
                            return $v;
                        }
                }
        }
        catch ($e) {
            $f.t = $f.l = void 0;
            throw $e;
        }
    }
    $next(v) {
        const s = this.$s;
        if ((s > 0 && this.$yf === null) || (s === 0 && v == null)) {
            this.$s = -2;
            let r;
            try {
                r = this.$step(s, v, 0);
            }
            catch (e) {
                throw __pycoro.stepError(this, e);
            }
            if (typeof r === "symbol" && r === __pycoro.DELEGATE)
                return __pycoro.delegated(this);
            if (this.$s < 0)
                this.$s = -1;
            return r;
        }
        return __pycoro.resume(this, v, 0);
    }
    $forget() {
        this.t = this.l = void 0;
    }
    static $meta = { name: "inorder", qualname: "inorder", file: "fixtures/yf/scenario-tree-walk/input.ts", line: 23, kind: "generator", locals: [["t", "t"], ["l", "l"]], lines: [23, 25, 26, 27], handled: [] };
}, C_1 => function inorder(t) {
    return new C_1(t);
});
const preorder = __pycoro.defineGenerator(class preorder$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.t = p0;
    }
    $step($s, $v, $m) {
        const $f = this;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0:
                        if (!($f.t)) {
                            {
                                $f.t = void 0;
                                return;
                            }
                        }
                        $v = $f.t.label;
                        $f.$s = 2;
                        return $v;
                    case 2: return __pycoro.yieldFrom($f, preorder($f.t.left), 3);
                    case 3: return __pycoro.yieldFrom($f, preorder($f.t.right), 4);
                    case 4: {
                        $f.t = void 0;
                        return;
                    }
                }
        }
        catch ($e) {
            $f.t = void 0;
            throw $e;
        }
    }
    $next(v) {
        const s = this.$s;
        if ((s > 0 && this.$yf === null) || (s === 0 && v == null)) {
            this.$s = -2;
            let r;
            try {
                r = this.$step(s, v, 0);
            }
            catch (e) {
                throw __pycoro.stepError(this, e);
            }
            if (typeof r === "symbol" && r === __pycoro.DELEGATE)
                return __pycoro.delegated(this);
            if (this.$s < 0)
                this.$s = -1;
            return r;
        }
        return __pycoro.resume(this, v, 0);
    }
    $forget() {
        this.t = void 0;
    }
    static $meta = { name: "preorder", qualname: "preorder", file: "fixtures/yf/scenario-tree-walk/input.ts", line: 30, kind: "generator", locals: [["t", "t"]], lines: [30, 34, 32, 33, 34], handled: [] };
}, C_2 => function preorder(t) {
    return new C_2(t);
});
const postorder = __pycoro.defineGenerator(class postorder$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.t = p0;
    }
    $step($s, $v, $m) {
        const $f = this;
        try {
            if ($m > 0) {
                throw $v;
            }
            $loop: for (;;)
                switch ($s) {
                    case 0:
                        if (!($f.t)) {
                            {
                                $f.t = void 0;
                                return;
                            }
                        }
                        return __pycoro.yieldFrom($f, postorder($f.t.left), 2);
                    case 2: return __pycoro.yieldFrom($f, postorder($f.t.right), 3);
                    case 3:
                        $v = $f.t.label;
                        $f.$s = 4;
                        return $v;
                    case 4: {
                        $f.t = void 0;
                        return;
                    }
                }
        }
        catch ($e) {
            $f.t = void 0;
            throw $e;
        }
    }
    $next(v) {
        const s = this.$s;
        if ((s > 0 && this.$yf === null) || (s === 0 && v == null)) {
            this.$s = -2;
            let r;
            try {
                r = this.$step(s, v, 0);
            }
            catch (e) {
                throw __pycoro.stepError(this, e);
            }
            if (typeof r === "symbol" && r === __pycoro.DELEGATE)
                return __pycoro.delegated(this);
            if (this.$s < 0)
                this.$s = -1;
            return r;
        }
        return __pycoro.resume(this, v, 0);
    }
    $forget() {
        this.t = void 0;
    }
    static $meta = { name: "postorder", qualname: "postorder", file: "fixtures/yf/scenario-tree-walk/input.ts", line: 37, kind: "generator", locals: [["t", "t"]], lines: [37, 41, 39, 40, 41], handled: [] };
}, C_3 => function postorder(t) {
    return new C_3(t);
});
const t = tree("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
print("inorder:", list(inorder(t)).join(""));
print("preorder:", list(preorder(t)).join(""));
print("postorder:", list(postorder(t)).join(""));
const w = inorder(t);
const seen = [];
try {
    for (;;)
        seen.push(w.send(undefined));
}
catch (e) {
    if (!(e instanceof StopIteration))
        throw e;
    print("count returned through yield*:", e.value, "for", seen.length, "labels");
}
// throw() reaches the deepest active frame; a level that catches it skips its subtree and goes on
class Skip extends Error {
}
const careful = __pycoro.defineGenerator(class careful$ {
    constructor(p0, p1) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.t = p0;
        this.depth = p1;
        this.e = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $err;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0:
                        if (!$f.t) {
                            $f.t = $f.e = void 0;
                            return;
                        }
                        $s = 1;
                    case 1: return __pycoro.yieldFrom($f, careful($f.t.left, $f.depth + 1), 4);
                    case 4:
                        $s = 2;
                        continue $loop;
                    case 3:
                        $f.e = $err;
                        if (!($f.e instanceof Skip) || $f.depth !== 2)
                            throw $f.e;
                        $v = `${$f.t.label}: skipped the rest of my left subtree`;
                        $f.$s = 5;
                        return $v;
                    case 5:
                        $s = 2;
                        continue $loop;
                    case 2:
                        $v = $f.t.label;
                        $f.$s = 6;
                        return $v;
                    case 6: return __pycoro.yieldFrom($f, careful($f.t.right, $f.depth + 1), 7);
                    case 7: {
                        $f.t = $f.e = void 0;
                        return;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 4:
                        $err = $e;
                        $s = 3;
                        continue $loop;
                }
                $f.t = $f.e = void 0;
                throw $e;
            }
        }
    }
    $next(v) {
        const s = this.$s;
        if ((s > 0 && this.$yf === null) || (s === 0 && v == null)) {
            this.$s = -2;
            let r;
            try {
                r = this.$step(s, v, 0);
            }
            catch (e) {
                throw __pycoro.stepError(this, e);
            }
            if (typeof r === "symbol" && r === __pycoro.DELEGATE)
                return __pycoro.delegated(this);
            if (this.$s < 0)
                this.$s = -1;
            return r;
        }
        return __pycoro.resume(this, v, 0);
    }
    $forget() {
        this.t = this.e = void 0;
    }
    static $meta = { name: "careful", qualname: "careful", file: "fixtures/yf/scenario-tree-walk/input.ts", line: 61, kind: "generator", locals: [["t", "t"], ["depth", "depth"], ["e", "e"]], lines: [61, 63, 67, 65, 64, 67, 69, 70], handled: [4] };
}, C_4 => function careful(t, depth) {
    return new C_4(t, depth);
});
const c = careful(t, 0);
const out = [c.send(undefined), c.send(undefined)];
out.push(c.throw(new Skip()));
for (let i = 0; i < 4; i++)
    out.push(c.send(undefined));
print("careful:", out);
// close() mid-walk: every level's finally runs, deepest first
const depthLog = [];
const tracked = __pycoro.defineGenerator(class tracked$ {
    constructor(p0, p1) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.t = p0;
        this.depth = p1;
        this.$c0 = void 0;
        this.$x0 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0:
                        if (!$f.t) {
                            $f.t = $f.$x0 = void 0;
                            return;
                        }
                        $s = 1;
                    case 1: return __pycoro.yieldFrom($f, tracked($f.t.left, $f.depth + 1), 4);
                    case 4:
                        $v = $f.t.label;
                        $f.$s = 5;
                        return $v;
                    case 5: return __pycoro.yieldFrom($f, tracked($f.t.right, $f.depth + 1), 6);
                    case 6:
                        $f.$c0 = 2;
                        $f.$x0 = void 0;
                        $s = 3;
                        continue $loop;
                    case 3:
                        {
                            depthLog.push($f.depth);
                        }
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.t = $f.$x0 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 2: {
                        $f.t = $f.$x0 = void 0;
                        return;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 1:
                    case 4:
                    case 5:
                    case 6:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 3;
                        continue $loop;
                }
                $f.t = $f.$x0 = void 0;
                throw $e;
            }
        }
    }
    $next(v) {
        const s = this.$s;
        if ((s > 0 && this.$yf === null) || (s === 0 && v == null)) {
            this.$s = -2;
            let r;
            try {
                r = this.$step(s, v, 0);
            }
            catch (e) {
                throw __pycoro.stepError(this, e);
            }
            if (typeof r === "symbol" && r === __pycoro.DELEGATE)
                return __pycoro.delegated(this);
            if (this.$s < 0)
                this.$s = -1;
            return r;
        }
        return __pycoro.resume(this, v, 0);
    }
    $forget() {
        this.t = this.$x0 = void 0;
    }
    static $meta = { name: "tracked", qualname: "tracked", file: "fixtures/yf/scenario-tree-walk/input.ts", line: 80, kind: "generator", locals: [["t", "t"], ["depth", "depth"]], lines: [80, 82, 86, 86, 83, 84, 85], handled: [4, 5, 6] };
}, C_5 => function tracked(t, depth) {
    return new C_5(t, depth);
});
const k = tracked(t, 0);
print("tracked first:", k.send(undefined), "| finished levels so far:", depthLog.length);
attempt("close mid-walk", () => k.close());
print("unwound depths:", depthLog);
