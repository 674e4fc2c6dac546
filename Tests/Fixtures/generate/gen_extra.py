"""Random Conv1D / pooling cases with expected values from Keras and PyTorch.

NOT run by the tests: it writes ../keras_extra_cases.json and ../torch_extra_cases.json.
"""
import json, os, random, re, sys
os.environ.setdefault("KERAS_BACKEND", "jax")
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 20250101)


def grid(shape, scale, lim):
    """Dyadic values k/scale in [-lim, lim], so linear sums are exact in float32."""
    n = int(lim * scale)
    return (np.array([rng.randint(-n, n) for _ in range(int(np.prod(shape)))], dtype=np.float32) / scale).reshape(shape)


def norm_keras(msg):
    msg = re.sub(r"\x1b\[[0-9;]*m", "", msg)
    msg = msg.split("\n\nArguments received by")[0]
    return re.sub(r"\s*\n\n\s*", " ", msg).strip()


def f32list(a):
    return np.asarray(a, dtype=np.float32).tolist()


def keras_cases(count):
    import keras
    L = keras.layers
    cases = []
    for n in range(count):
        op = rng.choice(["conv1d"] * 6 + ["maxpool1d", "avgpool1d"] * 2 + ["globalmax", "globalavg"])
        fmt = rng.choice(["channels_last"] * 4 + ["channels_first"])
        length = rng.choice([0, 1, 2, 3] + list(range(4, 30)))
        channels = rng.randint(1, 5)
        case = {"op": op, "data_format": fmt, "id": f"kx-{op}-{n:04d}", "tags": ["extra"]}
        if op == "conv1d":
            groups = rng.choice([1, 1, 1, 2, 3])
            if groups > 1 and rng.random() < 0.8:
                channels = groups * rng.randint(1, 2)
            filters = groups * rng.randint(1, 2) if rng.random() < 0.9 else rng.randint(1, 5)
            k = rng.randint(1, 7)
            s = rng.choice([1, 1, 2, 3, 4])
            d = 1 if s > 1 and rng.random() < 0.9 else rng.choice([1, 2, 3])
            pad = rng.choice(["valid", "same", "causal"])
            act = rng.choice(["linear", "relu", "sigmoid", "tanh"])
            use_bias = rng.random() < 0.7
            case.update(filters=filters, kernel_size=k, strides=s, padding=pad, dilation_rate=d,
                        activation=act, use_bias=use_bias, groups=groups)
            cg = max(channels // groups, 1)
            kernel = grid((k, cg, filters), 64, 1)
            bias = grid((filters,), 64, 0.5)
            case["kernel"] = kernel.tolist()
            case["bias"] = bias.tolist() if use_bias else None
            make = lambda: L.Conv1D(filters, k, strides=s, padding=pad, dilation_rate=d, groups=groups,
                                    activation=act, use_bias=use_bias, data_format=fmt)
            weights = [kernel, bias] if use_bias else [kernel]
        elif op in ("maxpool1d", "avgpool1d"):
            p = rng.randint(1, 6)
            s = rng.choice([None, None, 1, 2, 3, 4])
            pad = rng.choice(["valid", "same"])
            case.update(pool_size=p, strides=s, padding=pad)
            cls = L.MaxPooling1D if op == "maxpool1d" else L.AveragePooling1D
            make = lambda: cls(p, strides=s, padding=pad, data_format=fmt)
            weights = None
        else:
            keep = rng.random() < 0.4
            length = max(length, 1)
            case.update(keepdims=keep)
            cls = L.GlobalMaxPooling1D if op == "globalmax" else L.GlobalAveragePooling1D
            make = lambda: cls(data_format=fmt, keepdims=keep)
            weights = None
        if length == 0 and fmt == "channels_last" and op != "conv1d":
            length = 1  # `[]` cannot say how many channels a pool's input has; a conv's kernel can
        x = grid((length, channels), 32, 2)
        if op == "maxpool1d" and rng.random() < 0.4:
            x = -np.abs(x) - 0.03125
        xin = x if fmt == "channels_last" else x.T
        case["input"] = xin.tolist()
        try:
            inp = keras.Input(shape=xin.shape)
            layer = make()
            out = layer(inp)
            if weights is not None:
                layer.set_weights(weights)
            y = keras.Model(inp, out).predict(xin[None], verbose=0)[0]
            case["expected"] = {"ok": True, "output": f32list(y), "output_shape": list(y.shape),
                                "param_count": int(layer.count_params())}
        except Exception as e:  # the library's refusal is the expected result
            case["expected"] = {"ok": False, "error": {"type": type(e).__name__, "message": norm_keras(str(e))}}
        if not case["expected"]["ok"] or np.all(np.isfinite(np.array(case["expected"]["output"], dtype=np.float64))):
            cases.append(case)
    return cases


def torch_cases(count):
    import torch
    import torch.nn as nn
    cases = []
    for n in range(count):
        op = rng.choice(["conv1d"] * 3 + ["maxpool1d", "avgpool1d"])
        length = rng.randint(1, 25)
        channels = rng.randint(1, 4)
        case = {"op": op, "framework": "pytorch", "id": f"tx-{op}-{n:04d}", "tags": ["extra"]}
        if op == "conv1d":
            groups = rng.choice([1, 1, 1, 2])
            if groups > 1:
                channels = 2 * rng.randint(1, 2)
            out_ch = groups * rng.randint(1, 2)
            k = rng.randint(1, 6)
            s = rng.choice([1, 1, 2, 3])
            d = rng.choice([1, 1, 2, 3])
            padding = rng.choice([0, 1, 2, 3, 4, "same", "valid"])
            mode = rng.choice(["zeros", "zeros", "reflect", "replicate", "circular"])
            use_bias = rng.random() < 0.7
            case.update(stride=s, padding=padding, dilation=d, groups=groups, use_bias=use_bias, padding_mode=mode)
            w = grid((out_ch, channels // groups, k), 64, 1)
            b = grid((out_ch,), 64, 0.5)
            case["weight"] = w.tolist()
            case["bias"] = b.tolist() if use_bias else None

            def run(x):
                m = nn.Conv1d(channels, out_ch, k, stride=s, padding=padding, dilation=d, groups=groups,
                              bias=use_bias, padding_mode=mode)
                with torch.no_grad():
                    m.weight.copy_(torch.from_numpy(w))
                    if use_bias:
                        m.bias.copy_(torch.from_numpy(b))
                    return m(x), sum(p.numel() for p in m.parameters())
        else:
            k = rng.randint(1, 6)
            s = rng.choice([None, 1, 2, 3])
            pad = rng.randint(0, 3)
            ceil = rng.random() < 0.5
            case.update(kernel_size=k, stride=s, padding=pad, ceil_mode=ceil)
            if op == "maxpool1d":
                d = rng.choice([1, 1, 2])
                case["dilation"] = d
                make = lambda: nn.MaxPool1d(k, stride=s, padding=pad, dilation=d, ceil_mode=ceil)
            else:
                cip = rng.random() < 0.5
                case["count_include_pad"] = cip
                make = lambda: nn.AvgPool1d(k, stride=s, padding=pad, ceil_mode=ceil, count_include_pad=cip)

            def run(x):
                with torch.no_grad():
                    return make()(x), 0
        x = grid((channels, length), 32, 2)
        case["input"] = x.tolist()
        try:
            y, params = run(torch.from_numpy(x))
            y = y.numpy()
            case["expected"] = {"ok": True, "output": f32list(y), "output_shape": list(y.shape), "param_count": int(params)}
        except Exception as e:
            case["expected"] = {"ok": False, "error": {"type": type(e).__name__, "message": str(e)}}
        cases.append(case)
    return cases


def dump(name, cases, note):
    with open(os.path.join(HERE, "..", name), "w") as f:
        json.dump({"generator": "generate/gen_extra.py", "note": note, "count": len(cases), "cases": cases}, f)


if __name__ == "__main__":
    which = sys.argv[2] if len(sys.argv) > 2 else "both"
    if which in ("both", "keras"):
        dump("keras_extra_cases.json", keras_cases(130), "Random extra cases; expected values from Keras (jax backend).")
    if which in ("both", "torch"):
        dump("torch_extra_cases.json", torch_cases(90), "Random extra cases; expected values from PyTorch (CPU).")
