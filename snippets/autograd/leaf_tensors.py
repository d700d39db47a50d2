import torch
from thermometer import loss_fn, model, t_c, t_u

params = torch.tensor([1.0, 0.0], requires_grad=True)
t_p = model(t_u, *params)
loss = loss_fn(t_p, t_c)

tensors = {"t_u": t_u, "params": params, "t_p": t_p, "loss": loss}
for name, tensor in tensors.items():
    made_by = tensor.grad_fn.name() if tensor.grad_fn else None
    print(f"{name:6}  requires_grad={tensor.requires_grad!s:5}  "
          f"is_leaf={tensor.is_leaf!s:5}  grad_fn={made_by}")  # fmt: skip
