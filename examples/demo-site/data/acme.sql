-- A small MariaDB dump standing in for a site's database.
CREATE TABLE `products` (
  `id` int NOT NULL AUTO_INCREMENT,
  `sku` varchar(32) NOT NULL,
  `name` varchar(200) NOT NULL,
  `price_cents` int NOT NULL,
  PRIMARY KEY (`id`)
);
INSERT INTO `products` VALUES (1,'W-100','Blue widget',1299),(2,'W-200','Yellow widget',1499),(3,'G-10','Gadget',2599);
CREATE TABLE `orders` (
  `id` int NOT NULL AUTO_INCREMENT,
  `product_id` int NOT NULL,
  `quantity` int NOT NULL,
  `placed_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
);
INSERT INTO `orders` VALUES (1,1,3,'2026-11-01 09:12:00'),(2,3,1,'2026-11-02 14:40:00');
