print("heavy/gpu.py runs")
