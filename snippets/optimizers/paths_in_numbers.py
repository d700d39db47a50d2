import torch
from thermometer import loss_fn, model, optimizer_path, t_c, t_u, t_un

runs = {  # the runs the text looks at, on each input
    "t_u": {"RMSprop": (torch.optim.RMSprop, {"lr": 0.1})},
    "t_un": {
        "momentum": (torch.optim.SGD, {"lr": 1e-2, "momentum": 0.9}),
        "RMSprop": (torch.optim.RMSprop, {"lr": 0.1}),
        "Adam": (torch.optim.Adam, {"lr": 0.1}),
    },
}
for name, x in [("t_u", t_u), ("t_un", t_un)]:
    A = torch.stack([x, torch.ones_like(x)], 1).double()
    w_best, b_best = torch.linalg.lstsq(A, t_c.double()[:, None]).solution[:, 0]
    print(f"{name}: the star is at w {w_best:.2f}, b {b_best:.2f}")
    print(f"{'first step: w':>27} {'b':>6} {'largest b step':>19}   after 200 steps")
    for label, (optimizer_class, options) in runs[name].items():
        run = optimizer_path(x, optimizer_class, **options)
        (dw, db), (w, b) = (run[1] - run[0]).tolist(), run[-1].tolist()
        largest = run[:, 1].diff().abs().max()
        loss = loss_fn(model(x, w, b), t_c)
        print(f"  {label:9} {dw:+15.2f} {db:+6.2f} {largest:19.3f}", end="   ")
        print(f"w {w:4.2f}, b {b:6.2f}, loss {loss:4.1f}")
    if name == "t_u":  # its one run, RMSprop: the steps in w after the first
        steps_w = run[:, 0].diff()[1:]
        turns = (steps_w[1:] * steps_w[:-1] < 0).sum()
        print(f"  RMSprop's {len(steps_w)} steps in w after the first:", end=" ")
        print(f"up to {steps_w.abs().max():.2f} long, changing direction {turns} times")
