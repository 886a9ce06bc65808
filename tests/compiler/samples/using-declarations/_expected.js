import * as st from "rivulet";
// `using` and `await using` are lowered to try/finally: Node 20 does not know them.
export default async function run($rt) {
  function _usingCtx2() { var r = "function" == typeof SuppressedError ? SuppressedError : function (r, e) { var n = Error(); return n.name = "SuppressedError", n.error = r, n.suppressed = e, n; }, e = {}, n = []; function using(r, e) { if (null != e) { if (Object(e) !== e) throw new TypeError("using declarations can only be used with objects, functions, null, or undefined."); if (r) var o = e[Symbol.asyncDispose || Symbol.for("Symbol.asyncDispose")]; if (void 0 === o && (o = e[Symbol.dispose || Symbol.for("Symbol.dispose")], r)) var t = o; if ("function" != typeof o) throw new TypeError("Object is not disposable."); t && (o = function () { try { t.call(e); } catch (r) { $rt.rethrow(r); return Promise.reject(r); } }), n.push({ v: e, d: o, a: r }); } else r && n.push({ d: e, a: r }); return e; } return { e: e, u: using.bind(null, !1), a: using.bind(null, !0), d: function () { var o, t = this.e, s = 0; function next() { for (; o = n.pop();) { if ($rt.halt[0] !== 0) $rt.checkpoint(); try { if (!o.a && 1 === s) return s = 0, n.push(o), Promise.resolve().then(next); if (o.d) { var r = o.d.call(o.v); if (o.a) return s |= 2, Promise.resolve(r).then(next, err); } else s |= 1; } catch (r) { $rt.rethrow(r); return err(r); } } if (1 === s) return t !== e ? Promise.reject(t) : Promise.resolve(); if (t !== e) throw $rt.thrown(t); } function err(n) { return t = t !== e ? new r(n, t) : n, next(); } return next(); } }; }
  try {
    var _usingCtx = _usingCtx2();
    try {
      var _usingCtx3 = _usingCtx2();
      const file = _usingCtx3.u({
        [Symbol.dispose]() {
          $rt.call("fn0/text.0", st, "text", "closed");
        }
      });
      $rt.call("text.0", st, "text", "reading");
    } catch (_) {
      $rt.rethrow(_);
      _usingCtx3.e = _;
    } finally {
      _usingCtx3.d();
    }
    var connection = _usingCtx.a({
      async [Symbol.asyncDispose]() {
        $rt.call("fn1/text.0", st, "text", "disconnected");
      }
    });
    $rt.call("text.1", st, "text", "connected");
  } catch (_) {
    $rt.rethrow(_);
    _usingCtx.e = _;
  } finally {
    $rt.resume(await $rt.pause(_usingCtx.d()));
  }
}
