print("report.py runs as", __name__)
TOTAL = 3


def main():
    print("main(): writing the report")


if __name__ == "__main__":
    main()
