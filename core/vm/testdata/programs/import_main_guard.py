import sys
DATA = __file__.rsplit('/', 1)[0] + '/import_data'
sys.path.insert(0, DATA)
import greet


def main():
    print('main runs', __name__)


if __name__ == '__main__':
    main()
print(greet.__name__ == '__main__')
