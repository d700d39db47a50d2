import torch

# Two ways to be wrong by 8 °C in total over four readings.
spread_out = torch.tensor([2.0, 2.0, 2.0, 2.0])
one_big_miss = torch.tensor([0.0, 0.0, 0.0, 8.0])

print("               mean |error|   mean error²")
for name, errors in [("spread out", spread_out), ("one big miss", one_big_miss)]:
    print(f"{name:>12} {errors.abs().mean():14.1f} {(errors**2).mean():13.1f}")

# How steeply each penalty changes as an error shrinks towards zero.
print("\nerror   slope of |error|   slope of error²")
for error in [4.0, 1.0, 0.1, 0.0]:
    slope_abs = torch.sign(torch.tensor(error)).item()  # at 0 |error| has no slope
    print(f"{error:5} {slope_abs:18.0f} {2 * error:17.1f}")
