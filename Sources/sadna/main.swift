print("sadna")
