"""Random whole-model (`"op": "sequential"`) cases with expected values from Keras.

NOT run by the tests: it writes ../sequential_extra_cases.json, in the format of
shared/fixtures/sequential_cases.json (see shared/docs/semantics.md, "Whole models"),
plus an `"exact"` flag per case.

    pip install keras jax numpy
    KERAS_BACKEND=jax python gen_sequential_extra.py [seed]

- Inputs and weights are on the quarter grid in [-2, 2] (dyadic), drawn by a seeded rng.
- Every layer's output comes from `model.predict` on a functional model whose outputs
  are all the layers; the batch axis is dropped.
- Error cases: the model is built with Keras and the exception is kept; the failing
  layer is found by building layer by layer. Error cases carry no weights.
  Keras's traceback filtering is switched off, as for shared/fixtures/sequential_cases.json:
  with it on (the default), a pool's error gets the prefix "Exception encountered when
  calling MaxPooling1D.call(). " even inside a model build; Conv1D errors are the same
  either way.
- `"exact": true` marks stacks made only of Conv1D/Dense/Activation with linear or relu,
  max pools, Flatten, Dropout and Embedding. For those the generator also checks that
  every partial sum is a float32-representable dyadic number (so any summation order
  gives the bit-exact result), and redraws the case otherwise.
"""
import json, os, random, re, sys
os.environ.setdefault("KERAS_BACKEND", "jax")
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = int(sys.argv[1]) if len(sys.argv) > 1 else 20250707
rng = random.Random(SEED)

N_CASES = 150
N_LARGE = 6
N_ERROR = 15

EXACT_ACTS = ("linear", "relu")
CONV_ACTS = ("linear", "relu", "sigmoid", "tanh")
DENSE_ACTS = ("linear", "relu", "sigmoid", "tanh", "softmax")


def grid(shape, scale=4, lim=2.0):
    """Dyadic values k/scale in [-lim, lim], so linear sums are exact in float32."""
    n = int(lim * scale)
    return (np.array([rng.randint(-n, n) for _ in range(int(np.prod(shape)))], dtype=np.float32) / scale).reshape(shape)


def norm_keras(msg):
    msg = re.sub(r"\x1b\[[0-9;]*m", "", msg)
    msg = msg.split("\n\nArguments received by")[0]
    return re.sub(r"\s*\n\n\s*", " ", msg).strip()


def f32list(a):
    return np.asarray(a, dtype=np.float32).tolist()


# ---------------------------------------------------------------- shapes (our own bookkeeping)

