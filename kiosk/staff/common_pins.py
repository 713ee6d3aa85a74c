"""The most common PINs, refused as anyone's new PIN whatever their pattern (R14, R30).

No full list of the most common 6-to-12-digit PINs could be cited here
verbatim, so this list is built, and says so. ``kiosk.staff.pins`` refuses
whole families by pattern (one digit repeated, counting, a block repeated,
mirrored halves, doubled digits, keypad lines); this list adds the well-known
favourites no pattern catches, and names again the examples that led to it.

Sources:

- Issue 10 of this project (the hardening issue): 123123, 121212, 112233,
  159753, 147258, 789456, 111222, 101010, 000001, 100000 were accepted.
- Nick Berry, "PIN analysis", DataGenetics, September 2012
  (https://www.datagenetics.com/blog/september32012/): among longer numeric
  passwords, 696969, 159753 (an X on the keypad) and 007007 for six digits,
  8675309 for seven, 789456123 and 147258369 for nine (keypad rows and
  columns), 3141592654 for ten.
- Ding Wang, Qianchen Gu, Xinyi Huang and Ping Wang, "Understanding
  human-chosen PINs: characteristics, distribution and security", ACM ASIA
  CCS 2017: 6-digit PINs from leaked Chinese and English datasets, where
  520520 and 5201314 ("I love you"), 168168 and 123321 are among the most
  common, and dates and keypad patterns make up much of the rest.
- Philipp Markert et al., "This PIN Can Be Easily Guessed: Analyzing the
  Security of Smartphone Unlock PINs", IEEE S&P 2020: a blocklist of the most
  common PINs, with a throttled number of tries, is what makes guessing
  costly; a small list already removes most of the easy first guesses.
"""

COMMON_PINS = frozenset(
    {
        # named in issue 10
        "123123",
        "121212",
        "112233",
        "159753",
        "147258",
        "789456",
        "111222",
        "101010",
        "000001",
        "100000",
        # DataGenetics 2012
        "696969",
        "007007",
        "8675309",
        "789456123",
        "147258369",
        "3141592654",
        # Wang et al. 2017
        "520520",
        "5201314",
        "1314520",
        "168168",
        "123321",
        "159357",
        "147852",
        "123654",
        "142536",
        "102030",
        # keypad shapes and halves that no pattern in kiosk.staff.pins covers
        "258456",
        "147896",
        "741236",
        "963214",
        "456789123",
        "1472583690",
        "0147258369",
    }
)
