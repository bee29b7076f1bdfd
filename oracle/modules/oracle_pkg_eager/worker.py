print("worker runs as", __name__)
