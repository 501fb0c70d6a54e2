import * as __pycoro from "pycoro/internal";
// Scenario (test_coroutines.py spirit; AW-03, AW-06, AW-07, AG-16): `await using` (async with) and
// `for await` (async for) together. A pool whose connections are async context managers, a
// transaction manager that commits or rolls back (suppressing a Rollback request), and a cursor that
// is both a class-based async iterator and an async context manager; every I/O step is an await
// the driver sees. JavaScript has no for...else: a flag stands for it (the twin uses else).
import { anext, AsyncContextManager, StopAsyncIteration, StopIteration } from "pycoro";
import { attempt, print, repr, tuple } from "../../_lib/py.js";
import { io } from "../../_lib/coro.js";
class Rollback extends Error {
}
class DbError extends Error {
}
function complete(aw) {
    const ys = [];
    try {
        while (true)
            ys.push(aw.send(undefined));
    }
    catch (e) {
        if (e instanceof StopIteration)
            return tuple("io", ys, "result", e.value);
        throw e;
    }
}
const log = [];
const TABLE = { users: ["ann", "bob", "cy", "dee"], empty: [] };
let ___aenter__$1, ___aexit__$2, ___anext__$3;
class Cursor extends AsyncContextManager {
    conn;
    table;
    i = 0;
    constructor(conn, table) {
        super();
        this.conn = conn;
        this.table = table;
    }
    __aenter__() {
        return new (___aenter__$1 ??= __pycoro.frameClass(class __aenter__$ {
            constructor(p0) {
                this.$s = 0;
                this.$yf = null;
                this.$own = null;
                this.$t = p0;
            }
            $step($s, $v, $m) {
                const $f = this;
                let $w;
                try {
                    if ($m > 0) {
                        throw $v;
                    }
                    $loop: for (;;)
                        switch ($s) {
                            case 0: if (($w = io(`${$f.$t.conn.name}: open cursor on ${$f.$t.table}`)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                                $w.$s = -2;
                                try {
                                    $v = $w.$step(0, void 0, $m - 1);
                                }
                                catch ($e) {
                                    throw __pycoro.awaitRaised($w, $e);
                                }
                                if ($v === __pycoro.DELEGATE) {
                                    $f.$yf = $w;
                                    $f.$s = 1;
                                    return $v;
                                }
                                $w.$s = -1;
                            }
                            else if (($v = __pycoro.awaitOther($f, $w, 1)) === __pycoro.DELEGATE)
                                return $v;
                            case 1: {
                                $v = $f.$t;
                                $f.$t = void 0;
                                return $v;
                            }
                        }
                }
                catch ($e) {
                    $f.$t = void 0;
                    throw $e;
                }
            }
            $forget() {
                this.$t = void 0;
            }
            static $meta = { name: "__aenter__", qualname: "Cursor.__aenter__", file: "fixtures/aw/scenario-with-and-for/input.ts", line: 31, kind: "coroutine", locals: [], lines: [31, 33] };
        }, __pycoro.Coroutine))(this);
    }
    __aexit__(_et, _ev, _tb) {
        return new (___aexit__$2 ??= __pycoro.frameClass(class __aexit__$ {
            constructor(p0, p1, p2, p3) {
                this.$s = 0;
                this.$yf = null;
                this.$own = null;
                this.$t = p0;
                this._et = p1;
                this._ev = p2;
                this._tb = p3;
            }
            $step($s, $v, $m) {
                const $f = this;
                let $w;
                try {
                    if ($m > 0) {
                        throw $v;
                    }
                    $loop: for (;;)
                        switch ($s) {
                            case 0: if (($w = io(`${$f.$t.conn.name}: close cursor at row ${$f.$t.i}`)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                                $w.$s = -2;
                                try {
                                    $v = $w.$step(0, void 0, $m - 1);
                                }
                                catch ($e) {
                                    throw __pycoro.awaitRaised($w, $e);
                                }
                                if ($v === __pycoro.DELEGATE) {
                                    $f.$yf = $w;
                                    $f.$s = 1;
                                    return $v;
                                }
                                $w.$s = -1;
                            }
                            else if (($v = __pycoro.awaitOther($f, $w, 1)) === __pycoro.DELEGATE)
                                return $v;
                            case 1: {
                                $f._et = $f._ev = $f._tb = $f.$t = void 0;
                                return false;
                            }
                        }
                }
                catch ($e) {
                    $f._et = $f._ev = $f._tb = $f.$t = void 0;
                    throw $e;
                }
            }
            $forget() {
                this._et = this._ev = this._tb = this.$t = void 0;
            }
            static $meta = { name: "__aexit__", qualname: "Cursor.__aexit__", file: "fixtures/aw/scenario-with-and-for/input.ts", line: 36, kind: "coroutine", locals: [["_et", "_et"], ["_ev", "_ev"], ["_tb", "_tb"]], lines: [36, 38] };
        }, __pycoro.Coroutine))(this, _et, _ev, _tb);
    }
    __aiter__() {
        return this;
    }
    __anext__() {
        return new (___anext__$3 ??= __pycoro.frameClass(class __anext__$ {
            constructor(p0) {
                this.$s = 0;
                this.$yf = null;
                this.$own = null;
                this.$t = p0;
                this.rows = void 0;
            }
            $step($s, $v, $m) {
                const $f = this;
                let $w;
                try {
                    if ($m > 0) {
                        throw $v;
                    }
                    $loop: for (;;)
                        switch ($s) {
                            case 0:
                                $f.rows = TABLE[$f.$t.table];
                                if ($f.rows === undefined)
                                    throw new DbError(`no table ${$f.$t.table}`);
                                if ($f.$t.i >= $f.rows.length)
                                    throw new StopAsyncIteration();
                                if (($w = io(`${$f.$t.conn.name}: fetch ${$f.$t.i}`)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                                    $w.$s = -2;
                                    try {
                                        $v = $w.$step(0, void 0, $m - 1);
                                    }
                                    catch ($e) {
                                        throw __pycoro.awaitRaised($w, $e);
                                    }
                                    if ($v === __pycoro.DELEGATE) {
                                        $f.$yf = $w;
                                        $f.$s = 1;
                                        return $v;
                                    }
                                    $w.$s = -1;
                                }
                                else if (($v = __pycoro.awaitOther($f, $w, 1)) === __pycoro.DELEGATE)
                                    return $v;
                            case 1:
                                $f.$t.i += 1;
                                {
                                    $v = $f.rows[$f.$t.i - 1];
                                    $f.rows = $f.$t = void 0;
                                    return $v;
                                }
                        }
                }
                catch ($e) {
                    $f.rows = $f.$t = void 0;
                    throw $e;
                }
            }
            $forget() {
                this.rows = this.$t = void 0;
            }
            static $meta = { name: "__anext__", qualname: "Cursor.__anext__", file: "fixtures/aw/scenario-with-and-for/input.ts", line: 44, kind: "coroutine", locals: [["rows", "rows"]], lines: [44, 49] };
        }, __pycoro.Coroutine))(this);
    }
}
let ___aenter__$4, ___aexit__$5;
class Transaction extends AsyncContextManager {
    conn;
    constructor(conn) {
        super();
        this.conn = conn;
    }
    __aenter__() {
        return new (___aenter__$4 ??= __pycoro.frameClass(class __aenter__$ {
            constructor(p0) {
                this.$s = 0;
                this.$yf = null;
                this.$own = null;
                this.$t = p0;
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
                                log.push(`${$f.$t.conn.name}: begin`);
                                {
                                    $v = $f.$t;
                                    $f.$t = void 0;
                                    return $v;
                                }
                        }
                }
                catch ($e) {
                    $f.$t = void 0;
                    throw $e;
                }
            }
            $forget() {
                this.$t = void 0;
            }
            static $meta = { name: "__aenter__", qualname: "Transaction.__aenter__", file: "fixtures/aw/scenario-with-and-for/input.ts", line: 59, kind: "coroutine", locals: [], lines: [59] };
        }, __pycoro.Coroutine))(this);
    }
    __aexit__(et, _ev, _tb) {
        return new (___aexit__$5 ??= __pycoro.frameClass(class __aexit__$ {
            constructor(p0, p1, p2, p3) {
                this.$s = 0;
                this.$yf = null;
                this.$own = null;
                this.$t = p0;
                this.et = p1;
                this._ev = p2;
                this._tb = p3;
            }
            $step($s, $v, $m) {
                const $f = this;
                let $w;
                try {
                    if ($m > 0) {
                        throw $v;
                    }
                    $loop: for (;;)
                        switch ($s) {
                            case 0:
                                if (!($f.et === undefined)) {
                                    $s = 1;
                                    continue $loop;
                                }
                                if (($w = io(`${$f.$t.conn.name}: commit`)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                                    $w.$s = -2;
                                    try {
                                        $v = $w.$step(0, void 0, $m - 1);
                                    }
                                    catch ($e) {
                                        throw __pycoro.awaitRaised($w, $e);
                                    }
                                    if ($v === __pycoro.DELEGATE) {
                                        $f.$yf = $w;
                                        $f.$s = 2;
                                        return $v;
                                    }
                                    $w.$s = -1;
                                }
                                else if (($v = __pycoro.awaitOther($f, $w, 2)) === __pycoro.DELEGATE)
                                    return $v;
                            case 2:
                                log.push(`${$f.$t.conn.name}: commit`);
                                {
                                    $f.et = $f._ev = $f._tb = $f.$t = void 0;
                                    return false;
                                }
                            case 1: if (($w = io(`${$f.$t.conn.name}: rollback`)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                                $w.$s = -2;
                                try {
                                    $v = $w.$step(0, void 0, $m - 1);
                                }
                                catch ($e) {
                                    throw __pycoro.awaitRaised($w, $e);
                                }
                                if ($v === __pycoro.DELEGATE) {
                                    $f.$yf = $w;
                                    $f.$s = 3;
                                    return $v;
                                }
                                $w.$s = -1;
                            }
                            else if (($v = __pycoro.awaitOther($f, $w, 3)) === __pycoro.DELEGATE)
                                return $v;
                            case 3:
                                log.push(`${$f.$t.conn.name}: rollback after ${$f.et.name}`);
                                {
                                    $v = $f.et === Rollback || $f.et.prototype instanceof Rollback;
                                    $f.et = $f._ev = $f._tb = $f.$t = void 0;
                                    return $v;
                                }
                        }
                }
                catch ($e) {
                    $f.et = $f._ev = $f._tb = $f.$t = void 0;
                    throw $e;
                }
            }
            $forget() {
                this.et = this._ev = this._tb = this.$t = void 0;
            }
            static $meta = { name: "__aexit__", qualname: "Transaction.__aexit__", file: "fixtures/aw/scenario-with-and-for/input.ts", line: 64, kind: "coroutine", locals: [["et", "et"], ["_ev", "_ev"], ["_tb", "_tb"]], lines: [64, 69, 67, 71] };
        }, __pycoro.Coroutine))(this, et, _ev, _tb);
    }
}
let ___aenter__$6, ___aexit__$7;
class Connection extends AsyncContextManager {
    pool;
    name;
    constructor(pool, name) {
        super();
        this.pool = pool;
        this.name = name;
    }
    query(table) {
        return new Cursor(this, table);
    }
    transaction() {
        return new Transaction(this);
    }
    __aenter__() {
        return new (___aenter__$6 ??= __pycoro.frameClass(class __aenter__$ {
            constructor(p0) {
                this.$s = 0;
                this.$yf = null;
                this.$own = null;
                this.$t = p0;
            }
            $step($s, $v, $m) {
                const $f = this;
                let $w;
                try {
                    if ($m > 0) {
                        throw $v;
                    }
                    $loop: for (;;)
                        switch ($s) {
                            case 0: if (($w = io(`${$f.$t.name}: acquire`)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                                $w.$s = -2;
                                try {
                                    $v = $w.$step(0, void 0, $m - 1);
                                }
                                catch ($e) {
                                    throw __pycoro.awaitRaised($w, $e);
                                }
                                if ($v === __pycoro.DELEGATE) {
                                    $f.$yf = $w;
                                    $f.$s = 1;
                                    return $v;
                                }
                                $w.$s = -1;
                            }
                            else if (($v = __pycoro.awaitOther($f, $w, 1)) === __pycoro.DELEGATE)
                                return $v;
                            case 1: {
                                $v = $f.$t;
                                $f.$t = void 0;
                                return $v;
                            }
                        }
                }
                catch ($e) {
                    $f.$t = void 0;
                    throw $e;
                }
            }
            $forget() {
                this.$t = void 0;
            }
            static $meta = { name: "__aenter__", qualname: "Connection.__aenter__", file: "fixtures/aw/scenario-with-and-for/input.ts", line: 87, kind: "coroutine", locals: [], lines: [87, 89] };
        }, __pycoro.Coroutine))(this);
    }
    __aexit__(et, _ev, _tb) {
        return new (___aexit__$7 ??= __pycoro.frameClass(class __aexit__$ {
            constructor(p0, p1, p2, p3) {
                this.$s = 0;
                this.$yf = null;
                this.$own = null;
                this.$t = p0;
                this.et = p1;
                this._ev = p2;
                this._tb = p3;
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
                                $f.$t.pool.free.push($f.$t.name);
                                log.push(`${$f.$t.name}: released (${$f.et ? $f.et.name : "ok"})`);
                                {
                                    $f.et = $f._ev = $f._tb = $f.$t = void 0;
                                    return false;
                                }
                        }
                }
                catch ($e) {
                    $f.et = $f._ev = $f._tb = $f.$t = void 0;
                    throw $e;
                }
            }
            $forget() {
                this.et = this._ev = this._tb = this.$t = void 0;
            }
            static $meta = { name: "__aexit__", qualname: "Connection.__aexit__", file: "fixtures/aw/scenario-with-and-for/input.ts", line: 92, kind: "coroutine", locals: [["et", "et"], ["_ev", "_ev"], ["_tb", "_tb"]], lines: [92] };
        }, __pycoro.Coroutine))(this, et, _ev, _tb);
    }
}
class Pool {
    free;
    constructor(n) {
        this.free = Array.from({ length: n }, (_, i) => `c${i}`);
    }
    connection() {
        return new Connection(this, this.free.shift());
    }
}
const pool = new Pool(2);
const namesUntil = __pycoro.defineCoroutine(class names_until$ {
    constructor(p0, p1) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.table = p0;
        this.stop = p1;
        this.out = void 0;
        this.conn = void 0;
        this.cur = void 0;
        this.broke = void 0;
        this.name = void 0;
        this.$mgr = void 0;
        this.$exit = void 0;
        this.$ok = void 0;
        this.$exc = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
        this.$mgr1 = void 0;
        this.$exit1 = void 0;
        this.$ok1 = void 0;
        this.$exc1 = void 0;
        this.$c2 = void 0;
        this.$x2 = void 0;
        this.$ait = void 0;
        this.$r = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $w;
        let $err;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0:
                        $f.out = [];
                        $f.$mgr = pool.connection();
                        $f.$exit = __pycoro.aexitOf($f.$mgr);
                        if (($w = __pycoro.aenter($f.$mgr)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 1;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 1)) === __pycoro.DELEGATE)
                            return $v;
                    case 1:
                        $f.conn = $v;
                        $f.$ok = true;
                        $s = 2;
                    case 2: $s = 5;
                    case 5:
                        $f.$mgr1 = $f.conn.query($f.table);
                        $f.$exit1 = __pycoro.aexitOf($f.$mgr1);
                        if (($w = __pycoro.aenter($f.$mgr1)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 8;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 8)) === __pycoro.DELEGATE)
                            return $v;
                    case 8:
                        $f.cur = $v;
                        $f.$ok1 = true;
                        $s = 9;
                    case 9: $s = 12;
                    case 12:
                        $f.broke = false;
                        $f.$ait = __pycoro.aiter($f.cur);
                    case 15: $s = 17;
                    case 17: if (($w = __pycoro.anext($f.$ait)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                        $w.$s = -2;
                        try {
                            $v = $w.$step(0, void 0, $m - 1);
                        }
                        catch ($e) {
                            throw __pycoro.awaitRaised($w, $e);
                        }
                        if ($v === __pycoro.DELEGATE) {
                            $f.$yf = $w;
                            $f.$s = 20;
                            return $v;
                        }
                        $w.$s = -1;
                    }
                    else if (($v = __pycoro.awaitOther($f, $w, 20)) === __pycoro.DELEGATE)
                        return $v;
                    case 20:
                        $f.$r = $v;
                        $s = 18;
                        continue $loop;
                    case 19:
                        if ($err instanceof __pycoro.StopAsyncIteration) {
                            $s = 16;
                            continue $loop;
                        }
                        throw $err;
                    case 18:
                        $f.name = $f.$r;
                        {
                            if ($f.name === $f.stop) {
                                $f.broke = true;
                                {
                                    $s = 16;
                                    continue $loop;
                                }
                            }
                            $f.out.push($f.name);
                        }
                        $s = 15;
                        continue $loop;
                    case 16:
                        if (!$f.broke)
                            $f.out.push("<end>");
                        $s = 13;
                        continue $loop;
                    case 14:
                        $f.$ok1 = false;
                        $f.$exc1 = $err;
                        if (($w = __pycoro.aexit($f.$exit1, $f.$mgr1, $f.$exc1)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 21;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 21)) === __pycoro.DELEGATE)
                            return $v;
                    case 21:
                        if ($v) {
                            $s = 22;
                            continue $loop;
                        }
                        throw $f.$exc1;
                    case 22:
                        $f.$exc1 = void 0;
                        $s = 13;
                        continue $loop;
                    case 13:
                        $f.$c2 = 10;
                        $f.$x2 = void 0;
                        $s = 11;
                        continue $loop;
                    case 11:
                        if (!($f.$ok1)) {
                            $s = 23;
                            continue $loop;
                        }
                        if (($w = __pycoro.aexit($f.$exit1, $f.$mgr1, void 0)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 24;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 24)) === __pycoro.DELEGATE)
                            return $v;
                    case 23:
                    case 24:
                        if ($f.$c2 === -1)
                            throw $f.$x2;
                        if ($f.$c2 === -2) {
                            $f.$c0 = -2;
                            $f.$x0 = $f.$x2;
                            $s = 4;
                            continue $loop;
                        }
                        $s = $f.$c2;
                        continue $loop;
                    case 10:
                        $s = 6;
                        continue $loop;
                    case 7:
                        $f.$ok = false;
                        $f.$exc = $err;
                        if (($w = __pycoro.aexit($f.$exit, $f.$mgr, $f.$exc)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 25;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 25)) === __pycoro.DELEGATE)
                            return $v;
                    case 25:
                        if ($v) {
                            $s = 26;
                            continue $loop;
                        }
                        throw $f.$exc;
                    case 26:
                        $f.$exc = void 0;
                        $s = 6;
                        continue $loop;
                    case 6:
                        $f.$c0 = 3;
                        $f.$x0 = void 0;
                        $s = 4;
                        continue $loop;
                    case 4:
                        if (!($f.$ok)) {
                            $s = 27;
                            continue $loop;
                        }
                        if (($w = __pycoro.aexit($f.$exit, $f.$mgr, void 0)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 28;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 28)) === __pycoro.DELEGATE)
                            return $v;
                    case 27:
                    case 28:
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.table = $f.stop = $f.out = $f.conn = $f.cur = $f.name = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = $f.$mgr1 = $f.$exit1 = $f.$ok1 = $f.$exc1 = $f.$x2 = $f.$ait = $f.$r = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 3: {
                        $v = $f.out;
                        $f.table = $f.stop = $f.out = $f.conn = $f.cur = $f.name = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = $f.$mgr1 = $f.$exit1 = $f.$ok1 = $f.$exc1 = $f.$x2 = $f.$ait = $f.$r = void 0;
                        return $v;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 2:
                    case 7:
                    case 25:
                    case 26:
                    case 6:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 4;
                        continue $loop;
                    case 5:
                    case 8:
                    case 11:
                    case 23:
                    case 24:
                    case 10:
                        $err = $e;
                        $s = 7;
                        continue $loop;
                    case 9:
                    case 14:
                    case 21:
                    case 22:
                    case 13:
                        $f.$c2 = -1;
                        $f.$x2 = $e;
                        $s = 11;
                        continue $loop;
                    case 12:
                    case 15:
                    case 19:
                    case 18:
                    case 16:
                        $err = $e;
                        $s = 14;
                        continue $loop;
                    case 17:
                    case 20:
                        $err = $e;
                        $s = 19;
                        continue $loop;
                }
                $f.table = $f.stop = $f.out = $f.conn = $f.cur = $f.name = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = $f.$mgr1 = $f.$exit1 = $f.$ok1 = $f.$exc1 = $f.$x2 = $f.$ait = $f.$r = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.table = this.stop = this.out = this.conn = this.cur = this.name = this.$mgr = this.$exit = this.$ok = this.$exc = this.$x0 = this.$mgr1 = this.$exit1 = this.$ok1 = this.$exc1 = this.$x2 = this.$ait = this.$r = void 0;
    }
    static $meta = { name: "names_until", qualname: "names_until", file: "fixtures/aw/scenario-with-and-for/input.ts", line: 112, kind: "coroutine", locals: [["table", "table"], ["stop", "stop"], ["out", "out"], ["conn", "conn"], ["cur", "cur"], ["broke", "broke"], ["name", "name"]], lines: [112, 115, 115, 115, 115, 115, 115, 117, 117, 117, 117, 117, 117, 117, 126, 119, 119, 119, 119, 119, 119, 117, 117, 117, 117, 115, 115, 115, 115] };
}, C_1 => C_1.$fn = function names_until(table, stop) {
    return new C_1(table, stop);
});
function trial(label, fn) {
    log.length = 0;
    attempt(label, () => complete(fn()));
    print("  log:", log, "| free:", pool.free);
}
trial("1 break out of the rows", () => namesUntil("users", "cy"));
trial("2 all rows (the else part)", () => namesUntil("users", null));
trial("3 an empty table", () => namesUntil("empty", null));
trial("4 an error from __anext__ goes through both managers", () => namesUntil("nope", null));
const transfer = __pycoro.defineCoroutine(class transfer$ {
    constructor(p0) {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.rollbackAt = p0;
        this.conn = void 0;
        this._tx = void 0;
        this.cur = void 0;
        this.name = void 0;
        this.$mgr = void 0;
        this.$exit = void 0;
        this.$ok = void 0;
        this.$exc = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
        this.$mgr1 = void 0;
        this.$exit1 = void 0;
        this.$ok1 = void 0;
        this.$exc1 = void 0;
        this.$c2 = void 0;
        this.$x2 = void 0;
        this.$mgr2 = void 0;
        this.$exit2 = void 0;
        this.$ok2 = void 0;
        this.$exc2 = void 0;
        this.$c4 = void 0;
        this.$x4 = void 0;
        this.$ait = void 0;
        this.$r = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let $w;
        let $err;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0:
                        $f.$mgr = pool.connection();
                        $f.$exit = __pycoro.aexitOf($f.$mgr);
                        if (($w = __pycoro.aenter($f.$mgr)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 1;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 1)) === __pycoro.DELEGATE)
                            return $v;
                    case 1:
                        $f.conn = $v;
                        $f.$ok = true;
                        $s = 2;
                    case 2: $s = 5;
                    case 5:
                        $f.$mgr1 = $f.conn.transaction();
                        $f.$exit1 = __pycoro.aexitOf($f.$mgr1);
                        if (($w = __pycoro.aenter($f.$mgr1)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 8;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 8)) === __pycoro.DELEGATE)
                            return $v;
                    case 8:
                        $f._tx = $v;
                        $f.$ok1 = true;
                        $s = 9;
                    case 9: $s = 12;
                    case 12:
                        $f.$mgr2 = $f.conn.query("users");
                        $f.$exit2 = __pycoro.aexitOf($f.$mgr2);
                        if (($w = __pycoro.aenter($f.$mgr2)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 15;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 15)) === __pycoro.DELEGATE)
                            return $v;
                    case 15:
                        $f.cur = $v;
                        $f.$ok2 = true;
                        $s = 16;
                    case 16: $s = 19;
                    case 19: $f.$ait = __pycoro.aiter($f.cur);
                    case 22: $s = 24;
                    case 24: if (($w = __pycoro.anext($f.$ait)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                        $w.$s = -2;
                        try {
                            $v = $w.$step(0, void 0, $m - 1);
                        }
                        catch ($e) {
                            throw __pycoro.awaitRaised($w, $e);
                        }
                        if ($v === __pycoro.DELEGATE) {
                            $f.$yf = $w;
                            $f.$s = 27;
                            return $v;
                        }
                        $w.$s = -1;
                    }
                    else if (($v = __pycoro.awaitOther($f, $w, 27)) === __pycoro.DELEGATE)
                        return $v;
                    case 27:
                        $f.$r = $v;
                        $s = 25;
                        continue $loop;
                    case 26:
                        if ($err instanceof __pycoro.StopAsyncIteration) {
                            $s = 23;
                            continue $loop;
                        }
                        throw $err;
                    case 25:
                        $f.name = $f.$r;
                        {
                            log.push(`update ${$f.name}`);
                            if ($f.name === $f.rollbackAt)
                                throw new Rollback($f.name);
                        }
                        $s = 22;
                        continue $loop;
                    case 23:
                        $s = 20;
                        continue $loop;
                    case 21:
                        $f.$ok2 = false;
                        $f.$exc2 = $err;
                        if (($w = __pycoro.aexit($f.$exit2, $f.$mgr2, $f.$exc2)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 28;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 28)) === __pycoro.DELEGATE)
                            return $v;
                    case 28:
                        if ($v) {
                            $s = 29;
                            continue $loop;
                        }
                        throw $f.$exc2;
                    case 29:
                        $f.$exc2 = void 0;
                        $s = 20;
                        continue $loop;
                    case 20:
                        $f.$c4 = 17;
                        $f.$x4 = void 0;
                        $s = 18;
                        continue $loop;
                    case 18:
                        if (!($f.$ok2)) {
                            $s = 30;
                            continue $loop;
                        }
                        if (($w = __pycoro.aexit($f.$exit2, $f.$mgr2, void 0)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 31;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 31)) === __pycoro.DELEGATE)
                            return $v;
                    case 30:
                    case 31:
                        if ($f.$c4 === -1)
                            throw $f.$x4;
                        if ($f.$c4 === -2) {
                            $f.$c2 = -2;
                            $f.$x2 = $f.$x4;
                            $s = 11;
                            continue $loop;
                        }
                        $s = $f.$c4;
                        continue $loop;
                    case 17:
                        {
                            $f.$c2 = -2;
                            $f.$x2 = "transferred";
                            $s = 11;
                            continue $loop;
                        }
                        $s = 13;
                        continue $loop;
                    case 14:
                        $f.$ok1 = false;
                        $f.$exc1 = $err;
                        if (($w = __pycoro.aexit($f.$exit1, $f.$mgr1, $f.$exc1)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 32;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 32)) === __pycoro.DELEGATE)
                            return $v;
                    case 32:
                        if ($v) {
                            $s = 33;
                            continue $loop;
                        }
                        throw $f.$exc1;
                    case 33:
                        $f.$exc1 = void 0;
                        $s = 13;
                        continue $loop;
                    case 13:
                        $f.$c2 = 10;
                        $f.$x2 = void 0;
                        $s = 11;
                        continue $loop;
                    case 11:
                        if (!($f.$ok1)) {
                            $s = 34;
                            continue $loop;
                        }
                        if (($w = __pycoro.aexit($f.$exit1, $f.$mgr1, void 0)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 35;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 35)) === __pycoro.DELEGATE)
                            return $v;
                    case 34:
                    case 35:
                        if ($f.$c2 === -1)
                            throw $f.$x2;
                        if ($f.$c2 === -2) {
                            $f.$c0 = -2;
                            $f.$x0 = $f.$x2;
                            $s = 4;
                            continue $loop;
                        }
                        $s = $f.$c2;
                        continue $loop;
                    case 10:
                        $s = 6;
                        continue $loop;
                    case 7:
                        $f.$ok = false;
                        $f.$exc = $err;
                        if (($w = __pycoro.aexit($f.$exit, $f.$mgr, $f.$exc)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 36;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 36)) === __pycoro.DELEGATE)
                            return $v;
                    case 36:
                        if ($v) {
                            $s = 37;
                            continue $loop;
                        }
                        throw $f.$exc;
                    case 37:
                        $f.$exc = void 0;
                        $s = 6;
                        continue $loop;
                    case 6:
                        $f.$c0 = 3;
                        $f.$x0 = void 0;
                        $s = 4;
                        continue $loop;
                    case 4:
                        if (!($f.$ok)) {
                            $s = 38;
                            continue $loop;
                        }
                        if (($w = __pycoro.aexit($f.$exit, $f.$mgr, void 0)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 39;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 39)) === __pycoro.DELEGATE)
                            return $v;
                    case 38:
                    case 39:
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.rollbackAt = $f.conn = $f._tx = $f.cur = $f.name = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = $f.$mgr1 = $f.$exit1 = $f.$ok1 = $f.$exc1 = $f.$x2 = $f.$mgr2 = $f.$exit2 = $f.$ok2 = $f.$exc2 = $f.$x4 = $f.$ait = $f.$r = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 3: {
                        $f.rollbackAt = $f.conn = $f._tx = $f.cur = $f.name = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = $f.$mgr1 = $f.$exit1 = $f.$ok1 = $f.$exc1 = $f.$x2 = $f.$mgr2 = $f.$exit2 = $f.$ok2 = $f.$exc2 = $f.$x4 = $f.$ait = $f.$r = void 0;
                        return "rolled back";
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 2:
                    case 7:
                    case 36:
                    case 37:
                    case 6:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 4;
                        continue $loop;
                    case 5:
                    case 8:
                    case 11:
                    case 34:
                    case 35:
                    case 10:
                        $err = $e;
                        $s = 7;
                        continue $loop;
                    case 9:
                    case 14:
                    case 32:
                    case 33:
                    case 13:
                        $f.$c2 = -1;
                        $f.$x2 = $e;
                        $s = 11;
                        continue $loop;
                    case 12:
                    case 15:
                    case 18:
                    case 30:
                    case 31:
                    case 17:
                        $err = $e;
                        $s = 14;
                        continue $loop;
                    case 16:
                    case 21:
                    case 28:
                    case 29:
                    case 20:
                        $f.$c4 = -1;
                        $f.$x4 = $e;
                        $s = 18;
                        continue $loop;
                    case 19:
                    case 22:
                    case 26:
                    case 25:
                    case 23:
                        $err = $e;
                        $s = 21;
                        continue $loop;
                    case 24:
                    case 27:
                        $err = $e;
                        $s = 26;
                        continue $loop;
                }
                $f.rollbackAt = $f.conn = $f._tx = $f.cur = $f.name = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = $f.$mgr1 = $f.$exit1 = $f.$ok1 = $f.$exc1 = $f.$x2 = $f.$mgr2 = $f.$exit2 = $f.$ok2 = $f.$exc2 = $f.$x4 = $f.$ait = $f.$r = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.rollbackAt = this.conn = this._tx = this.cur = this.name = this.$mgr = this.$exit = this.$ok = this.$exc = this.$x0 = this.$mgr1 = this.$exit1 = this.$ok1 = this.$exc1 = this.$x2 = this.$mgr2 = this.$exit2 = this.$ok2 = this.$exc2 = this.$x4 = this.$ait = this.$r = void 0;
    }
    static $meta = { name: "transfer", qualname: "transfer", file: "fixtures/aw/scenario-with-and-for/input.ts", line: 143, kind: "coroutine", locals: [["rollbackAt", "rollbackAt"], ["conn", "conn"], ["_tx", "_tx"], ["cur", "cur"], ["name", "name"]], lines: [143, 145, 145, 145, 145, 145, 145, 145, 145, 145, 145, 145, 145, 145, 153, 147, 147, 147, 147, 147, 147, 148, 148, 148, 148, 148, 148, 148, 147, 147, 147, 147, 145, 145, 145, 145, 145, 145, 145, 145] };
}, C_2 => C_2.$fn = function transfer(rollbackAt) {
    return new C_2(rollbackAt);
});
trial("5 a transaction that commits", () => transfer(null));
trial("6 a Rollback request is swallowed by the transaction", () => transfer("bob"));
const nestedPools = __pycoro.defineCoroutine(class nested_pools$ {
    constructor() {
        this.$s = 0;
        this.$yf = null;
        this.$own = null;
        this.a = void 0;
        this.b = void 0;
        this.cur = void 0;
        this.$mgr = void 0;
        this.$exit = void 0;
        this.$ok = void 0;
        this.$exc = void 0;
        this.$c0 = void 0;
        this.$x0 = void 0;
        this.$mgr1 = void 0;
        this.$exit1 = void 0;
        this.$ok1 = void 0;
        this.$exc1 = void 0;
        this.$c2 = void 0;
        this.$x2 = void 0;
        this.$mgr2 = void 0;
        this.$exit2 = void 0;
        this.$ok2 = void 0;
        this.$exc2 = void 0;
        this.$c4 = void 0;
        this.$x4 = void 0;
    }
    $step($s, $v, $m) {
        const $f = this;
        let first_, $w;
        let $err;
        $loop: for (;;) {
            try {
                if ($m > 0) {
                    $m = 0;
                    throw $v;
                }
                switch ($s) {
                    case 0:
                        $f.$mgr = pool.connection();
                        $f.$exit = __pycoro.aexitOf($f.$mgr);
                        if (($w = __pycoro.aenter($f.$mgr)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 1;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 1)) === __pycoro.DELEGATE)
                            return $v;
                    case 1:
                        $f.a = $v;
                        $f.$ok = true;
                        $s = 2;
                    case 2: $s = 5;
                    case 5:
                        $f.$mgr1 = pool.connection();
                        $f.$exit1 = __pycoro.aexitOf($f.$mgr1);
                        if (($w = __pycoro.aenter($f.$mgr1)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 8;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 8)) === __pycoro.DELEGATE)
                            return $v;
                    case 8:
                        $f.b = $v;
                        $f.$ok1 = true;
                        $s = 9;
                    case 9: $s = 12;
                    case 12:
                        log.push(`two connections: ${$f.a.name} ${$f.b.name}, free: ${repr(pool.free)}`);
                        $f.$mgr2 = $f.a.query("users");
                        $f.$exit2 = __pycoro.aexitOf($f.$mgr2);
                        if (($w = __pycoro.aenter($f.$mgr2)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 15;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 15)) === __pycoro.DELEGATE)
                            return $v;
                    case 15:
                        $f.cur = $v;
                        $f.$ok2 = true;
                        $s = 16;
                    case 16: $s = 19;
                    case 19: if (($w = anext($f.cur)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                        $w.$s = -2;
                        try {
                            $v = $w.$step(0, void 0, $m - 1);
                        }
                        catch ($e) {
                            throw __pycoro.awaitRaised($w, $e);
                        }
                        if ($v === __pycoro.DELEGATE) {
                            $f.$yf = $w;
                            $f.$s = 22;
                            return $v;
                        }
                        $w.$s = -1;
                    }
                    else if (($v = __pycoro.awaitOther($f, $w, 22)) === __pycoro.DELEGATE)
                        return $v;
                    case 22:
                        first_ = $v;
                        {
                            $f.$c4 = -2;
                            $f.$x4 = first_;
                            $s = 18;
                            continue $loop;
                        }
                        $s = 20;
                        continue $loop;
                    case 21:
                        $f.$ok2 = false;
                        $f.$exc2 = $err;
                        if (($w = __pycoro.aexit($f.$exit2, $f.$mgr2, $f.$exc2)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 23;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 23)) === __pycoro.DELEGATE)
                            return $v;
                    case 23:
                        if ($v) {
                            $s = 24;
                            continue $loop;
                        }
                        throw $f.$exc2;
                    case 24:
                        $f.$exc2 = void 0;
                        $s = 20;
                        continue $loop;
                    case 20:
                        $f.$c4 = 17;
                        $f.$x4 = void 0;
                        $s = 18;
                        continue $loop;
                    case 18:
                        if (!($f.$ok2)) {
                            $s = 25;
                            continue $loop;
                        }
                        if (($w = __pycoro.aexit($f.$exit2, $f.$mgr2, void 0)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 26;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 26)) === __pycoro.DELEGATE)
                            return $v;
                    case 25:
                    case 26:
                        if ($f.$c4 === -1)
                            throw $f.$x4;
                        if ($f.$c4 === -2) {
                            $f.$c2 = -2;
                            $f.$x2 = $f.$x4;
                            $s = 11;
                            continue $loop;
                        }
                        $s = $f.$c4;
                        continue $loop;
                    case 17:
                        $s = 13;
                        continue $loop;
                    case 14:
                        $f.$ok1 = false;
                        $f.$exc1 = $err;
                        if (($w = __pycoro.aexit($f.$exit1, $f.$mgr1, $f.$exc1)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 27;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 27)) === __pycoro.DELEGATE)
                            return $v;
                    case 27:
                        if ($v) {
                            $s = 28;
                            continue $loop;
                        }
                        throw $f.$exc1;
                    case 28:
                        $f.$exc1 = void 0;
                        $s = 13;
                        continue $loop;
                    case 13:
                        $f.$c2 = 10;
                        $f.$x2 = void 0;
                        $s = 11;
                        continue $loop;
                    case 11:
                        if (!($f.$ok1)) {
                            $s = 29;
                            continue $loop;
                        }
                        if (($w = __pycoro.aexit($f.$exit1, $f.$mgr1, void 0)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 30;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 30)) === __pycoro.DELEGATE)
                            return $v;
                    case 29:
                    case 30:
                        if ($f.$c2 === -1)
                            throw $f.$x2;
                        if ($f.$c2 === -2) {
                            $f.$c0 = -2;
                            $f.$x0 = $f.$x2;
                            $s = 4;
                            continue $loop;
                        }
                        $s = $f.$c2;
                        continue $loop;
                    case 10:
                        $s = 6;
                        continue $loop;
                    case 7:
                        $f.$ok = false;
                        $f.$exc = $err;
                        if (($w = __pycoro.aexit($f.$exit, $f.$mgr, $f.$exc)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 31;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 31)) === __pycoro.DELEGATE)
                            return $v;
                    case 31:
                        if ($v) {
                            $s = 32;
                            continue $loop;
                        }
                        throw $f.$exc;
                    case 32:
                        $f.$exc = void 0;
                        $s = 6;
                        continue $loop;
                    case 6:
                        $f.$c0 = 3;
                        $f.$x0 = void 0;
                        $s = 4;
                        continue $loop;
                    case 4:
                        if (!($f.$ok)) {
                            $s = 33;
                            continue $loop;
                        }
                        if (($w = __pycoro.aexit($f.$exit, $f.$mgr, void 0)) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
                            $w.$s = -2;
                            try {
                                $v = $w.$step(0, void 0, $m - 1);
                            }
                            catch ($e) {
                                throw __pycoro.awaitRaised($w, $e);
                            }
                            if ($v === __pycoro.DELEGATE) {
                                $f.$yf = $w;
                                $f.$s = 34;
                                return $v;
                            }
                            $w.$s = -1;
                        }
                        else if (($v = __pycoro.awaitOther($f, $w, 34)) === __pycoro.DELEGATE)
                            return $v;
                    case 33:
                    case 34:
                        if ($f.$c0 === -1)
                            throw $f.$x0;
                        if ($f.$c0 === -2) {
                            $v = $f.$x0;
                            $f.a = $f.b = $f.cur = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = $f.$mgr1 = $f.$exit1 = $f.$ok1 = $f.$exc1 = $f.$x2 = $f.$mgr2 = $f.$exit2 = $f.$ok2 = $f.$exc2 = $f.$x4 = void 0;
                            return $v;
                        }
                        $s = $f.$c0;
                        continue $loop;
                    case 3: {
                        $f.a = $f.b = $f.cur = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = $f.$mgr1 = $f.$exit1 = $f.$ok1 = $f.$exc1 = $f.$x2 = $f.$mgr2 = $f.$exit2 = $f.$ok2 = $f.$exc2 = $f.$x4 = void 0;
                        return;
                    }
                }
            }
            catch ($e) {
                switch ($s) {
                    case 2:
                    case 7:
                    case 31:
                    case 32:
                    case 6:
                        $f.$c0 = -1;
                        $f.$x0 = $e;
                        $s = 4;
                        continue $loop;
                    case 5:
                    case 8:
                    case 11:
                    case 29:
                    case 30:
                    case 10:
                        $err = $e;
                        $s = 7;
                        continue $loop;
                    case 9:
                    case 14:
                    case 27:
                    case 28:
                    case 13:
                        $f.$c2 = -1;
                        $f.$x2 = $e;
                        $s = 11;
                        continue $loop;
                    case 12:
                    case 15:
                    case 18:
                    case 25:
                    case 26:
                    case 17:
                        $err = $e;
                        $s = 14;
                        continue $loop;
                    case 16:
                    case 21:
                    case 23:
                    case 24:
                    case 20:
                        $f.$c4 = -1;
                        $f.$x4 = $e;
                        $s = 18;
                        continue $loop;
                    case 19:
                    case 22:
                        $err = $e;
                        $s = 21;
                        continue $loop;
                }
                $f.a = $f.b = $f.cur = $f.$mgr = $f.$exit = $f.$ok = $f.$exc = $f.$x0 = $f.$mgr1 = $f.$exit1 = $f.$ok1 = $f.$exc1 = $f.$x2 = $f.$mgr2 = $f.$exit2 = $f.$ok2 = $f.$exc2 = $f.$x4 = void 0;
                throw $e;
            }
        }
    }
    $forget() {
        this.a = this.b = this.cur = this.$mgr = this.$exit = this.$ok = this.$exc = this.$x0 = this.$mgr1 = this.$exit1 = this.$ok1 = this.$exc1 = this.$x2 = this.$mgr2 = this.$exit2 = this.$ok2 = this.$exc2 = this.$x4 = void 0;
    }
    static $meta = { name: "nested_pools", qualname: "nested_pools", file: "fixtures/aw/scenario-with-and-for/input.ts", line: 160, kind: "coroutine", locals: [["a", "a"], ["b", "b"], ["cur", "cur"]], lines: [160, 161, 161, 161, 161, 161, 161, 161, 161, 161, 161, 161, 161, 161, 164, 164, 164, 164, 164, 164, 164, 166, 165, 164, 164, 164, 164, 161, 161, 161, 161, 161, 161, 161, 161] };
}, C_3 => C_3.$fn = function nested_pools() {
    return new C_3();
});
trial("7 two connections at once", () => nestedPools());
