lazy from json import *
