import matplotlib.pyplot as plt
from plotting import show
from thermometer import t_c, t_u

fig, ax = plt.subplots()
ax.scatter(t_u, t_c, zorder=3)
ax.set_xlabel("new thermometer, t_u (unknown unit)")
ax.set_ylabel("trusted thermometer, t_c (°C)")

alt = (
    f"Scatter plot of the {len(t_u)} readings: as t_u rises from {t_u.min():.0f} "
    f"to {t_u.max():.0f}, t_c rises from {t_c.min():.0f} to {t_c.max():.0f} "
    "degrees Celsius, close to a straight line."
)
show(fig, "thermometer-readings", alt)
