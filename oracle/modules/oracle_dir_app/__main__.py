import sys
import os
print("directory app:", __name__)
print(os.path.basename(sys.path[0]), os.path.basename(sys.argv[0]), sys.argv[1:])
