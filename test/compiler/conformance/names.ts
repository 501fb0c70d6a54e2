// Issue 8 items 3 and 4, where Python's expectation is the rule (run compiled only): a marked
// function is named after where it is stored — `const g = generator(...)` gives `g` (natively the
// identity marker would give ""), a reserved-word or non-identifier key gives that key — and a truly
// anonymous one gives "" as JavaScript does (its frames' __name__ stays "<anonymous>"). A marker
// behind a type assertion, either spelling, is still compiled.
import { generator } from "pycoro";

const g = generator(function* () { yield 1; });
const o = { delete: generator(function* () { yield 1; }), return: generator(function* () { yield 1; }), "my-gen": generator(function* () { yield 1; }) };
const anon = [generator(function* () { yield 1; })][0];
console.log(JSON.stringify([g.name, g().__name__, o.delete.name, o.delete().__name__, o.return.name, o["my-gen"].name, o["my-gen"]().__name__, anon.name, anon().__name__]));

const viaAs = (generator as any)(function* () { yield "as"; });
const viaAngle = (<any>generator)(function* () { yield "angle"; });
console.log([...viaAs(), ...viaAngle()].join());
