def main():
    print("pkg's command line")


if __name__ == "__main__":
    main()
