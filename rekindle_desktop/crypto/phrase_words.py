"""The safety phrase's 2048 words: plain, kind, easy to say, each known by its first four letters.

Fixed forever: the same keys must give the same words on every version of Rekindle.
Every word is 3 to 8 letters a-z; none starts another; no two share their first four
letters; none speaks of betrayal, secrets, bodies, money, harm or death. The tests
hold all of that, and a fingerprint of the list.
"""

from __future__ import annotations

# One string split into words: 2048 list items would be 2048 lines.
WORDS: tuple[str, ...] = tuple(
    """
    aardvark abacus abalone absorb abundant acacia accent accord acorn acoustic acre
    acrobat acrylic active adagio adapt add adept admire adobe advice aerial agate
    agave aglow aim air aisle album alchemy alcove alder alfalfa alive alley allspice
    almanac almond aloe alpaca alpha alpine altitude amaze amber ambling amethyst
    amiable amigo ample amulet amuse anchor anemone angle angora animal anise anklet
    annual anorak antelope anthem antique antler anvil appear apple apricot apron aqua
    aqueduct aquifer arbor arcade arch arctic area arena argyle arise armchair armful
    armoire aroma arrange arrive arrow artist artwork arugula ascent ashore aspen
    asphalt assist aster astral astute athlete atlas atom attend attic auburn audio
    aurora author autumn avenue aviary avid avocado awake aware awesome awning axis
    azalea azure back bacon badge bagel bagpipe bakery balance balcony ballad balmy
    balsam bamboo banana bandana bangle banister banjo banner banquet banyan baobab
    barbecue barge baritone barley barn baroque barrel basalt base bashful basil basket
    bassoon batch bathtub batik baton bayberry bayou bazaar beacon beagle beaker beam
    bean beauty beaver bedrock beech beehive beetle begonia bell belt beluga bench
    bento beret berry bicycle big bilberry billow bindweed bingo biplane birch birdie
    biscuit bison bistro blanket blazer blender bless blimp blink bloom blossom blue
    bluff blush boat bobcat bobsled bobwhite bold bolero bonbon bongo bonnet bonsai
    book boombox boot border botany bottle boulder bounty bouquet bowl bowtie box
    bracelet braid bramble branch brass brave bread breeze brick bridge brief bright
    brine brioche brisk brittle broadway broccoli bronze brook broth brownie brush
    bubble bucket buddy budgie buffalo buggy bugle build bulb bulrush bumper bunch
    bundle bungalow bunkbed bunting buoyant burgundy burlap burrow bush busy button
    buzz byway cabbage cabin cactus cadet cafe cairn cake caldera calendar calf calico
    calm calypso camel camp canal candle cane canister cannoli canoe canteen canvas
    canyon cape captain capybara caramel cardigan cargo caribou carnival carousel
    carpet carrot cart cascade cashew cassette castle catnip cattle cauldron cavern
    cayenne cedar celery cello century ceramic cereal chair chalk champion charm
    checkers cheddar cheese chef cherry chestnut chiffon chili chime chipmunk chirpy
    chisel chive chorus chowder chuckle churn chutney cicada cider cilantro cinder
    cinema cinnamon circle citadel citrus city clam clarinet classic clay clematis
    clever cliff climb clip cloak clock cloth cloud clover clue clump coach coast coat
    cobalt cobble cockatoo cocoa codfish coffee coil colander coleslaw collar color
    colt comet comfort comic compass concert condor confetti conga conifer contour
    cookie cool copper coral corduroy corgi corn cosmos costume cotton courier couscous
    cove cowboy coyote cozy crab crackle craft crane crater crayon cream creek crest
    crew cricket crisp crocus croquet crouton crown crumpet crunchy crusty crystal cube
    cucumber cufflink culture cumin cup curious currant cursive curtain cushion custard
    cute cutlery cutter cycle cymbal cypress dabble daffodil dahlia dainty dairy daisy
    damp damson dancer dandy dapple dawdle dawn day dazzle debonair debut deckhand
    decor deep deer delight delta deluxe demure denim derby desert design desk dessert
    dew diadem dial diamond diesel dill dimmer dimple diner dinghy dinosaur diorama
    diploma dipper discover docile dock doghouse dogwood doily dollop dolphin domino
    donut doodle door dormouse dough dove downy dozen drapery drawer dream dress
    driveway drizzle drum dryer duck duet duffel dugout dulcimer dumpling dune durable
    durian dusk dust duvet eager eagle early earmuff earth easel east easy eatery ebony
    echo eclair eclipse ecology eddy edge educate eel egg egret elastic elated elder
    electric elegant elephant elixir elk elm eloquent embark embers emblem emerald
    empathy emporium emu enamel encircle encore endive endless energy engineer enjoy
    envelope epic epoch equator equinox errand espresso essence estuary etching
    everyday evolve exhibit exotic expanse expert eye fable fabric factory fairway
    falafel falcon fallow fan farm fast fathom faucet favorite fawn fearless feast
    feather feed feline felt fence fennel fern ferry festival fetch fiddle field fiesta
    fig film finale finch firefly fitness fizz fjord flag flair flamingo flannel
    flapjack flask flatiron flavor flax fleece flexible flicker flight flint flip float
    flock flora floss flotilla flower fluency fluffy flute fly foal foam fog foliage
    folk fondue food foot forest forge fork fort forum fossil fountain fox fragrant
    frame freckle freesia freight fresco fridge friendly fringe frisbee frog frolic
    frontier frost frothy frozen fruit fuchsia fudge fuel funfair funnel furnace furrow
    fusilli fuzzy gable gadget galaxy gallery galoshes gannet garage garden garlic
    garnet gate gazelle gazpacho gecko gelato gem genial gentle genuine geode geometry
    geranium gerbil geyser gherkin gibbon giddy gift ginger ginkgo giraffe glacier
    glade glass glaze gleam glee glen glider glimpse glint glisten glitter gloaming
    glossy glove glow glue gnome goal goat goblet goggles gold golf gondola gong
    goodwill goose gopher gorge gosling gouda gourd gown grace grain grammar granite
    grape grass gratin gravel gray grazing green griddle griffin grin grit grizzly
    grocery grooves grotto grove grow guava guide guitar gull gumbo gumdrop guppy gust
    gymnast gyro habit hacienda haddock haiku hail hairpin halcyon halibut hall halo
    hamlet hammock hamster handbell hangar happy harbor hardy harmony harp harvest hat
    haven hawk hawthorn hay hazel headland hearty heather hedge heirloom helmet helpful
    hemp hen herald herb heritage heron herring heyday hibiscus hickory highland hiker
    hill hobby hobnail holiday holly home honey hood hoop hooray hop horizon horn horse
    hose hostel hotdog hotpot hover howdy hubcap hula human humble hummus humor hurrah
    husky hut hyacinth hydrant ibex ibis ice icicle icing icon idea idyllic igloo
    iguana imagery immense impala impish inch indigo indoors infield ink inlet insect
    inspire intro inventor invite iris iron island isthmus item ivory ivy jacket jade
    jam jangle jar jasmine jasper jaunty jazz jeans jeep jelly jersey jet jewel jiffy
    jigsaw jingle jockey jog joke jolly jonquil jostle journey jovial joy jubilee judo
    jukebox july jumbo jump junebug jungle juniper jute kabob kaftan kale kangaroo
    karate kayak kazoo kebab keel keepsake kelp kennel kernel kestrel ketchup kettle
    keynote keystone khaki kickoff kiln kilt kimono kind kinfolk kinship kiosk kitchen
    kite kitten kiwi knapsack knit knoll knot koala kohlrabi kraken krill kudos kumquat
    label lace lacrosse ladder ladle ladybug lagoon laidback lake lamb lamp land lane
    language lantern lanyard lapis lapwing larder lark lasagna lasso latch lattice
    laugh laundry laurel lava lavender lavish lawn layer leaf leapfrog lectern ledge
    leek legible legume leisure lemon lemur lens lentil leopard letter lever library
    lichen life lift light lilac lilting lily limber lime linden linen lingo linnet
    lion liquid lively lizard llama loaf lobby lobster locket lodge loft logbook logic
    lollipop longboat loom loop lotus lovely lowland lucid lucky lullaby lumber
    luminous lunar lunchbox lupine lute lynx lyric macaw mackerel macrame madcap
    madrigal maestro magazine magenta magical magnet magpie mahogany mail mainsail
    majestic mallard malt mammoth manatee mandolin mango manor mansion mantle maple
    marathon marble marina marjoram market marlin marmot marquee marsh marvel marzipan
    mascot mason mastiff mayfly maypole maze meadow meal meander meat mechanic medal
    medley meerkat mellow melon memento mentor menu merchant merit merlin mermaid merry
    mesa metal meteor midday midge migrate milk mill mimosa minaret mineral minibus
    minnow minstrel mint minute miracle mirror mirth mission misty mitten mixer
    moccasin mocha model mohair molasses molehill monarch mongoose monorail monsoon
    moon moorland morsel mosaic moss moth motley mountain mousse movie mudpie muesli
    muffin mug mulberry mural museum mushroom music muslin mussel mustard mynah myrtle
    nacho nametag napkin narwhal nature nautilus navy neatly nebula nectar needle neon
    nest net newfound newt nibble nice nifty nimble ninety nippy noble nomad noodle
    nook noontime north notebook nougat nourish novel nudge nugget nurture nuthatch
    nutmeg nutshell nylon oak oar oasis oatmeal oats obelisk oboe oboist ocarina ocean
    ocelot octave octet octopus odyssey offbeat oil okapi okra olive olympic omega
    omelet omnibus onion onward onyx opal open opera opossum optimist orange orbit orca
    orchid oregano organ origin oriole ornament osprey ostrich otter ottoman ounce
    outback outdoor outfield outgoing outpost oval oven overall owl oxen oxygen oyster
    ozone pace paddle pagoda paint paisley palace palette palm palomino pampas pancake
    panda pannier panorama panpipe pantry papaya paper paprika parade parcel parfait
    park parlor parmesan parquet parrot parsley pashmina passport pasta patch path
    patio patron pattern pavilion pawpaw peach peahen peanut peapod pearl pebble pecan
    pedal pedestal pedigree pelican pen peony pepper perch pergola pesto petal petunia
    pewter pheasant phoenix piano piazza piccolo pickle picnic pie pigeon pillow pilot
    pinafore pinball pine pink pinnacle pint pinwheel pioneer pipe pippin pitcher
    pitstop pitta pixie pizza placid plaid planet plaster plate playpen plaza pleasant
    plectrum plenty plot plover plucky plum plush plywood pocket podium poem poetic
    pogo poised polite polka pollen polo pomelo pompom poncho pond pony poodle pool
    popcorn poplar popover poppy popsicle porch porpoise porridge possum postcard posy
    potato potluck pottery poultry prairie prawn premiere presto pretzel pride primrose
    printer prism prompt pronto prospect proud pudding puffin pulley pumice pumpkin
    puppet purebred purple pushcart puzzle pyramid quadrant quail quarry quasar quest
    quiche quiet quill quince quiver quiz quokka rabbit raccoon racecar racket radio
    raffle raft ragdoll ragtime rail rain raisin rake rambler ramen ramp ranch rapids
    raven ravioli rawhide readout realm recess recipe red reed reef refill refrain
    regatta reggae reindeer rejoice relay relish remedy renew renown resin restful
    retina reverie revive rhapsody rhubarb rhyme ribbon rice rich rickshaw riddle ride
    ridge rigatoni rigging right ringlet rink ripple rise risotto river road roast robe
    robin robot robust rocket rodeo roller roof room rooster root rose roster rosy
    rotary rotunda roundup rover rowan rowboat rowing royal ruby rucksack rudder ruffle
    rug ruler rumba runway russet rustic rutabaga rye sable saddle saffron sage saguaro
    sail salad salmon salsa salt samba sampler sand sapling sapphire sardine sash sassy
    satchel satin sauce saunter savanna savory sawdust scale scamper scarf scenery
    scepter school scone scooter scout scrabble scribble scroll seafarer seagull
    seahorse seal seashell seaweed seed seesaw seltzer semolina sensible sequin serene
    sesame sewing shadow shamrock shanty shawl sheep shell sherbet shimmer shingle
    shipyard shoebox shore shovel showboat shrub shuttle sidewalk sierra signal silk
    silo silver simmer singer sitar sitcom skate ski sky slalom slate sled sleeve
    sleigh slipper sloop slumber smile smoky smoothie snack snail snapper sneaker
    snooker snorkel snow soap soar soccer sociable sock soda sofa soft soil sojourn
    solar solstice sombrero sonata song sonic sonnet soothe sorbet sorghum sorrel soul
    soup south souvenir soybean spade spaniel sparrow speck sphere spice spiffy spinach
    spiral splash splendid spoke sponge spoon sport spring sprout spruce spunky square
    squirrel stable stadium stallion stamp stanza staple star statue steam steeple
    stellar stem stencil step stew stick stilt stingray stirrup stitch stoat stockpot
    stomp stone stool stork stout stove straw stream stroll strudel studio sturdy
    sublime subway sugar suit summit sun superb surf sushi swampy swan sweater sweet
    swell swerve swift swim switch sycamore symbol symphony syrup tabby table taco
    tactful tadpole taffy tag tahini tailor talisman talk tamarind tambour tanager
    tandem tango tape tapioca taproot tarragon tart taste tawny taxi teacher teahouse
    team teapot teaspoon teeter telegram tempo tennis tenor tenpin tent terrace
    textbook thank thatch theater theme thermos thicket thimble thistle thread thrive
    throne thyme tiara ticket tidal tide tidy tiger tile timber timeless tinfoil tingle
    tinker tinsel tiramisu tireless toast toboggan toffee tofu toggle tolerant tollgate
    tomato tone tool topaz topcoat topiary topknot topsail tortoise toucan tour tower
    town towpath toy tractor trail tram tranquil trapeze travel tray treat tree trekker
    trellis tricycle trifle trilogy trimaran trinket trio trolley trombone trophy trot
    trout trowel truck trudge truffle trumpet trunk tuba tuck tuft tugboat tulip
    tumbler tuna tundra tuneful tunic tunnel turbine turmeric turnip turtle tutor
    tuxedo tweed twig twilight twin udon ukulele ultimate umbrella unbroken unicycle
    union unison unit unwind upbeat uplift upright upstream uptown upward urban urchin
    utensil utopia vacation vacuum valiant valley van variety varnish vase velcro
    velour velvet vendor venison veranda verbena verse vertical vessel vest viaduct
    vibrant victory view viking villa vine vintage vinyl violet visit vista vitamin
    vivid vocal voice volcano vole voyage wade wafer waffle waggle wagon wagtail walk
    walnut walrus waltz warbler wardrobe warm wasabi wash watch water wave wax wayfarer
    wayside wearable weather weaver wedge weekday well west wetland wharf wheat wheel
    whimsy whirl whisk whitecap wick wildlife willow window wing winsome winter
    wireless wishbone wisteria witty wizardry wok wolf wombat wonder wood wool wordplay
    work world wreath wren yacht yak yam yard yarn yarrow year yellow yodel yoga yogurt
    yolk yonder yorkie yoyo yucca yuletide yummy yurt zany zeal zebra zenith zephyr
    zeppelin zest zigzag zinc zinger zinnia zipper zircon zither ziti zone zoo zucchini
    """.split()  # noqa: SIM905
)
