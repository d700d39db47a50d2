import torch
from thermometer import loss_hessian, t_c, t_u, t_un

# Along each eigenvector of H, one step multiplies the error by (1 - lr * λ).
print("input  lr      steep: ×  shallow: ×  steps to shrink shallow by e")
for name, x, lr in [("t_u", t_u, 1e-2), ("t_u", t_u, 3e-4), ("t_un", t_un, 1e-2)]:
    small, large = torch.linalg.eigvalsh(loss_hessian(x, t_c)).tolist()
    steep, shallow = 1 - lr * large, 1 - lr * small
    e_fold = 1 / (lr * small)  # steps for the shallow error to shrink by a factor e
    print(f"{name:5}  {lr:<6g}  {steep:+9.4f}  {shallow:+10.5f}  {e_fold:6.0f}")
    if abs(steep) > 1:
        print(f"       (the loss, a square, grows × {steep**2:.0f} per step)")
