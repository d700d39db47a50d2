from thermometer import t_c, t_u

print(f"{len(t_c)} readings, dtype {t_c.dtype}\n")
print(" t_u (unknown)   t_c (°C)")
for unknown, celsius in zip(t_u.tolist(), t_c.tolist()):
    print(f"{unknown:14.1f} {celsius:10.1f}")