def conv_len(L, k, s, pad, d):
    span = d * (k - 1) + 1
    if pad == "valid":
        return (L - span) // s + 1
    return -(-L // s)


def pool_len(L, p, s, pad):
    s = s or p
    if pad == "valid":
        return (L - p) // s + 1
    return -(-L // s)


def divisors(n):
    return [g for g in range(1, n + 1) if n % g == 0]


# ---------------------------------------------------------------- random layers

def rand_conv(state, exact, big):
    _, L, C = state
    groups = 1
    if rng.random() < 0.3:
        groups = rng.choice(divisors(C))
    if big:
        filters = groups * max(1, rng.randint(8, 16) // groups)
        while filters < 8:
            filters += groups
    else:
        filters = groups * rng.randint(1, max(1, 6 // groups))
    s = rng.choice([1, 1, 1, 2, 2, 3, 4])
    d = 1 if s > 1 else rng.choice([1, 1, 2, 3, 4])
    pad = rng.choice(["valid", "same", "causal"])
    kmax = 9 if big else 7
    if pad == "valid":
        if L < 2 and rng.random() < 0.7:
            pad = rng.choice(["same", "causal"])
        else:
            while d > 1 and (L - 1) // d + 1 < 2:
                d -= 1
            kmax = max(1, min(kmax, (L - 1) // d + 1))
    k = rng.randint(1, kmax)
    act = rng.choice(EXACT_ACTS if exact else CONV_ACTS)
    use_bias = rng.random() < 0.7
    spec = {"class": "Conv1D", "filters": filters, "kernel_size": k, "strides": s, "padding": pad,
            "dilation_rate": d, "activation": act, "use_bias": use_bias, "groups": groups}
    return spec, ("seq", conv_len(L, k, s, pad, d), filters)


def rand_pool(state, exact, big):
    _, L, C = state
    cls = "MaxPooling1D" if exact or rng.random() < 0.55 else "AveragePooling1D"
    pad = rng.choice(["valid", "same"])
    pmax = 5 if big else 6
    if pad == "valid":
        pmax = max(1, min(pmax, L))
    p = rng.randint(1, pmax)
    if big:
        p = max(p, min(2, pmax))
    s = rng.choice([None, None, None, 1, 2, 3, 4])
    spec = {"class": cls, "pool_size": p, "strides": s, "padding": pad}
    return spec, ("seq", pool_len(L, p, s, pad), C)


def rand_global(state, exact, big):
    _, L, C = state
    cls = "GlobalMaxPooling1D" if exact or rng.random() < 0.5 else "GlobalAveragePooling1D"
    keep = rng.random() < 0.4
    return {"class": cls, "keepdims": keep}, (("seq", 1, C) if keep else ("flat", C))


def rand_dense(state, exact, big):
    units = rng.randint(4, 16) if big else rng.choice([1, 1, 2, 2, 3, 4, 5, 6])
    act = rng.choice(EXACT_ACTS if exact else DENSE_ACTS)
    use_bias = rng.random() < 0.7
    spec = {"class": "Dense", "units": units, "activation": act, "use_bias": use_bias}
    return spec, (("seq", state[1], units) if state[0] == "seq" else ("flat", units))


def rand_activation(state, exact, big):
    act = rng.choice(EXACT_ACTS if exact else ("linear", "relu", "sigmoid", "tanh", "softmax", "softmax"))
    return {"class": "Activation", "activation": act}, state


def rand_dropout(state, exact, big):
    return {"class": "Dropout", "rate": rng.choice([0.1, 0.2, 0.25, 0.3, 0.5, 0.75])}, state


def rand_flatten(state, exact, big):
    if state[0] == "seq":
        return {"class": "Flatten"}, ("flat", state[1] * state[2])
    return {"class": "Flatten"}, state


def rand_layer(state, exact, big):
    if state[0] == "seq":
        n_flat = state[1] * state[2]
        table = ([rand_conv] * 5 + [rand_pool] * 3 + [rand_global] * 2 + [rand_dense] * 2
                 + [rand_activation, rand_dropout])
        if n_flat <= (64 if big else 240):
            table += [rand_flatten] * 2
    else:
        table = [rand_dense] * 4 + [rand_activation, rand_dropout] + [rand_flatten] * (rng.random() < 0.15)
    return rng.choice(table)(state, exact, big)


def rand_stack(exact, big, n_layers, embedding):
    layers = []
    if embedding:
        V = rng.randint(2, 20)
        D = rng.randint(8, 16) if big else rng.randint(1, 6)
        L = rng.randint(100, 300) if big else rng.randint(1, 40)
        layers.append({"class": "Embedding", "input_dim": V, "output_dim": D})
        state = ("seq", L, D)
        x = np.array([rng.randint(0, V - 1) for _ in range(L)], dtype=np.int32)
    else:
        L = rng.randint(100, 300) if big else rng.choice(list(range(1, 6)) + list(range(1, 41)))
        C = rng.randint(8, 16) if big else rng.randint(1, 6)
        state = ("seq", L, C)
        x = grid((L, C))
    start_state = state
    while len(layers) < n_layers:
        if big and len(layers) == (1 if embedding else 0):
            spec, state = rand_conv(state, exact, big)   # large cases start with a wide conv
        else:
            spec, state = rand_layer(state, exact, big)
        layers.append(spec)
    if not embedding and any(l["class"] in ("MaxPooling1D", "GlobalMaxPooling1D") for l in layers) \
            and rng.random() < 0.35:
        x = -np.abs(x)
        x[x == 0] = -0.25   # all negative: shows that 'same' pads of a max pool are ignored, not zeros
    return x, layers, start_state


def is_exact(layers):
    for l in layers:
        c = l["class"]
        if c in ("Conv1D", "Dense", "Activation"):
            if l["activation"] not in EXACT_ACTS:
                return False
        elif c not in ("MaxPooling1D", "GlobalMaxPooling1D", "Flatten", "Dropout", "Embedding"):
            return False
    return True


# ---------------------------------------------------------------- Keras

import keras
KL = keras.layers
keras.config.disable_traceback_filtering()   # raw messages, without the `call()` decoration


def make_layer(spec, twin=False):
    c = spec["class"]
    act = lambda a: "linear" if twin else a
    if c == "Conv1D":
        return KL.Conv1D(spec["filters"], spec["kernel_size"], strides=spec["strides"], padding=spec["padding"],
                         dilation_rate=spec["dilation_rate"], groups=spec["groups"],
                         activation=act(spec["activation"]), use_bias=spec["use_bias"])
    if c == "Dense":
        return KL.Dense(spec["units"], activation=act(spec["activation"]), use_bias=spec["use_bias"])
    if c == "Embedding":
        return KL.Embedding(spec["input_dim"], spec["output_dim"])
    if c == "MaxPooling1D":
        return KL.MaxPooling1D(spec["pool_size"], strides=spec["strides"], padding=spec["padding"])
    if c == "AveragePooling1D":
        return KL.AveragePooling1D(spec["pool_size"], strides=spec["strides"], padding=spec["padding"])
    if c == "GlobalMaxPooling1D":
        return KL.GlobalMaxPooling1D(keepdims=spec["keepdims"])
    if c == "GlobalAveragePooling1D":
        return KL.GlobalAveragePooling1D(keepdims=spec["keepdims"])
    if c == "Flatten":
        return KL.Flatten()
    if c == "Dropout":
        return KL.Dropout(spec["rate"])
    if c == "Activation":
        return KL.Activation(act(spec["activation"]))
    raise ValueError(c)


def keras_input(x, layers):
    if layers[0]["class"] == "Embedding":
        return keras.Input(shape=x.shape, dtype="int32")
    return keras.Input(shape=x.shape)


def find_error(x, layers):
    """None if the model builds, else (type, layer index, normalised message)."""
    try:
        built = [make_layer(s) for s in layers]
        keras.Sequential([keras_input(x, layers)] + built)
        whole = None
    except Exception as e:  # the library's refusal is the expected result
        whole = (type(e).__name__, norm_keras(str(e)))
    t = keras_input(x, layers)
    for i, s in enumerate(layers):
        try:
            t = make_layer(s)(t)
        except Exception as e:
            step = (type(e).__name__, i, norm_keras(str(e)))
            if whole is None or (whole[0], whole[1]) != (step[0], step[2]):
                raise RuntimeError(f"Sequential and layer-by-layer disagree: {whole} vs {step}")
            return step
    if whole is not None:
        raise RuntimeError(f"Sequential failed but every layer built: {whole}")
    return None


def run_ok(x, layers):
    """Builds the functional model with every layer as an output, draws the weights, predicts."""
    inp = keras_input(x, layers)
    t, outs, objs = inp, [], []
    for s in layers:
        layer = make_layer(s)
        t = layer(t)
        outs.append(t)
        objs.append(layer)
    for s, layer in zip(layers, objs):
        shapes = [w.shape for w in layer.get_weights()]
        if not shapes:
            continue
        ws = [grid(sh) for sh in shapes]
        layer.set_weights(ws)
        if s["class"] == "Embedding":
            s["embeddings"] = ws[0].tolist()
        else:
            s["kernel"] = ws[0].tolist()
            if s["use_bias"]:
                s["bias"] = ws[1].tolist()
    model = keras.Model(inp, outs)
    ys = model.predict(x[None], verbose=0)
    if not isinstance(ys, (list, tuple)):
        ys = [ys]
    ys = [np.asarray(y[0], dtype=np.float32) for y in ys]
    return ys, int(model.count_params())


def exact_bound_ok(x, layers):
    """True if every partial sum of every Conv1D/Dense is a dyadic number float32 holds exactly.

    A twin model with |weights|, linear activations and |input| bounds every partial sum;
    values after a Conv1D/Dense are multiples of 2^-m with m = m_in + 2 (quarter-grid weights).
    """
    inp = keras_input(x, layers)
    t, outs, pairs = inp, [], []
    for s in layers:
        layer = make_layer(s, twin=True)
        t = layer(t)
        outs.append(t)
        pairs.append((s, layer))
    for s, layer in pairs:
        if s["class"] == "Embedding":
            layer.set_weights([np.abs(np.array(s["embeddings"], dtype=np.float32))])
        elif s["class"] in ("Conv1D", "Dense"):
            ws = [np.abs(np.array(s["kernel"], dtype=np.float32))]
            if s["use_bias"]:
                ws.append(np.abs(np.array(s["bias"], dtype=np.float32)))
            layer.set_weights(ws)
    xin = x if layers[0]["class"] == "Embedding" else np.abs(x)
    bounds = keras.Model(inp, outs)(xin[None])
    m = 2
    for s, b in zip(layers, bounds):
        if s["class"] in ("Conv1D", "Dense"):
            m += 2
        if float(np.max(np.asarray(b), initial=0.0)) * 1.01 * 2.0 ** m >= 2.0 ** 24:
            return False
    return True


# ---------------------------------------------------------------- cases

REDRAWN = {"not exact in float32": 0}


def ok_case(big, embedding=None):
    want_embedding = embedding
    for _ in range(200):
        exact = rng.random() < 0.45
        embedding = rng.random() < 0.15 if want_embedding is None else want_embedding
        n_layers = rng.randint(3, 6) if big else rng.choice([2, 2, 3, 3, 4, 4, 5, 6])
        x, layers, _ = rand_stack(exact, big, n_layers, embedding)
        err = find_error(x, layers)
        if err is not None:
            print("unexpected Keras error, redrawn:", err, layers, file=sys.stderr)
            continue
        ys, params = run_ok(x, layers)
        if not all(np.all(np.isfinite(y)) for y in ys):
            continue
        if is_exact(layers) and not exact_bound_ok(x, layers):
            REDRAWN["not exact in float32"] += 1
            continue
        expected = {"ok": True, "outputs": [f32list(y) for y in ys],
                    "output_shapes": [list(y.shape) for y in ys], "param_count": params}
        return x, layers, expected
    raise RuntimeError("no case found")


def error_case(kind):
    """A valid prefix, then a layer Keras refuses (`kind`), then a few more layers."""
    for _ in range(500):
        exact = rng.random() < 0.4
        embedding = rng.random() < 0.15
        n_prefix = rng.choice([0, 0, 1, 1, 2, 3])
        x, prefix, state = rand_stack(exact, False, n_prefix + (1 if embedding else 0), embedding)
        # walk the prefix again to know the shape that reaches the failing layer
        cur = state
        for s in prefix:
            cur = shape_after(cur, s)
        if cur[0] != "seq":
            continue
        _, L, C = cur
        act = rng.choice(EXACT_ACTS if exact else CONV_ACTS)
        if kind in ("conv_size", "pool_size"):
            if kind == "conv_size":
                d = rng.choice([1, 1, 2, 3])
                k_min = (L - 1) // d + 2        # smallest k with d*(k-1)+1 > L
                if k_min > 7:
                    continue
                k = rng.randint(k_min, 7)
                s = rng.choice([1, 1, 2, 3]) if d == 1 else 1
                g = rng.choice([g for g in divisors(C) if g <= 2])
                bad = {"class": "Conv1D", "filters": g * rng.randint(1, 3), "kernel_size": k, "strides": s,
                       "padding": "valid", "dilation_rate": d, "activation": act,
                       "use_bias": rng.random() < 0.7, "groups": g}
            else:
                if L + 1 > 6:
                    continue
                p = rng.randint(L + 1, 6)
                cls = "MaxPooling1D" if exact or rng.random() < 0.5 else "AveragePooling1D"
                bad = {"class": cls, "pool_size": p, "strides": rng.choice([None, None, 1, 2]),
                       "padding": "valid"}
        elif kind == "strides_dilation":
            bad = {"class": "Conv1D", "filters": rng.randint(1, 4), "kernel_size": rng.randint(1, 4),
                   "strides": rng.randint(2, 3), "padding": rng.choice(["valid", "same", "causal"]),
                   "dilation_rate": rng.randint(2, 3), "activation": act, "use_bias": True, "groups": 1}
        elif kind == "channels_groups":
            gs = [g for g in range(2, 5) if C % g != 0]
            if not gs:
                continue
            g = rng.choice(gs)
            bad = {"class": "Conv1D", "filters": g * rng.randint(1, 2), "kernel_size": rng.randint(1, 3),
                   "strides": 1, "padding": rng.choice(["same", "causal"]), "dilation_rate": 1,
                   "activation": act, "use_bias": True, "groups": g}
        elif kind == "filters_groups":
            g = rng.choice([g for g in divisors(C) if g > 1] or [0])
            if g == 0:
                continue
            f = rng.choice([f for f in range(1, 7) if f % g != 0])
            bad = {"class": "Conv1D", "filters": f, "kernel_size": rng.randint(1, 3), "strides": 1,
                   "padding": "same", "dilation_rate": 1, "activation": act, "use_bias": True, "groups": g}
        else:
            raise ValueError(kind)
        tail = []
        after = ("seq", 1, bad.get("filters", C))
        for _ in range(min(max(rng.choice([0, 0, 1, 2]), 1 - len(prefix)), 5 - len(prefix))):   # 2 to 6 layers in all
            spec, after = rand_layer(after, exact, False)
            tail.append(spec)
        layers = prefix + [bad] + tail
        err = find_error(x, layers)
        if err is None or err[1] != len(prefix):
            print("error case did not fail where planned, redrawn:", err, layers, file=sys.stderr)
            continue
        typ, idx, msg = err
        return x, layers, {"ok": False, "error": {"type": typ, "layer": idx, "message": msg}}
    raise RuntimeError("no error case found")


def shape_after(state, s):
    c = s["class"]
    if c == "Embedding":
        return state
    if c == "Conv1D":
        return ("seq", conv_len(state[1], s["kernel_size"], s["strides"], s["padding"], s["dilation_rate"]),
                s["filters"])
    if c in ("MaxPooling1D", "AveragePooling1D"):
        return ("seq", pool_len(state[1], s["pool_size"], s["strides"], s["padding"]), state[2])
    if c in ("GlobalMaxPooling1D", "GlobalAveragePooling1D"):
        return ("seq", 1, state[2]) if s["keepdims"] else ("flat", state[2])
    if c == "Flatten":
        return ("flat", state[1] * state[2]) if state[0] == "seq" else state
    if c == "Dense":
        return ("seq", state[1], s["units"]) if state[0] == "seq" else ("flat", s["units"])
    return state


def main():
    kinds = (["conv_size"] * 6 + ["pool_size"] * 4 + ["strides_dilation"] * 2
             + ["channels_groups"] * 2 + ["filters_groups"] * 1)
    assert len(kinds) == N_ERROR
    plan = ["large-embedding"] + ["large"] * (N_LARGE - 1) + kinds + ["ok"] * (N_CASES - N_LARGE - N_ERROR)
    rng.shuffle(plan)
    cases = []
    for n, what in enumerate(plan):
        if what in ("ok", "large", "large-embedding"):
            x, layers, expected = ok_case(what != "ok", True if what == "large-embedding" else None)
        else:
            x, layers, expected = error_case(what)
        if expected["ok"]:
            # our own shape bookkeeping must agree with Keras
            cur = ("seq", len(x), layers[0]["output_dim"]) if layers[0]["class"] == "Embedding" \
                else ("seq",) + tuple(x.shape)
            for s, shp in zip(layers, expected["output_shapes"]):
                cur = shape_after(cur, s)
                assert list(cur[1:]) == shp, (s, cur, shp)
        case = {"id": f"sx-{n:03d}", "op": "sequential",
                "input": x.tolist() if layers[0]["class"] == "Embedding" else f32list(x),
                "layers": layers, "exact": is_exact(layers), "expected": expected}
        cases.append(case)
        print(case["id"], what, len(layers), "exact" if case["exact"] else "", 
              "ok" if expected["ok"] else expected["error"]["message"][:60], file=sys.stderr)
    import jax
    out = {"generator": "gen_sequential_extra.py", "keras": keras.__version__, "backend": keras.backend.backend(),
           "jax": jax.__version__, "seed": SEED, "cases": cases}
    path = os.path.join(HERE, "..", "sequential_extra_cases.json")
    with open(path, "w") as f:
        json.dump(out, f)
    print("redrawn:", REDRAWN, file=sys.stderr)
    print(f"wrote {len(cases)} cases to {os.path.normpath(path)}", file=sys.stderr)


if __name__ == "__main__":
    main()
