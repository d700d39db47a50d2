"""Train `flat_start(8)` with Adam (`lr=2.0`) for 1000 epochs as before, and
after each epoch's validation loss keep a copy (`coeffs.detach().clone()`) of
the coefficients whenever it is the lowest so far. Put that copy in
`best_coeffs`, and its epoch and loss in `best_epoch` and `best_val_loss`."""

best_coeffs = best_epoch = best_val_loss = ...  # the epoch with the lowest val loss

# ─── check ───
# Checks your best_coeffs, best_epoch and best_val_loss: run it after your cell.
assert best_coeffs is not ..., "Set best_coeffs, best_epoch and best_val_loss."
assert len(best_coeffs) == 9, "best_coeffs: the degree-8 polynomial's 9 coefficients"
with torch.no_grad():
    kept = loss_fn(polynomial(val_t_un, best_coeffs), val_t_c).item()
assert abs(kept - best_val_loss) < 1e-3 * max(1.0, kept), (
    f"best_coeffs has validation loss {kept:.4f}, not best_val_loss ="
    f" {best_val_loss:.4f}: keep a copy of the coefficients, not the tensor itself"
)
assert 1 <= best_epoch <= 1000, f"best_epoch is {best_epoch}: not one of the 1000"
print(f"Epoch {best_epoch} kept, validation loss {best_val_loss:.4f}.")
