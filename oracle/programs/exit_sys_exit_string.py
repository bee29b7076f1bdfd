import sys
print("stdout line")
sys.exit("error: something went wrong")
