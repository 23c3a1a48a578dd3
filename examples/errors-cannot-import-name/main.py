from pkg import get_usr

print(get_usr(1))
