from thermometer import (
    least_squares,
    loss_fn,
    polynomial,
    train_t_c,
    train_t_un,
    val_t_c,
    val_t_un,
)

print("degree  training loss  validation loss")
for degree in range(8):
    coeffs = least_squares(train_t_un, train_t_c, degree)
    train_loss = loss_fn(polynomial(train_t_un, coeffs), train_t_c)
    val_loss = loss_fn(polynomial(val_t_un, coeffs), val_t_c)
    print(f"{degree:6}  {train_loss:13.4f}  {val_loss:15.4f}")
